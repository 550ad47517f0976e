//! A `--data-dir` Waymark cannot use (a regular file, a folder that cannot be created)
//! gets its own clear, localized `storage` error and exit 1, never "the key store is not
//! available", and nothing of the path or the file is printed or changed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{plain, waymark};

const LOCALES: [&str; 7] = ["en", "fr", "es", "pt", "ht", "sw", "ar"];
const FILE_TEXT: &str = "my private notes, not a folder\n";

fn message(id: &str, locale: &str) -> String {
    let r = waymark(&["message", id, "--locale", locale, "--json"], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    r.json()["text"].as_str().unwrap().to_owned()
}

/// A save that needs the vault, with `data_dir` as the data folder.
fn add_item(data_dir: &std::path::Path, locale: &str, json: bool) -> common::Run {
    let d = data_dir.to_string_lossy().into_owned();
    let mut args = vec![
        "--data-dir",
        &d,
        "--locale",
        locale,
        "checklist",
        "add",
        "--stage",
        "on_arrival",
        "call home",
    ];
    if json {
        args.push("--json");
    }
    waymark(&args, "")
}

#[test]
fn a_regular_file_as_data_dir_is_a_clear_storage_error_in_every_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("waymark-data");
    std::fs::write(&file, FILE_TEXT).unwrap();
    for locale in LOCALES {
        let expected = message("vault-error-data-dir", locale);
        assert_ne!(expected, message("vault-error-key-store", locale));
        if locale != "en" {
            assert_ne!(expected, message("vault-error-data-dir", "en"), "{locale}");
        }
        let r = add_item(&file, locale, true);
        assert_eq!(r.code, 1, "{locale}: {}", r.stdout);
        let err = &r.json()["error"];
        assert_eq!(err["kind"], "storage", "{locale}");
        assert_eq!(err["message"], expected.as_str(), "{locale}");

        let r = add_item(&file, locale, false);
        assert_eq!(r.code, 1, "{locale}");
        assert_eq!(plain(&r.stderr), format!("waymark: {}\n", plain(&expected)));
        for output in [&r.stdout, &r.stderr] {
            assert!(!output.contains("waymark-data"), "{output}");
            assert!(!output.contains("private notes"), "{output}");
        }
    }
    // The file is left as it was, and nothing appeared beside it.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), FILE_TEXT);
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn a_data_dir_that_cannot_be_created_is_the_same_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a-file");
    std::fs::write(&file, FILE_TEXT).unwrap();
    let r = add_item(&file.join("inside"), "en", true);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let err = &r.json()["error"];
    assert_eq!(err["kind"], "storage");
    assert_eq!(
        err["message"],
        message("vault-error-data-dir", "en").as_str()
    );
    // Setting a PIN (which creates the vault) says the same.
    let d = file.to_string_lossy().into_owned();
    let r = waymark(&["--data-dir", &d, "pin", "set", "--json"], "4821\n");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(
        r.json()["error"]["message"],
        message("vault-error-data-dir", "en").as_str()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), FILE_TEXT);
}

#[test]
fn a_usable_data_dir_keeps_no_probe_file() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("new").join("data");
    let r = add_item(&data, "en", true);
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    let mut names: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.iter().all(|n| !n.starts_with(".write-check")),
        "{names:?}"
    );
    assert!(names.contains(&"vault.db".to_owned()), "{names:?}");
}
