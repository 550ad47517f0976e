//! The fuzz targets as plain functions (shared with the corpus replay tests).
#[path = "../targets/core.rs"]
pub mod core_targets;
#[path = "../targets/ffi.rs"]
pub mod ffi_targets;

pub use core_targets::{content_loader, locale_strings, pack_reader, text_scanner, vault_open};
pub use ffi_targets::ffi_strings;
