//! The vault on the facade: status, unlock and lock, PIN, duress PIN, wipe. The vault
//! itself is opened lazily by `Waymark::store()` (facade.rs), the one place storage comes
//! from.

use std::sync::Arc;

use waymark_core::vault::{self, KdfParams, Vault, VaultError, VaultOptions};
use zeroize::Zeroizing;

use crate::{Waymark, WaymarkError};

/// The key-store alias of the vault's key-encryption key.
pub const VAULT_KEY_ALIAS: &str = "waymark-vault";

/// What a settings or unlock screen needs to know.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VaultStatusView {
    /// A vault file exists (something was saved, or a PIN was set).
    pub exists: bool,
    /// A PIN is set and has not been entered in this session.
    pub locked: bool,
    pub has_pin: bool,
    /// Known only while unlocked (false while locked, so a locked phone does not tell).
    pub has_duress_pin: bool,
    /// Seconds before another PIN may be tried (0 = now).
    pub retry_after_seconds: u64,
}

/// The Argon2id cost for new PINs and passphrases: the product setting. Debug builds
/// (the test suite) may ask for a cheap one with `WAYMARK_INSECURE_TEST_KDF=1`; release
/// builds ignore it.
pub fn kdf_params() -> KdfParams {
    #[cfg(debug_assertions)]
    if std::env::var_os("WAYMARK_INSECURE_TEST_KDF").is_some_and(|v| v == "1") {
        return KdfParams::INSECURE_TEST;
    }
    KdfParams::PRODUCT
}

impl Waymark {
    fn vault_error(&self, e: VaultError) -> WaymarkError {
        self.error(&e)
    }

    fn vault_slot(&self) -> std::sync::MutexGuard<'_, Option<Arc<Vault>>> {
        match self.vault.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The device key: created with a new vault, and for a vault that exists only ever
    /// the key it was made with (a missing key is `key_store`, never a new key).
    fn device_key(&self) -> Result<Zeroizing<Vec<u8>>, WaymarkError> {
        self.device_key_for(vault::exists(&self.data_dir))
            .map_err(|e| match e {
                VaultError::KeyStore => self.folder_or(e),
                e => self.vault_error(e),
            })
    }

