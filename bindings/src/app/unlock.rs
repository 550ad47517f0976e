//! The PIN screen, and "start again" when the phone lost the key that protected the vault.

use super::{ActionStyle, Cx, InputKind, Open, Page, PageId, ScreenId, Step, View};
use crate::{VAULT_KEY_ALIAS, WaymarkError};

/// The page a session starts on, if the vault must be opened first.
pub(crate) fn at_start(cx: &Cx) -> Result<Option<Open>, WaymarkError> {
    if key_lost(cx) {
        return Ok(Some(Open::new(StartAgain)));
    }
    match cx.waymark.vault_status() {
        Ok(s) if s.locked => Ok(Some(Open::new(Unlock { at_start: true }))),
        Ok(_) => Ok(None),
        // The status cannot be read (the key store refuses while the phone itself is
        // locked: a `storage` error, or a key that does not fit): ask, never open home
        // over a vault nobody could read. `Refresh` decides again once the phone is open.
        Err(_) => Ok(Some(Open::new(Unlock { at_start: true }))),
    }
}

/// A vault exists but the key store no longer has the key that wraps its key.
fn key_lost(cx: &Cx) -> bool {
    waymark_core::vault::exists(&cx.waymark.data_dir)
        && matches!(
            cx.waymark.key_store.has_key(VAULT_KEY_ALIAS.to_owned()),
            Ok(false)
        )
}

pub(crate) struct Unlock {
    /// The first screen: Back cannot leave it (only find help and quick exit can).
    at_start: bool,
}

impl Unlock {
    /// Asked for in the middle of a flow: unlocking goes back to it.
    pub fn returning() -> Self {
        Self { at_start: false }
    }
}

impl PageId for Unlock {
    const ID: ScreenId = ScreenId::Unlock;
}

impl Page for Unlock {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let wait = cx
            .waymark
            .vault_status()
            .map(|s| s.retry_after_seconds)
            .unwrap_or(0);
        let mut view = View::new_t(cx, "shell-unlock-hint");
        if wait > 0 {
            // Say the wait before asking: a PIN typed now would be refused even if right.
            view = view
                .text(cx.t_num("vault-error-too-many-attempts", "seconds", wait as f64))
                .action_t(cx, "retry", "shell-unlock-retry", ActionStyle::Primary);
        } else {
            view = view.input(InputKind::Pin, cx.t("shell-pin"), cx.t("shell-unlock"));
        }
        Ok(view.go_t(cx, "help", "directory-menu"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        match action {
            "help" => super::help::start(cx),
            _ => Ok(Step::stay()),
        }
    }

    fn submit(&mut self, cx: &Cx, pin: &str) -> Result<Step, WaymarkError> {
        cx.waymark.unlock(pin.to_owned())?;
        // Restores leave no trace after a restart. The disguise is not sent: after an
        // emergency PIN the settings are gone, and a launcher switching back to "Waymark"
        // in front of the person forcing it open would give the app away.
        cx.waymark.discretion_settings()?;
        Ok(if self.at_start {
            Step::replace(super::home::Home)
        } else {
            Step::pop()
        })
    }

    fn can_leave(&self) -> bool {
        !self.at_start
    }
}

/// The key store lost the vault's key: nothing saved can be read again.
pub(crate) struct StartAgain;

impl PageId for StartAgain {
    const ID: ScreenId = ScreenId::StartAgain;
}

impl Page for StartAgain {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        Ok(View::new_t(cx, "shell-start-again-title")
            .text_t(cx, "shell-start-again")
            .action_t(
                cx,
                "start_again",
                "shell-start-again-yes",
                ActionStyle::Danger,
            )
            .go_t(cx, "help", "directory-menu"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        match action {
            "start_again" => {
                cx.waymark.wipe()?;
                let _ = cx.waymark.quick_exit();
                Ok(Step::replace(super::home::Home))
            }
            "help" => super::help::start(cx),
            _ => Ok(Step::stay()),
        }
    }

    fn can_leave(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests;
