//! The `Waymark` facade: the one object a shell creates and keeps for the app's life.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use waymark_core::UserFacing;
use waymark_core::content::Content;
use waymark_core::i18n::Resolution;
use waymark_core::store::{MemoryStore, Store};
use waymark_core::vault::Vault;

use crate::{KeyStore, WaymarkError};

/// How a shell starts the core.
#[derive(Debug, Clone, uniffi::Record)]
pub struct WaymarkConfig {
    /// The platform's preferred language tags, most preferred first (`["fr-HT", "en"]`).
    pub preferred_locales: Vec<String>,
    /// A private folder of the app's own (the vault lives here).
    pub data_dir: String,
    /// A newer content folder to use instead of the embedded content.
    #[uniffi(default = None)]
    pub content_dir: Option<String>,
    /// Offers the pseudo-locales `en-XA` and `ar-XB` for layout testing.
    #[uniffi(default = false)]
    pub developer_mode: bool,
    /// Developer mode only: one more public key (64 hex digits) whose content packs this
    /// run trusts, so an author can test a pack (packs.rs). Release shells leave it unset.
    #[uniffi(default = None)]
    pub developer_pack_key: Option<String>,
}

struct Session {
    chain: Vec<String>,
    region: Option<String>,
}

#[derive(uniffi::Object)]
pub struct Waymark {
    pub(crate) content: Arc<Content>,
    pub(crate) developer: bool,
    pub(crate) data_dir: PathBuf,
    pub(crate) key_store: Arc<dyn KeyStore>,
    /// The extra content-pack key of a developer run (packs.rs).
    pub(crate) pack_key: Option<[u8; 32]>,
    session: RwLock<Session>,
    /// The open vault, once opened (lazily, by `store()` or `unlock`); `None` when not yet
    /// opened, locked or wiped.
    pub(crate) vault: Mutex<Option<Arc<Vault>>>,
    /// While "leave no trace" is on: the scratch store every feature gets instead, dropped
    /// when the mode ends (see `discretion.rs`).
    pub(crate) no_trace: RwLock<Option<Arc<MemoryStore>>>,
    /// Whether the saved leave-no-trace mode was read since start: the first `store()`
    /// that opens the vault restores it, so no entry point can write before it is known.
    no_trace_restored: std::sync::atomic::AtomicBool,
    /// The screen and search text quick exit forgets (memory only).
    pub(crate) screen: waymark_core::discretion::ScreenState,
}

#[uniffi::export]
impl Waymark {
    #[uniffi::constructor]
    pub fn new(
        config: WaymarkConfig,
        key_store: Arc<dyn KeyStore>,
    ) -> Result<Arc<Self>, WaymarkError> {
        let pack_key = crate::packs::developer_key(&config)?;
        let content = match &config.content_dir {
            // The embedded content with the installed content packs over it.
            None => crate::packs::store(&config.data_dir, pack_key).content(),
            Some(dir) => Content::from_dir(std::path::Path::new(dir)).map(Arc::new),
        }
        .map_err(|e| {
            // No language is known yet; explain in English from the embedded content.
            match Content::embedded() {
                Ok(embedded) => WaymarkError::localized(&e, &embedded, &["en".to_owned()]),
                Err(_) => WaymarkError::new(e.kind(), e.kind().as_str().to_owned()),
            }
        })?;
        quiet_panics();
        let resolution = content
            .l10n
            .resolve(&config.preferred_locales, config.developer_mode);
        Ok(Arc::new(Self {
            content,
            developer: config.developer_mode,
            data_dir: PathBuf::from(config.data_dir),
            key_store,
            pack_key,
            session: RwLock::new(Session {
                chain: resolution.chain,
                region: resolution.region,
            }),
            vault: Mutex::new(None),
            no_trace: RwLock::new(None),
            no_trace_restored: Default::default(),
            screen: Default::default(),
        }))
    }
}

/// Test-only exports: built with the `test-exports` feature (the binding tests, the
/// terminal shell), never in the phones' release libraries.
#[cfg(feature = "test-exports")]
#[uniffi::export]
impl Waymark {
    /// Panics on purpose. Exists so the binding tests can prove a Rust panic reaches the
    /// shell as an error (UniFFI's internal error) instead of crashing the app.
    pub fn self_test_panic(&self) -> Result<(), WaymarkError> {
        #[allow(clippy::panic)]
        {
            panic!("self-test panic");
        }
    }
}

/// A panic message could quote data (a formatted value, a path), and on a phone stderr
/// goes to the system log; so the hook prints only where it happened. UniFFI still turns
/// the panic into an error for the shell.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let place = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!("waymark: internal error at {place}");
        }));
    });
}

impl Waymark {
    /// The current fallback chain.
    pub fn chain(&self) -> Vec<String> {
        self.chain_and_region().0
    }

    pub(crate) fn chain_and_region(&self) -> (Vec<String>, Option<String>) {
        match self.session.read() {
            Ok(s) => (s.chain.clone(), s.region.clone()),
            Err(poisoned) => {
                let s = poisoned.into_inner();
                (s.chain.clone(), s.region.clone())
            }
        }
    }

    pub(crate) fn set_resolution(&self, resolution: Resolution) {
        let mut session = match self.session.write() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        session.chain = resolution.chain;
        session.region = resolution.region;
    }

    /// A core error, localized in the current language.
    pub fn error(&self, e: &dyn UserFacing) -> WaymarkError {
        WaymarkError::localized(e, &self.content, &self.chain())
    }

    /// Where features keep what a person saves. Every feature goes through this one
    /// call, so the vault (and "leave no trace" mode) decide in one place.
    pub fn store(&self) -> Result<Arc<dyn Store>, WaymarkError> {
        // Leave no trace (discretion.rs): while on, nothing reaches the vault.
        if let Some(scratch) = self.no_trace_store() {
            return Ok(scratch);
        }
        let vault: Arc<dyn Store> = self.open_vault()?;
        // After a restart the mode is in the vault: read it before anything is written
        // (a scriptable command or a shell that never asked for the settings).
        use std::sync::atomic::Ordering;
        if !self.no_trace_restored.swap(true, Ordering::SeqCst) {
            if let Err(e) = self.discretion_settings() {
                self.no_trace_restored.store(false, Ordering::SeqCst);
                return Err(e);
            }
            if let Some(scratch) = self.no_trace_store() {
                return Ok(scratch);
            }
        }
        Ok(vault)
    }

    /// Whether leave no trace is on in this session (what is "saved" is then kept in
    /// memory only, until the app closes).
    pub fn leave_no_trace_active(&self) -> bool {
        self.no_trace_store().is_some()
    }

    /// For screens that only read: like `store()`, except that with no vault yet it gives
    /// an empty store instead of creating one (looking is not saving: no file, no key).
    pub fn store_for_reading(&self) -> Result<Arc<dyn Store>, WaymarkError> {
        if let Some(scratch) = self.no_trace_store() {
            return Ok(scratch);
        }
        if waymark_core::vault::exists(&self.data_dir) {
            return self.store();
        }
        Ok(Arc::new(MemoryStore::new()))
    }

    /// The region for regional content: the locale's region (`JM` from `en-JM`), if any.
    pub fn region(&self) -> Option<String> {
        self.chain_and_region().1
    }

    pub fn content(&self) -> &Arc<Content> {
        &self.content
    }
}
