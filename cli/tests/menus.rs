//! The interactive menus for the checklist and the settings (PIN, delete everything).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{files_under, menu, waymark_env};

fn session(dir: &std::path::Path, input: &str) -> common::Run {
    let d = dir.to_string_lossy().into_owned();
    waymark_env(None, &["--data-dir", &d, "--locale", "en"], input, &[])
}

fn json(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> serde_json::Value {
    let d = dir.to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", &d, "--json"];
    all.extend_from_slice(args);
    waymark_env(None, &all, "", env).json()
}

#[test]
fn checklist_and_settings_menus_save_lock_and_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = menu("My safe-travel checklist");
    let settings = menu("Settings: PIN and delete everything");
    let close = menu("Close Waymark");
    // Looking at the checklist writes nothing.
    let run = session(dir.path(), &format!("{checklist}\n5\n{close}\n"));
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("My safe-travel checklist") && run.stdout.contains("Before you go")
    );
    assert!(
        files_under(dir.path()).is_empty(),
        "nothing written by looking"
    );

    // Checklist → add my own item → stage 3 (When you arrive) → text → back → quit.
    let run = session(
        dir.path(),
        &format!("{checklist}\n2\n3\nBring warm clothes\n5\n{close}\n"),
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("Bring warm clothes (Not done)"),
        "{}",
        run.stdout
    );
    // Settings → set a PIN.
    let run = session(dir.path(), &format!("{settings}\n1\n2468\n2468\n{close}\n"));
    assert!(run.stdout.contains("Your PIN is set."), "{}", run.stdout);
    assert_eq!(json(dir.path(), &["pin", "status"], &[])["has_pin"], true);
    // The checklist now asks for the PIN; a wrong one shows the reason and stays locked.
    let run = session(dir.path(), &format!("{checklist}\n0000\n{close}\n"));
    assert!(
        run.stdout.contains("That PIN is not right."),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Bring warm clothes"));
    let run = session(dir.path(), &format!("{checklist}\n2468\n5\n{close}\n"));
    assert!(run.stdout.contains("Bring warm clothes"), "{}", run.stdout);
    // Settings → delete everything → confirm.
    let run = session(dir.path(), &format!("{settings}\n4\nYES\n{close}\n"));
    assert!(
        run.stdout.contains("Everything is deleted."),
        "{}",
        run.stdout
    );
    assert_eq!(json(dir.path(), &["pin", "status"], &[])["exists"], false);
    assert!(files_under(dir.path()).is_empty());
}

/// PINs typed at a terminal are read without echo (checkable by hand only: it needs a
/// real terminal). Piped input, as scripts and these tests send it, is still read line by
/// line, and no PIN is ever printed back.
#[test]
fn piped_pins_in_the_settings_menu_are_read_as_lines_and_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    let settings = menu("Settings: PIN and delete everything");
    let checklist = menu("My safe-travel checklist");
    let close = menu("Close Waymark");
    let pins = ["2468", "97531", "86420"];
    // Set, change, then add an emergency PIN.
    let run = session(dir.path(), &format!("{settings}\n1\n2468\n2468\n{close}\n"));
    assert!(run.stdout.contains("Your PIN is set."), "{}", run.stdout);
    let run = session(
        dir.path(),
        &format!("{settings}\n1\n2468\n97531\n97531\n{close}\n"),
    );
    assert!(
        run.stdout.contains("Your PIN is changed."),
        "{}",
        run.stdout
    );
    let run = session(
        dir.path(),
        &format!("{settings}\n3\n97531\n86420\n86420\n{close}\n"),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Your emergency PIN is set."),
        "{}",
        run.stdout
    );
    for pin in pins {
        assert!(!run.stdout.contains(pin), "{pin} printed: {}", run.stdout);
    }
    // The unlock prompt reads a piped line too; `q` there is the quick exit.
    let run = session(dir.path(), &format!("{checklist}\n97531\n5\n{close}\n"));
    assert!(run.stdout.contains("Before you go"), "{}", run.stdout);
    assert!(!run.stdout.contains("97531"));
    let run = session(dir.path(), &format!("{checklist}\nq\n"));
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("Goodbye"), "{}", run.stdout);
}

/// A line that is not UTF-8 (a terminal in another encoding) is just not a choice: the
/// session says so and goes on, instead of ending as if the input had closed.
#[test]
fn a_line_that_is_not_utf8_is_an_invalid_choice_not_the_end() {
    let close = menu("Close Waymark");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"));
    let dir = tempfile::tempdir().unwrap();
    let mut child = cmd
        .args([
            "--data-dir",
            &dir.path().to_string_lossy(),
            "--locale",
            "en",
        ])
        .env("HOME", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = b"\xff\xfe\x80\n".to_vec();
    input.extend_from_slice(format!("{close}\n").as_bytes());
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &input).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.contains("That is not one of the choices."),
        "{stdout}"
    );
    assert!(stdout.contains("Goodbye. Stay safe."), "{stdout}");
    assert!(files_under(dir.path()).is_empty());
}
