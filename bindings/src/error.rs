//! The one error type the phones see (`WaymarkException` in Kotlin). Each variant is a
//! stable kind; `message` is localized and never carries user data.

use waymark_core::content::Content;
use waymark_core::{ErrorKind, UserFacing};

/// Crosses the FFI as a flat error: each variant carries its localized message as the
/// exception's message (Kotlin's `Throwable.message`, Python's `str(e)`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error, serde::Serialize)]
#[uniffi(flat_error)]
pub enum WaymarkError {
    #[error("{message}")]
    InvalidInput { message: String },
    #[error("{message}")]
    NotFound { message: String },
    #[error("{message}")]
    Content { message: String },
    #[error("{message}")]
    Integrity { message: String },
    #[error("{message}")]
    Locked { message: String },
    #[error("{message}")]
    WrongPin { message: String },
    #[error("{message}")]
    Storage { message: String },
    /// The key store's key (or the passphrase) does not open the vault: not a wrong PIN.
    #[error("{message}")]
    KeyStore { message: String },
}

impl WaymarkError {
    pub fn new(kind: ErrorKind, message: String) -> Self {
        match kind {
            ErrorKind::InvalidInput => WaymarkError::InvalidInput { message },
            ErrorKind::NotFound => WaymarkError::NotFound { message },
            ErrorKind::Content => WaymarkError::Content { message },
            ErrorKind::Integrity => WaymarkError::Integrity { message },
            ErrorKind::Locked => WaymarkError::Locked { message },
            ErrorKind::WrongPin => WaymarkError::WrongPin { message },
            ErrorKind::Storage => WaymarkError::Storage { message },
            ErrorKind::KeyStore => WaymarkError::KeyStore { message },
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            WaymarkError::InvalidInput { .. } => ErrorKind::InvalidInput,
            WaymarkError::NotFound { .. } => ErrorKind::NotFound,
            WaymarkError::Content { .. } => ErrorKind::Content,
            WaymarkError::Integrity { .. } => ErrorKind::Integrity,
            WaymarkError::Locked { .. } => ErrorKind::Locked,
            WaymarkError::WrongPin { .. } => ErrorKind::WrongPin,
            WaymarkError::Storage { .. } => ErrorKind::Storage,
            WaymarkError::KeyStore { .. } => ErrorKind::KeyStore,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            WaymarkError::InvalidInput { message }
            | WaymarkError::NotFound { message }
            | WaymarkError::Content { message }
            | WaymarkError::Integrity { message }
            | WaymarkError::Locked { message }
            | WaymarkError::WrongPin { message }
            | WaymarkError::Storage { message }
            | WaymarkError::KeyStore { message } => message,
        }
    }

    /// Localizes a core error in `chain`: the precise message if the error names one,
    /// else the general message for its kind.
    pub fn localized(error: &dyn UserFacing, content: &Content, chain: &[String]) -> Self {
        let kind = error.kind();
        let message = error
            .detail_message()
            .and_then(|(id, args)| {
                let args: Vec<_> = args
                    .into_iter()
                    .map(|(k, v)| (k, waymark_core::i18n::Value::from(v)))
                    .collect();
                content.l10n.format_with(chain, id, &args).ok()
            })
            .or_else(|| content.l10n.format(chain, kind.message_id(), None).ok())
            .map(|l| l.text)
            .unwrap_or_else(|| kind.as_str().to_owned());
        Self::new(kind, message)
    }
}
