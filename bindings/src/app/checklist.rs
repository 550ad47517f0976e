//! The private safe-travel checklist: its stages, each a list of items ticked on and off,
//! and the person's own items. An item's screen (its private note, removing one's own
//! item) and adding an item are in `checklist_item.rs`. Everything is saved in the vault
//! by the facade; read aloud never speaks the person's own words.

use super::checklist_item::{Add, Item};
use super::{Action, ActionStyle, Block, Cx, Page, PageId, ScreenId, Step, View, key};
use crate::{ChecklistStageView, ChecklistView, WaymarkError};
use waymark_core::ErrorKind;

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    // A locked vault is met when the screen renders: the PIN is asked, then this screen.
    Ok(Step::push(Checklist))
}

/// "Some saved items could not be read" above the list, when some could not.
fn damaged(cx: &Cx, view: View, list: &ChecklistView) -> View {
    if list.damaged > 0 {
        view.block(Block::Warning {
            text: cx.t("shell-checklist-damaged"),
        })
    } else {
        view
    }
}

pub(crate) fn stage(
    cx: &Cx,
    id: &str,
) -> Result<(ChecklistView, ChecklistStageView), WaymarkError> {
    let list = cx.waymark.checklist()?;
    let stage = list
        .stages
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or_else(|| cx.err(ErrorKind::NotFound, "checklist-error-unknown-stage"))?;
    Ok((list, stage))
}

/// The screen as read aloud: without the labels that are the person's own items.
pub(crate) fn without_own_items(cx: &Cx, screen: &super::Screen, title: &str) -> String {
    let own: Vec<String> = cx
        .waymark
        .checklist()
        .map(|l| {
            l.stages
                .into_iter()
                .flat_map(|s| s.items)
                .filter(|i| i.custom)
                .map(|i| i.id)
                .collect()
        })
        .unwrap_or_default();
    let theirs = |a: &super::Action| {
        let item = a.id.split_once('.').map_or("", |(_, id)| id);
        !own.iter().any(|o| o == item)
    };
    super::speakable_but(screen, title, &|_| true, &theirs)
}

/// The stages, each with how far the person got.
struct Checklist;

impl PageId for Checklist {
    const ID: ScreenId = ScreenId::Checklist;
}

impl Page for Checklist {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let list = cx.waymark.checklist()?;
        let mut view = damaged(cx, View::new_t(cx, "checklist-title"), &list);
        for s in &list.stages {
            let done = s.items.iter().filter(|i| i.done).count();
            let progress = cx.t_nums(
                "checklist-progress",
                &[("done", done as f64), ("total", s.items.len() as f64)],
            );
            view.actions.push(Action {
                id: key("stage.", &s.id),
                label: s.title.clone(),
                detail: Some(progress),
                style: ActionStyle::Go,
            });
        }
        Ok(view.go_t(cx, "add", "checklist-menu-add"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let _ = cx;
        if let Some(id) = action.strip_prefix("stage.") {
            return Ok(Step::push(Stage {
                id: id.to_owned(),
                choosing: false,
            }));
        }
        Ok(match action {
            "add" => Step::push(Add::new(None)),
            _ => Step::stay(),
        })
    }
}

/// One stage: its items as toggles (done or not); "notes" lists them to open one.
struct Stage {
    id: String,
    /// Choosing an item to open (its note, removing one's own), instead of ticking.
    choosing: bool,
}

impl PageId for Stage {
    const ID: ScreenId = ScreenId::ChecklistStage;
}

impl Page for Stage {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let (list, stage) = stage(cx, &self.id)?;
        let mut view = damaged(cx, View::new(stage.title), &list);
        if self.choosing {
            view = view.text_t(cx, "checklist-choose-item");
        }
        let (done, not_done) = (cx.t("checklist-done"), cx.t("checklist-not-done"));
        for i in stage.items {
            view.actions.push(if self.choosing {
                Action {
                    id: key("item.", &i.id),
                    label: i.title,
                    detail: Some(if i.done {
                        done.clone()
                    } else {
                        not_done.clone()
                    }),
                    style: ActionStyle::Go,
                }
            } else {
                Action {
                    id: key("done.", &i.id),
                    label: i.title,
                    detail: i.note.map(|n| cx.t_text("checklist-your-note", "note", &n)),
                    style: ActionStyle::Toggle { on: i.done },
                }
            });
        }
        if !self.choosing {
            view =
                view.go_t(cx, "notes", "checklist-menu-note")
                    .go_t(cx, "add", "checklist-menu-add");
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(id) = action.strip_prefix("done.") {
            let (_, stage) = stage(cx, &self.id)?;
            let done = stage.items.iter().any(|i| i.id == id && i.done);
            cx.waymark.checklist_set_done(id.to_owned(), !done)?;
            // The toggle shows the change; under leave no trace, say it is not kept.
            return Ok(if cx.waymark.leave_no_trace_active() {
                Step::stay().told(cx.t("vault-kept-until-close"))
            } else {
                Step::stay()
            });
        }
        if let Some(id) = action.strip_prefix("item.") {
            return Ok(Step::push(Item::new(id)));
        }
        Ok(match action {
            "notes" => {
                self.choosing = true;
                Step::stay()
            }
            "add" => Step::push(Add::new(Some(self.id.clone()))),
            _ => Step::stay(),
        })
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if self.choosing {
            self.choosing = false;
            return Some(Step::stay());
        }
        None
    }

    fn read_aloud(&self, cx: &Cx, screen: &super::Screen) -> String {
        without_own_items(cx, screen, &screen.title)
    }
}

#[cfg(test)]
mod tests;
