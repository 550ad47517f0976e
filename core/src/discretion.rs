//! Discretion: what protects a person when someone else holds or watches the phone.
//!
//! - **Quick exit and lock** ([`ScreenState::clear`], [`Settings::fresh_scratch`]): the
//!   shells honour a shake, a triple tap or a visible button, and lock on every trip to
//!   the background; the core then closes the vault, forgets the current screen and any
//!   search text, and under leave no trace drops everything written during the mode.
//! - **Disguise** ([`DISGUISES`]): a neutral app name and icon the shells apply
//!   (activity-alias on Android, alternate icon on iOS), and a notification-free mode.
//! - **Leave no trace**: while on, nothing at all is written, not even progress.
//!
//! Where the settings live: one record, `settings`/`discretion`, in the vault, read and
//! written through the `Store` like every other record. The leave-no-trace flag is part
//! of that record: turning it on writes the record one last time (so the mode survives a
//! restart), and from then on the facade's `store()` hands every feature a scratch
//! in-memory store until the person turns the mode off: the scratch store is dropped and
//! the settings record saved, the first write again.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, UserFacing};
use crate::store::{MemoryStore, Store, StoreError};

pub const COLLECTION: &str = "settings";
pub const RECORD: &str = "discretion";

#[derive(Debug, thiserror::Error)]
pub enum DiscretionError {
    #[error("unknown disguise")]
    UnknownDisguise,
    #[error("the settings record is damaged")]
    Damaged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl UserFacing for DiscretionError {
    fn kind(&self) -> ErrorKind {
        match self {
            DiscretionError::UnknownDisguise => ErrorKind::InvalidInput,
            DiscretionError::Damaged => ErrorKind::Integrity,
            DiscretionError::Store(e) => e.kind(),
        }
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        match self {
            DiscretionError::UnknownDisguise => Some(("discretion-error-disguise", vec![])),
            DiscretionError::Damaged => None,
            DiscretionError::Store(e) => e.detail_message(),
        }
    }
}

/// A look the app can take on the home screen: `id` is what the shells map to an
/// activity-alias / alternate icon; the name is the Fluent message `disguise-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disguise {
    pub id: &'static str,
    pub icon: &'static str,
}

/// The choices, first the app's own look. Neutral, common apps that draw no attention.
pub const DISGUISES: &[Disguise] = &[
    Disguise {
        id: "waymark",
        icon: "waymark",
    },
    Disguise {
        id: "notes",
        icon: "notes",
    },
    Disguise {
        id: "calculator",
        icon: "calculator",
    },
    Disguise {
        id: "weather",
        icon: "weather",
    },
    Disguise {
        id: "recipes",
        icon: "recipes",
    },
];

pub fn disguise(id: &str) -> Option<&'static Disguise> {
    DISGUISES.iter().find(|d| d.id == id)
}

/// The one discretion settings record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// A [`DISGUISES`] id.
    pub disguise: String,
    /// No notifications at all (the shells post none and ask for no permission).
    pub notifications_off: bool,
    pub leave_no_trace: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            disguise: "waymark".into(),
            notifications_off: false,
            leave_no_trace: false,
        }
    }
}

impl Settings {
    pub fn load(store: &dyn Store) -> Result<Self, DiscretionError> {
        match store.get(COLLECTION, RECORD)? {
            None => Ok(Self::default()),
            Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| DiscretionError::Damaged),
        }
    }

    pub fn save(&self, store: &dyn Store) -> Result<(), DiscretionError> {
        let bytes = serde_json::to_vec(self).map_err(|_| DiscretionError::Damaged)?;
        store.put(COLLECTION, RECORD, &bytes)?;
        Ok(())
    }

    pub fn set_disguise(&mut self, id: &str) -> Result<(), DiscretionError> {
        let d = disguise(id).ok_or(DiscretionError::UnknownDisguise)?;
        self.disguise = d.id.to_owned();
        Ok(())
    }

    /// The scratch store of leave no trace: empty but for this settings record, so reads
    /// during the mode see the mode (and the disguise in use).
    pub fn scratch_store(&self) -> MemoryStore {
        let store = MemoryStore::new();
        // An in-memory put of a small record cannot fail short of a poisoned lock; the
        // store is then merely empty, which still writes nothing anywhere.
        let _ = self.save(&store);
        store
    }

    /// The scratch store that replaces `current` when the app locks or quick-exits: what
    /// was written during the mode is gone (a locked app must not show it), the settings
    /// and the mode stay. Damaged or missing settings fall back to the defaults with the
    /// mode on.
    pub fn fresh_scratch(current: &dyn Store) -> MemoryStore {
        let mut settings = Self::load(current).unwrap_or_default();
        settings.leave_no_trace = true;
        settings.scratch_store()
    }
}

