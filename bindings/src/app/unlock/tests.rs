//! The first screen when the vault cannot be opened without the person: the PIN, a key
//! store that refuses while the phone is locked, a key the phone lost.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::super::tests::Driver;
use super::super::{Event, ScreenId};
use crate::{FileKeyStore, KeyStore, KeyStoreError, Waymark};

/// The phone's key store, refusing while the phone is locked.
struct Phone {
    keys: Arc<FileKeyStore>,
    locked: Arc<AtomicBool>,
}

impl Phone {
    fn check(&self) -> Result<(), KeyStoreError> {
        if self.locked.load(Ordering::SeqCst) {
            return Err(KeyStoreError::Unavailable {
                reason: "device locked".into(),
            });
        }
        Ok(())
    }
}

impl KeyStore for Phone {
    fn get_or_create_key(&self, alias: String) -> Result<Vec<u8>, KeyStoreError> {
        self.check()?;
        self.keys.get_or_create_key(alias)
    }
    fn has_key(&self, alias: String) -> Result<bool, KeyStoreError> {
        self.check()?;
        self.keys.has_key(alias)
    }
    fn delete_key(&self, alias: String) -> Result<(), KeyStoreError> {
        self.check()?;
        self.keys.delete_key(alias)
    }
}

#[test]
fn a_key_store_that_refuses_shows_the_pin_screen_until_the_phone_is_open_again() {
    let dir = tempfile::tempdir().unwrap();
    let first = crate::test_waymark(dir.path());
    first
        .checklist_set_note("safety_word".into(), "blue heron".into())
        .unwrap();
    first.set_pin("4826".into()).unwrap();
    drop(first);
    let locked = Arc::new(AtomicBool::new(true));
    let phone = Arc::new(Phone {
        keys: FileKeyStore::new(dir.path().join("keys").to_string_lossy().into_owned()),
        locked: locked.clone(),
    });
    let waymark = Waymark::new(crate::test_config(dir.path()), phone).unwrap();
    let mut d = Driver::over(waymark, dir, false);
    assert_eq!(
        d.screen.id,
        ScreenId::Unlock,
        "never home over an unread vault"
    );
    assert!(d.screen.back.is_none());
    // Find help works without the vault, and Back returns to the PIN screen.
    d.choose("help");
    assert_ne!(d.screen.id, ScreenId::Unlock);
    d.back();
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.send(Event::Refresh);
    assert_eq!(d.screen.id, ScreenId::Unlock, "still locked");
    d.submit("4826");
    assert!(d.notice().is_some_and(|n| n.error), "the key store refuses");
    // The phone is open again: the PIN opens the vault.
    locked.store(false, Ordering::SeqCst);
    d.send(Event::Refresh);
    assert_eq!(d.screen.id, ScreenId::Unlock);
    assert!(d.screen.input.is_some());
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(format!("{:?}", d.waymark.checklist().unwrap()).contains("blue heron"));
}

#[test]
fn a_lost_key_offers_to_start_again_with_an_empty_app() {
    let dir = tempfile::tempdir().unwrap();
    crate::test_waymark(dir.path())
        .checklist_set_note("safety_word".into(), "blue heron".into())
        .unwrap();
    std::fs::remove_file(
        dir.path()
            .join("keys")
            .join(crate::VAULT_KEY_ALIAS.to_owned() + ".key"),
    )
    .unwrap();
    let waymark = crate::test_waymark(dir.path());
    let mut d = Driver::over(waymark, dir, false);
    assert_eq!(d.screen.id, ScreenId::StartAgain);
    assert!(d.screen.back.is_none());
    assert!(d.has("help"));
    d.back();
    assert_eq!(
        d.screen.id,
        ScreenId::StartAgain,
        "no way past it but its choices"
    );
    d.choose("start_again");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(!d.waymark.vault_status().unwrap().exists);
    assert!(!format!("{:?}", d.waymark.checklist().unwrap()).contains("blue heron"));
}
