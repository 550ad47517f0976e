//! With a PIN set, every command that keeps something in the vault (learning progress,
//! workshop sessions, discretion settings, the checklist) unlocks with `WAYMARK_PIN` or a
//! PIN on stdin; content-only commands need no PIN; and in the interactive session a
//! locked vault is explained without closing the session. (The settings and checklist
//! screens ask for the PIN in the app core: bindings/src/app/settings/tests.rs.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::Run;

const PIN: &str = "4821";

fn run(dir: &std::path::Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    common::in_data_dir(dir, args, stdin, env)
}

fn with_pin() -> tempfile::TempDir {
    common::data_dir_with_pin(PIN)
}

#[test]
fn vault_commands_unlock_with_the_pin_from_the_environment_or_stdin() {
    let dir = with_pin();
    let vault_commands: &[&[&str]] = &[
        &["--json", "learn", "seen", "getting_help", "l1"],
        &["--json", "learn", "progress"],
        &["--json", "workshop", "start", "--plan", "migrants_45"],
        &["--json", "workshop", "sessions"],
        &["--json", "settings", "show"],
        &["--json", "checklist", "show"],
    ];
    for args in vault_commands {
        // No PIN: a clear `locked` error, never a panic.
        let locked = run(dir.path(), args, "", &[]);
        assert_eq!(locked.code, 1, "{args:?}: {}", locked.stdout);
        assert_eq!(locked.json()["error"]["kind"], "locked", "{args:?}");
        // The PIN from the environment, or on stdin.
        let env = run(dir.path(), args, "", &[("WAYMARK_PIN", PIN)]);
        assert_eq!(env.code, 0, "{args:?}: {}{}", env.stdout, env.stderr);
        let stdin = run(dir.path(), args, &format!("{PIN}\n"), &[]);
        assert_eq!(stdin.code, 0, "{args:?}: {}{}", stdin.stdout, stdin.stderr);
        // A wrong PIN is refused as such.
        let wrong = run(dir.path(), args, "0000\n", &[]);
        assert_eq!(wrong.json()["error"]["kind"], "wrong_pin", "{args:?}");
    }
    // What was saved while unlocked is there.
    let progress = run(
        dir.path(),
        &["--json", "learn", "progress"],
        "",
        &[("WAYMARK_PIN", PIN)],
    );
    assert!(
        progress.stdout.contains("getting_help"),
        "{}",
        progress.stdout
    );
}

#[test]
fn content_only_commands_need_no_pin() {
    let dir = with_pin();
    for args in [
        &["learn", "tracks"][..],
        &["workshop", "plans"][..],
        &["workshop", "plan", "migrants_45"][..],
        &["settings", "disguises"][..],
        &["modules"][..],
    ] {
        let r = run(dir.path(), args, "", &[]);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
}
