//! `waymark workshop …` and learning progress, as scripts run them: each command is its
//! own process, and sessions and progress persist in the vault under `--data-dir`. Also
//! the app core's workshop flow in the terminal renderer (its logic is tested with
//! `Driver` in bindings/src/app/workshop/tests.rs).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{plain, waymark_in};

fn run(dir: &std::path::Path, args: &[&str]) -> common::Run {
    let d = dir.to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", d.as_str()];
    all.extend_from_slice(args);
    waymark_in(Some(dir), &all, "")
}

#[test]
fn plans_cover_every_audience_and_length() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &["workshop", "plans", "--locale", "en", "--json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plans = r.json();
    let plans = plans.as_array().unwrap();
    assert_eq!(plans.len(), 9);
    for p in plans {
        let total: u64 = p["agenda"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["minutes"].as_u64().unwrap())
            .sum();
        assert_eq!(total, p["minutes"].as_u64().unwrap());
        for key in ["title", "activity", "notes", "prompts", "cards"] {
            assert!(!p["agenda"][0][key].is_null(), "{key}");
        }
    }
}

#[test]
fn present_shows_one_item_in_large_text() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "workshop",
            "present",
            "--plan",
            "leaders_90",
            "--item",
            "7",
            "--locale",
            "en",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(out.contains("Part 7 of 10: 20 minutes"), "{out}");
    assert!(out.contains("WHEN SOMEONE TELLS YOU"));
    assert!(out.contains("Role-play cards"));
    let r = run(
        dir.path(),
        &[
            "workshop",
            "present",
            "--plan",
            "leaders_90",
            "--item",
            "11",
            "--json",
        ],
    );
    assert_eq!(r.json()["error"]["kind"], "not_found");
}

#[test]
fn start_returns_a_session_id() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "workshop",
            "start",
            "--plan",
            "students_45",
            "--region",
            "JM",
            "--json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = r.json();
    assert_eq!(s.as_object().unwrap().len(), 1);
    assert_eq!(s["session"].as_str().unwrap().len(), 16);
}

#[test]
fn bad_workshop_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["workshop", "start", "--plan", "nope", "--json"],
            "not_found",
        ),
        (
            &[
                "workshop",
                "start",
                "--plan",
                "students_45",
                "--region",
                "Jamaica",
                "--json",
            ],
            "invalid_input",
        ),
        (
            &[
                "workshop",
                "attendance",
                "--session",
                "abc",
                "--count",
                "-2",
                "--json",
            ],
            "invalid_input",
        ),
        (
            &[
                "workshop",
                "attendance",
                "--session",
                "abc",
                "--count",
                "3",
                "--json",
            ],
            "not_found",
        ),
        (
            &[
                "workshop",
                "quiz",
                "--session",
                "abc",
                "--phase",
                "pre",
                "--scores",
                "3,5",
                "--json",
            ],
            "not_found",
        ),
        (
            &[
                "workshop",
                "quiz",
                "--session",
                "abc",
                "--phase",
                "during",
                "--scores",
                "3",
                "--json",
            ],
            "invalid_input",
        ),
        (
            &["workshop", "end", "--session", "abc", "--json"],
            "not_found",
        ),
        (
            &["workshop", "export", "--format", "csv", "--json"],
            "not_found",
        ),
        (
            &["workshop", "export", "--format", "xml", "--json"],
            "invalid_input",
        ),
    ];
    for (args, kind) in cases {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 1, "{args:?}");
        assert_eq!(r.json()["error"]["kind"], *kind, "{args:?}: {}", r.stdout);
    }
    let r = run(
        dir.path(),
        &["workshop", "export", "--format", "json", "--locale", "fr"],
    );
    assert!(
        r.stderr.contains("Aucune") || r.stderr.contains("aucune"),
        "{}",
        r.stderr
    );
}

/// A whole session in the terminal: present a few parts and leave, start, attendance,
/// the quiz scores typed one at a time (an empty line goes back), the misses per
/// question, end, and the CSV summary shared into the current folder.
#[test]
fn the_app_runs_a_workshop_session_and_shares_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("data").to_string_lossy().into_owned();
    let workshop = common::menu("Run a workshop");
    let input = [
        workshop.as_str(),
        "1", // the first plan: safe work abroad, 45 minutes
        "1", // present
        "1", // next: part 2
        "1", // next: part 3
        "3", // Back (next, previous, back): the way out at any part
        "2", // start the session
        "1", // yes, start it
        "1", // count the people here
        "8",
        "2", // the quiz before
        "1", // type each person's score
        "3",
        "5",
        "4",
        "",  // done: back to the quiz's choices
        "4", // save the scores
        "3", // the quiz after
        "1",
        "4",
        "5",
        "5",
        "",
        "2", // how many got each question wrong
        "0",
        "1",
        "0",
        "0",
        "0",
        "4", // save
        "7", // end the session
        "1", // yes, end it: the sessions list
        "1", // share as a table (CSV)
        "q",
    ]
    .join("\n")
        + "\n";
    let r = common::app_session_in(dir.path(), &["--data-dir", &d, "--locale", "en"], &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(out.contains("Part 3 of 7"), "{out}");
    assert!(out.contains("The session has started."), "{out}");
    assert!(out.contains("8 people are here."), "{out}");
    assert!(
        out.contains("Scores typed, not saved yet: 3, 5, 4"),
        "{out}"
    );
    assert!(out.contains("3 scores saved. No names are kept."), "{out}");
    assert!(out.contains("Quiz before: 80 % right"), "{out}");
    assert!(out.contains("The session has ended."), "{out}");
    let file = "waymark-workshop-summary.csv";
    assert!(
        out.contains(&format!("Saved in this folder as {file}.")),
        "{out}"
    );
    assert!(!out.contains("That is not one of the choices"), "{out}");
    let csv = std::fs::read_to_string(dir.path().join(file)).unwrap();
    assert!(
        csv.starts_with("date,plan,audience,region,locale,participants"),
        "{csv}"
    );
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",migrants_45,migrants,,en,8,5,3,80.0,3,93.3,"),
        "{row}"
    );
    assert!(row.contains("=1"), "a miss after the session: {row}");
}

