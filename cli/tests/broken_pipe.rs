//! `waymark … | head -1`: when the reader of stdout goes away, the shell stops quietly
//! (no "internal error", no panic exit code 101).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

fn command(home: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    let data = home.join("data").to_string_lossy().into_owned();
    cmd.args(["--data-dir", &data])
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("WAYMARK_LOCALE")
        .env_remove("WAYMARK_PIN")
        .env_remove("WAYMARK_PASSPHRASE")
        .env("WAYMARK_INSECURE_TEST_KDF", "1")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Waits for the child and returns its exit code and stderr.
fn finish(child: Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_quiet(args: &[&str], code: i32, stderr: &str) {
    assert!(
        !stderr.contains("internal error") && !stderr.contains("panicked"),
        "{args:?}: {stderr}"
    );
    assert_ne!(code, 101, "{args:?} panicked: {stderr}");
    assert_eq!(code, 0, "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
}

#[test]
fn a_reader_gone_before_the_first_line_is_a_quiet_end() {
    let home = tempfile::tempdir().unwrap();
    let commands: &[&[&str]] = &[
        &["locales"],
        &["--json", "locales"],
        &["learn", "tracks"],
        &["--json", "learn", "tracks"],
        &["modules"],
        &["module", "rights_at_work"],
        &["workshop", "plans"],
        &["screen", "questions", "--kind", "job_offer"],
        &["--json", "screen", "questions", "--kind", "my_situation"],
        &["find-help", "--country", "KE"],
        &["checklist", "show"],
        &["pin", "status"],
        &["--locale", "en"],
    ];
    for args in commands {
        // The read end is closed before the program starts: its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut child = command(home.path(), args).stdout(writer).spawn().unwrap();
        // The interactive session (no subcommand) reads a choice; give it one.
        let _ = child.stdin.take().unwrap().write_all(b"1\n");
        let (code, stderr) = finish(child);
        assert_quiet(args, code, &stderr);
    }
}

#[test]
fn a_reader_that_stops_after_one_line_ends_a_long_interactive_session() {
    let home = tempfile::tempdir().unwrap();
    let args = ["--locale", "en"];
    let mut child = command(home.path(), &args)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Thousands of invalid choices: each reprints the menu, far more than a pipe holds,
    // so the program is still writing when the reader goes away.
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all("nine\n".repeat(20_000).as_bytes());
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first.trim(), "Type q at any time to close Waymark at once.");
    drop(stdout);
    let (code, stderr) = finish(child);
    feeder.join().unwrap();
    assert_quiet(&args, code, &stderr);
}

#[test]
fn a_reader_that_stops_early_ends_a_long_listing() {
    let home = tempfile::tempdir().unwrap();
    // Every workshop plan is longer than a pipe holds (64 KiB), so writing is still under
    // way when the reader goes.
    for args in [
        &["workshop", "plans"][..],
        &["--json", "workshop", "plans"][..],
    ] {
        let mut child = command(home.path(), args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdin.take());
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(stdout);
        let (code, stderr) = finish(child);
        assert_quiet(args, code, &stderr);
    }
}

#[test]
fn output_that_cannot_be_written_is_an_error_not_a_panic() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let file = std::fs::OpenOptions::new().write(true).open(full).unwrap();
    let child = command(home.path(), &["locales"])
        .stdout(file)
        .spawn()
        .unwrap();
    let (code, stderr) = finish(child);
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert!(
        stderr.contains("could not be saved"),
        "the person is told: {stderr}"
    );
}
