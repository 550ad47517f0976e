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

/// A copy of the content with the lines of `file` rewritten by `line` (`None` drops one).
#[allow(clippy::unwrap_used)]
fn content_with(file: &str, line: impl Fn(&str) -> Option<String>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let rewritten: String = text.lines().filter_map(|l| Some(line(l)? + "\n")).collect();
    std::fs::write(&path, rewritten).unwrap();
    dir
}

/// The terminal's own messages (`l10n/<locale>/terminal/`) are not in the phones'
/// library, but they are checked like every other message and shown in every language.
#[test]
fn the_terminals_own_messages_are_checked_and_shown_in_every_language() {
    let file = "l10n/sw/terminal/packs.ftl";
    let dir = content_with(file, |l| {
        (!l.starts_with("pack-keygen-private")).then(|| l.to_owned())
    });
    let path = dir.path().to_str().unwrap();
    let check = waymark(&["content", "check", path], "");
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(
        check
            .stdout
            .contains("[pack-keygen-private]: missing translation"),
        "{}",
        check.stdout
    );
    let broken = content_with(file, |l| match l.starts_with("pack-keygen-private") {
        true => Some("pack-keygen-private = {".to_owned()),
        false => Some(l.to_owned()),
    });
    let check = waymark(&["content", "check", broken.path().to_str().unwrap()], "");
    assert!(
        check.stdout.contains(&format!("{file}:")) && check.stdout.contains("Fluent syntax error"),
        "{}",
        check.stdout
    );

    let en = waymark(&["--locale", "en", "message", "pack-keygen-private"], "");
    for locale in ["en", "fr", "es", "pt", "ht", "sw", "ar"] {
        let run = waymark(
            &[
                "--locale",
                locale,
                "--json",
                "message",
                "pack-keygen-private",
            ],
            "",
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.json()["locale"], locale);
        if locale != "en" {
            assert_ne!(run.json()["text"], en.stdout.trim());
        }
    }
    // Strict as for any message: a missing argument is an error, an unknown id too.
    let strict = waymark(&["message", "pack-keygen-public"], "");
    assert_eq!(strict.code, 1);
    assert!(strict.stderr.contains("--arg key="), "{}", strict.stderr);
    assert_eq!(waymark(&["message", "pack-no-such-message"], "").code, 1);
}

/// A `--content-dir` folder's own `terminal/` files answer first (a translator trying
/// the terminal's words), the compiled-in ones otherwise.
#[test]
fn a_content_folders_terminal_messages_come_first() {
    let dir = content_with("l10n/fr/terminal/app.ftl", |l| {
        Some(match l.starts_with("menu-goodbye") {
            true => "menu-goodbye = [essai] Au revoir.".to_owned(),
            false => l.to_owned(),
        })
    });
    let path = dir.path().to_str().unwrap();
    let run = waymark(
        &[
            "--content-dir",
            path,
            "--locale",
            "fr",
            "message",
            "menu-goodbye",
        ],
        "",
    );
    assert_eq!(run.stdout.trim(), "[essai] Au revoir.", "{}", run.stderr);
    let run = waymark(&["--locale", "fr", "message", "menu-goodbye"], "");
    assert_eq!(run.code, 0);
    assert_ne!(run.stdout.trim(), "[essai] Au revoir.");
}
