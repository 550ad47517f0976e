//! One checklist item's screen (done or not, its private note, removing one's own item),
//! and adding one's own item (the stage first, then the text).

use super::checklist::{stage, without_own_items};
use super::confirm::Confirm;
use super::settings::saved;
use super::{ActionStyle, Cx, Input, InputKind, Nav, Page, PageId, ScreenId, Step, View, key};
use crate::{ChecklistItemView, WaymarkError};
use waymark_core::ErrorKind;

pub(crate) struct Item {
    id: String,
}

impl Item {
    pub fn new(id: &str) -> Self {
        Self { id: id.to_owned() }
    }

    /// The item and its stage's title.
    fn find(&self, cx: &Cx) -> Result<(ChecklistItemView, String), WaymarkError> {
        cx.waymark
            .checklist()?
            .stages
            .into_iter()
            .find_map(|s| {
                let title = s.title;
                s.items
                    .into_iter()
                    .find(|i| i.id == self.id)
                    .map(|i| (i, title))
            })
            .ok_or_else(|| cx.err(ErrorKind::NotFound, "checklist-error-unknown-item"))
    }
}

impl PageId for Item {
    const ID: ScreenId = ScreenId::ChecklistItem;
}

impl Page for Item {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let (item, stage) = self.find(cx)?;
        let mut view = View::new(item.title).note(stage).action_t(
            cx,
            "done",
            "checklist-done",
            ActionStyle::Toggle { on: item.done },
        );
        if item.note.is_some() {
            view = view.action_t(cx, "remove_note", "checklist-remove-note", ActionStyle::Go);
        }
        if item.custom {
            view = view.action_t(cx, "remove", "shell-remove", ActionStyle::Danger);
        }
        view.input = Some(Input {
            kind: InputKind::Text,
            label: cx.t("shell-note"),
            hint: Some(cx.t("checklist-note-hint")),
            value: item.note.unwrap_or_default(),
            submit: cx.t("shell-save"),
        });
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let (item, _) = self.find(cx)?;
        Ok(match action {
            "done" => {
                cx.waymark.checklist_set_done(item.id, !item.done)?;
                Step::stay().told(saved(cx, "checklist-saved"))
            }
            "remove_note" => {
                // An empty note is the facade's way to remove it.
                cx.waymark.checklist_set_note(item.id, String::new())?;
                Step::stay().told(saved(cx, "checklist-saved"))
            }
            "remove" => {
                let id = item.id;
                Step::push(Confirm::new(
                    "checklist-remove-question",
                    "shell-remove",
                    move |cx| {
                        cx.waymark.checklist_remove(id.clone())?;
                        // Also leaves the item's screen: the item is gone.
                        Ok(Step::to(Nav::PopN(2)).told(saved(cx, "checklist-removed")))
                    },
                ))
            }
            _ => Step::stay(),
        })
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        // An empty line never deletes a note by accident: removing is its own action.
        if text.trim().is_empty() {
            return Err(cx.err(ErrorKind::InvalidInput, "checklist-error-empty"));
        }
        cx.waymark
            .checklist_set_note(self.id.clone(), text.to_owned())?;
        Ok(Step::stay().told(saved(cx, "checklist-saved")))
    }

    /// One's own item's title is the person's words: never spoken.
    fn read_aloud(&self, cx: &Cx, screen: &super::Screen) -> String {
        let own = self.find(cx).is_ok_and(|(i, _)| i.custom);
        let title = if own {
            cx.t("shell-checklist-add-hint")
        } else {
            screen.title.clone()
        };
        without_own_items(cx, screen, &title)
    }
}

/// Adding one's own item: the stage (unless opened from one), then the text.
pub(crate) struct Add {
    stage: Option<String>,
    /// Opened from a stage: Back leaves instead of asking for the stage.
    preset: bool,
}

impl Add {
    pub fn new(stage: Option<String>) -> Self {
        Self {
            preset: stage.is_some(),
            stage,
        }
    }
}

impl PageId for Add {
    const ID: ScreenId = ScreenId::ChecklistAdd;
}

impl Page for Add {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let mut view = View::new_t(cx, "checklist-menu-add");
        match &self.stage {
            None => {
                view = view.text_t(cx, "checklist-choose-stage");
                for s in cx.waymark.checklist()?.stages {
                    view = view.action(
                        key("stage.", &s.id),
                        s.title,
                        ActionStyle::Choice { selected: false },
                    );
                }
            }
            Some(id) => {
                let (_, s) = stage(cx, id)?;
                view = view.note(s.title).input(
                    InputKind::Text,
                    cx.t("shell-checklist-add-hint"),
                    cx.t("shell-save"),
                );
            }
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let _ = cx;
        if let Some(id) = action.strip_prefix("stage.") {
            self.stage = Some(id.to_owned());
        }
        Ok(Step::stay())
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        let Some(stage) = self.stage.clone() else {
            return Ok(Step::stay());
        };
        cx.waymark.checklist_add(stage, text.to_owned())?;
        Ok(Step::pop().told(saved(cx, "checklist-added")))
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if !self.preset && self.stage.take().is_some() {
            return Some(Step::stay());
        }
        None
    }
}
