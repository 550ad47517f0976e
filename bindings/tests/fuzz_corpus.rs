//! Replays the checked-in `ffi_strings` fuzz corpus through the same function cargo-fuzz
//! runs (`fuzz/targets/ffi.rs`), on stable and without a sanitizer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../fuzz/targets/ffi.rs"]
mod targets;

use std::path::Path;

#[test]
fn ffi_strings_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz-corpus/ffi_strings");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    for file in files {
        targets::ffi_strings(&std::fs::read(&file).unwrap());
    }
}
