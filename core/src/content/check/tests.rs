use std::path::Path;

use super::*;

fn embedded() -> ContentSource {
    ContentSource::embedded()
}

fn problems(source: &ContentSource) -> Vec<Problem> {
    check(source).problems
}

fn append(source: &mut ContentSource, path: &str, extra: &str) {
    let text = format!("{}{extra}", source.get(path).unwrap_or_default());
    source.set(path, text);
}

#[test]
fn the_embedded_content_passes_with_full_coverage() {
    let report = check(&embedded());
    assert!(report.is_ok(), "{:#?}", report.problems);
    assert_eq!(report.coverage.len(), 7);
    for c in &report.coverage {
        assert_eq!(c.translated, c.total, "{} is not complete", c.locale);
    }
}

#[test]
fn a_fluent_syntax_error_names_file_and_line() {
    let mut s = embedded();
    append(&mut s, "l10n/fr/app.ftl", "\nbroken-message = { $oops\n");
    let p = problems(&s);
    let hit = p
        .iter()
        .find(|p| p.message.contains("syntax"))
        .expect("syntax problem");
    assert_eq!(hit.file, "l10n/fr/app.ftl");
    let lines = s.get("l10n/fr/app.ftl").unwrap().lines().count();
    // The broken message is the file's last line.
    assert_eq!(hit.line, Some(lines));
}

#[test]
fn a_toml_reference_to_a_message_missing_in_en_is_reported() {
    let mut s = embedded();
    s.set(
        "modules/example.toml",
        "[[lessons]]\nid = \"a\"\ntitle_msg = \"app-name\"\n\n[[lessons]]\nid = \"b\"\ntitle_msg = \"no-such-message\"\nkey_points_msgs = [\"menu-quit\", \"also-missing.attr\"]\n",
    );
    let p = problems(&s);
    let mut ids: Vec<_> = p.iter().filter_map(|p| p.id.as_deref()).collect();
    ids.sort();
    assert_eq!(ids, ["also-missing.attr", "no-such-message"]);
    let hit = p
        .iter()
        .find(|p| p.id.as_deref() == Some("no-such-message"))
        .unwrap();
    assert_eq!(hit.file, "modules/example.toml");
    assert_eq!(hit.line, Some(7));
}

#[test]
fn an_attribute_reference_needs_the_attribute() {
    let mut s = embedded();
    s.set("screening/x.toml", "title_msg = \"app-name.label\"\n");
    assert_eq!(problems(&s).len(), 1);
}

#[test]
fn a_translation_with_different_variables_is_reported() {
    let mut s = embedded();
    let fr = s.get("l10n/fr/app.ftl").unwrap().replace(
        "menu-current-language = Langue\u{202f}: { $language }",
        "menu-current-language = Langue\u{202f}: { $langue }",
    );
    s.set("l10n/fr/app.ftl", fr);
    let p = problems(&s);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].id.as_deref(), Some("menu-current-language"));
    assert!(p[0].message.contains("variables"));
    assert!(p[0].line.is_some());
}

#[test]
fn a_chain_through_a_locale_that_is_not_shipped_is_reported() {
    let mut s = embedded();
    append(
        &mut s,
        "manifest.toml",
        "\"yo-NG\" = [\"yo\", \"en\"]\n\"so\" = [\"ar\"]\n",
    );
    let p = problems(&s);
    assert!(
        p.iter()
            .any(|p| p.id.as_deref() == Some("yo-NG") && p.message.contains("`yo`")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|p| p.id.as_deref() == Some("so") && p.message.contains("does not end in `en`"))
    );
}

#[test]
fn duplicate_ids_are_reported_in_fluent_and_toml() {
    let mut s = embedded();
    s.set("l10n/en/extra.ftl", "app-name = Again\n");
    s.set(
        "modules/dup.toml",
        "[[items]]\nid = \"x\"\n[[items]]\nid = \"x\"\n",
    );
    let p = problems(&s);
    assert!(
        p.iter().any(|p| p.file == "l10n/en/extra.ftl"
            && p.id.as_deref() == Some("app-name")
            && p.message.contains("duplicate")),
        "{p:#?}"
    );
    assert!(p.iter().any(|p| p.file == "modules/dup.toml"
        && p.id.as_deref() == Some("x")
        && p.line == Some(4)));
}

