//! The safe-migration checklist on the facade: localized stages and items, and the
//! person's ticks, own items and private notes (saved in the vault through `store()`).

use waymark_core::checklist::{Checklist, Title};

use crate::{Waymark, WaymarkError};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChecklistView {
    pub stages: Vec<ChecklistStageView>,
    /// Saved entries that failed their integrity check and are not shown (0 normally).
    pub damaged: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChecklistStageView {
    /// `before_you_go`, `on_the_journey`, `on_arrival`, `if_things_go_wrong`.
    pub id: String,
    pub title: String,
    pub items: Vec<ChecklistItemView>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChecklistItemView {
    pub id: String,
    /// Localized for template items; the person's own words for their own items.
    pub title: String,
    pub done: bool,
    /// Added by the person (can be removed).
    pub custom: bool,
    /// The person's private note, if any.
    pub note: Option<String>,
    /// The learning module that explains this item (template items only).
    pub module: Option<String>,
}

impl Waymark {
    fn checklist_template(&self) -> Result<Checklist, WaymarkError> {
        Checklist::load(self.content()).map_err(|e| self.error(&e))
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    pub fn checklist(&self) -> Result<ChecklistView, WaymarkError> {
        let template = self.checklist_template()?;
        let store = self.store_for_reading()?;
        let view = template.view(&*store).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let text = |id: &str| self.content().l10n.text(&chain, id);
        Ok(ChecklistView {
            damaged: u32::try_from(view.damaged).unwrap_or(u32::MAX),
            stages: view
                .stages
                .into_iter()
                .map(|s| ChecklistStageView {
                    title: text(&s.title_msg),
                    id: s.id,
                    items: s
                        .items
                        .into_iter()
                        .map(|i| ChecklistItemView {
                            title: match &i.title {
                                Title::Message(id) => text(id),
                                Title::Text(t) => t.clone(),
                            },
                            id: i.id,
                            done: i.done,
                            custom: i.custom,
                            note: i.note,
                            module: i.module,
                        })
                        .collect(),
                })
                .collect(),
        })
    }

    /// Adds the person's own item to a stage; returns the new item's id.
    pub fn checklist_add(&self, stage: String, text: String) -> Result<String, WaymarkError> {
        let template = self.checklist_template()?;
        let store = self.store()?;
        template
            .add(&*store, &stage, &text)
            .map_err(|e| self.error(&e))
    }

    pub fn checklist_set_done(&self, item: String, done: bool) -> Result<(), WaymarkError> {
        let template = self.checklist_template()?;
        let store = self.store()?;
        template
            .set_done(&*store, &item, done)
            .map_err(|e| self.error(&e))
    }

    /// Sets the private note on an item; an empty note removes it.
    pub fn checklist_set_note(&self, item: String, note: String) -> Result<(), WaymarkError> {
        let template = self.checklist_template()?;
        let store = self.store()?;
        template
            .set_note(&*store, &item, &note)
            .map_err(|e| self.error(&e))
    }

    /// Removes one of the person's own items.
    pub fn checklist_remove(&self, item: String) -> Result<(), WaymarkError> {
        let template = self.checklist_template()?;
        let store = self.store()?;
        template.remove(&*store, &item).map_err(|e| self.error(&e))
    }
}
