//! The stable error kinds shared by the terminal shell (`--json`) and the FFI.

use serde::Serialize;

/// What went wrong, as a stable snake_case word. Shells branch on this, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    InvalidInput,
    NotFound,
    Content,
    Integrity,
    Locked,
    WrongPin,
    Storage,
    /// The key store's key (or the terminal's passphrase) does not open the vault.
    KeyStore,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::InvalidInput,
        ErrorKind::NotFound,
        ErrorKind::Content,
        ErrorKind::Integrity,
        ErrorKind::Locked,
        ErrorKind::WrongPin,
        ErrorKind::Storage,
        ErrorKind::KeyStore,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Content => "content",
            ErrorKind::Integrity => "integrity",
            ErrorKind::Locked => "locked",
            ErrorKind::WrongPin => "wrong_pin",
            ErrorKind::Storage => "storage",
            ErrorKind::KeyStore => "key_store",
        }
    }

    /// The Fluent message that explains this kind to a person (`error-invalid-input`, ...).
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "error-invalid-input",
            ErrorKind::NotFound => "error-not-found",
            ErrorKind::Content => "error-content",
            ErrorKind::Integrity => "error-integrity",
            ErrorKind::Locked => "error-locked",
            ErrorKind::WrongPin => "error-wrong-pin",
            ErrorKind::Storage => "error-storage",
            ErrorKind::KeyStore => "error-key-store",
        }
    }
}

/// Implemented by every module's error enum so the edges (CLI, FFI) can give a stable kind
/// and a localized explanation. `detail_message` names a Fluent message with more precise
/// wording; its arguments must never carry user data (no answers, notes, PINs or paths).
pub trait UserFacing: std::error::Error {
    fn kind(&self) -> ErrorKind;
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        None
    }
}
