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
//!
//! Lock and quick exit (`lock`, `quick_exit`) replace the scratch store with a fresh one
//! holding only the settings: what was written during the mode is not readable after a
//! lock, with or without a PIN.

use std::sync::Arc;

use serde::Serialize;
use waymark_core::discretion::{self, DISGUISES, Settings};
use waymark_core::store::{MemoryStore, Store};

use crate::{Waymark, WaymarkError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisguiseView {
    pub id: String,
    /// The name the app shows on the home screen, in the current language.
    pub name: String,
    /// The icon the shell applies (activity-alias / alternate icon name).
    pub icon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscretionView {
    pub disguise: DisguiseView,
    pub notifications_off: bool,
    pub leave_no_trace: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreenView {
    pub current_screen: Option<String>,
    pub search_text: Option<String>,
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// The neutral names and icons the app can take.
    pub fn disguises(&self) -> Result<Vec<DisguiseView>, WaymarkError> {
        Ok(DISGUISES.iter().map(|d| self.disguise_view(d.id)).collect())
    }

    /// The discretion settings. Call once after start: it also restores leave-no-trace.
    pub fn discretion_settings(&self) -> Result<DiscretionView, WaymarkError> {
        let settings = self.load_settings()?;
        if settings.leave_no_trace && self.no_trace_store().is_none() {
            self.enter_leave_no_trace(&settings)?;
        }
        Ok(self.discretion_view(&settings))
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

    /// Quick exit: everything `lock` does (the vault closed, the screen and search text
    /// forgotten, leave no trace's scratch store dropped), in one call that never fails.
    /// The shell then hides its window (and the terminal clears the screen).
    pub fn quick_exit(&self) -> Result<(), WaymarkError> {
        self.lock()
    }

    /// The shells tell the core which screen is shown (an id, never user text).
    pub fn set_current_screen(&self, screen: Option<String>) -> Result<(), WaymarkError> {
        self.screen.show(screen);
        Ok(())
    }

    /// What the person typed into a search box; kept in memory only, never written.
    pub fn set_search_text(&self, text: Option<String>) -> Result<(), WaymarkError> {
        self.screen.search(text);
        Ok(())
    }

    pub fn screen_state(&self) -> Result<ScreenView, WaymarkError> {
        let s = self.screen.get();
        Ok(ScreenView {
            current_screen: s.current,
            search_text: s.search_text,
        })
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

    /// What lock and quick exit forget besides the vault's keys: the screen and search
    /// text, and under leave no trace everything written during the mode (a fresh scratch
    /// store with the settings only takes its place, so nothing reaches the vault either).
    pub(crate) fn forget_in_memory(&self) {
        self.screen.clear();
        if let Some(old) = self.no_trace_store() {
            self.set_no_trace(Some(Arc::new(Settings::fresh_scratch(old.as_ref()))));
        }
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
        self.set_no_trace(Some(Arc::new(settings.scratch_store())));
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use waymark_core::ErrorKind;

    use crate::test_waymark as waymark;

    fn own_items(w: &Waymark) -> Vec<String> {
        w.checklist()
            .unwrap()
            .stages
            .into_iter()
            .flat_map(|s| s.items)
            .filter(|i| i.custom)
            .map(|i| i.title)
            .collect()
    }

    #[test]
    fn lock_under_leave_no_trace_leaves_nothing_readable_without_a_pin() {
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        w.set_leave_no_trace(true).unwrap();
        w.checklist_add("before_you_go".into(), "hide the passport copy".into())
            .unwrap();
        assert_eq!(own_items(&w), ["hide the passport copy"]);
        w.set_current_screen(Some("checklist".into())).unwrap();
        w.lock().unwrap();
        // No PIN: nothing to unlock, and nothing of the mode's writes left to read.
        assert!(own_items(&w).is_empty());
        assert_eq!(w.screen_state().unwrap().current_screen, None);
        // The mode stays on.
        assert!(w.discretion_settings().unwrap().leave_no_trace);
    }

    #[test]
    fn lock_under_leave_no_trace_with_a_pin_needs_the_pin_and_shows_nothing_after() {
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        w.set_pin("482915".into()).unwrap();
        w.set_disguise("notes".into()).unwrap();
        w.set_leave_no_trace(true).unwrap();
        w.checklist_add("before_you_go".into(), "my words".into())
            .unwrap();
        w.lock().unwrap();
        assert!(w.vault_status().unwrap().locked);
        // Under the mode the features read the scratch store: empty, never the old items.
        assert!(own_items(&w).is_empty());
        w.unlock("482915".into()).unwrap();
        assert!(own_items(&w).is_empty());
        let settings = w.discretion_settings().unwrap();
        assert!(settings.leave_no_trace);
        assert_eq!(settings.disguise.id, "notes");
    }

    #[test]
    fn quick_exit_locks_the_vault_and_forgets_the_screen() {
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        w.set_pin("482915".into()).unwrap();
        w.checklist_add("before_you_go".into(), "saved".into())
            .unwrap();
        w.set_search_text(Some("typed".into())).unwrap();
        w.quick_exit().unwrap();
        assert!(w.vault_status().unwrap().locked);
        assert_eq!(w.checklist().unwrap_err().kind(), ErrorKind::Locked);
        assert_eq!(w.screen_state().unwrap().search_text, None);
        // Saved things are kept (quick exit hides, it does not delete).
        w.unlock("482915".into()).unwrap();
        assert_eq!(own_items(&w), ["saved"]);
    }

    #[test]
    fn lock_never_fails_even_when_the_key_store_refuses() {
        struct Refusing;
        impl crate::KeyStore for Refusing {
            fn get_or_create_key(&self, _: String) -> Result<Vec<u8>, crate::KeyStoreError> {
                Err(crate::KeyStoreError::Unavailable {
                    reason: "device locked".into(),
                })
            }
            fn has_key(&self, _: String) -> Result<bool, crate::KeyStoreError> {
                Err(crate::KeyStoreError::Unavailable {
                    reason: "device locked".into(),
                })
            }
            fn delete_key(&self, _: String) -> Result<(), crate::KeyStoreError> {
                Err(crate::KeyStoreError::Unavailable {
                    reason: "device locked".into(),
                })
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let w = waymark(dir.path());
        w.set_pin("482915".into()).unwrap();
        let refusing = Waymark::new(crate::test_config(dir.path()), Arc::new(Refusing)).unwrap();
        assert!(refusing.vault_status().is_err());
        refusing.lock().unwrap();
        refusing.quick_exit().unwrap();
    }
}
