use super::*;
use crate::content::check::check;

fn directory() -> Directory {
    Directory::load(&ContentSource::embedded()).unwrap()
}

fn vectors() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/directory.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn query(country: &str) -> Query {
    Query {
        country: Some(country.into()),
        ..Query::default()
    }
}

fn ids(ranked: &[Ranked]) -> Vec<String> {
    ranked.iter().map(|r| r.service.id.clone()).collect()
}

/// Every country of help-directory-facts.md answers with exactly its numbers.
#[test]
fn every_listed_country_answers_with_the_numbers_in_the_facts() {
    let d = directory();
    let v = vectors();
    let countries = v["countries"].as_array().unwrap();
    assert_eq!(countries.len(), 34);
    for case in countries {
        let cc = case["country"].as_str().unwrap();
        let answer = d.find(&query(cc)).unwrap();
        assert_eq!(answer.country.as_deref(), Some(cc));
        let numbers: Vec<_> = answer.emergency.iter().map(|e| e.number.as_str()).collect();
        let expected: Vec<_> = case["emergency"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["number"].as_str().unwrap())
            .collect();
        assert_eq!(numbers, expected, "{cc} emergency numbers");
        for (e, want) in answer
            .emergency
            .iter()
            .zip(case["emergency"].as_array().unwrap())
        {
            assert_eq!(e.uri(), want["uri"].as_str().unwrap());
        }
        let mut got: Vec<_> = answer.services.iter().map(|r| r.service).collect();
        got.sort_by(|a, b| a.id.cmp(&b.id));
        let mut want: Vec<_> = case["services"].as_array().unwrap().iter().collect();
        want.sort_by_key(|s| s["id"].as_str().unwrap().to_owned());
        assert_eq!(got.len(), want.len(), "{cc} services");
        for (s, w) in got.iter().zip(want) {
            assert_eq!(s.id, w["id"].as_str().unwrap());
            assert_eq!(s.status.as_str(), w["status"].as_str().unwrap(), "{}", s.id);
            let channels: Vec<_> = s
                .channels
                .iter()
                .map(|c| (c.kind.as_str().to_owned(), c.display.clone(), c.uri()))
                .collect();
            let wanted: Vec<_> = w["channels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["kind"].as_str().unwrap().to_owned(),
                        c["display"].as_str().unwrap().to_owned(),
                        c["uri"].as_str().map(str::to_owned),
                    )
                })
                .collect();
            assert_eq!(channels, wanted, "{}", s.id);
        }
    }
}

