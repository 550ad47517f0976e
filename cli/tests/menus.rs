//! The interactive session's input. (The checklist and settings screens are the app core's:
//! their tests are in bindings/src/app/{checklist,settings}/tests.rs and cli/tests/vault.rs.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{files_under, menu};

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
