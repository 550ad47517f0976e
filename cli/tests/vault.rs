//! The vault's promises through the terminal shell: PIN, wrong PIN back-off, duress PIN,
//! wipe, the passphrase key store.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{assert_nowhere, files_under, waymark_env};

struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Self {
        Dir(tempfile::tempdir().unwrap())
    }
    fn path(&self) -> &std::path::Path {
        self.0.path()
    }
    fn run(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> common::Run {
        let d = self.path().to_string_lossy().into_owned();
        let mut all = vec!["--data-dir", &d];
        all.extend_from_slice(args);
        waymark_env(None, &all, stdin, env)
    }
    fn kind(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> String {
        let r = self.run(args, stdin, env);
        assert_eq!(r.code, 1, "expected an error: {}", r.stdout);
        r.json()["error"]["kind"].as_str().unwrap().to_owned()
    }
    fn ok(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> serde_json::Value {
        let r = self.run(args, stdin, env);
        assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
        r.json()
    }
}

const SHOW: &[&str] = &["checklist", "show", "--json"];

#[test]
fn a_pin_from_stdin_or_env_locks_the_vault() {
    let d = Dir::new();
    d.ok(&["checklist", "done", "safety_word", "--json"], "", &[]);
    let s = d.ok(&["pin", "set", "--json"], "4821\n", &[]);
    assert_eq!(s["has_pin"], true);
    // No PIN given: locked. Wrong: wrong_pin. Right (stdin or env): the data.
    assert_eq!(d.kind(SHOW, "", &[]), "locked");
    assert_eq!(d.kind(SHOW, "1111\n", &[]), "wrong_pin");
    let v = d.ok(SHOW, "4821\n", &[]);
    assert!(v.to_string().contains("\"done\":true"));
    d.ok(SHOW, "", &[("WAYMARK_PIN", "4821")]);
    let status = d.ok(&["pin", "status", "--json"], "", &[]);
    assert_eq!(status["locked"], true);
    assert_eq!(status["has_duress_pin"], false);
    // A second `pin set` is refused; the PIN is never taken from an argument.
    assert_eq!(
        d.kind(&["pin", "set", "--json"], "9999\n", &[]),
        "invalid_input"
    );
    assert_eq!(
        d.kind(&["pin", "set", "1234", "--json"], "", &[]),
        "invalid_input"
    );
    assert_eq!(
        d.kind(&["pin", "set", "--json"], "", &[("WAYMARK_PIN", "12")]),
        "invalid_input"
    );
}

#[test]
fn change_and_remove_the_pin() {
    let d = Dir::new();
    d.ok(&["pin", "set", "--json"], "", &[("WAYMARK_PIN", "2468")]);
    assert_eq!(
        d.kind(&["pin", "change", "--json"], "1111\n3579\n", &[]),
        "wrong_pin"
    );
    d.ok(&["pin", "change", "--json"], "2468\n3579\n", &[]);
    assert_eq!(d.kind(SHOW, "2468\n", &[]), "wrong_pin");
    d.ok(SHOW, "3579\n", &[]);
    d.ok(
        &["pin", "change", "--json"],
        "",
        &[("WAYMARK_PIN", "3579"), ("WAYMARK_NEW_PIN", "97531")],
    );
    d.ok(&["pin", "remove", "--json"], "97531\n", &[]);
    d.ok(SHOW, "", &[]);
    assert_eq!(
        d.kind(&["pin", "remove", "--json"], "97531\n", &[]),
        "invalid_input"
    );
}

#[test]
fn wrong_pins_back_off_and_say_for_how_long() {
    let d = Dir::new();
    d.ok(&["pin", "set", "--json"], "2468\n", &[]);
    for _ in 0..3 {
        assert_eq!(d.kind(SHOW, "0000\n", &[]), "wrong_pin");
    }
    // Even the right PIN waits now.
    let r = d.run(SHOW, "2468\n", &[]);
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "wrong_pin");
    assert!(e["message"].as_str().unwrap().contains("seconds"), "{e}");
    let s = d.ok(&["pin", "status", "--json"], "", &[]);
    assert!(s["retry_after_seconds"].as_u64().unwrap() > 0);
}

#[test]
fn the_duress_pin_opens_an_empty_vault_and_destroys_the_real_one() {
    let d = Dir::new();
    let id = d.ok(
        &[
            "checklist",
            "add",
            "--stage",
            "on_arrival",
            "Call Sister Ama",
            "--json",
        ],
        "",
        &[],
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    d.ok(
        &[
            "checklist",
            "note",
            "know_embassy",
            "Embassy at 12 Rue Lepic",
            "--json",
        ],
        "",
        &[],
    );
    d.ok(&["pin", "set", "--json"], "2468\n", &[]);
    assert_eq!(
        d.kind(&["pin", "set-duress", "--json"], "2468\n2468\n", &[]),
        "invalid_input"
    );
    let s = d.ok(&["pin", "set-duress", "--json"], "2468\n1357\n", &[]);
    assert_eq!(s["has_duress_pin"], true);
    let before = files_under(d.path());

    // Someone forces the phone open with the duress PIN: an ordinary, empty checklist.
    let v = d.ok(SHOW, "1357\n", &[]);
    let text = v.to_string();
    assert!(!text.contains(&id) && !text.contains("Sister Ama") && !text.contains("Lepic"));
    assert!(!text.contains("\"custom\":true") && !text.contains("\"done\":true"));
    let s = d.ok(&["pin", "status", "--json"], "", &[]);
    assert_eq!(
        (s["exists"].as_bool(), s["has_pin"].as_bool()),
        (Some(true), Some(true))
    );
    // The real PIN no longer opens anything; the real data is gone for good.
    assert_eq!(d.kind(SHOW, "2468\n", &[]), "wrong_pin");
    // (The core's tests prove no old blob or wrapped key survives in any file.)
    drop(before);
}

#[test]
fn wipe_needs_yes_works_locked_and_leaves_no_residue() {
    let d = Dir::new();
    d.ok(
        &["checklist", "note", "safety_word", "blue heron", "--json"],
        "",
        &[],
    );
    d.ok(&["pin", "set", "--json"], "2468\n", &[]);
    let key_before = files_under(d.path())
        .into_iter()
        .find(|(p, _)| p.extension().is_some_and(|e| e == "key"))
        .unwrap()
        .1;
    assert_eq!(d.kind(&["wipe", "--json"], "", &[]), "invalid_input");
    // Locked, no PIN given: delete everything still works.
    let r = d.ok(&["wipe", "--yes", "--json"], "", &[]);
    assert_eq!(r["wiped"], true);
    assert!(
        files_under(d.path()).is_empty(),
        "{:?}",
        files_under(d.path())
    );
    let s = d.ok(&["pin", "status", "--json"], "", &[]);
    assert_eq!(s["exists"], false);
    // Using Waymark again starts afresh; nothing of the old key or note is anywhere.
    d.ok(&["checklist", "done", "safety_word", "--json"], "", &[]);
    assert_nowhere(d.path(), &key_before[..16]);
    assert_nowhere(d.path(), b"blue heron");
    let v = d.ok(SHOW, "", &[]);
    assert!(!v.to_string().contains("blue heron"));
}

#[test]
fn a_passphrase_replaces_the_key_file() {
    let d = Dir::new();
    let pass = [("WAYMARK_PASSPHRASE", "long walk to the river")];
    d.ok(
        &["checklist", "note", "safety_word", "mango", "--json"],
        "",
        &pass,
    );
    assert!(
        files_under(d.path())
            .iter()
            .all(|(p, b)| !(p.ends_with("waymark-vault.key") && b.len() == 32))
    );
    let v = d.ok(SHOW, "", &pass);
    assert!(v.to_string().contains("mango"));
    // Another passphrase is the key store's key, not damage and not a wrong PIN.
    let wrong = [("WAYMARK_PASSPHRASE", "short walk to the sea")];
    assert_eq!(d.kind(SHOW, "", &wrong), "key_store");
    assert_nowhere(d.path(), b"long walk");
}

/// The number the app shell's last screen in `out` gives `label` ("  8. Settings").
fn number_of(out: &str, label: &str) -> String {
    out.lines()
        .rev()
        .find_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            (rest.trim_end_matches([' ', '*']) == label && n.chars().all(|c| c.is_ascii_digit()))
                .then(|| n.to_owned())
        })
        .unwrap_or_else(|| panic!("no {label:?} in:\n{out}"))
}

