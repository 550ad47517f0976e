//! `waymark screen ...` as scripts and people use it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{app_session, plain, waymark};

#[test]
fn indicators_reads_stdin_and_answers_with_the_issue_fields() {
    let run = waymark(
        &["screen", "indicators", "--json"],
        r#"{"observed":["coercion_at_destination.debt_bondage","coercion_at_destination.confiscation_of_documents"],"minor":false}"#,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v = run.json();
    assert_eq!(v["risk"], "high");
    assert_eq!(v["trafficking_indicated"], false);
    let dims = v["dimensions"].as_array().unwrap();
    assert_eq!(dims.len(), 6);
    let d = dims
        .iter()
        .find(|d| d["id"] == "coercion_at_destination")
        .unwrap();
    assert_eq!(
        (
            d["positive"].as_bool(),
            d["strong"].as_u64(),
            d["medium"].as_u64(),
            d["weak"].as_u64()
        ),
        (Some(true), Some(2), Some(0), Some(0))
    );
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5);
}

#[test]
fn unknown_indicators_and_bad_json_are_invalid_input_without_echoing_input() {
    let run = waymark(
        &["screen", "indicators", "--json"],
        r#"{"observed":["secret_typo_xyz"]}"#,
    );
    assert_eq!(run.code, 1);
    let v = run.json();
    assert_eq!(v["error"]["kind"], "invalid_input");
    assert!(!run.stdout.contains("secret_typo_xyz"));
    let run = waymark(&["screen", "indicators", "--json"], "my secret words");
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    assert!(!run.stdout.contains("secret"));
}

