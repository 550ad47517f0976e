//! Signed content packs (`.wmpack`): new help numbers, lessons and languages that reach a
//! phone without an app update, from any file host or passed on from phone to phone.
//! `format` reads and writes the file; `store` keeps the installed packs in the data
//! folder and lays them over the embedded content. A pack is only ever installed whole,
//! after its signature, paths, sizes, hashes and the content checker over the merged
//! content all pass. See docs/CONTENT-PACKS.md.

pub mod format;
mod merge;
mod store;

pub use format::{Kind, Manifest, Pack};
pub use merge::merged_source;
pub use store::{PackInfo, PackStore};

use crate::error::{ErrorKind, UserFacing};

/// The public keys whose packs this core installs (Ed25519, 32 bytes). More than one so a
/// key can be rotated: a new key ships in an app release before packs are signed with it.
/// The matching private keys are kept offline by the maintainers (docs/CONTENT-PACKS.md).
pub const TRUSTED_KEYS: &[[u8; 32]] = &[
    // waymark-content-2026: generated 2026-12-04 (docs/CONTENT-PACKS.md, "Keys").
    // Public key 16e9981f…588c14f3.
    [
        0x16, 0xe9, 0x98, 0x1f, 0xf6, 0x69, 0x54, 0xa1, 0x83, 0xc6, 0xb1, 0xf6, 0xd2, 0x6f, 0x03,
        0xd9, 0x24, 0x0b, 0xc3, 0x69, 0xd2, 0xd9, 0x4d, 0x24, 0xfd, 0x31, 0x63, 0xbe, 0x58, 0x8c,
        0x14, 0xf3,
    ],
];

/// Why a pack was refused. `Display` and `Debug` name the message id (the localized
/// text is `detail_message`'s); a content problem adds its file and the checker's words.
/// English sentences per variant were text and code the library never shows.
pub enum PackError {
    NotAPack,
    /// Cut short, or extra bytes after the files.
    Truncated,
    /// A format this version does not know.
    Format,
    /// Signed by a key this app does not trust.
    UnknownKey,
    /// The signature does not match the header and manifest.
    Signature,
    /// The manifest is not valid.
    Manifest,
    /// Needs a newer core (the pack's `min_core`).
    NewerCore(String),
    /// An unsafe, duplicate or out-of-place path.
    Path(String),
    TooLarge,
    /// A file does not match its hash.
    Hash(String),
    /// Not newer than the installed version.
    Rollback {
        installed: u64,
        offered: u64,
    },
    Content {
        file: String,
        /// Known from the content checker; the loaders name only the file.
        line: Option<usize>,
        message: String,
    },
    NotInstalled,
    /// Installing is refused while leave no trace is on.
    LeaveNoTrace,
    /// The pack could not be stored.
    Storage,
}

impl PackError {
    /// A content problem the loaders found in `file` (they know no line): one routine for
    /// every place that makes one (size).
    pub(crate) fn content(file: &str, message: &str) -> Self {
        PackError::Content {
            file: file.to_owned(),
            line: None,
            message: message.to_owned(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            PackError::NotAPack => "error-pack-not-a-pack",
            PackError::Truncated => "error-pack-truncated",
            PackError::Format => "error-pack-format",
            PackError::UnknownKey => "error-pack-unknown-key",
            PackError::Signature => "error-pack-signature",
            PackError::Manifest => "error-pack-manifest",
            PackError::NewerCore(_) => "error-pack-newer-core",
            PackError::Path(_) => "error-pack-path",
            PackError::TooLarge => "error-pack-too-large",
            PackError::Hash(_) => "error-pack-hash",
            PackError::Rollback { .. } => "error-pack-rollback",
            // Only the terminal's whole content checker knows the line (its message is
            // one of the terminal's own, content/l10n/*/terminal/packs.ftl).
            PackError::Content { line: Some(_), .. } => "error-pack-content",
            PackError::Content { .. } => "error-pack-content-file",
            PackError::NotInstalled => "error-pack-not-installed",
            PackError::LeaveNoTrace => "error-pack-no-trace",
            PackError::Storage => "error-pack-storage",
        }
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id())?;
        match self {
            PackError::Content { file, message, .. } => write!(f, ": {file}: {message}"),
            _ => Ok(()),
        }
    }
}

impl std::fmt::Debug for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for PackError {}

impl UserFacing for PackError {
    fn kind(&self) -> ErrorKind {
        match self {
            PackError::Truncated
            | PackError::UnknownKey
            | PackError::Signature
            | PackError::Hash(_) => ErrorKind::Integrity,
            PackError::Content { .. } => ErrorKind::Content,
            PackError::NotInstalled => ErrorKind::NotFound,
            PackError::Storage => ErrorKind::Storage,
            PackError::NotAPack
            | PackError::Format
            | PackError::Manifest
            | PackError::NewerCore(_)
            | PackError::Path(_)
            | PackError::TooLarge
            | PackError::Rollback { .. }
            | PackError::LeaveNoTrace => ErrorKind::InvalidInput,
        }
    }

    /// Arguments are content paths and versions from the signed pack, never user data.
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        let id = self.message_id();
        let mut args = Vec::new();
        match self {
            PackError::NewerCore(v) => args.push(("version", v.clone())),
            PackError::Path(file) | PackError::Hash(file) => args.push(("file", file.clone())),
            PackError::Rollback { installed, offered } => {
                args.push(("installed", installed.to_string()));
                args.push(("offered", offered.to_string()));
            }
            PackError::Content { file, line, .. } => {
                args.push(("file", file.clone()));
                if let Some(line) = line {
                    args.push(("line", line.to_string()));
                }
            }
            _ => {}
        }
        Some((id, args))
    }
}

/// Parses a public key written as 64 hex digits (what `pack keygen` prints).
pub fn parse_public_key(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    ed25519_dalek::VerifyingKey::from_bytes(&key).ok()?;
    Some(key)
}

#[cfg(test)]
mod tests;