/// In the terminal a PIN is typed without echo; from a pipe it is read as plain lines.
/// Set in settings (the rule shown first, typed twice), the PIN is the first screen of the
/// next session, and after three wrong tries the wait is said before anything is asked.
#[test]
fn a_pin_set_in_the_app_shell_guards_the_next_start_and_the_wait_is_said_first() {
    let d = Dir::new();
    let data = d.path().to_string_lossy().into_owned();
    let args = ["--locale", "en", "--data-dir", &data];
    let session = |input: &str| {
        let r = common::app_session(Some(d.path()), &args, input);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let settings = number_of(&session("q\n"), "Settings");
    let set = number_of(&session(&format!("{settings}\nq\n")), "Set a PIN");
    let out = session(&format!("{settings}\n{set}\n4826\n4826\nq\n"));
    let rule = out.find("A PIN needs 4 to 64 characters.").expect(&out);
    let set_at = out.find("Your PIN is set.").expect(&out);
    assert!(rule < set_at, "the rule comes first: {out}");
    assert!(out.contains("Type the new PIN again"), "{out}");
    assert!(!out.contains("4826"), "a PIN is never printed: {out}");

    // Started again: the PIN first; three wrong ones, then the wait, and no PIN asked.
    let out = session("1111\n2222\n3333\nq\n");
    assert!(
        out.trim_start_matches("Type q at any time to close Waymark at once.")
            .trim_start()
            .starts_with("Enter your PIN to open what you saved."),
        "{out}"
    );
    assert_eq!(out.matches("That PIN is not right.").count(), 3, "{out}");
    let (_, after) = out.split_once("Try again in ").expect(&out);
    assert!(
        !after.contains("\nPIN\n"),
        "no PIN is asked during the wait: {out}"
    );
    assert!(after.contains("Try again"), "{out}");
    assert!(
        !out.contains("Settings"),
        "nothing behind the PIN is shown: {out}"
    );
}
