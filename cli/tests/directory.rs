//! `waymark find-help` and `waymark settings`, as scripts and people use them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{plain, waymark, waymark_in};
use serde_json::Value;

fn vectors() -> Value {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/directory.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<_> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

#[test]
fn find_help_json_has_exactly_the_documented_shape() {
    let run = waymark(
        &["find-help", "--country", "US", "--locale", "en", "--json"],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let v = run.json();
    assert_eq!(
        keys(&v),
        [
            "country",
            "emergency",
            "fallbacks",
            "from",
            "from_home",
            "from_name",
            "from_title",
            "not_confirmed",
            "notes",
            "other_services",
            "services"
        ]
    );
    assert_eq!(v["country"], "US");
    assert_eq!(
        keys(&v["emergency"][0]),
        [
            "confidence",
            "label",
            "last_verified",
            "number",
            "out_of_date",
            "source",
            "status",
            "uri",
            "warning"
        ]
    );
    let s = &v["services"][0];
    assert_eq!(
        keys(s),
        [
            "audiences",
            "channels",
            "confidence",
            "confidence_text",
            "cost",
            "description",
            "hours",
            "id",
            "kinds",
            "languages",
            "last_verified",
            "more_sources",
            "name",
            "out_of_date",
            "safety",
            "source",
            "status",
            "warning",
            "why"
        ]
    );
    assert_eq!(keys(&s["channels"][0]), ["display", "kind", "uri"]);
    assert_eq!(
        keys(&s["safety"]),
        [
            "anonymous_ok",
            "confidential",
            "reports_to_immigration",
            "reports_to_police",
            "requires_id"
        ]
    );
    assert_eq!(s["id"], "us_trafficking_hotline");
    assert_eq!(s["channels"][1]["uri"], "sms:233733");
    assert_eq!(s["safety"]["reports_to_police"], "only_with_consent");
    assert_eq!(s["status"], "verified");
    assert_eq!(
        s["source"],
        "https://humantraffickinghotline.org/about-us/what-we-do"
    );
    assert_eq!(s["confidence"], "A");
}

#[test]
fn every_listed_country_answers_with_its_numbers_from_the_command_line() {
    for case in vectors()["countries"].as_array().unwrap() {
        let cc = case["country"].as_str().unwrap();
        let v = waymark(
            &["find-help", "--country", cc, "--locale", "en", "--json"],
            "",
        )
        .json();
        let got: Vec<_> = v["emergency"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["number"].clone())
            .collect();
        let want: Vec<_> = case["emergency"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["number"].clone())
            .collect();
        assert_eq!(got, want, "{cc}");
        let ids: Vec<_> = v["services"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].clone())
            .collect();
        for s in case["services"].as_array().unwrap() {
            assert!(ids.contains(&s["id"]), "{cc}: {}", s["id"]);
        }
    }
}

#[test]
fn shared_query_cases() {
    for case in vectors()["queries"].as_array().unwrap() {
        let a = &case["args"];
        let mut args: Vec<String> = vec![
            "find-help".into(),
            "--locale".into(),
            "en".into(),
            "--json".into(),
        ];
        if let Some(c) = a["country"].as_str() {
            args.extend(["--country".into(), c.into()]);
        }
        for n in a["need"].as_array().into_iter().flatten() {
            args.extend(["--need".into(), n.as_str().unwrap().into()]);
        }
        if let Some(l) = a["language"].as_str() {
            args.extend(["--language".into(), l.into()]);
        }
        if let Some(au) = a["audience"].as_str() {
            args.extend(["--audience".into(), au.into()]);
        }
        if a["danger_now"].as_bool() == Some(true) {
            args.push("--danger-now".into());
        }
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = waymark(&argv, "");
        let v = run.json();
        if let Some(kind) = case["error"].as_str() {
            assert_eq!(run.code, 1, "{case}");
            assert_eq!(v["error"]["kind"], kind, "{case}");
            continue;
        }
        assert_eq!(run.code, 0, "{case}");
        assert_eq!(v["country"], case["country"]);
        for (i, id) in case["first_service_ids"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            assert_eq!(v["services"][i]["id"], *id, "{case}");
        }
        if let Some(why) = case["first_why"].as_array() {
            let got: Vec<String> = v["services"][0]["why"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| plain(w.as_str().unwrap()))
                .collect();
            let want: Vec<String> = why.iter().map(|w| w.as_str().unwrap().to_owned()).collect();
            assert_eq!(got[..want.len()], want[..], "{case}");
        }
        if let Some(f) = case["first_fallback_ids"].as_array() {
            assert_eq!(v["fallbacks"][0]["id"], f[0]);
        }
    }
}

#[test]
fn a_country_with_no_entries_gives_fallbacks_and_exit_0() {
    let run = waymark(
        &["find-help", "--country", "pt", "--locale", "en", "--json"],
        "",
    );
    assert_eq!(run.code, 0);
    let v = run.json();
    assert_eq!(v["country"], "PT");
    assert_eq!(v["services"].as_array().unwrap().len(), 0);
    assert_eq!(v["fallbacks"].as_array().unwrap().len(), 3);
}

#[test]
fn malformed_input_is_invalid_input_in_the_persons_language() {
    for args in [
        vec!["find-help", "--country", "J1"],
        vec!["find-help", "--country", "Jamaica"],
        vec!["find-help"],
        vec!["find-help", "--country", "JM", "--need", "nope"],
    ] {
        let mut argv = args.clone();
        argv.extend(["--locale", "fr", "--json"]);
        let run = waymark(&argv, "");
        assert_eq!(run.code, 1, "{args:?}");
        assert_eq!(run.json()["error"]["kind"], "invalid_input", "{args:?}");
    }
    let run = waymark(
        &["find-help", "--country", "J1", "--locale", "fr", "--json"],
        "",
    );
    assert_eq!(
        run.json()["error"]["message"],
        "Ce n'est pas un code pays. Utilisez deux lettres, par exemple JM ou KE."
    );
}

#[test]
fn a_query_with_coordinates_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let d = data.to_str().unwrap();
    let run = waymark_in(
        Some(home.path()),
        &[
            "--data-dir",
            d,
            "find-help",
            "--latitude",
            "-1.29",
            "--longitude",
            "36.82",
            "--danger-now",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["country"], "KE");
    assert!(!run.stdout.contains("-1.29") && !run.stderr.contains("-1.29"));
    assert_eq!(
        std::fs::read_dir(home.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn plain_output_always_shows_last_checked_and_police_and_immigration() {
    let run = waymark(
        &[
            "find-help",
            "--country",
            "GH",
            "--locale",
            "en",
            "--danger-now",
            "--today",
            "2026-12-04",
        ],
        "",
    );
    assert_eq!(run.code, 0);
    let out = plain(&run.stdout);
    assert!(out.contains("Police and emergency: 112"), "{out}");
    assert!(!out.contains("0800 111 222") && !out.contains("080 0000 900"));
    let services = out.matches("Opening hours").count() + out.matches("Open 24 hours").count();
    assert!(services >= 2);
    assert_eq!(out.matches("Tells the police:").count(), services);
    assert_eq!(out.matches("Tells immigration:").count(), services);
    assert!(out.matches("Last checked: 2026-12-03").count() >= services);
    assert!(out.contains("Source: news or other secondary sources only: https://"));
    assert!(out.contains("Not confirmed: seen only in news"));
    assert!(!out.contains("May be out of date"));
}

/// Item 2: what a line does with a call is said before its number, in the person's language.
#[test]
fn warnings_come_before_the_number() {
    let out = plain(&waymark(&["find-help", "--country", "ES", "--locale", "es"], "").stdout);
    let warning = out
        .find("Antes de llamar: Atiende la unidad de policía que también persigue las redes de inmigración ilegal.")
        .expect("warning");
    let number = out.find("900 10 50 90").expect("number");
    assert!(warning < number, "{out}");
    assert!(out.contains("Informa a la policía: sí"), "{out}");
    let v = waymark(
        &["find-help", "--country", "TH", "--locale", "en", "--json"],
        "",
    )
    .json();
    let th = v["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "th_mol_1694")
        .unwrap();
    assert_eq!(th["safety"]["reports_to_immigration"], "yes");
    assert_eq!(
        th["warning"],
        "This line also takes complaints about workers without papers."
    );
    // Kuwait: a sourced country note, shown before the numbers.
    let out = plain(&waymark(&["find-help", "--country", "KW", "--locale", "en"], "").stdout);
    let note = out.find("detained and deported").expect("note");
    assert!(note < out.find("112").unwrap());
}

/// Item 3: a safety filter never shows `unknown` as a match.
#[test]
fn filters_keep_their_word() {
    let v = waymark(
        &[
            "find-help",
            "--country",
            "AE",
            "--no-immigration-reporting",
            "--locale",
            "en",
            "--json",
        ],
        "",
    )
    .json();
    let ids = |k: &str| -> Vec<String> {
        v[k].as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(ids("services").is_empty(), "{:?}", ids("services"));
    assert!(ids("not_confirmed").contains(&"ae_800save".to_owned()));
    assert!(ids("other_services").contains(&"ae_mohre_80060".to_owned()));
    for s in v["services"].as_array().unwrap() {
        assert_eq!(s["safety"]["reports_to_immigration"], "no");
    }
    let out = plain(
        &waymark(
            &[
                "find-help",
                "--country",
                "AE",
                "--no-immigration-reporting",
                "--locale",
                "en",
            ],
            "",
        )
        .stdout,
    );
    assert!(out.contains("Not confirmed: nobody has confirmed"), "{out}");
    assert!(out.contains("Other services: they do not meet what you asked"));
}

/// Item 4 and the "done when": in Dubai, from Kenya, in Swahili.
#[test]
fn in_dubai_from_kenya_in_swahili() {
    let run = waymark(
        &[
            "--locale",
            "sw-KE",
            "find-help",
            "--country",
            "AE",
            "--from",
            "KE",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    // What to call there, first.
    let police = out.find("Polisi: 999").expect("emergency");
    // What each number does with the call, before it.
    let warning = out
        .find("Kabla ya kupiga simu: Afisa mmoja alisema laini hii pia hupokea ripoti")
        .expect("warning");
    assert!(warning < out.find("80060").unwrap());
    assert!(out.contains("Huarifu uhamiaji: ndiyo"));
    // What Kenya offers its citizens in the UAE.
    let home = out
        .find("Kile Kenya inachowapa raia wake hapa")
        .expect("from heading");
    assert!(police < home);
    assert!(out[home..].contains("+254 207 876 000"));
    assert!(out[home..].contains("Embassy of Kenya, Abu Dhabi"));
    assert!(
        !out.contains("8001000352"),
        "the Jeddah line is for Saudi Arabia"
    );
    // Then the fallbacks.
    assert!(home < out.find("Msaada kutoka nchi yoyote").unwrap());
    // The locale's region suggests --from.
    let v = waymark(
        &[
            "--locale",
            "sw-KE",
            "find-help",
            "--country",
            "AE",
            "--json",
        ],
        "",
    )
    .json();
    assert_eq!(v["from"], "KE");
    assert_eq!(v["from_home"][0]["id"], "ke_diaspora_call_centre");
    // Without a region in the locale, nothing is assumed.
    let v = waymark(
        &["--locale", "en", "find-help", "--country", "AE", "--json"],
        "",
    )
    .json();
    assert!(v["from"].is_null());
    assert!(v["from_home"].as_array().unwrap().is_empty());
}

/// Item 5: "last checked" is a date, and an old one says it may be out of date.
#[test]
fn freshness_is_relative_to_today() {
    let args = |today: &'static str| {
        vec![
            "find-help",
            "--country",
            "JM",
            "--locale",
            "en",
            "--json",
            "--today",
            today,
        ]
    };
    let v = waymark(&args("2026-12-04"), "").json();
    assert_eq!(v["services"][0]["last_verified"], "2026-12-03");
    assert_eq!(v["services"][0]["out_of_date"], false);
    let v = waymark(&args("2028-01-01"), "").json();
    assert_eq!(v["services"][0]["out_of_date"], true);
    assert_eq!(v["emergency"][0]["out_of_date"], true);
    let out = plain(
        &waymark(
            &[
                "find-help",
                "--country",
                "JM",
                "--locale",
                "en",
                "--today",
                "2028-01-01",
            ],
            "",
        )
        .stdout,
    );
    assert!(out.contains("May be out of date: last checked more than a year ago."));
    let run = waymark(&args("01/01/2028"), "");
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
}

/// Item 6: one rule for a typed country code, everywhere.
#[test]
fn zz_usa_and_bangs_are_refused_everywhere() {
    for bad in ["ZZ", "USA", "!!"] {
        for args in [
            vec!["find-help", "--country", bad],
            vec!["find-help", "--country", "AE", "--from", bad],
            vec!["module", "how_recruiters_lie", "--region", bad],
        ] {
            let mut argv = args.clone();
            argv.extend(["--locale", "en", "--json"]);
            let run = waymark(&argv, "");
            assert_eq!(run.code, 1, "{args:?}");
            assert_eq!(run.json()["error"]["kind"], "invalid_input", "{args:?}");
        }
        let home = tempfile::tempdir().unwrap();
        let d = home.path().join("data");
        let run = waymark_in(
            Some(home.path()),
            &[
                "--data-dir",
                d.to_str().unwrap(),
                "--json",
                "workshop",
                "start",
                "--plan",
                "migrants_45",
                "--region",
                bad,
            ],
            "",
        );
        assert_eq!(run.code, 1, "workshop {bad}: {}", run.stdout);
        assert_eq!(run.json()["error"]["kind"], "invalid_input");
    }
}

#[test]
fn settings_show_disguise_and_leave_no_trace() {
    let home = tempfile::tempdir().unwrap();
    let d = home.path().join("data");
    let d = d.to_str().unwrap();
    let show = waymark_in(
        Some(home.path()),
        &["--data-dir", d, "settings", "show", "--json"],
        "",
    )
    .json();
    assert_eq!(show["disguise"]["id"], "waymark");
    assert_eq!(show["leave_no_trace"], false);
    let v = waymark_in(
        Some(home.path()),
        &[
            "--data-dir",
            d,
            "settings",
            "disguise",
            "calculator",
            "--locale",
            "fr",
            "--json",
        ],
        "",
    )
    .json();
    assert_eq!(v["disguise"]["name"], "Calculatrice");
    let bad = waymark_in(
        Some(home.path()),
        &["--data-dir", d, "settings", "disguise", "casino", "--json"],
        "",
    );
    assert_eq!(bad.code, 1);
    assert_eq!(bad.json()["error"]["kind"], "invalid_input");
    let v = waymark_in(
        Some(home.path()),
        &[
            "--data-dir",
            d,
            "settings",
            "leave-no-trace",
            "on",
            "--json",
        ],
        "",
    )
    .json();
    assert_eq!(v["leave_no_trace"], true);
    let v = waymark_in(
        Some(home.path()),
        &[
            "--data-dir",
            d,
            "settings",
            "notifications",
            "off",
            "--json",
        ],
        "",
    )
    .json();
    assert_eq!(v["notifications_off"], true);
    let list = waymark(&["settings", "disguises", "--json"], "").json();
    assert_eq!(list.as_array().unwrap().len(), 5);
}

/// A whole find-help run in the app core's terminal renderer: a typed country, a filter
/// turned on and off again, a refused then an accepted language, the results, and a
/// number copied instead of dialled; `q` ends the session at once.
#[test]
fn app_find_help_from_country_to_a_copied_number() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let d = data.to_str().unwrap();
    // 1 = Find help; "us" typed at "Which country"; 3 = "Does not report to immigration"
    // (twice: on, then off); 7 = "A language I speak": USA (refused), es; 2 = Show
    // results; 1 = call the first emergency number; 2 = copy instead; q.
    let run = common::app_session(
        Some(home.path()),
        &["--data-dir", d, "--locale", "en"],
        "1\nus\n3\n3\n7\nUSA\nes\n2\n1\n2\nq\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(out.contains("or type a two-letter country code"), "{out}");
    assert!(out.contains("Show results.\n\nUnited States\n"), "{out}");
    assert!(out.contains("Does not report to immigration [x]"), "{out}");
    assert!(out.contains("Does not report to immigration [ ]"), "{out}");
    assert!(
        out.contains("That is not a language code. Use two letters"),
        "{out}"
    );
    assert!(out.contains("A language I speak\n     Spanish"), "{out}");
    assert!(out.contains("Help you can contact"), "{out}");
    assert!(out.contains("1-888-373-7888"), "{out}");
    assert!(out.contains("Tells the police: only if you agree"), "{out}");
    assert!(out.contains("speaks Spanish"), "{out}");
    assert!(
        out.contains("Calling from this phone leaves the number in its call history."),
        "{out}"
    );
    assert!(out.contains("Copied."), "{out}");
    assert!(!out.contains("Goodbye"), "nothing after a quick exit");
    // A search writes nothing.
    assert!(!data.exists() || common::files_under(&data).is_empty());
}
