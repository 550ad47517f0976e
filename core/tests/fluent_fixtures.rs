//! The Fluent specification's parser fixtures (`core/tests/fluent-fixtures/`, from
//! projectfluent/fluent, Apache-2.0): the content checker reports every `Junk` entry of
//! each fixture's expected AST as a syntax problem at the line where that entry starts,
//! and a fixture without junk has no syntax problem.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use waymark_core::content::{ContentSource, check};

const MANIFEST: &str = "[content]\nversion = \"1\"\n\n[[locales]]\nid = \"en\"\nnative_name = \"English\"\nenglish_name = \"English\"\ndirection = \"ltr\"\nstatus = \"reviewed\"\n";

fn fixtures() -> Vec<(String, String, serde_json::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fluent-fixtures");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let json = std::fs::read_to_string(path.with_extension("json")).unwrap();
            out.push((name, text, serde_json::from_str(&json).unwrap()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The line of each `Junk` entry: its content is the source text it covers, in order.
fn junk_lines(text: &str, ast: &serde_json::Value) -> Vec<usize> {
    let mut cursor = 0;
    let mut lines = Vec::new();
    for entry in ast["body"].as_array().unwrap() {
        if entry["type"] != "Junk" {
            continue;
        }
        let content = entry["content"].as_str().unwrap();
        let at = cursor + text[cursor..].find(content).expect("junk is in the source");
        lines.push(text[..at].matches('\n').count() + 1);
        cursor = at + content.len();
    }
    lines
}

fn checked(name: &str, text: &str) -> Vec<check::Problem> {
    let path = format!("l10n/en/{name}.ftl");
    let source = ContentSource::from_files([
        ("manifest.toml".to_owned(), MANIFEST.to_owned()),
        (path.clone(), text.to_owned()),
    ]);
    check::check(&source)
        .problems
        .into_iter()
        .filter(|p| p.file == path)
        .collect()
}

#[test]
fn every_junk_entry_of_the_spec_fixtures_is_reported_at_its_line() {
    let mut fixtures_seen = 0;
    let mut junk_seen = 0;
    for (name, text, ast) in fixtures() {
        let problems = checked(&name, &text);
        if name.starts_with("cr_") {
            // CR-only line endings: the spec parses such a file as one line; the checker
            // names the line endings instead and reads the lines an editor shows.
            assert!(
                problems.iter().any(|p| p.message.contains("lone CR")),
                "{name}: {problems:#?}"
            );
            continue;
        }
        let expected = junk_lines(&text, &ast);
        let reported: Vec<usize> = problems
            .iter()
            .filter(|p| p.message.starts_with("Fluent syntax error"))
            .map(|p| p.line.unwrap())
            .collect();
        assert_eq!(reported, expected, "{name}: {problems:#?}");
        fixtures_seen += 1;
        junk_seen += expected.len();
    }
    // 39 fixtures with 104 junk entries; 4 are CR-only, with 2 of the junk entries.
    assert_eq!(fixtures_seen, 35);
    assert_eq!(junk_seen, 102);
}
