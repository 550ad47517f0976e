//! The platform key store, implemented by each shell: Android Keystore, iOS Keychain, a
//! key file for the terminal shell and tests. The core asks it for the key-encryption key
//! that wraps the vault's data key.

use std::sync::Arc;

use waymark_core::keys::KeyFiles;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeyStoreError {
    /// The platform store refused or is not available (e.g. the device is locked).
    #[error("key store unavailable: {reason}")]
    Unavailable { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyStoreError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyStoreError::Unavailable { reason: e.reason }
    }
}

/// Implemented by the shell. Keys are 32 bytes; anything else is refused by the vault.
#[uniffi::export(rust, foreign)]
pub trait KeyStore: Send + Sync {
    /// The key-encryption key for `alias`, created on first use and then always the same.
    fn get_or_create_key(&self, alias: String) -> Result<Vec<u8>, KeyStoreError>;
    /// Whether a key for `alias` exists, creating nothing: a vault that exists must be
    /// opened with its key, never with a new one made by just looking.
    fn has_key(&self, alias: String) -> Result<bool, KeyStoreError>;
    /// Destroys the key for `alias` ("delete everything", and after a duress PIN, before
    /// a new key is made).
    fn delete_key(&self, alias: String) -> Result<(), KeyStoreError>;
}

/// The terminal shell's and the tests' key store: 0600 key files in a folder. Exported to
/// the bindings only with the `test-exports` feature: a phone keeps its keys in the
/// platform key store, never in a file next to the vault.
#[cfg_attr(feature = "test-exports", derive(uniffi::Object))]
pub struct FileKeyStore {
    files: KeyFiles,
}

impl FileKeyStore {
    pub fn new(dir: String) -> Arc<Self> {
        Arc::new(Self {
            files: KeyFiles::new(dir),
        })
    }
}

#[cfg(feature = "test-exports")]
#[uniffi::export]
impl FileKeyStore {
    /// The bindings' constructor (a Result, so the generated Swift has no `try!`).
    #[uniffi::constructor(name = "new")]
    pub fn open(dir: String) -> Result<Arc<Self>, KeyStoreError> {
        Ok(Self::new(dir))
    }
}

#[cfg_attr(feature = "test-exports", uniffi::export)]
impl KeyStore for FileKeyStore {
    fn get_or_create_key(&self, alias: String) -> Result<Vec<u8>, KeyStoreError> {
        self.files
            .get_or_create(&alias)
            .map(|k| k.to_vec())
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }

    fn has_key(&self, alias: String) -> Result<bool, KeyStoreError> {
        self.files
            .exists(&alias)
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }

    fn delete_key(&self, alias: String) -> Result<(), KeyStoreError> {
        self.files
            .delete(&alias)
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }
}

/// The terminal shell's key store when `WAYMARK_PASSPHRASE` is set: the key is derived
/// from the passphrase with Argon2id (a salt file only is written). Rust-only.
pub struct PassphraseKeyStore {
    keys: waymark_core::keys::PassphraseKeys,
}

impl PassphraseKeyStore {
    pub fn new(dir: String, passphrase: zeroize::Zeroizing<String>) -> Arc<Self> {
        Arc::new(Self {
            keys: waymark_core::keys::PassphraseKeys::new(
                dir,
                passphrase,
                crate::vault::kdf_params(),
            ),
        })
    }
}

impl KeyStore for PassphraseKeyStore {
    fn get_or_create_key(&self, alias: String) -> Result<Vec<u8>, KeyStoreError> {
        self.keys
            .get_or_create(&alias)
            .map(|k| k.to_vec())
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }

    fn has_key(&self, alias: String) -> Result<bool, KeyStoreError> {
        self.keys
            .exists(&alias)
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }

    fn delete_key(&self, alias: String) -> Result<(), KeyStoreError> {
        self.keys
            .delete(&alias)
            .map_err(|e| KeyStoreError::Unavailable {
                reason: e.to_string(),
            })
    }
}
