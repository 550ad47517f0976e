//! A list to choose from that is empty says "Nothing here yet." and the menu before it
//! comes back, instead of asking for a number no one can type until `q`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{menu, plain, waymark_env};

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
fn removing_with_no_own_items_says_nothing_here_and_the_checklist_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = menu("My safe-travel checklist");
    let close = menu("Close Waymark");
    // Checklist → Remove (4): no own items yet → Back (5) → close.
    let out = session(dir.path(), &[], &format!("{checklist}\n4\n5\n{close}\n"));
    let after = out.split_once(NOTHING).unwrap_or_else(|| panic!("{out}")).1;
    assert!(
        after.contains("Before you go"),
        "the checklist comes back: {out}"
    );
    assert!(!out.contains("That is not one of the choices"), "{out}");
}
