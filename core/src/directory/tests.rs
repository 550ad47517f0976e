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
    assert_eq!(countries.len(), 18);
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
                .map(|c| {
                    (
                        c.kind.as_str().to_owned(),
                        c.display.clone(),
                        c.uri().unwrap(),
                    )
                })
                .collect();
            let wanted: Vec<_> = w["channels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["kind"].as_str().unwrap().to_owned(),
                        c["display"].as_str().unwrap().to_owned(),
                        c["uri"].as_str().unwrap().to_owned(),
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
    let answer = d.find(&query("fr")).unwrap();
    assert_eq!(answer.country.as_deref(), Some("FR"));
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
fn safety_filters_rank_matching_services_first_and_never_hide_the_rest() {
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
        assert_eq!(a.services[0].service.id, "b_safe", "{q:?}");
        assert!(a.services[0].matches);
        assert_eq!(a.services.len(), 4, "filters rank, they do not hide");
        // `unknown` is never taken for `no`.
        let unknown = a
            .services
            .iter()
            .find(|r| r.service.id == "d_unknown")
            .unwrap();
        assert!(!unknown.matches && unknown.why().is_empty());
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
    assert_eq!(a.services.iter().filter(|r| r.matches).count(), 1);
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
    let s = suggest_help_for_country(&content, "SN", false).unwrap();
    assert!(s.services.is_empty());
    assert_eq!(
        s.emergency.len(),
        2,
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

#[test]
fn check_rejects_an_entry_without_source_or_date() {
    let text = jm().replacen(
        "source = \"Waymark help-directory facts (help-directory-facts.md), emergency numbers table\"",
        "source = \"\"",
        1,
    );
    assert_problem(&with_file("directory/JM.toml", &text), "has no `source`");
    let text = jm().replacen(
        "last_verified = \"2026-11-23\"",
        "last_verified = \"recently\"",
        1,
    );
    let p = with_file("directory/JM.toml", &text);
    assert_problem(&p, "not a date");
    assert_eq!(p[0].id.as_deref(), Some("jm_emergency_119"));
    assert_eq!(p[0].line, Some(6));
}

#[test]
fn check_rejects_verified_without_a_source_url() {
    let text = jm().replace(
        "status = \"unconfirmed\"\n\n[services.safety]",
        "status = \"verified\"\n\n[services.safety]",
    );
    let p = with_file("directory/JM.toml", &text);
    assert_problem(&p, "is `verified` but its `source` is not");
    assert_eq!(p[0].id.as_deref(), Some("jm_natfatip"));
}

#[test]
fn check_rejects_numbers_that_do_not_parse_or_do_not_match_their_display() {
    assert_problem(
        &with_file(
            "directory/JM.toml",
            &jm().replace("number = \"119\"", "number = \"1-1-9\""),
        ),
        "`number` is not a phone number",
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
            "status = \"unconfirmed\"\n\n[services",
            "status = \"maybe\"\n\n[services",
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