#[test]
fn a_missing_translation_lowers_coverage_and_fails() {
    let mut s = embedded();
    let sw: String = s
        .get("l10n/sw/app.ftl")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("menu-back"))
        .map(|l| format!("{l}\n"))
        .collect();
    s.set("l10n/sw/app.ftl", sw);
    let report = check(&s);
    let sw = report.coverage.iter().find(|c| c.locale == "sw").unwrap();
    assert_eq!(sw.translated + 1, sw.total);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.id.as_deref() == Some("menu-back") && p.file == "l10n/sw")
    );
}

#[test]
fn a_message_only_in_a_translation_is_reported() {
    let mut s = embedded();
    append(&mut s, "l10n/es/app.ftl", "\nsolo-en-espanol = Hola\n");
    let p = problems(&s);
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("not in en"));
}

#[test]
fn runtime_fluent_errors_are_surfaced() {
    let mut s = embedded();
    append(
        &mut s,
        "l10n/en/app.ftl",
        "\nuses-missing-term = { -no-such-term }\n",
    );
    let p = problems(&s);
    assert!(
        p.iter()
            .any(|p| p.id.as_deref() == Some("uses-missing-term")
                && p.message.contains("formatting")),
        "{p:#?}"
    );
}

#[test]
fn manifest_errors_are_reported() {
    let mut s = embedded();
    s.set("manifest.toml", "[content]\nversion = 1\n");
    assert!(!check(&s).is_ok());
    let mut s = embedded();
    s.set("l10n/yo/app.ftl", "app-name = Waymark\n");
    assert!(
        problems(&s)
            .iter()
            .any(|p| p.message.contains("not listed in the manifest"))
    );
}

#[test]
fn problems_print_as_file_line_id_message() {
    let p = Problem::new("l10n/fr/app.ftl", Some(3), Some("x"), "broken");
    assert_eq!(p.to_string(), "l10n/fr/app.ftl:3: [x]: broken");
}

#[test]
fn a_duplicate_is_reported_at_its_own_line() {
    let mut s = embedded();
    s.set(
        "l10n/en/extra.ftl",
        "# Extras\nextra-one = One\nextra-two = Two\n\nextra-one = Again\n",
    );
    let p = problems(&s);
    let dup = p
        .iter()
        .find(|p| p.message.contains("duplicate"))
        .expect("duplicate");
    assert_eq!(dup.file, "l10n/en/extra.ftl");
    assert_eq!(dup.line, Some(5), "{dup}");
    assert!(dup.message.contains("l10n/en/extra.ftl:2"), "{dup}");
}

#[test]
fn messages_written_without_spaces_are_reported_at_their_line() {
    let mut s = embedded();
    append(&mut s, "l10n/es/app.ftl", "\nsolo-en-espanol=Hola\n");
    let lines = s.get("l10n/es/app.ftl").unwrap().lines().count();
    let p = problems(&s);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].line, Some(lines));
}

#[test]
fn placeables_nested_too_deep_are_a_problem_with_a_line_not_a_crash() {
    let mut s = embedded();
    let deep = format!("deep = {}$x{}\n", "{ ".repeat(12_000), " }".repeat(12_000));
    s.set(
        "l10n/es/deep.ftl",
        format!("# Deep\n{deep}solo-en-espanol = Hola\n"),
    );
    let p = problems(&s);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[0].file, "l10n/es/deep.ftl");
    assert_eq!(p[0].line, Some(2));
    assert!(p[0].message.contains("nested"), "{}", p[0]);
    // The rest of the file is still checked.
    assert_eq!(p[1].id.as_deref(), Some("solo-en-espanol"));
    assert_eq!(p[1].line, Some(3));
}

#[test]
fn a_byte_order_mark_is_named_and_the_file_still_checked() {
    let mut s = embedded();
    let fr = s.get("l10n/fr/app.ftl").unwrap().to_owned();
    s.set("l10n/fr/app.ftl", format!("\u{feff}{fr}"));
    let p = problems(&s);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].file, "l10n/fr/app.ftl");
    assert_eq!(p[0].line, Some(1));
    assert!(p[0].message.contains("byte order mark"), "{}", p[0]);
}