#[test]
fn questions_are_localized_and_start_with_under_18() {
    for (locale, first) in [
        ("en", "Are you under 18?"),
        ("fr", "Avez-vous moins de 18 ans\u{202f}?"),
        ("sw", "Je, una umri chini ya miaka 18?"),
    ] {
        let v = waymark(
            &[
                "screen",
                "questions",
                "--kind",
                "job_offer",
                "--locale",
                locale,
                "--json",
            ],
            "",
        )
        .json();
        let qs = v["questions"].as_array().unwrap();
        assert!((12..=25).contains(&qs.len()));
        assert_eq!(qs[0]["id"], "under_18");
        assert_eq!(plain(qs[0]["text"].as_str().unwrap()), first);
        assert!(qs.iter().all(|q| !q["help"].as_str().unwrap().is_empty()));
    }
    let run = waymark(&["screen", "questions", "--kind", "nope", "--json"], "");
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    let run = waymark(
        &[
            "screen",
            "questions",
            "--kind",
            "job_offer",
            "--locale",
            "!!",
            "--json",
        ],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
}

#[test]
fn answer_gives_the_report_with_signals_find_out_and_help() {
    let run = waymark(
        &[
            "screen",
            "answer",
            "--kind",
            "my_situation",
            "--locale",
            "en",
            "--country",
            "ke",
            "--json",
        ],
        r#"{"answers":{"violence":"yes","wages_withheld":"unsure"}}"#,
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let v = run.json();
    assert_eq!(v["risk"], "urgent");
    let s = &v["signals"][0];
    assert_eq!(s["id"], "violence");
    assert_eq!(s["module"], "getting_help");
    for key in ["title", "explanation", "next_step"] {
        assert!(!s[key].as_str().unwrap().is_empty());
    }
    assert_eq!(v["find_out"][0]["id"], "wages_withheld");
    assert!(v["help"].is_array());
    let headline = v["headline"].as_str().unwrap();
    assert!(headline.contains("These signs are common in trafficking and forced labour"));
    assert!(!headline.to_lowercase().contains("you are a victim"));
}

#[test]
fn answer_rejects_unknown_questions_answers_and_countries() {
    for (args, stdin) in [
        (vec!["--kind", "job_offer"], r#"{"answers":{"nope":"yes"}}"#),
        (
            vec!["--kind", "job_offer"],
            r#"{"answers":{"pay_fee":"perhaps"}}"#,
        ),
        (
            vec!["--kind", "job_offer", "--country", "Kenya"],
            r#"{"answers":{}}"#,
        ),
        (
            vec!["--kind", "job_offer"],
            r#"{"answers":{},"country":"123"}"#,
        ),
        (vec!["--kind", "job_offer"], r#"{"answerz":{}}"#),
    ] {
        let mut full = vec!["screen", "answer", "--json"];
        full.extend(args);
        let run = waymark(&full, stdin);
        assert_eq!(run.code, 1, "{stdin}");
        assert_eq!(run.json()["error"]["kind"], "invalid_input", "{stdin}");
        assert!(!run.stdout.contains("perhaps"));
    }
}

#[test]
fn text_scan_gives_offsets_into_the_original_text() {
    let text = "Départ cette semaine, FRAIS DE DOSSIER 200 €, envoyez votre passeport.";
    let v = waymark(&["screen", "text", "--locale", "fr", "--json"], text).json();
    assert_eq!(v["risk"], "high");
    let flags = v["flags"].as_array().unwrap();
    assert_eq!(flags.len(), 3);
    for f in flags {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], f["excerpt"].as_str().unwrap());
        assert!(!f["indicators"].as_array().unwrap().is_empty());
    }
    assert_eq!(flags[1]["id"], "recruitment_fee");
    assert_eq!(
        flags[1]["indicators"],
        serde_json::json!(["debt_bondage", "deception"])
    );
}

#[test]
fn plain_text_scan_says_what_each_sign_means_and_what_to_do_next() {
    let text = "Pay the recruitment fee first. They will keep your passport.";
    let v = waymark(&["screen", "text", "--locale", "en", "--json"], text).json();
    let run = waymark(&["screen", "text", "--locale", "en"], text);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    let flags = v["flags"].as_array().unwrap();
    assert!(!flags.is_empty());
    for f in flags {
        for field in ["title", "explanation", "next_step"] {
            let words = plain(f[field].as_str().unwrap());
            assert!(!words.is_empty(), "{field}");
            assert!(out.contains(&words), "{field} missing from:\n{out}");
        }
    }
}

#[test]
fn the_terminal_never_shows_byte_offsets_and_offers_next_steps_after_high() {
    let text = "Bring your passport to my place so I give it to the agent, he will keep it safe.";
    let run = waymark(&["screen", "text", "--locale", "en"], text);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(!out.contains(".."), "offsets shown:\n{out}");
    assert!(
        out.contains("You are asked to hand over your passport"),
        "{out}"
    );
    assert!(out.contains("What you can do next"), "{out}");
    assert!(
        out.contains("help directory") && out.contains("job-offer questions"),
        "{out}"
    );
    let v = waymark(&["screen", "text", "--locale", "en", "--json"], text).json();
    assert_eq!(v["risk"], "high");
    let ids: Vec<&str> = v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["help_directory", "job_offer_questionnaire"]);
    // Below high: the job-offer questions only (words alone miss signs); an empty text: none.
    for (text, risk) in [
        ("Hurry, apply now.", "caution"),
        ("We hire cooks in Halifax.", "low"),
    ] {
        let v = waymark(&["screen", "text", "--locale", "en", "--json"], text).json();
        assert_eq!(v["risk"], risk);
        assert_eq!(v["next_steps"][0]["id"], "job_offer_questionnaire");
        assert_eq!(v["next_steps"].as_array().unwrap().len(), 1);
    }
    // The terminal says so after "no warning phrases" too.
    let out = plain(
        &waymark(
            &["screen", "text", "--locale", "en"],
            "We hire cooks in Halifax.",
        )
        .stdout,
    );
    assert!(
        out.contains("No known warning phrases") && out.contains("job-offer questions"),
        "{out}"
    );
    let v = waymark(&["screen", "text", "--locale", "en", "--json"], "  ").json();
    assert!(v["next_steps"].as_array().unwrap().is_empty());
}

#[test]
fn a_text_read_as_fair_lists_its_words_to_look_at_again() {
    let text = "Dear colleagues,\nThe payslips for April are attached.\nThe deduction for the \
                staff loan you asked for is on line 4.\nQuestions? Reply to this e-mail or ask \
                Maria in payroll.\nKind regards,\nHR";
    let v = waymark(&["screen", "text", "--locale", "en", "--json"], text).json();
    assert_eq!(v["risk"], "low");
    assert!(v["flags"].as_array().unwrap().is_empty());
    let aside = v["set_aside"].as_array().unwrap();
    assert!(!aside.is_empty());
    // In case it is an offer after all: the job-offer questions, and no help pushed.
    let steps: Vec<&str> = v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["job_offer_questionnaire"]);
    let out = plain(&waymark(&["screen", "text", "--locale", "en"], text).stdout);
    assert!(out.contains("rather than an offer of work"), "{out}");
    assert!(out.contains("look again at these words"), "{out}");
    assert!(!out.contains("No known warning phrases"), "{out}");
    assert!(
        !out.contains("did not find the usual warning signs"),
        "{out}"
    );
    for f in aside {
        assert!(out.contains(&plain(f["title"].as_str().unwrap())), "{out}");
    }
}

