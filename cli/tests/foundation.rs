//! The foundation's promises, through the terminal shell.

mod common;

use common::{copy_content, plain, waymark, waymark_in};

#[test]
fn locales_lists_every_shipped_language_with_stable_fields() {
    let run = waymark(&["locales", "--json"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let locales = run.json();
    let ids: Vec<_> = locales
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["en", "fr", "es", "pt", "ht", "sw", "ar"]);
    let ht = &locales[4];
    for field in [
        "id",
        "native_name",
        "english_name",
        "direction",
        "status",
        "chain",
    ] {
        assert!(ht.get(field).is_some(), "missing {field}");
    }
    assert_eq!(ht["native_name"], "Kreyòl ayisyen");
    assert_eq!(ht["chain"], serde_json::json!(["ht", "fr", "en"]));
    assert_eq!(locales[6]["direction"], "rtl");
    assert_eq!(locales[0]["status"], "reviewed");
    assert_eq!(locales[1]["status"], "draft");
}

#[test]
fn pseudo_locales_appear_only_in_developer_mode() {
    let normal = waymark(&["locales", "--json"], "").json();
    assert!(!normal.to_string().contains("en-XA"));
    let dev = waymark(&["locales", "--json", "--developer"], "").json();
    assert!(dev.to_string().contains("en-XA") && dev.to_string().contains("ar-XB"));
}

#[test]
fn resolve_lists_malformed_tags_and_never_fails() {
    let run = waymark(&["locale", "resolve", "!!", "fr-HT", "--json"], "");
    assert_eq!(run.code, 0);
    let r = run.json();
    assert_eq!(r["chain"], serde_json::json!(["ht", "fr", "en"]));
    assert_eq!(r["ignored"], serde_json::json!(["!!"]));
    let none = waymark(&["locale", "resolve", "zz-ZZ", "@@", "--json"], "").json();
    assert_eq!(none["chain"], serde_json::json!(["en"]));
}

#[test]
fn message_names_the_locale_that_answered_and_formats_numbers() {
    let r = waymark(
        &[
            "message",
            "items-count",
            "--locale",
            "fr",
            "--arg",
            "count=1",
            "--json",
        ],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = r.json();
    assert_eq!(plain(v["text"].as_str().unwrap()), "1 élément");
    assert_eq!(v["locale"], "fr");
    let many = waymark(
        &[
            "message",
            "items-count",
            "--locale",
            "sw-KE",
            "--arg",
            "count=4",
            "--json",
        ],
        "",
    )
    .json();
    assert_eq!(plain(many["text"].as_str().unwrap()), "vipengee 4");
    let text = waymark(
        &[
            "message",
            "menu-current-language",
            "--locale",
            "es",
            "--arg",
            "language=x",
        ],
        "",
    );
    assert_eq!(plain(text.stdout.trim()), "Idioma: x");
}

#[test]
fn errors_have_a_stable_kind_a_localized_message_and_exit_1() {
    let unknown = waymark(&["message", "no-such-id", "--locale", "fr", "--json"], "");
    assert_eq!(unknown.code, 1);
    let e = unknown.json();
    assert_eq!(e["error"]["kind"], "not_found");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Il n'y a pas")
    );

    let malformed = waymark(&["message", "app-name", "--locale", "!!", "--json"], "");
    assert_eq!(malformed.code, 1);
    assert_eq!(malformed.json()["error"]["kind"], "invalid_input");

    let unsupported = waymark(&["message", "app-name", "--locale", "ja", "--json"], "");
    assert_eq!(unsupported.json()["error"]["kind"], "invalid_input");

    let bad_arg = waymark(&["message", "app-name", "--arg", "novalue", "--json"], "");
    assert_eq!(bad_arg.code, 1);
    assert_eq!(bad_arg.json()["error"]["kind"], "invalid_input");

    let bad_command = waymark(&["no-such-command", "--json"], "");
    assert_eq!(bad_command.code, 1);
    assert_eq!(bad_command.json()["error"]["kind"], "invalid_input");

    let plain_error = waymark(&["message", "no-such-id"], "");
    assert_eq!(plain_error.code, 1);
    assert!(plain_error.stderr.contains("no-such-id"));
    assert!(
        !plain_error.stderr.contains("panicked") && !plain_error.stderr.contains("RUST_BACKTRACE")
    );
}

#[test]
fn a_missing_content_folder_is_a_content_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing-here");
    let run = waymark(
        &[
            "locales",
            "--json",
            "--content-dir",
            missing.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["error"]["kind"], "content");
}

#[test]
fn content_check_passes_on_a_copy_and_fails_with_file_line_and_id() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let ok = waymark(&["content", "check", dir.path().to_str().unwrap()], "");
    assert_eq!(ok.code, 0, "{}", ok.stdout);
    assert!(ok.stdout.contains("content check: ok"));
    assert!(ok.stdout.contains("100.0%"));

    let fr = dir.path().join("l10n/fr/app.ftl");
    let text = std::fs::read_to_string(&fr)
        .unwrap()
        .replace("{ $language }", "{ $langue }");
    std::fs::write(&fr, text).unwrap();
    let broken = waymark(&["content", "check", dir.path().to_str().unwrap()], "");
    assert_eq!(broken.code, 1);
    let line = broken
        .stdout
        .lines()
        .find(|l| l.contains("[menu-current-language]"))
        .unwrap();
    assert!(line.starts_with("l10n/fr/app.ftl:"), "{line}");

    let json = waymark(
        &["content", "check", dir.path().to_str().unwrap(), "--json"],
        "",
    );
    assert_eq!(json.code, 1);
    assert_eq!(json.json()["problems"][0]["id"], "menu-current-language");
}

#[test]
fn a_loaded_content_folder_is_used_instead_of_the_embedded_one() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let en = dir.path().join("l10n/en/app.ftl");
    let text = std::fs::read_to_string(&en)
        .unwrap()
        .replace("app-name = Waymark", "app-name = Waymark Next");
    std::fs::write(&en, text).unwrap();
    let run = waymark(
        &[
            "message",
            "app-name",
            "--content-dir",
            dir.path().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(run.stdout.trim(), "Waymark Next");
}

#[test]
fn interactive_session_picks_a_language_by_its_own_name_and_quits() {
    let home = tempfile::tempdir().unwrap();
    // 5 = Kreyòl ayisyen, then the last main-menu entry closes the app.
    let menu = waymark_in(Some(home.path()), &[], "5\n").stdout;
    assert!(
        menu.contains("Kreyòl ayisyen") && menu.contains("Kiswahili") && menu.contains("العربية")
    );
    let quit_choice = menu
        .lines()
        .rfind(|l| {
            l.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .unwrap()
        .trim()
        .split('.')
        .next()
        .unwrap()
        .to_owned();
    let run = waymark_in(Some(home.path()), &[], &format!("5\n{quit_choice}\n"));
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Kisa ou vle fè?"), "{}", run.stdout);
    assert!(run.stdout.contains("Tradiksyon sa a poko fin revize."));
    assert!(run.stdout.contains("Orevwa."));
    // Nothing is written by looking around.
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
}

#[test]
fn interactive_quick_exit_and_bad_choices() {
    let run = waymark(&["--locale", "fr"], "99\nabc\nq\n");
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.matches("Ce n'est pas un des choix").count(), 2);
    assert!(!run.stdout.contains("Au revoir"));
}
