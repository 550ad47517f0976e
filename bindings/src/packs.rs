//! Content packs on the facade: install a signed `.wmpack` a person opened (file picker,
//! share sheet, a memory card), list and remove the installed ones, export one to pass it
//! on. The core checks everything (waymark_core::packs); shells only hand over bytes.
//! An installed or removed pack takes effect when the core is next created: shells make a
//! new `Waymark` after a change (the content of a running one never shifts under a screen).

use std::path::Path;

use serde::Serialize;
use waymark_core::packs::{PackError, PackInfo, PackStore, parse_public_key};

use crate::{Waymark, WaymarkConfig, WaymarkError};

/// One content pack, as `pack list` and the shells' pack screens show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentPackView {
    pub id: String,
    /// `full`, `directory` or `locale:<id>`.
    pub kind: String,
    pub version: u64,
    pub files: u32,
    /// The size of the signed file.
    pub bytes: u64,
    /// The first 16 hex digits of the signer's public key.
    pub signer: String,
}

impl From<PackInfo> for ContentPackView {
    fn from(info: PackInfo) -> Self {
        Self {
            id: info.id,
            kind: info.kind,
            version: info.version,
            files: u32::try_from(info.files).unwrap_or(u32::MAX),
            bytes: info.bytes,
            signer: info.signer,
        }
    }
}

/// The packs folder of a data folder, trusting the release keys and a developer key.
pub(crate) fn store(data_dir: &str, developer_key: Option<[u8; 32]>) -> PackStore {
    PackStore::new(Path::new(data_dir), developer_key)
}

/// The developer key of a config: honoured in developer mode only, and a malformed key is
/// an error rather than silently ignored.
pub(crate) fn developer_key(config: &WaymarkConfig) -> Result<Option<[u8; 32]>, WaymarkError> {
    match (&config.developer_pack_key, config.developer_mode) {
        (Some(key), true) => parse_public_key(key).map(Some).ok_or_else(|| {
            WaymarkError::new(
                waymark_core::ErrorKind::InvalidInput,
                "developer_pack_key: not an Ed25519 public key".into(),
            )
        }),
        _ => Ok(None),
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// Verifies and installs a pack; nothing changes if it is refused (the error says
    /// why: `integrity` for a forged or damaged file, `content` for a check failure).
    /// Refused while leave no trace is on (installing writes to the data folder).
    /// Refused while the vault is locked: whether leave no trace is on is kept in it (the
    /// app core holds a pack opened on the PIN screen until the PIN is entered).
    pub fn install_content_pack(&self, bytes: &[u8]) -> Result<ContentPackView, WaymarkError> {
        if self.discretion_settings()?.leave_no_trace {
            return Err(self.error(&PackError::LeaveNoTrace));
        }
        let info = self.packs().install(bytes).map_err(|e| self.error(&e))?;
        Ok(info.into())
    }

    /// The installed packs that verify, in id order.
    pub fn content_packs(&self) -> Result<Vec<ContentPackView>, WaymarkError> {
        // A plain loop: collecting one record type into another in place is generic code of
        // its own (size).
        let mut views = Vec::new();
        for info in self.packs().list() {
            views.push(info.into());
        }
        Ok(views)
    }

    /// Removes an installed pack: its files return to the embedded content.
    pub fn remove_content_pack(&self, id: String) -> Result<(), WaymarkError> {
        self.packs().remove(&id).map_err(|e| self.error(&e))
    }

    /// The exact signed file of an installed pack, to pass on to another phone.
    pub fn export_content_pack(&self, id: String) -> Result<Vec<u8>, WaymarkError> {
        self.packs().export(&id).map_err(|e| self.error(&e))
    }
}

impl Waymark {
    /// One copy of the store's set-up for the four pack methods (size).
    #[inline(never)]
    fn packs(&self) -> PackStore {
        PackStore::new(&self.data_dir, self.pack_key)
    }
}