#[test]
fn a_blank_text_says_no_text_was_given_in_every_locale() {
    for locale in ["en", "fr", "ht", "es", "pt", "sw", "ar"] {
        let v = waymark(&["screen", "text", "--locale", locale, "--json"], "  \n\t ").json();
        assert_eq!(v["empty"], true);
        assert_eq!(v["risk"], "low");
        let low = waymark(
            &["screen", "text", "--locale", locale, "--json"],
            "Farm work.",
        )
        .json();
        assert_ne!(v["headline"], low["headline"], "{locale}");
    }
    let run = waymark(&["screen", "text", "--locale", "en"], "");
    assert!(
        plain(&run.stdout).contains("No text was given"),
        "{}",
        run.stdout
    );
}

#[test]
fn plain_text_report_offers_options_and_help_for_a_country() {
    let run = waymark(
        &["screen", "answer", "--kind", "job_offer", "--locale", "en"],
        r#"{"answers":{"pay_fee":"yes"}}"#,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(out.contains("We found serious warning signs"));
    assert!(out.contains("You are asked to pay for the job"));
    assert!(out.contains("Learn more: How recruiters lie"));
    assert!(out.contains("Choose your country to see help contacts"));
    let run = waymark(
        &[
            "screen",
            "answer",
            "--kind",
            "job_offer",
            "--locale",
            "en",
            "--country",
            "us",
        ],
        r#"{"answers":{"pay_fee":"yes"}}"#,
    );
    let out = plain(&run.stdout);
    assert!(out.contains("Where to get help"), "{out}");
    assert!(out.contains("1-888-373-7888"), "{out}");
}

#[test]
fn help_comes_from_the_directory_for_high_and_urgent_only() {
    let urgent = waymark(
        &[
            "screen",
            "answer",
            "--kind",
            "my_situation",
            "--country",
            "KE",
            "--json",
        ],
        r#"{"answers":{"cannot_leave":"yes"}}"#,
    )
    .json();
    assert_eq!(urgent["risk"], "urgent");
    let help = urgent["help"].as_array().unwrap();
    assert!(
        help.iter()
            .any(|h| h["kind"] == "emergency" && h["uri"].as_str().unwrap().starts_with("tel:"))
    );
    assert!(help.iter().any(|h| h["kind"] == "service"));
    for h in help.iter().filter(|h| h["kind"] == "service") {
        assert!(h["reports_to_immigration"].is_string());
    }
    // The country may also come on stdin.
    let high = waymark(
        &["screen", "answer", "--kind", "job_offer", "--json"],
        r#"{"answers":{"pay_fee":"yes"},"country":"jm"}"#,
    )
    .json();
    assert_eq!(high["risk"], "high");
    assert!(!high["help"].as_array().unwrap().is_empty());
    let caution = waymark(
        &[
            "screen",
            "answer",
            "--kind",
            "job_offer",
            "--country",
            "KE",
            "--json",
        ],
        r#"{"answers":{"pressure":"yes"}}"#,
    )
    .json();
    assert_eq!(caution["risk"], "caution");
    assert_eq!(caution["help"], serde_json::json!([]));
    // An unassigned code is an error even when no help would be shown.
    let run = waymark(
        &[
            "screen",
            "answer",
            "--kind",
            "job_offer",
            "--country",
            "ZZ",
            "--json",
        ],
        r#"{"answers":{}}"#,
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
}

/// The number of a home entry in the app core's terminal session.
fn home_entry(label: &str) -> String {
    let run = app_session(None, &["--locale", "en"], "q\n");
    run.stdout
        .lines()
        .find_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            (rest == label).then(|| n.to_owned())
        })
        .unwrap_or_else(|| panic!("no {label:?} on home:\n{}", run.stdout))
}

