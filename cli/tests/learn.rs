//! `waymark modules`, `waymark module`, `waymark learn`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;

use common::{plain, waymark_in};

/// Runs in a fresh home folder, so saved progress never meets another run's vault.
fn waymark(args: &[&str], stdin: &str) -> common::Run {
    let home = tempfile::tempdir().unwrap();
    waymark_in(Some(home.path()), args, stdin)
}

#[test]
fn modules_lists_the_audience_track_with_stable_fields() {
    let run = waymark(
        &[
            "modules",
            "--audience",
            "students",
            "--locale",
            "en",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = run.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 4);
    for m in list {
        let keys: Vec<_> = m.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["audiences", "id", "lessons", "summary", "title"]);
        assert!(
            m["audiences"]
                .as_array()
                .unwrap()
                .contains(&"students".into())
        );
    }
    let all = waymark(&["modules", "--locale", "fr", "--json"], "").json();
    assert_eq!(all.as_array().unwrap().len(), 7);
    assert_eq!(all[0]["title"], "La traite et le trafic de migrants");
}

#[test]
fn module_has_lessons_a_regional_scenario_and_a_quiz() {
    let run = waymark(
        &[
            "module",
            "how_recruiters_lie",
            "--locale",
            "en",
            "--region",
            "GH",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = run.json();
    assert_eq!(m["id"], "how_recruiters_lie");
    assert!(m["lessons"].as_array().unwrap().len() >= 3);
    for key in ["id", "title", "body"] {
        assert!(m["lessons"][0][key].is_string());
    }
    assert_eq!(m["scenario"]["id"], "gh");
    assert_eq!(m["scenario"]["region"], "GH");
    assert!(plain(m["scenario"]["body"].as_str().unwrap()).contains("Kumasi"));
    let q = &m["quiz"][0];
    for key in ["id", "prompt", "choices", "answer", "explanation"] {
        assert!(!q[key].is_null(), "{key}");
    }
    assert!(q["choices"][0]["id"].is_string() && q["choices"][0]["text"].is_string());

    // The language's region picks its country's story, then its macro-region's; an
    // unknown region falls back to the general story.
    let jm = waymark(
        &["module", "warning_signs", "--locale", "en-JM", "--json"],
        "",
    )
    .json();
    assert_eq!(jm["scenario"]["id"], "jm");
    let ht = waymark(&["module", "getting_help", "--region", "HT", "--json"], "").json();
    assert_eq!(ht["scenario"]["id"], "ht");
    assert!(plain(ht["scenario"]["body"].as_str().unwrap()).contains("Santo Domingo"));
    let bs = waymark(&["module", "getting_help", "--region", "BS", "--json"], "").json();
    assert_eq!(bs["scenario"]["id"], "jm");
    let cm = waymark(
        &["module", "warning_signs", "--locale", "fr-CM", "--json"],
        "",
    )
    .json();
    assert_eq!(cm["scenario"]["id"], "general");
    assert_eq!(cm["scenario"]["region"], "general");
}

#[test]
fn plain_output_shows_the_review_note_for_draft_locales() {
    let fr = waymark(&["module", "getting_help", "--locale", "fr"], "");
    assert_eq!(fr.code, 0);
    assert!(fr.stdout.contains("en cours de relecture"));
    let en = waymark(&["module", "getting_help", "--locale", "en"], "");
    assert!(!en.stdout.contains("being reviewed"));
    assert!(en.stdout.contains("Key points"));
}

#[test]
fn bad_module_input_is_a_clear_error() {
    let run = waymark(&["module", "nope", "--locale", "en", "--json"], "");
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["error"]["kind"], "not_found");
    let run = waymark(
        &["module", "getting_help", "--region", "Kingston", "--json"],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    let run = waymark(
        &[
            "modules",
            "--audience",
            "adults",
            "--locale",
            "fr",
            "--json",
        ],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    assert!(
        run.json()["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Choisissez")
    );
    let run = waymark(
        &[
            "learn",
            "quiz",
            "getting_help",
            "--answers",
            "a,b",
            "--json",
        ],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
}

#[test]
fn a_quiz_is_scored_with_explanations() {
    let run = waymark(
        &[
            "learn",
            "quiz",
            "getting_help",
            "--answers",
            "b,c,a,a,a",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let r = run.json();
    assert_eq!(r["score"], 4);
    assert_eq!(r["total"], 5);
    assert_eq!(r["questions"][4]["correct"], false);
    assert_eq!(r["questions"][4]["answer"], "c");
    assert!(r["questions"][4]["explanation"].as_str().unwrap().len() > 10);
}

#[test]
fn the_glossary_explains_the_words_lessons_use() {
    let run = waymark(&["learn", "glossary", "--locale", "en"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(out.starts_with("Words used in the lessons"), "{out}");
    for term in [
        "Debt bondage",
        "Grooming",
        "Forced labour",
        "Non-punishment",
    ] {
        assert!(out.lines().any(|l| l == term), "{term}: {out}");
    }
    assert!(out.contains("A debt used to control a person."), "{out}");

    let json = waymark(&["learn", "glossary", "--locale", "sw", "--json"], "").json();
    let terms = json.as_array().unwrap();
    assert!(terms.len() >= 10);
    let debt = terms.iter().find(|t| t["id"] == "debt_bondage").unwrap();
    assert_eq!(debt["term"], "Utumwa wa deni");
    assert!(
        terms
            .iter()
            .all(|t| t["text"].as_str().is_some_and(|s| !s.is_empty()))
    );
}

#[test]
fn the_glossary_needs_no_pin_and_progress_takes_it_from_waymark_pin() {
    let dir = common::data_dir_with_pin("4821");
    let run = common::in_data_dir(dir.path(), &["learn", "glossary"], "", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("PIN"), "{}", run.stdout);
    let pin = [("WAYMARK_PIN", "4821")];
    let run = common::in_data_dir(
        dir.path(),
        &["learn", "seen", "getting_help", "l1"],
        "",
        &pin,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = common::in_data_dir(dir.path(), &["--json", "learn", "progress"], "", &pin);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()[0]["lessons_seen"], serde_json::json!(["l1"]));
}

/// The number of a home entry in the app's terminal session.
fn home_entry(label: &str) -> String {
    let run = common::app_session(None, &["--locale", "en"], "q\n");
    run.stdout
        .lines()
        .find_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            (rest == label && n.chars().all(|c| c.is_ascii_digit())).then(|| n.to_owned())
        })
        .unwrap_or_else(|| panic!("no home entry {label:?} in:\n{}", run.stdout))
}

/// In the terminal: Learn → Students → the first module → lesson 1 → Next → Previous →
/// Back → the quiz, the second choice five times → Check my answers → q. What the
/// session saved is what `waymark learn progress` reads.
#[test]
fn the_app_session_runs_a_lesson_and_a_quiz() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data = data.to_str().unwrap();
    let learn = home_entry("Learn");
    // Tracks: 1 migrants, 2 students. Module: 1-5 lessons, 6 story, 7 quiz; once a lesson
    // was opened, 1 is Continue and the rest move down one (8 quiz). Lesson: 1 Next, then
    // 2 Previous; on lesson 1, 2 is Back. Quiz: 1-3 choices; on the last, 4 checks.
    let input = format!("{learn}\n2\n1\n1\n1\n2\n2\n8\n2\n2\n2\n2\n2\n4\nq\n");
    let run = common::app_session(
        Some(home.path()),
        &["--locale", "en", "--data-dir", data],
        &input,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    for line in [
        "Lesson 1 of 5",
        "Lesson 2 of 5",
        "  2. Previous",
        "Question 5 of 5",
        "Check my answers",
    ] {
        assert!(out.contains(line), "{line}: {out}");
    }
    let (_, result) = out.rsplit_once("You got ").unwrap();
    let score = common::quiz_score(&out);
    assert_eq!(
        result.lines().filter(|l| *l == "Right.").count(),
        score,
        "{out}"
    );
    assert!(out.contains("  1. Try the quiz again"), "{out}");
    let run = waymark_in(
        Some(home.path()),
        &["--json", "--data-dir", data, "learn", "progress"],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let p = run.json();
    assert_eq!(p[0]["module"], "trafficking_and_smuggling", "{p}");
    assert_eq!(p[0]["lessons_seen"], serde_json::json!(["l1", "l2"]), "{p}");
    assert_eq!(p[0]["best_score"], score, "{p}");
}