/// What is on the screen now, held in memory only so quick exit can forget it.
#[derive(Debug, Default)]
pub struct ScreenState {
    inner: Mutex<Screen>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Screen {
    /// The id of the screen shown (`find_help`, a lesson id, ...).
    pub current: Option<String>,
    /// What the person typed into a search box. Never written anywhere.
    pub search_text: Option<String>,
}

impl ScreenState {
    fn with<T>(&self, f: impl FnOnce(&mut Screen) -> T) -> T {
        match self.inner.lock() {
            Ok(mut s) => f(&mut s),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    pub fn show(&self, screen: Option<String>) {
        self.with(|s| s.current = screen);
    }

    pub fn search(&self, text: Option<String>) {
        self.with(|s| s.search_text = text);
    }

    pub fn get(&self) -> Screen {
        self.with(|s| s.clone())
    }

    /// Quick exit: forgets the screen and the search text in one step.
    pub fn clear(&self) {
        self.with(|s| *s = Screen::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_default_then_round_trip_through_the_store() {
        let store = MemoryStore::new();
        assert_eq!(Settings::load(&store).unwrap(), Settings::default());
        let mut s = Settings::default();
        s.set_disguise("calculator").unwrap();
        s.notifications_off = true;
        s.save(&store).unwrap();
        assert_eq!(Settings::load(&store).unwrap(), s);
        assert_eq!(store.list(COLLECTION).unwrap().len(), 1);
    }

    #[test]
    fn an_unknown_disguise_is_invalid_input_and_changes_nothing() {
        let mut s = Settings::default();
        let e = s.set_disguise("casino").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        assert_eq!(s.disguise, "waymark");
    }

    #[test]
    fn a_damaged_record_is_an_integrity_error() {
        let store = MemoryStore::new();
        store.put(COLLECTION, RECORD, b"not json").unwrap();
        assert_eq!(
            Settings::load(&store).unwrap_err().kind(),
            ErrorKind::Integrity
        );
    }

    #[test]
    fn quick_exit_clears_screen_and_search_in_one_call() {
        let screen = ScreenState::default();
        screen.show(Some("find_help".into()));
        screen.search(Some("typed words".into()));
        screen.clear();
        assert_eq!(screen.get(), Screen::default());
    }

    #[test]
    fn a_fresh_scratch_keeps_the_settings_and_drops_everything_else() {
        let old = MemoryStore::new();
        let mut s = Settings {
            leave_no_trace: true,
            ..Settings::default()
        };
        s.set_disguise("weather").unwrap();
        s.save(&old).unwrap();
        old.put("checklist", "item", b"my own words").unwrap();
        let fresh = Settings::fresh_scratch(&old);
        assert_eq!(Settings::load(&fresh).unwrap(), s);
        assert_eq!(fresh.get("checklist", "item").unwrap(), None);
        // Damaged settings: the defaults, still with the mode on.
        let damaged = MemoryStore::new();
        damaged.put(COLLECTION, RECORD, b"not json").unwrap();
        let fresh = Settings::fresh_scratch(&damaged);
        assert!(Settings::load(&fresh).unwrap().leave_no_trace);
    }

    #[test]
    fn every_disguise_has_a_unique_id() {
        let mut ids: Vec<_> = DISGUISES.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), DISGUISES.len());
    }
}
