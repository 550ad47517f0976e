//! Waymark's core: everything the phones and the terminal shell share, with no FFI and no
//! network. Content (Fluent messages and TOML) is embedded at build time; see `content`.
#![forbid(unsafe_code)]

pub mod checklist;
pub mod collate;
pub mod content;
pub mod directory;
pub mod discretion;
pub mod error;
pub mod i18n;
pub mod keys;
pub mod learn;
pub mod number;
pub mod packs;
pub mod screening;
pub mod store;
pub mod vault;
pub mod workshop;

pub use error::{ErrorKind, UserFacing};