/// A plan without show-of-hands questions: the running session simply offers none.
#[test]
fn the_app_runs_a_plan_without_show_of_hands() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    common::copy_content(&content);
    let plans = content.join("workshop/plans.toml");
    let text = std::fs::read_to_string(&plans).unwrap();
    let hands = "hands = [\"know_someone_abroad\", \"seen_offer\", \"know_help\"]";
    assert!(text.contains(hands));
    std::fs::write(&plans, text.replacen(hands, "hands = []", 1)).unwrap();
    let (c, d) = (
        content.to_string_lossy().into_owned(),
        dir.path().join("data").to_string_lossy().into_owned(),
    );
    let workshop = common::menu("Run a workshop");
    // The first plan → start, yes → end (4: people, before, after, end), yes → quick exit.
    let input = format!("{workshop}\n1\n2\n1\n4\n1\nq\n");
    let args = ["--data-dir", &d, "--content-dir", &c, "--locale", "en"];
    let r = common::app_session_in(dir.path(), &args, &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(out.contains("The session has ended."), "{out}");
    assert!(!out.contains("Raise your hand"), "{out}");
}

/// With the vault, each command is its own process and the session persists between them.
#[test]
fn a_session_runs_across_processes_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let start = run(
        dir.path(),
        &[
            "workshop",
            "start",
            "--plan",
            "students_45",
            "--region",
            "JM",
            "--locale",
            "en",
            "--json",
        ],
    );
    assert_eq!(start.code, 0, "{}{}", start.stdout, start.stderr);
    let s = start.json()["session"].as_str().unwrap().to_owned();
    let steps: &[&[&str]] = &[
        &["workshop", "attendance", "--session", &s, "--count", "10"],
        &[
            "workshop",
            "quiz",
            "--session",
            &s,
            "--phase",
            "pre",
            "--scores",
            "3,5,4",
        ],
        &[
            "workshop",
            "quiz",
            "--session",
            &s,
            "--phase",
            "post",
            "--scores",
            "5,5,4",
            "--missed",
            "0,1,0,0,0",
        ],
        &[
            "workshop",
            "hands",
            "--session",
            &s,
            "--question",
            "know_help",
            "--count",
            "6",
        ],
        &["workshop", "end", "--session", &s],
    ];
    for args in steps {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 0, "{args:?}: {}{}", r.stdout, r.stderr);
    }
    // Bad input after the fact changes nothing.
    let r = run(
        dir.path(),
        &[
            "workshop",
            "attendance",
            "--session",
            &s,
            "--count",
            "4",
            "--json",
        ],
    );
    assert_eq!(r.json()["error"]["kind"], "invalid_input");

    let csv = run(dir.path(), &["workshop", "export", "--format", "csv"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let row = csv.stdout.lines().nth(1).unwrap().to_owned();
    assert!(
        row.contains(",students_45,students,JM,en,10,5,3,80.0,3,93.3,"),
        "{row}"
    );
    assert!(row.contains("trafficking_and_smuggling/q3=1"), "{row}");
    assert!(row.ends_with("know_help=6"), "{row}");
    assert!(!csv.stdout.contains(&s), "no session id in the export");
    let json = run(dir.path(), &["workshop", "export", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(rows[0]["participants"], 10);
    assert_eq!(rows[0]["post_missed"]["trafficking_and_smuggling/q3"], 1);
}

#[test]
fn learning_progress_persists_across_processes_and_clears_alone() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "learn",
            "quiz",
            "getting_help",
            "--answers",
            "b,c,a,a,a",
            "--json",
        ],
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    run(dir.path(), &["learn", "seen", "getting_help", "l1"]);
    let p = run(dir.path(), &["learn", "progress", "--json"]).json();
    assert_eq!(p[0]["best_score"], 4);
    assert_eq!(p[0]["lessons_seen"][0], "l1");
    run(dir.path(), &["learn", "clear"]);
    let p = run(dir.path(), &["learn", "progress", "--json"]).json();
    assert_eq!(p.as_array().unwrap().len(), 0);
}