#[test]
fn shared_query_cases_rank_and_fail_as_the_vectors_say() {
    let d = directory();
    for case in vectors()["queries"].as_array().unwrap() {
        let a = &case["args"];
        let strings = |k: &str| -> Vec<String> {
            a[k].as_array()
                .map(|l| l.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default()
        };
        let q = Query {
            country: a["country"].as_str().map(str::to_owned),
            language: a["language"].as_str().map(str::to_owned),
            danger_now: a["danger_now"].as_bool().unwrap_or(false),
            ..Query::default()
        }
        .with_words(&strings("need"), a["audience"].as_str());
        let result = q.and_then(|q| {
            d.find(&q).map(|a| {
                (
                    a.country.clone(),
                    ids(&a.services),
                    ids(&a.fallbacks),
                    a.emergency.len(),
                )
            })
        });
        match case["error"].as_str() {
            Some(kind) => assert_eq!(result.unwrap_err().kind().as_str(), kind, "{case}"),
            None => {
                let (country, services, fallbacks, emergency) = result.unwrap();
                assert_eq!(country.as_deref(), case["country"].as_str());
                let first: Vec<String> =
                    serde_json::from_value(case["first_service_ids"].clone()).unwrap();
                assert_eq!(services[..first.len()], first[..], "{case}");
                if let Some(f) = case["first_fallback_ids"].as_array() {
                    assert_eq!(fallbacks[0], f[0].as_str().unwrap());
                }
                if let Some(n) = case["emergency_count"].as_u64() {
                    assert_eq!(emergency as u64, n);
                }
            }
        }
    }
}

#[test]
fn a_country_without_entries_answers_with_the_fallbacks_only() {
    let d = directory();
    let answer = d.find(&query("pt")).unwrap();
    assert_eq!(answer.country.as_deref(), Some("PT"));
    assert!(answer.emergency.is_empty());
    assert!(answer.services.is_empty());
    assert_eq!(
        ids(&answer.fallbacks),
        ["own_embassy", "iom", "child_helpline_international"]
    );
}

#[test]
fn malformed_input_is_invalid_input() {
    let d = directory();
    for bad in ["", "J", "JAM", "1M", "XX", "ZZ"] {
        let e = d.find(&query(bad)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{bad}");
    }
    let e = Query::default()
        .with_words(&["nope".into()], None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = d
        .find(&Query {
            coordinates: Some((f64::NAN, 1.0)),
            ..Query::default()
        })
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
}

/// A small directory with known safety facts, to test filters and ranking precisely.
fn sample() -> Directory {
    let text = r#"
country = "KE"
name_msg = "country-ke"

[[emergency]]
id = "ke_999"
label_msg = "directory-emergency-police"
number = "999"
source = "doc"
last_verified = "2026-11-23"
status = "unconfirmed"
confidence = "C"

[[services]]
id = "a_reports"
name_msg = "x"
description_msg = "x.description"
kinds = ["trafficking_hotline"]
hours = "unknown"
languages = ["en"]
cost = "free"
audiences = ["anyone"]
source = "doc"
last_verified = "2026-11-23"
status = "unconfirmed"
confidence = "C"
safety = { reports_to_police = "yes", reports_to_immigration = "yes", requires_id = "yes", anonymous_ok = "no", confidential = "no" }

[[services]]
id = "b_safe"
name_msg = "x"
description_msg = "x.description"
kinds = ["trafficking_hotline", "migrant_support"]
hours = "unknown"
languages = ["sw"]
cost = "free"
audiences = ["migrants"]
source = "doc"
last_verified = "2026-11-23"
status = "unconfirmed"
confidence = "C"
safety = { reports_to_police = "no", reports_to_immigration = "no", requires_id = "no", anonymous_ok = "yes", confidential = "yes" }

[[services]]
id = "c_emergency"
name_msg = "x"
description_msg = "x.description"
kinds = ["emergency"]
hours = "always"
languages = ["en"]
cost = "free"
audiences = ["anyone"]
source = "doc"
last_verified = "2026-11-23"
status = "unconfirmed"
confidence = "C"
safety = { reports_to_police = "yes", reports_to_immigration = "unknown", requires_id = "unknown", anonymous_ok = "unknown", confidential = "unknown" }

[[services]]
id = "d_unknown"
name_msg = "x"
description_msg = "x.description"
kinds = ["shelter"]
region = "Mombasa"
hours = "unknown"
languages = ["sw"]
cost = "free"
audiences = ["women"]
source = "doc"
last_verified = "2026-11-23"
status = "unconfirmed"
confidence = "C"
safety = { reports_to_police = "unknown", reports_to_immigration = "unknown", requires_id = "unknown", anonymous_ok = "unknown", confidential = "unknown" }
"#;
    let mut d = Directory::default();
    d.add(toml::from_str(text).unwrap());
    d
}

#[test]
fn with_no_filters_the_file_order_stands_and_nothing_claims_a_reason() {
    let d = sample();
    let a = d.find(&query("KE")).unwrap();
    assert_eq!(
        ids(&a.services),
        ["a_reports", "b_safe", "c_emergency", "d_unknown"]
    );
    assert!(a.services.iter().all(|r| r.why().is_empty() && r.matches));
}

#[test]
fn danger_now_puts_emergency_services_first_with_their_reason() {
    let d = sample();
    let a = d
        .find(&Query {
            danger_now: true,
            ..query("KE")
        })
        .unwrap();
    assert_eq!(a.services[0].service.id, "c_emergency");
    assert_eq!(a.services[0].why(), [Reason::Emergency, Reason::OpenAlways]);
    assert_eq!(a.emergency[0].number, "999");
}

#[test]
fn safety_filters_count_only_a_confirmed_answer_and_keep_unknown_apart() {
    let d = sample();
    for q in [
        Query {
            no_immigration_reporting: true,
            ..query("KE")
        },
        Query {
            anonymous: true,
            ..query("KE")
        },
        Query {
            no_id: true,
            ..query("KE")
        },
    ] {
        let a = d.find(&q).unwrap();
        // Only the confirmed answer is a match.
        assert_eq!(ids(&a.services), ["b_safe"], "{q:?}");
        assert!(
            a.services
                .iter()
                .all(|r| r.matches && r.group == Group::Match)
        );
        // `unknown` is never taken for `no`: shown apart, "not confirmed".
        assert_eq!(ids(&a.not_confirmed), ["c_emergency", "d_unknown"], "{q:?}");
        assert!(
            a.not_confirmed
                .iter()
                .all(|r| !r.matches && r.group == Group::NotConfirmed && r.why().is_empty())
        );
        // A confirmed `yes` is still listed (nobody loses a number), last.
        assert_eq!(ids(&a.other_services), ["a_reports"], "{q:?}");
        assert_eq!(a.other_services[0].group, Group::NoMatch);
    }
    let a = d
        .find(&Query {
            no_immigration_reporting: true,
            anonymous: true,
            no_id: true,
            ..query("KE")
        })
        .unwrap();
    assert_eq!(
        a.services[0].why(),
        [
            Reason::NoImmigrationReporting,
            Reason::Anonymous,
            Reason::NoId
        ]
    );
    assert_eq!(a.services.len(), 1);
    // A need that is not met is a plain mismatch, even when the safety answer is unknown.
    let a = d
        .find(
            &Query {
                no_immigration_reporting: true,
                ..query("KE")
            }
            .with_words(&["shelter".into()], None)
            .unwrap(),
        )
        .unwrap();
    assert!(a.services.is_empty());
    assert_eq!(ids(&a.not_confirmed), ["d_unknown"]);
    assert_eq!(
        ids(&a.other_services),
        ["b_safe", "a_reports", "c_emergency"]
    );
}

#[test]
fn needs_language_audience_and_region_explain_the_match() {
    let d = sample();
    let a = d
        .find(
            &Query {
                language: Some("sw-KE".into()),
                ..query("KE")
            }
            .with_words(&["migrant_support".into()], Some("migrants"))
            .unwrap(),
        )
        .unwrap();
    assert_eq!(a.services[0].service.id, "b_safe");
    assert_eq!(
        a.services[0].why(),
        [
            Reason::Need(Kind::MigrantSupport),
            Reason::Language,
            Reason::Audience(Audience::Migrants)
        ]
    );
    // A regional entry shows only for its own region (or when no region is asked).
    let nairobi = d
        .find(&Query {
            region: Some("Nairobi".into()),
            ..query("KE")
        })
        .unwrap();
    assert!(!ids(&nairobi.services).contains(&"d_unknown".to_owned()));
    let mombasa = d
        .find(&Query {
            region: Some("mombasa".into()),
            ..query("KE")
        })
        .unwrap();
    assert_eq!(mombasa.services[0].service.id, "d_unknown");
    assert_eq!(mombasa.services[0].why(), [Reason::Region]);
}

#[test]
fn coordinates_pick_the_country_for_one_query() {
    let d = directory();
    let a = d
        .find(&Query {
            coordinates: Some((18.0179, -76.8099)),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(a.country.as_deref(), Some("JM"));
    // A typed country wins over coordinates.
    let a = d
        .find(&Query {
            country: Some("KE".into()),
            coordinates: Some((18.0179, -76.8099)),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(a.country.as_deref(), Some("KE"));
    // Open sea: no country, fallbacks only.
    let a = d
        .find(&Query {
            coordinates: Some((0.0, -30.0)),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(a.country, None);
    assert_eq!(a.fallbacks.len(), 3);
}

#[test]
fn suggestions_for_the_screening_report() {
    let content = crate::content::Content::embedded().unwrap();
    let s = suggest_help_for_country(&content, "jm", true).unwrap();
    assert_eq!(s.country.as_deref(), Some("JM"));
    assert_eq!(s.emergency.len(), 4);
    assert_eq!(s.services[0].id, "jm_natfatip");
    let s = suggest_help_for_country(&content, "JM", false).unwrap();
    assert!(
        s.emergency.is_empty(),
        "high risk: services, no emergency numbers"
    );
    let s = suggest_help_for_country(&content, "KW", false).unwrap();
    assert!(s.services.is_empty());
    assert_eq!(
        s.emergency.len(),
        1,
        "no service: the emergency numbers at least"
    );
    assert_eq!(s.fallbacks.len(), 3);
    assert!(suggest_help_for_country(&content, "??", true).is_err());
}

#[test]
fn no_child_helpline_number_is_claimed_without_confirmation() {
    let d = directory();
    assert!(d.child_helpline_116111.is_empty());
    let chi = d
        .fallbacks
        .iter()
        .find(|s| s.id == "child_helpline_international")
        .unwrap();
    assert!(chi.channels.iter().all(|c| c.kind == ChannelKind::Web));
}

// ---- The content validator: one test per error class.

fn with_file(path: &str, text: &str) -> Vec<crate::content::check::Problem> {
    let mut s = ContentSource::embedded();
    s.set(path, text);
    check(&s)
        .problems
        .into_iter()
        .filter(|p| p.file == path)
        .collect()
}

fn jm() -> String {
    ContentSource::embedded()
        .get("directory/JM.toml")
        .unwrap()
        .to_owned()
}

fn assert_problem(problems: &[crate::content::check::Problem], needle: &str) {
    assert!(
        problems.iter().any(|p| p.message.contains(needle)),
        "no problem containing {needle:?} in {problems:#?}"
    );
}

#[test]
fn check_the_shipped_directory_is_clean() {
    let report = check(&ContentSource::embedded());
    let ours: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with("directory/"))
        .collect();
    assert!(ours.is_empty(), "{ours:#?}");
}

#[test]
fn check_rejects_a_code_that_is_not_iso() {
    let p = with_file(
        "directory/XX.toml",
        &jm().replace("country = \"JM\"", "country = \"XX\""),
    );
    assert_problem(&p, "not an ISO 3166-1 alpha-2 code");
    let p = with_file("directory/KE2.toml", &jm());
    assert_problem(&p, "named after its country code");
}

/// `text` with the first line starting with `prefix` replaced by `line`.
fn replace_first_line(text: &str, prefix: &str, line: &str) -> String {
    let mut done = false;
    text.lines()
        .map(|l| {
            if !done && l.starts_with(prefix) {
                done = true;
                line.to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn check_rejects_an_entry_without_source_or_date() {
    let text = replace_first_line(&jm(), "source = ", "source = \"\"");
    assert_problem(&with_file("directory/JM.toml", &text), "has no `source`");
    let text = replace_first_line(&jm(), "last_verified = ", "last_verified = \"recently\"");
    let p = with_file("directory/JM.toml", &text);
    assert_problem(&p, "not a date");
    assert_eq!(p[0].id.as_deref(), Some("jm_emergency_119"));
    assert_eq!(p[0].line, Some(9));
}

#[test]
fn check_rejects_a_source_that_is_not_a_url() {
    let text = replace_first_line(
        &jm(),
        "source = ",
        "source = \"Waymark help-directory facts\"",
    );
    let p = with_file("directory/JM.toml", &text);
    assert_problem(&p, "`source` is not the URL");
    assert_problem(&p, "is `verified` but its `source` is not the URL");
}

#[test]
fn check_rejects_a_status_that_does_not_match_the_confidence() {
    // A fact seen only in the news (C) can never be `verified`.
    let text = replace_first_line(&jm(), "confidence = ", "confidence = \"C\"");
    assert_problem(
        &with_file("directory/JM.toml", &text),
        "`status` must be `verified` for confidence A or B",
    );
    let text = replace_first_line(&jm(), "confidence = ", "confidence = \"Z\"");
    assert_problem(
        &with_file("directory/JM.toml", &text),
        "`confidence` must be",
    );
}

#[test]
fn check_rejects_a_country_without_emergency_numbers_or_a_note() {
    let om = ContentSource::embedded()
        .get("directory/OM.toml")
        .unwrap()
        .to_owned();
    assert!(with_file("directory/OM.toml", &om).is_empty());
    let start = om.find("[[notes]]").unwrap();
    let end = om[start..].find("\n\n").unwrap() + start;
    let without = format!("{}{}", &om[..start], &om[end..]);
    assert_problem(
        &with_file("directory/OM.toml", &without),
        "no emergency number and no sourced `no_emergency_found` note",
    );
}

#[test]
fn check_rejects_numbers_that_do_not_parse_or_do_not_match_their_display() {
    assert_problem(
        &with_file(
            "directory/JM.toml",
            &jm().replace("number = \"119\"", "number = \"1-1-9\""),
        ),
        "`number` is not a phone number that dials",
    );
    assert_problem(
        &with_file(
            "directory/JM.toml",
            &jm().replace("value = \"8885878423\"", "value = \"888-587\""),
        ),
        "number does not parse",
    );
    assert_problem(
        &with_file(
            "directory/JM.toml",
            &jm().replace("value = \"8885878423\"", "value = \"8885878424\""),
        ),
        "does not show its number",
    );
}

#[test]
fn check_rejects_unknown_kinds_audiences_channels_and_safety_values() {
    let cases = [
        (
            "kinds = [\"trafficking_hotline\"]",
            "kinds = [\"magic\"]",
            "unknown kind `magic`",
        ),
        (
            "audiences = [\"anyone\"]",
            "audiences = [\"everyone\"]",
            "unknown audience `everyone`",
        ),
        (
            "kind = \"phone\"",
            "kind = \"pager\"",
            "not a known channel",
        ),
        (
            "reports_to_immigration = \"unknown\"",
            "reports_to_immigration = \"maybe\"",
            "safety.reports_to_immigration",
        ),
        (
            "requires_id = \"unknown\"",
            "requires_id = \"sometimes\"",
            "safety.requires_id",
        ),
        ("cost = \"free\"", "cost = \"cheap\"", "`cost`"),
        (
            "status = \"verified\"\nconfidence = \"B\"\n\n[services",
            "status = \"maybe\"\nconfidence = \"B\"\n\n[services",
            "`status` must be",
        ),
    ];
    for (from, to, needle) in cases {
        let text = jm().replacen(from, to, 1);
        assert_ne!(text, jm(), "{from}");
        assert_problem(&with_file("directory/JM.toml", &text), needle);
    }
}

#[test]
fn check_rejects_missing_and_unknown_fields() {
    let text = jm().replacen("hours = \"unknown\"\n", "", 1);
    assert_problem(
        &with_file("directory/JM.toml", &text),
        "missing field `hours`",
    );
    let text = jm().replacen(
        "hours = \"unknown\"\n",
        "hours = \"unknown\"\nrating = 5\n",
        1,
    );
    assert_problem(
        &with_file("directory/JM.toml", &text),
        "unknown field `rating`",
    );
}

#[test]
fn check_rejects_a_bad_fallback_and_a_bad_116111_country() {
    let intl = ContentSource::embedded()
        .get(INTERNATIONAL)
        .unwrap()
        .to_owned();
    let text = intl.replace(
        "child_helpline_116111 = []",
        "child_helpline_116111 = [\"XX\"]",
    );
    assert_problem(&with_file(INTERNATIONAL, &text), "child_helpline_116111");
    let text = intl.replace("value = \"https://www.iom.int\"", "value = \"www.iom.int\"");
    assert_problem(&with_file(INTERNATIONAL, &text), "not an https URL");
}

// ---- The shipped data: sources, corrections and warnings (help-directory-sources.md).

fn service<'a>(d: &'a Directory, cc: &str, id: &str) -> &'a Service {
    d.country(cc)
        .unwrap()
        .services
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("{cc}: no {id}"))
}

#[test]
fn every_entry_has_a_source_url_a_date_and_a_confidence_that_matches_its_status() {
    let d = directory();
    for code in [
        "LB", "SA", "AE", "QA", "KW", "OM", "JO", "TH", "KH", "MM", "BR", "MX", "FR", "ES", "IT",
        "DE", "HT", "SN", "CM", "DO", "ET", "BB", "BS",
    ] {
        let c = d.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(
            !c.emergency.is_empty() || c.notes.iter().any(|n| n.kind == NoteKind::NoEmergencyFound),
            "{code}"
        );
    }
    let services = d
        .countries
        .values()
        .flat_map(|c| &c.services)
        .chain(&d.fallbacks);
    for s in services {
        assert!(s.source.starts_with("http"), "{}: {}", s.id, s.source);
        assert!(parse_date(&s.last_verified).is_some(), "{}", s.id);
        assert_eq!(s.confidence.status(), s.status, "{}", s.id);
        assert!(!s.source.contains("still to be recorded"), "{}", s.id);
    }
    for e in d.countries.values().flat_map(|c| &c.emergency) {
        assert!(e.source.starts_with("http"), "{}", e.id);
        assert_eq!(e.confidence.status(), e.status, "{}", e.id);
    }
}

#[test]
fn the_wrong_rows_of_the_old_facts_are_fixed() {
    let d = directory();
    let all_numbers = |cc: &str| -> Vec<String> {
        d.country(cc)
            .unwrap()
            .services
            .iter()
            .flat_map(|s| s.channels.iter().map(|c| c.value.clone()))
            .collect()
    };
    // Ghana: 0800 111 222 was Uganda's child line; DOVVSU 080 0000 900 was not found.
    assert!(!all_numbers("GH").contains(&"0800111222".to_owned()));
    assert!(!all_numbers("GH").contains(&"0800000900".to_owned()));
    // Kenya: 1195 is the GBV helpline, not a trafficking hotline.
    let gbv = service(&d, "KE", "ke_gbv_helpline_1195");
    assert!(!gbv.kinds.contains(&Kind::TraffickingHotline));
    // Trinidad and Tobago: 800-4288 is 800-4CTU.
    let ctu = service(&d, "TT", "tt_counter_trafficking_unit");
    assert!(ctu.channels[0].display.contains("800-4CTU"));
    // Guyana: the Ministry of Home Affairs taskforce, on its own press release.
    let gy = service(&d, "GY", "gy_tip_hotline");
    assert_eq!(gy.source, "https://moha.gov.gy/press-release-18");
    assert_eq!(gy.status, Status::Verified);
    // South Africa: the Salvation Army line passes tips to the police.
    let sa = service(&d, "ZA", "za_salvation_army_line");
    assert_eq!(sa.safety.reports_to_police, Reports::Yes);
    assert!(sa.warning_msg.is_some());
}

#[test]
fn lines_that_feed_police_or_immigration_say_so() {
    let d = directory();
    for (cc, id, police, immigration) in [
        (
            "ES",
            "es_police_trafficking_line",
            Reports::Yes,
            Reports::Unknown,
        ),
        ("AE", "ae_mohre_80060", Reports::Unknown, Reports::Yes),
        ("JO", "jo_mol_hotlines", Reports::Unknown, Reports::Yes),
        ("TH", "th_mol_1694", Reports::Unknown, Reports::Yes),
        ("KH", "kh_police_hotline_117", Reports::Yes, Reports::Yes),
        ("OM", "om_rop_hotline", Reports::Yes, Reports::Unknown),
    ] {
        let s = service(&d, cc, id);
        assert_eq!(s.safety.reports_to_police, police, "{id}");
        assert_eq!(s.safety.reports_to_immigration, immigration, "{id}");
        assert!(s.warning_msg.is_some(), "{id} has no warning");
    }
    // Kuwait has no line to warn on: the warning is a country note.
    let kw = d.country("KW").unwrap();
    assert!(kw.notes.iter().any(|n| n.kind == NoteKind::Warning));
    // A safety filter never offers them as a match.
    let a = d
        .find(&Query {
            no_immigration_reporting: true,
            ..query("AE")
        })
        .unwrap();
    assert!(a.services.is_empty(), "{:?}", ids(&a.services));
    assert!(ids(&a.other_services).contains(&"ae_mohre_80060".to_owned()));
}

#[test]
fn in_dubai_from_kenya_lists_what_kenya_offers_its_citizens_there() {
    let d = directory();
    let a = d
        .find(&Query {
            from: Some("ke".into()),
            ..query("AE")
        })
        .unwrap();
    assert_eq!(a.country.as_deref(), Some("AE"));
    assert_eq!(a.from.as_deref(), Some("KE"));
    assert!(!a.emergency.is_empty());
    assert!(ids(&a.services).contains(&"ae_800save".to_owned()));
    let home = ids(&a.from_home);
    assert_eq!(
        home,
        [
            "ke_diaspora_call_centre",
            "ke_embassy_abu_dhabi",
            "ke_consulate_dubai"
        ]
    );
    // Kenya's line in Jeddah is for Kenyans in Saudi Arabia, not in the UAE.
    let sa = d
        .find(&Query {
            from: Some("KE".into()),
            ..query("SA")
        })
        .unwrap();
    assert!(ids(&sa.from_home).contains(&"ke_consulate_jeddah_hotline".to_owned()));
    assert!(!ids(&sa.from_home).contains(&"ke_embassy_abu_dhabi".to_owned()));
    // In Kenya itself, the missions abroad are not listed as Kenyan services.
    let ke = d.find(&query("KE")).unwrap();
    assert!(
        ke.services
            .iter()
            .all(|r| r.service.located_in.is_none() && r.service.abroad != Abroad::Only)
    );
    // From the country you are in: nothing extra. A bad code: refused.
    let same = d
        .find(&Query {
            from: Some("AE".into()),
            ..query("AE")
        })
        .unwrap();
    assert_eq!(same.from, None);
    assert!(same.from_home.is_empty());
    for bad in ["ZZ", "USA", "!!"] {
        let e = d
            .find(&Query {
                from: Some(bad.into()),
                ..query("AE")
            })
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{bad}");
    }
}

#[test]
fn entries_older_than_twelve_months_are_out_of_date_relative_to_today() {
    assert!(!out_of_date("2026-12-03", "2026-12-04").unwrap());
    assert!(!out_of_date("2025-12-04", "2026-12-04").unwrap());
    assert!(out_of_date("2025-12-03", "2026-12-04").unwrap());
    assert!(out_of_date("2024-01-31", "2025-02-01").unwrap());
    assert!(!out_of_date("2024-02-29", "2025-02-28").unwrap());
    assert!(out_of_date("not a date", "2026-12-04").unwrap());
    assert_eq!(
        out_of_date("2026-12-03", "04/12/2026").unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
}

#[test]
fn one_rule_for_a_typed_country_code() {
    assert_eq!(query::parse_country(" ae ").unwrap(), "AE");
    for bad in ["ZZ", "USA", "!!", "", "A1"] {
        assert!(query::parse_country(bad).is_err(), "{bad}");
        assert!(crate::learn::parse_region(bad).is_err(), "{bad}");
    }
    assert_eq!(crate::learn::parse_region("ke").unwrap(), "KE");
}