#[test]
fn cr_only_line_endings_are_named_once_and_the_file_still_checked() {
    let mut s = embedded();
    let sw = s.get("l10n/sw/app.ftl").unwrap().replace('\n', "\r");
    s.set("l10n/sw/app.ftl", sw);
    let p = problems(&s);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].file, "l10n/sw/app.ftl");
    assert_eq!(p[0].line, Some(1));
    assert!(p[0].message.contains("lone CR"), "{}", p[0]);
    // CRLF is a line ending Fluent reads: no problem.
    let mut s = embedded();
    let es = s.get("l10n/es/app.ftl").unwrap().replace('\n', "\r\n");
    s.set("l10n/es/app.ftl", es);
    assert!(problems(&s).is_empty());
}

/// A copy of the repository's content folder, for checks that read a folder.
fn content_copy() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        dir.path(),
    );
    dir
}

#[test]
fn a_file_that_is_not_utf8_gets_its_line_and_the_rest_is_still_checked() {
    let dir = content_copy();
    std::fs::write(
        dir.path().join("l10n/es/extra.ftl"),
        b"solo-uno = bien\nsolo-dos = \xff\xfe mal\n",
    )
    .unwrap();
    let p = check_dir(dir.path()).unwrap().problems;
    assert_eq!(p.len(), 3, "{p:#?}");
    assert_eq!(
        (p[0].file.as_str(), p[0].line),
        ("l10n/es/extra.ftl", Some(2))
    );
    assert!(p[0].message.contains("UTF-8"), "{}", p[0]);
    // Both messages of the file were still read (and are not in en).
    let ids: Vec<_> = p[1..].iter().filter_map(|p| p.id.as_deref()).collect();
    assert_eq!(ids.len(), 2, "{p:#?}");
    assert!(ids.contains(&"solo-uno") && ids.contains(&"solo-dos"));

    // The loader refuses the file, naming the line.
    match ContentSource::from_dir(dir.path()) {
        Err(ContentError::Invalid { file, message }) => {
            assert_eq!(file, "l10n/es/extra.ftl");
            assert!(message.starts_with("line 2:"), "{message}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_reported_and_not_followed() {
    let dir = content_copy();
    // A loop: followed, it repeated the tree until paths grew too long (38,560 problems).
    std::os::unix::fs::symlink(".", dir.path().join("l10n/en/loop")).unwrap();
    let p = check_dir(dir.path()).unwrap().problems;
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].file, "l10n/en/loop");
    assert!(p[0].message.contains("symbolic link"), "{}", p[0]);
    // The loader skips it and loads the rest.
    assert!(crate::content::Content::from_dir(dir.path()).is_ok());
}

#[test]
fn a_folder_without_a_manifest_is_refused_before_it_is_walked() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for _ in 0..3 {
        deep.push("sub");
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.ftl"), "x = y\n").unwrap();
    assert!(matches!(
        check_dir(dir.path()),
        Err(ContentError::Missing(m)) if m == MANIFEST
    ));
    assert!(matches!(
        ContentSource::from_dir(dir.path()),
        Err(ContentError::Missing(_))
    ));
}

#[test]
fn folders_deeper_than_any_content_tree_are_not_read() {
    let dir = content_copy();
    let mut deep = dir.path().join("extra");
    for _ in 0..MAX_FOLDER_DEPTH {
        deep.push("d");
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.toml"), "not = [toml\n").unwrap();
    let p = check_dir(dir.path()).unwrap().problems;
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].message.contains("levels deep"), "{}", p[0]);
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_huge_file_is_reported_not_read() {
    let dir = content_copy();
    // Reading a pipe with no writer blocked the check forever.
    let fifo = dir.path().join("l10n/en/pipe.ftl");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    // Sparse: no disk is used.
    let huge = std::fs::File::create(dir.path().join("l10n/en/huge.ftl")).unwrap();
    huge.set_len(MAX_FILE_BYTES + 1).unwrap();
    let p = check_dir(dir.path()).unwrap().problems;
    let files: Vec<&str> = p.iter().map(|p| p.file.as_str()).collect();
    assert!(files.contains(&"l10n/en/huge.ftl"), "{p:#?}");
    if made {
        assert!(files.contains(&"l10n/en/pipe.ftl"), "{p:#?}");
    }
    assert_eq!(p.len(), if made { 2 } else { 1 }, "{p:#?}");
    assert!(matches!(
        ContentSource::from_dir(dir.path()),
        Err(ContentError::Invalid { file, .. }) if file == "l10n/en/huge.ftl"
    ));
}