    fn device_key_for(&self, vault_exists: bool) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        let alias = VAULT_KEY_ALIAS.to_owned();
        if vault_exists
            && !self
                .key_store
                .has_key(alias.clone())
                .map_err(|_| VaultError::KeyStore)?
        {
            return Err(VaultError::WrongDeviceKey);
        }
        self.key_store
            .get_or_create_key(alias)
            .map(Zeroizing::new)
            .map_err(|_| VaultError::KeyStore)
    }

    /// After a duress PIN: the old device key destroyed, a new one made.
    fn renew_device_key(&self) -> Result<Vec<u8>, VaultError> {
        self.key_store
            .delete_key(VAULT_KEY_ALIAS.to_owned())
            .map_err(|_| VaultError::KeyStore)?;
        self.key_store
            .get_or_create_key(VAULT_KEY_ALIAS.to_owned())
            .map_err(|_| VaultError::KeyStore)
    }

    /// `e`, unless the data folder itself is what is wrong (a file, or a folder that cannot
    /// be written): the terminal's key files live there too, and a bad `--data-dir` must
    /// not read as "the key store is not available". Checked only after a failure, so a
    /// normal start writes nothing extra.
    fn folder_or(&self, e: VaultError) -> WaymarkError {
        self.vault_error(vault::prepare_dir(&self.data_dir).err().unwrap_or(e))
    }

    fn vault_options(&self) -> VaultOptions {
        VaultOptions { kdf: kdf_params() }
    }

    /// The open vault, opening (or creating) it if no PIN is needed; `locked` while a PIN
    /// is set and not entered.
    pub(crate) fn open_vault(&self) -> Result<Arc<Vault>, WaymarkError> {
        let mut slot = self.vault_slot();
        if let Some(v) = slot.as_ref().filter(|v| v.is_open()) {
            return Ok(v.clone());
        }
        let key = self.device_key()?;
        let v =
            Vault::open(&self.data_dir, &key, None, self.vault_options()).map_err(|e| match e {
                VaultError::Storage => self.folder_or(e),
                e => self.vault_error(e),
            })?;
        let v = Arc::new(v);
        *slot = Some(v.clone());
        Ok(v)
    }

    /// Whether `pin` is the PIN now, changing nothing (a wrong try counts, as at unlock).
    /// Not exported: the app's "change PIN" asks it before the new PIN.
    pub(crate) fn verify_pin(&self, pin: &str) -> Result<(), WaymarkError> {
        let v = self.existing_vault()?;
        v.verify_pin(pin).map_err(|e| self.vault_error(e))
    }

    /// The open vault for a PIN operation; a missing vault has no PIN (never created here).
    fn existing_vault(&self) -> Result<Arc<Vault>, WaymarkError> {
        if !vault::exists(&self.data_dir) {
            return Err(self.vault_error(VaultError::NoPin));
        }
        self.open_vault()
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    pub fn vault_status(&self) -> Result<VaultStatusView, WaymarkError> {
        if !vault::exists(&self.data_dir) {
            return Ok(VaultStatusView {
                exists: false,
                locked: false,
                has_pin: false,
                has_duress_pin: false,
                retry_after_seconds: 0,
            });
        }
        let open = self.vault_slot().clone().filter(|v| v.is_open());
        // Looking creates nothing: the key is asked for only when a PIN is set.
        let s = vault::status_with(&self.data_dir, || self.device_key_for(true), vault::now())
            .map_err(|e| self.vault_error(e))?;
        let has_duress_pin = match &open {
            Some(v) => v.has_duress_pin().map_err(|e| self.vault_error(e))?,
            None => false,
        };
        Ok(VaultStatusView {
            exists: s.exists,
            locked: s.has_pin && open.is_none(),
            has_pin: s.has_pin,
            has_duress_pin,
            retry_after_seconds: s.retry_after_seconds,
        })
    }

    /// Opens the vault with the PIN. Wrong: `wrong_pin` (with a back-off after a few
    /// tries). No PIN set: `invalid_input`.
    pub fn unlock(&self, pin: String) -> Result<(), WaymarkError> {
        let pin = Zeroizing::new(pin);
        let mut slot = self.vault_slot();
        if slot.as_ref().is_some_and(|v| v.is_open()) {
            return Ok(());
        }
        if !vault::exists(&self.data_dir) {
            return Err(self.vault_error(VaultError::NoPin));
        }
        let key = self.device_key()?;
        // A duress PIN replaces the key-store key too (`Vault::open_renewing`).
        let renew = || self.renew_device_key();
        let v = Vault::open_renewing(
            &self.data_dir,
            &key,
            Some(&pin),
            self.vault_options(),
            vault::now(),
            Some(&renew),
        )
        .map_err(|e| self.vault_error(e))?;
        *slot = Some(Arc::new(v));
        Ok(())
    }

    /// Forgets the keys: with a PIN set, storage is `locked` until `unlock`. Also forgets
    /// the screen, the search text and, under leave no trace, everything written during
    /// the mode (discretion.rs). Never fails: the shells call it on every trip to the
    /// background, and nothing they can read there (the device key may be refused while
    /// the phone is locked) is needed.
    pub fn lock(&self) -> Result<(), WaymarkError> {
        if let Some(v) = self.vault_slot().take() {
            v.close();
        }
        self.forget_in_memory();
        Ok(())
    }

    /// Sets the first PIN (`invalid_input` if one is set: use `change_pin`).
    pub fn set_pin(&self, pin: String) -> Result<(), WaymarkError> {
        let pin = Zeroizing::new(pin);
        if self.vault_status()?.has_pin {
            return Err(self.vault_error(VaultError::PinAlreadySet));
        }
        let v = self.open_vault()?;
        v.set_pin(&pin).map_err(|e| self.vault_error(e))
    }

    /// "Delete everything", locked or not: the vault (wrapped key first, then rows, WAL,
    /// file) and then the key-store key. Afterwards nothing is saved; the next save starts
    /// a new, empty vault.
    pub fn wipe(&self) -> Result<(), WaymarkError> {
        let mut slot = self.vault_slot();
        let result = match slot.take() {
            Some(v) => v.wipe(),
            None => vault::wipe_file(&vault::vault_path(&self.data_dir)),
        };
        let key = self.key_store.delete_key(VAULT_KEY_ALIAS.to_owned());
        result.map_err(|e| self.vault_error(e))?;
        key.map_err(|_| self.vault_error(VaultError::KeyStore))
    }

    pub fn change_pin(&self, old_pin: String, new_pin: String) -> Result<(), WaymarkError> {
        let (old_pin, new_pin) = (Zeroizing::new(old_pin), Zeroizing::new(new_pin));
        let v = self.existing_vault()?;
        v.change_pin(&old_pin, &new_pin)
            .map_err(|e| self.vault_error(e))
    }

    pub fn remove_pin(&self, pin: String) -> Result<(), WaymarkError> {
        let pin = Zeroizing::new(pin);
        let v = self.existing_vault()?;
        v.remove_pin(&pin).map_err(|e| self.vault_error(e))
    }

    /// Opt-in: entering this PIN instead of the real one opens an empty vault and
    /// silently destroys the real data. Needs a PIN set and the vault unlocked.
    pub fn set_duress_pin(&self, pin: String) -> Result<(), WaymarkError> {
        let pin = Zeroizing::new(pin);
        let v = self.existing_vault()?;
        v.set_duress_pin(&pin).map_err(|e| self.vault_error(e))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::WaymarkConfig;
    use waymark_core::ErrorKind;

    use crate::test_waymark as waymark;

    struct ShortKey;
    impl crate::KeyStore for ShortKey {
        fn get_or_create_key(&self, _: String) -> Result<Vec<u8>, crate::KeyStoreError> {
            Ok(vec![1, 2, 3])
        }
        fn has_key(&self, _: String) -> Result<bool, crate::KeyStoreError> {
            Ok(true)
        }
        fn delete_key(&self, _: String) -> Result<(), crate::KeyStoreError> {
            Ok(())
        }
    }

    #[test]
    fn store_is_the_vault_and_lock_wipe_give_the_right_kinds() {
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        assert!(!w.vault_status().unwrap().exists);
        assert_eq!(
            w.unlock("1234".into()).unwrap_err().kind(),
            ErrorKind::InvalidInput
        );
        w.store().unwrap().put("c", "a", b"x").unwrap();
        assert!(dir.path().join("data").join(vault::FILE_NAME).exists());
        w.set_pin("402817".into()).unwrap();
        let s = w.vault_status().unwrap();
        assert!(s.exists && s.has_pin && !s.locked);
        w.lock().unwrap();
        assert!(w.vault_status().unwrap().locked);
        assert_eq!(w.store().err().unwrap().kind(), ErrorKind::Locked);
        assert_eq!(
            w.set_pin("731590".into()).unwrap_err().kind(),
            ErrorKind::InvalidInput
        );
        assert_eq!(
            w.set_duress_pin("731590".into()).unwrap_err().kind(),
            ErrorKind::Locked
        );
        assert_eq!(
            w.unlock("000001".into()).unwrap_err().kind(),
            ErrorKind::WrongPin
        );
        w.unlock("402817".into()).unwrap();
        assert_eq!(
            w.store().unwrap().get("c", "a").unwrap(),
            Some(b"x".to_vec())
        );
        w.wipe().unwrap();
        assert!(!w.vault_status().unwrap().exists);
        assert!(!dir.path().join("keys").join("waymark-vault.key").exists());
        assert_eq!(
            w.change_pin("402817".into(), "1".into())
                .unwrap_err()
                .kind(),
            ErrorKind::InvalidInput
        );
        assert_eq!(w.store().unwrap().get("c", "a").unwrap(), None);
    }

    fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(files(&p));
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn leave_no_trace_holds_after_a_restart_without_asking_for_the_settings() {
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        w.set_leave_no_trace(true).unwrap();
        drop(w);
        let before = files(dir.path());
        // A restart whose first call writes: the mode is read from the vault first.
        let w = waymark(dir.path());
        w.checklist_set_note("safety_word".into(), "blue heron".into())
            .unwrap();
        assert!(w.leave_no_trace_active());
        drop(w);
        assert_eq!(files(dir.path()), before, "nothing was written");
        let w = waymark(dir.path());
        w.set_leave_no_trace(false).unwrap();
        assert!(!format!("{:?}", w.checklist().unwrap()).contains("blue heron"));
    }

    #[test]
    fn the_duress_pin_replaces_the_key_store_key_and_status_creates_none() {
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("keys").join("waymark-vault.key");
        let w = waymark(dir.path());
        w.checklist_set_note("safety_word".into(), "blue heron".into())
            .unwrap();
        w.set_pin("402817".into()).unwrap();
        w.set_duress_pin("731590".into()).unwrap();
        w.lock().unwrap();
        let old_key = std::fs::read(&key_file).unwrap();
        w.unlock("731590".into()).unwrap();
        let new_key = std::fs::read(&key_file).unwrap();
        assert_ne!(old_key, new_key);
        assert!(!format!("{:?}", w.checklist().unwrap()).contains("blue heron"));
        w.lock().unwrap();
        // The key gone: the status says key_store and makes no new key.
        std::fs::remove_file(&key_file).unwrap();
        assert_eq!(w.vault_status().unwrap_err().kind(), ErrorKind::KeyStore);
        assert!(!key_file.exists());
        assert_eq!(
            w.unlock("731590".into()).unwrap_err().kind(),
            ErrorKind::KeyStore
        );
        assert!(!key_file.exists());
    }

    #[test]
    fn a_wrong_length_key_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let w = Waymark::new(
            WaymarkConfig {
                preferred_locales: vec!["en".into()],
                data_dir: dir.path().to_string_lossy().into_owned(),
                content_dir: None,
                developer_mode: false,
                developer_pack_key: None,
            },
            Arc::new(ShortKey),
        )
        .unwrap();
        assert_eq!(w.store().err().unwrap().kind(), ErrorKind::Storage);
    }
}
