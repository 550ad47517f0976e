//! Settings: the language, the PIN (set, change, remove, the emergency PIN, lock now),
//! privacy (leave no trace, no notifications, the app's name and icon), delete everything,
//! the installed content packs, and what this Waymark is. The PIN screens are in
//! `settings_pin.rs`.
//!
//! A content pack is installed from a file chosen on the packs screen (`Event::FileChosen`)
//! or opened with Waymark from another app on any screen (`Event::PackOpened`); both go
//! through `install_pack`. The terminal's `waymark pack install` calls the facade.

use super::confirm::Confirm;
use super::settings_pin::{PinPage, Purpose};
use super::{Action, ActionStyle, Block, Cx, Effect, Nav, Page, PageId, ScreenId, Step, View};
use crate::{MessageArg, WaymarkError};

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    // A locked vault is met when the screen renders: the PIN is asked, then this screen.
    Ok(Step::push(Settings))
}

/// A row with a second line (a toggle's help, the current choice).
fn row(id: &str, label: String, detail: String, style: ActionStyle) -> Action {
    Action {
        id: id.to_owned(),
        label,
        detail: Some(detail),
        style,
    }
}

/// "Saved.", or under leave no trace that nothing is kept after Waymark closes.
pub(crate) fn saved(cx: &Cx, message: &str) -> String {
    if cx.waymark.leave_no_trace_active() {
        cx.t("vault-kept-until-close")
    } else {
        cx.t(message)
    }
}

struct Settings;

impl PageId for Settings {
    const ID: ScreenId = ScreenId::Settings;
}

impl Page for Settings {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let privacy = cx.waymark.discretion_settings()?;
        let status = cx.waymark.vault_status()?;
        let current = cx.waymark.current_locale()?.id;
        let language = cx
            .waymark
            .locales()?
            .into_iter()
            .find(|l| l.id == current)
            .map(|l| l.native_name)
            .unwrap_or(current);
        let mut view = View::new(cx.t("shell-settings"))
            .block(Block::Fact {
                label: cx.t("shell-settings-language"),
                value: language,
            })
            .text(cx.t(if status.has_pin {
                "shell-pin-on"
            } else {
                "vault-error-no-pin"
            }));
        if status.has_duress_pin {
            view = view.text(cx.t("vault-duress-set"));
        }
        if !status.has_pin {
            view = view.note(cx.t("shell-duress-needs-pin"));
        }
        let version = cx.waymark.content_version()?;
        view = view
            .block(Block::Heading {
                text: cx.t("shell-settings-about"),
            })
            .note(cx.t("app-offline-note"))
            .note(cx.t_text("shell-content-version", "version", &version));

        view = view.go("language", cx.t("menu-language"));
        if status.has_pin {
            view = view
                .go("pin.change", cx.t("vault-change-pin"))
                .go("pin.remove", cx.t("vault-remove-pin"))
                .go("pin.duress", cx.t("vault-set-duress"))
                .action("lock", cx.t("shell-lock-now"), ActionStyle::Primary);
        } else {
            view = view.go("pin.set", cx.t("vault-set-pin"));
        }
        view.actions.push(row(
            "leave_no_trace",
            cx.t("shell-leave-no-trace"),
            cx.t("discretion-leave-no-trace-help"),
            ActionStyle::Toggle {
                on: privacy.leave_no_trace,
            },
        ));
        view.actions.push(row(
            "notifications_off",
            cx.t("shell-notifications-off"),
            cx.t("shell-notifications-off-help"),
            ActionStyle::Toggle {
                on: privacy.notifications_off,
            },
        ));
        view.actions.push(row(
            "disguise",
            cx.t("shell-disguise-title"),
            privacy.disguise.name,
            ActionStyle::Go,
        ));
        Ok(view.go("packs", cx.t("pack-settings-title")).action(
            "wipe",
            cx.t("vault-wipe"),
            ActionStyle::Danger,
        ))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        Ok(match action {
            "language" => Step::push(super::language::Language::from_settings()),
            "pin.set" => Step::push(PinPage::new(Purpose::Set)),
            "pin.change" => Step::push(PinPage::new(Purpose::Change)),
            "pin.remove" => Step::push(PinPage::new(Purpose::Remove)),
            "pin.duress" => Step::push(PinPage::new(Purpose::Duress)),
            "lock" => {
                cx.waymark.lock()?;
                Step::to(Nav::Start)
            }
            "leave_no_trace" => {
                let on = !cx.waymark.discretion_settings()?.leave_no_trace;
                cx.waymark.set_leave_no_trace(on)?;
                Step::stay().told(cx.t("discretion-saved"))
            }
            "notifications_off" => {
                let off = !cx.waymark.discretion_settings()?.notifications_off;
                cx.waymark.set_notifications_off(off)?;
                Step::stay().told(saved(cx, "discretion-saved"))
            }
            "disguise" => Step::push(Disguise),
            "packs" => Step::push(ContentPacks),
            "wipe" => Step::push(Confirm::new(
                "shell-wipe-question",
                "shell-wipe-yes",
                |cx| {
                    cx.waymark.wipe()?;
                    // Nothing of the old session stays in memory either.
                    let _ = cx.waymark.quick_exit();
                    // Nor the language the phone kept outside the vault.
                    Ok(Step::to(Nav::Home)
                        .told(cx.t("vault-wiped"))
                        .effect(super::Effect::RememberLanguage { id: String::new() }))
                },
            )),
            _ => Step::stay(),
        })
    }
}

