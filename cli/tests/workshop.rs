//! `waymark workshop …`. Sessions live in the store; until the vault is merged it is in
//! memory, so here each process sees only its own sessions.
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

#[test]
fn the_interactive_workshop_runs_a_session_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    // Workshop → choose plan → Students 45 (plan 4) → Run → attendance 8 → pre scores
    // → post scores → end → back → export CSV → back → quit.
    let d = dir.path().to_string_lossy().into_owned();
    let input = "2\n1\n4\n2\n1\n8\n2\n2,3,4\n3\n4,5,5\n5\n3\n2\n1\n3\nq\n";
    let r = waymark_in(
        Some(dir.path()),
        &["--data-dir", &d, "--locale", "en"],
        input,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(out.contains("8 people are here."), "{out}");
    assert!(out.contains("3 scores saved. No names are kept."), "{out}");
    assert!(
        out.contains("date,plan,audience,region,locale,participants"),
        "{out}"
    );
    assert!(
        out.contains(",students_45,students,,en,8,5,3,60.0,3,93.3,"),
        "{out}"
    );
    assert!(out.contains("This summary has no names"), "{out}");
}
