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
fn text_scanner_corpus() {
    replay("text_scanner", targets::text_scanner);
}
