//! A list to choose from that is empty says "Nothing here yet." and the menu before it
//! comes back, instead of asking for a number no one can type until `q`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{copy_content, menu, plain, waymark_env};

const NOTHING: &str = "Nothing here yet.";

fn session(dir: &std::path::Path, extra: &[&str], input: &str) -> String {
    let d = dir.join("data").to_string_lossy().into_owned();
    let mut args = vec!["--data-dir", &d, "--locale", "en"];
    args.extend_from_slice(extra);
    let r = waymark_env(None, &args, input, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = plain(&r.stdout);
    assert!(out.contains("Goodbye. Stay safe."), "{out}");
    out
}

#[test]
fn a_workshop_plan_without_show_of_hands_says_nothing_here() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_content(&content);
    let plans = content.join("workshop/plans.toml");
    let text = std::fs::read_to_string(&plans).unwrap();
    let hands = "hands = [\"know_someone_abroad\", \"seen_offer\", \"know_help\"]";
    assert!(text.contains(hands));
    std::fs::write(&plans, text.replacen(hands, "hands = []", 1)).unwrap();
    let c = content.to_string_lossy().into_owned();
    let workshop = menu("Run a workshop");
    let close = menu("Close Waymark");
    // Workshop → plans (1) → the first plan (1) → run (2) → show of hands (4): none →
    // the session menu again → end (5) → back (3) → back (3) → close.
    let input = format!("{workshop}\n1\n1\n2\n4\n5\n3\n3\n{close}\n");
    let out = session(dir.path(), &["--content-dir", &c], &input);
    let after = out.split_once(NOTHING).unwrap_or_else(|| panic!("{out}")).1;
    assert!(after.contains("The session has ended."), "{out}");
    assert!(!out.contains("That is not one of the choices"), "{out}");
}