#[test]
fn the_app_session_checks_a_job_offer_with_back_skip_and_a_typed_country() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    // Job offer: under_18 No; pay_fee Yes; Back (5) to pay_fee, shown answered; Yes again;
    // Skip (4) the other 13; on the report the country (1), a wrong name, then ke; then
    // quick exit.
    let mut input = format!(
        "{}\n2\n1\n5\n1\n",
        home_entry("A job offer (before I leave)")
    );
    input.push_str(&"4\n".repeat(13));
    input.push_str("1\nNarnia\nke\nq\n");
    let run = app_session(
        Some(dir.path()),
        &["--locale", "en", "--data-dir", data],
        &input,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(out.contains("Question 1 of 15"), "{out}");
    assert!(out.contains("Are you under 18?"), "{out}");
    assert!(
        out.contains("  1. Yes *"),
        "the answer given is marked after Back:\n{out}"
    );
    assert!(out.contains("What the check shows"), "{out}");
    assert!(out.contains("! We found serious warning signs"), "{out}");
    assert!(out.contains("You are asked to pay for the job"), "{out}");
    assert!(out.contains("Which country are you in now?"), "{out}");
    assert!(
        out.contains("We do not know a country by that name"),
        "{out}"
    );
    assert!(out.contains("Where to get help"), "{out}");
    assert!(out.contains("1195"), "{out}");
    // Nothing was written: no vault, no file at all.
    let written = walk(dir.path());
    assert!(written.is_empty(), "{written:?}");
}

#[test]
fn the_app_session_quick_exit_in_the_middle_of_a_check() {
    let input = format!("{}\n1\nq\n", home_entry("A job offer (before I leave)"));
    let run = app_session(None, &["--locale", "en"], &input);
    assert_eq!(run.code, 0);
    let out = plain(&run.stdout);
    assert!(out.contains("Are you under 18?"));
    assert!(out.contains("Question 2 of 15"));
    assert!(!out.contains("What the check shows"));
}

#[test]
fn the_app_session_scans_a_pasted_text_of_several_lines_and_offers_next_steps() {
    let entry = home_entry("Paste the text of a job advert or message");
    let input = format!(
        "{entry}\nCustomer service job in Thailand!\nPay the fee and send your passport.\n\nq\n"
    );
    let run = app_session(None, &["--locale", "en"], &input);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(
        out.contains("Paste the text, then press Enter on an empty line."),
        "{out}"
    );
    assert!(out.contains("Warning signs found in the text"), "{out}");
    assert!(out.contains("In the text: “send your passport”"), "{out}");
    assert!(out.contains("What you can do next"), "{out}");
    assert!(
        out.contains("Answer the job-offer questions for a fuller check"),
        "{out}"
    );
    assert!(out.contains("Check another text"), "{out}");
    // Both lines were one text: the second was not taken as a choice.
    assert!(!out.contains("not one of the choices"), "{out}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.path().is_dir() {
                out.extend(walk(&e.path()));
            } else {
                out.push(e.path());
            }
        }
    }
    out
}