/// The neutral names and icons the app can take on the home screen.
struct Disguise;

impl PageId for Disguise {
    const ID: ScreenId = ScreenId::Disguise;
}

impl Page for Disguise {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let current = cx.waymark.discretion_settings()?.disguise.id;
        let mut view = View::new(cx.t("shell-disguise-title")).text(cx.t("shell-disguise-hint"));
        for d in cx.waymark.disguises()? {
            let selected = d.id == current;
            view = view.action(
                format!("disguise.{}", d.id),
                d.name,
                ActionStyle::Choice { selected },
            );
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let Some(id) = action.strip_prefix("disguise.") else {
            return Ok(Step::stay());
        };
        let before = cx.waymark.discretion_settings()?.disguise.icon;
        let after = cx.waymark.set_disguise(id.to_owned())?.disguise.icon;
        let step = Step::pop().told(saved(cx, "discretion-saved"));
        // The launcher changes only when the person chooses another look.
        Ok(if after != before {
            step.effect(Effect::SetDisguise { id: after })
        } else {
            step
        })
    }
}

/// The installed content packs; each can be removed (after a confirmation).
struct ContentPacks;

impl PageId for ContentPacks {
    const ID: ScreenId = ScreenId::ContentPacks;
}

impl Page for ContentPacks {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let packs = cx.waymark.content_packs()?;
        let mut view = View::new(cx.t("pack-settings-title"));
        if packs.is_empty() {
            view = view.text(cx.t("pack-none"));
        }
        for p in packs {
            let action = format!("pack.{}", p.id);
            view = view.go(action, cx.t_args("pack-list-item", pack_args(p)));
        }
        Ok(view
            .go("add", cx.t("pack-add"))
            .note(cx.t("pack-install-note")))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let _ = cx;
        if action == "add" {
            return Ok(Step::stay().effect(super::Effect::ChooseContentPack));
        }
        let Some(id) = action.strip_prefix("pack.") else {
            return Ok(Step::stay());
        };
        Ok(Step::push(Pack { id: id.to_owned() }))
    }

    fn file(&mut self, cx: &Cx, data: &[u8]) -> Result<Step, WaymarkError> {
        install_pack(cx, data)
    }
}

/// A pack the person chose here or opened with Waymark from another app: verified,
/// checked and installed by the facade, in use from the next start. A refusal (leave no
/// trace, or the reason the file is not a genuine, sound pack) is the error, whose
/// message says that nothing changed.
pub(crate) fn install_pack(cx: &Cx, data: &[u8]) -> Result<Step, WaymarkError> {
    let p = cx.waymark.install_content_pack(data)?;
    Ok(Step::stay().told(cx.t_args("pack-installed", pack_args(p))))
}

/// A pack's id, kind, version and number of files as message arguments: one builder for
/// the list and the installed notice (a message uses the arguments it names).
fn pack_args(p: crate::ContentPackView) -> Vec<MessageArg> {
    let text = |name: &str, value| MessageArg::Text {
        name: name.into(),
        value,
    };
    let number = |name: &str, value| MessageArg::Number {
        name: name.into(),
        value,
    };
    vec![
        text("id", p.id),
        text("kind", p.kind),
        number("version", p.version as f64),
        number("files", f64::from(p.files)),
    ]
}

/// One installed pack: passed on as the exact signed file it was installed from (the
/// receiver's phone verifies it the same way), or removed after a confirmation.
struct Pack {
    id: String,
}

/// How a shared pack is named to other apps (the document type both apps declare).
const PACK_MIME_TYPE: &str = "application/vnd.waymark.pack";

impl PageId for Pack {
    const ID: ScreenId = ScreenId::ContentPack;
}

impl Page for Pack {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        Ok(View::new(self.id.clone())
            .note(cx.t("pack-share-note"))
            .action("share", cx.t("pack-share"), ActionStyle::Primary)
            .action("remove", cx.t("shell-remove"), ActionStyle::Danger))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let id = self.id.clone();
        Ok(match action {
            "share" => Step::stay().effect(Effect::Share {
                file_name: format!("{id}.wmpack"),
                mime_type: PACK_MIME_TYPE.to_owned(),
                data: cx.waymark.export_content_pack(id)?,
            }),
            "remove" => Step::push(Confirm::new(
                "pack-remove-question",
                "shell-remove",
                move |cx| {
                    cx.waymark.remove_content_pack(id.clone())?;
                    // Back to the list: this pack is gone.
                    Ok(Step::to(Nav::PopN(2)).told(cx.t_text("pack-removed", "id", &id)))
                },
            )),
            _ => Step::stay(),
        })
    }
}

#[cfg(test)]
mod tests;
