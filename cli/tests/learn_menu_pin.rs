//! The interactive Learn menu with a PIN set: what saves progress (lessons, the quiz, my
//! progress, clearing it) asks for the PIN the way the checklist does, instead of
//! answering "locked"; a wrong PIN is explained and the menu comes back, nothing lost.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Run, plain};

const PIN: &str = "4821";
const TRACKS: &str = "Who are you learning as?";

fn run(dir: &std::path::Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    common::in_data_dir(dir, args, stdin, env)
}

fn with_pin() -> tempfile::TempDir {
    common::data_dir_with_pin(PIN)
}

/// An interactive session; the output with Fluent's isolation marks removed.
fn session(dir: &std::path::Path, input: &str, env: &[(&str, &str)]) -> String {
    let r = run(dir, &[], input, env);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(!out.contains("Your saved data is locked."), "{out}");
    assert!(!out.contains(PIN), "the PIN is never printed: {out}");
    out
}

fn progress(dir: &std::path::Path) -> serde_json::Value {
    let r = run(
        dir,
        &["--json", "learn", "progress"],
        "",
        &[("WAYMARK_PIN", PIN)],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    r.json()
}

#[test]
fn my_progress_asks_for_the_pin_and_a_wrong_one_brings_the_menu_back() {
    let dir = with_pin();
    let learn = common::menu("Learn");
    let close = common::menu("Close Waymark");
    // Learn → My progress (4) → a wrong PIN → the track menu again → Back (6) → close.
    let out = session(dir.path(), &format!("{learn}\n4\n0000\n7\n{close}\n"), &[]);
    assert!(out.contains("Enter your PIN:"), "{out}");
    assert!(out.contains("That PIN is not right."), "{out}");
    let after = out.split("That PIN is not right.").nth(1).unwrap();
    assert!(after.contains(TRACKS), "the Learn menu comes back: {out}");
    assert!(out.contains("Goodbye. Stay safe."), "{out}");
    // The right PIN shows the progress.
    let out = session(dir.path(), &format!("{learn}\n4\n{PIN}\n7\n{close}\n"), &[]);
    assert!(
        out.contains("You have not started any module yet."),
        "{out}"
    );
    // WAYMARK_PIN unlocks without asking.
    let out = session(
        dir.path(),
        &format!("{learn}\n4\n7\n{close}\n"),
        &[("WAYMARK_PIN", PIN)],
    );
    assert!(!out.contains("Enter your PIN:"), "{out}");
    assert!(
        out.contains("You have not started any module yet."),
        "{out}"
    );
}

#[test]
fn the_quiz_asks_for_the_pin_before_the_first_question_and_saves_the_score() {
    let dir = with_pin();
    let learn = common::menu("Learn");
    let close = common::menu("Close Waymark");
    // Learn → Students (2) → first module (1) → Quiz (3) → wrong PIN: the module menu
    // comes back before any question; Quiz again → right PIN → five answers.
    let input = format!("{learn}\n2\n1\n3\n0000\n3\n{PIN}\n2\n2\n2\n2\n2\n4\n4\n7\n{close}\n");
    let out = session(dir.path(), &input, &[]);
    let (before, after) = out.split_once("That PIN is not right.").unwrap();
    assert!(!before.contains("Question 1 of 5"), "{out}");
    assert!(after.contains("Question 1 of 5"), "{out}");
    // Choices come in a new order each attempt, so "2" five times scores anything from
    // 0 to 5: the score shown is the one saved.
    let score = common::quiz_score(&out);
    assert!(out.contains("Goodbye. Stay safe."), "{out}");
    let p = progress(dir.path());
    assert_eq!(p[0]["best_score"], score, "{p}");
}

#[test]
fn lessons_ask_for_the_pin_and_are_marked_seen() {
    let dir = with_pin();
    let learn = common::menu("Learn");
    let close = common::menu("Close Waymark");
    // Learn → Students → first module → Lessons (1) → PIN → Enter past each lesson.
    let input = format!("{learn}\n2\n1\n1\n{PIN}\n\n\n\n\n\n\n\n\n4\n4\n7\n{close}\n");
    let out = session(dir.path(), &input, &[]);
    assert!(out.contains("Enter your PIN:"), "{out}");
    assert!(out.contains("Press Enter to continue."), "{out}");
    let p = progress(dir.path());
    assert!(!p[0]["lessons_seen"].as_array().unwrap().is_empty(), "{p}");
}

#[test]
fn q_at_the_pin_prompt_is_the_quick_exit() {
    let dir = with_pin();
    let learn = common::menu("Learn");
    let r = run(dir.path(), &[], &format!("{learn}\n4\nq\n"), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("Goodbye"), "{}", r.stdout);
    assert!(!r.stdout.contains("not right"), "{}", r.stdout);
}
