//! Discretion on the facade: quick exit, disguise, no notifications, leave no trace.
//!
//! The settings are one record (`settings`/`discretion`) kept through `store()`. The
//! leave-no-trace flag is part of it and mirrored in `Waymark::no_trace` (a scratch
//! in-memory store while the mode is on), which the top of `store()` checks: while it is
//! on, every feature writes to the scratch store and nothing reaches the data folder.
//! Turning it on writes the record one last time (so the mode survives a restart);
//! turning it off drops the scratch store (everything written during the mode is gone)
//! and saves the settings record, the first write again: settings the person changed
//! during the mode (a disguise the phone already applied) are kept. After a restart the
//! mode is restored by the first `discretion_settings()` call, which the shells make right
//! after start (they need the disguise anyway).

use std::sync::Arc;

use serde::Serialize;
use waymark_core::discretion::{self, COLLECTION, DISGUISES, RECORD, Settings};
use waymark_core::store::{MemoryStore, Store};

use crate::{Waymark, WaymarkError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DisguiseView {
    pub id: String,
    /// The name the app shows on the home screen, in the current language.
    pub name: String,
    /// The icon the shell applies (activity-alias / alternate icon name).
    pub icon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DiscretionView {
    pub disguise: DisguiseView,
    pub notifications_off: bool,
    pub leave_no_trace: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ScreenView {
    pub current_screen: Option<String>,
    pub search_text: Option<String>,
}

#[uniffi::export]
impl Waymark {
    /// The discretion settings. Call once after start: it also restores leave-no-trace.
    pub fn discretion_settings(&self) -> Result<DiscretionView, WaymarkError> {
        let settings = self.load_settings()?;
        if settings.leave_no_trace && self.no_trace_store().is_none() {
            self.enter_leave_no_trace(&settings)?;
        }
        Ok(self.discretion_view(&settings))
    }

    /// The neutral names and icons the app can take.
    pub fn disguises(&self) -> Vec<DisguiseView> {
        DISGUISES.iter().map(|d| self.disguise_view(d.id)).collect()
    }

    /// Chooses a disguise by id (`notes`, `calculator`, ...); an unknown id is invalid_input.
    pub fn set_disguise(&self, id: String) -> Result<DiscretionView, WaymarkError> {
        self.change_settings(|s| s.set_disguise(&id))
    }

    /// No notifications at all while on.
    pub fn set_notifications_off(&self, off: bool) -> Result<DiscretionView, WaymarkError> {
        self.change_settings(|s| {
            s.notifications_off = off;
            Ok(())
        })
    }

    /// Leave no trace: while on, nothing at all is written until it is turned off.
    pub fn set_leave_no_trace(&self, on: bool) -> Result<DiscretionView, WaymarkError> {
        let mut settings = self.load_settings()?;
        let active = self.no_trace_store().is_some();
        if on && !active {
            settings.leave_no_trace = true;
            // The last write: the mode itself, so it survives a restart.
            self.save_settings(&settings)?;
            self.enter_leave_no_trace(&settings)?;
        } else if !on && active {
            settings.leave_no_trace = false;
            self.set_no_trace(None);
            // The first write again, to the vault.
            self.save_settings(&settings)?;
        }
        Ok(self.discretion_view(&settings))
    }

    /// Quick exit: forgets the current screen and any search text, in one call. The
    /// shell then hides its window (and the terminal clears the screen).
    pub fn quick_exit(&self) {
        self.screen.clear();
    }

    /// The shells tell the core which screen is shown (an id, never user text).
    pub fn set_current_screen(&self, screen: Option<String>) {
        self.screen.show(screen);
    }

    /// What the person typed into a search box; kept in memory only, never written.
    pub fn set_search_text(&self, text: Option<String>) {
        self.screen.search(text);
    }

    pub fn screen_state(&self) -> ScreenView {
        let s = self.screen.get();
        ScreenView {
            current_screen: s.current,
            search_text: s.search_text,
        }
    }
}

impl Waymark {
    fn load_settings(&self) -> Result<Settings, WaymarkError> {
        // Looking at the settings creates no vault (no file, no key).
        let store = self.store_for_reading()?;
        Settings::load(store.as_ref()).map_err(|e| self.error(&e))
    }

    fn save_settings(&self, settings: &Settings) -> Result<(), WaymarkError> {
        let store = self.store()?;
        settings.save(store.as_ref()).map_err(|e| self.error(&e))
    }

    fn change_settings(
        &self,
        change: impl FnOnce(&mut Settings) -> Result<(), discretion::DiscretionError>,
    ) -> Result<DiscretionView, WaymarkError> {
        let mut settings = self.load_settings()?;
        change(&mut settings).map_err(|e| self.error(&e))?;
        self.save_settings(&settings)?;
        Ok(self.discretion_view(&settings))
    }

    /// The scratch store while leave no trace is on.
    pub(crate) fn no_trace_store(&self) -> Option<Arc<dyn Store>> {
        let guard = match self.no_trace.read() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        guard.clone().map(|s| s as Arc<dyn Store>)
    }

    fn set_no_trace(&self, scratch: Option<Arc<MemoryStore>>) {
        let mut guard = match self.no_trace.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *guard = scratch;
    }

    /// From here on `store()` is a fresh scratch store; it starts with the settings record
    /// so reads during the mode see the mode.
    fn enter_leave_no_trace(&self, settings: &Settings) -> Result<(), WaymarkError> {
        let scratch = Arc::new(MemoryStore::new());
        let bytes = serde_json::to_vec(settings).map_err(|_| WaymarkError::Storage {
            message: self.content.l10n.text(&self.chain(), "error-storage"),
        })?;
        scratch
            .put(COLLECTION, RECORD, &bytes)
            .map_err(|e| self.error(&e))?;
        self.set_no_trace(Some(scratch));
        Ok(())
    }

    fn disguise_view(&self, id: &str) -> DisguiseView {
        let d = discretion::disguise(id).unwrap_or(&DISGUISES[0]);
        DisguiseView {
            id: d.id.to_owned(),
            name: self
                .content
                .l10n
                .text(&self.chain(), &format!("disguise-{}", d.id)),
            icon: d.icon.to_owned(),
        }
    }

    fn discretion_view(&self, settings: &Settings) -> DiscretionView {
        DiscretionView {
            disguise: self.disguise_view(&settings.disguise),
            notifications_off: settings.notifications_off,
            leave_no_trace: settings.leave_no_trace,
        }
    }
}
