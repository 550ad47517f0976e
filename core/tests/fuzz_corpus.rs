//! Replays the checked-in fuzz corpus (`tests/fuzz-corpus/<target>/`) through the same
//! target functions cargo-fuzz runs (`fuzz/targets/core.rs`), on stable and without a
//! sanitizer, so every input a fuzz run ever kept (crashes included, once fixed) stays
//! a regression test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../fuzz/targets/core.rs"]
mod targets;

use std::path::Path;

pub fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fuzz-corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    for file in files {
        run(&std::fs::read(&file).unwrap());
    }
}

#[test]
fn content_loader_corpus() {
    replay("content_loader", targets::content_loader);
}

#[test]
fn vault_open_corpus() {
    replay("vault_open", targets::vault_open);
}

#[test]
fn locale_strings_corpus() {
    replay("locale_strings", targets::locale_strings);
}

#[test]
fn pack_reader_corpus() {
    replay("pack_reader", targets::pack_reader);
}

#[test]
fn text_scanner_corpus() {
    replay("text_scanner", targets::text_scanner);
}

/// `content_loader` checks a picked file inside the smallest tree it needs
/// (`targets::tree_for`). Unchanged, each such tree checks clean and loads, so the
/// fuzzer's inputs start from valid content and reach as deep as they did in the whole
/// tree.
#[test]
fn each_file_s_smallest_tree_checks_clean_and_loads() {
    use waymark_core::content::{Content, ContentSource, check};
    let embedded = ContentSource::embedded();
    let mut trees: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    for path in embedded.paths() {
        let tree = targets::tree_for(path);
        assert!(
            tree.iter().any(|(p, _)| p == path),
            "{path} not in its tree"
        );
        assert!(
            tree.len() < embedded.paths().count(),
            "{path}: the whole tree"
        );
        if !trees.iter().any(|(_, t)| *t == tree) {
            trees.push((path, tree));
        }
    }
    for (path, tree) in trees {
        let source = ContentSource::from_files(tree);
        let report = check::check(&source);
        assert!(report.is_ok(), "tree of {path}: {:?}", report.problems);
        assert!(Content::load(source).is_ok(), "tree of {path}");
    }
}
