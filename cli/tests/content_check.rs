//! `waymark content check` and `--content-dir` on content that is input: nothing in a
//! content folder may stall or crash them.

mod common;

use common::{copy_content, waymark};

fn deeply_nested() -> String {
    format!("deep = {}$x{}\n", "{ ".repeat(12_000), " }".repeat(12_000))
}

#[test]
fn deep_nesting_is_a_checker_problem_and_a_loader_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    std::fs::write(dir.path().join("l10n/en/deep.ftl"), deeply_nested()).unwrap();
    let path = dir.path().to_str().unwrap();

    let check = waymark(&["content", "check", path], "");
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert!(
        check
            .stdout
            .lines()
            .any(|l| l.starts_with("l10n/en/deep.ftl:1: ") && l.contains("nested")),
        "{}",
        check.stdout
    );

    let message = waymark(&["--content-dir", path, "message", "app-name"], "");
    assert_eq!(message.code, 1, "{}", message.stderr);
    assert!(message.stderr.contains("deep.ftl"), "{}", message.stderr);
}
