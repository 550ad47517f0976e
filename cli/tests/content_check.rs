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

#[test]
fn with_no_folder_the_check_names_no_path_of_the_build_machine() {
    // Run outside the repository: no `./content`, so the embedded content is checked.
    let away = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["content", "check"])
        .current_dir(away.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.starts_with("Checking embedded content\n"),
        "{stdout}"
    );
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .display()
        .to_string();
    assert!(!stdout.contains(&repo), "{stdout}");
}

#[test]
fn a_folder_that_is_not_content_is_refused_at_once_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(&dir.path().join("content"));
    let path = dir.path().to_str().unwrap();
    let run = waymark(&["content", "check", path], "");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("not a content folder (no manifest.toml)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean"), "{}", run.stderr);
    let json = waymark(&["content", "check", path, "--json"], "");
    assert_eq!(json.json()["error"]["kind"], "content");
}
