//! The private safe-migration checklist: stages and items from content
//! (`content/checklist/stages.toml`), plus what the person does with them (ticks, own
//! items, notes), kept in the vault through [`Store`]. Template items follow the content;
//! the person's own items and notes are never dropped by a content update.

use std::collections::{BTreeMap, BTreeSet};

use rand::RngCore;
use serde::{Deserialize, Serialize};

use crate::content::check::{Messages, Problem, line_of};
use crate::content::{Content, ContentError, ContentSource};
use crate::error::{ErrorKind, UserFacing};
use crate::store::{Store, StoreError};

pub const FILE: &str = "checklist/stages.toml";
pub const COLLECTION: &str = "checklist";
/// The stages, in the order of a journey.
pub const STAGES: [&str; 4] = [
    "before_you_go",
    "on_the_journey",
    "on_arrival",
    "if_things_go_wrong",
];
/// The learning modules an item may link to.
pub const MODULES: [&str; 7] = [
    "trafficking_and_smuggling",
    "how_recruiters_lie",
    "rights_at_work",
    "warning_signs",
    "safe_migration",
    "getting_help",
    "for_leaders",
];
pub const TEXT_MAX: usize = 300;
pub const NOTE_MAX: usize = 2000;
/// Own items start with this, so they never clash with template ids.
const CUSTOM_PREFIX: &str = "my_";
/// Shown for a template item the content no longer has, when the person wrote a note on it.
pub const RETIRED_MSG: &str = "checklist-item-retired";

#[derive(Debug, thiserror::Error)]
pub enum ChecklistError {
    #[error("no such stage")]
    UnknownStage,
    #[error("no such item")]
    UnknownItem,
    #[error("the text is empty")]
    EmptyText,
    #[error("the text is too long")]
    TooLong { max: usize },
    #[error("only your own items can be removed")]
    NotCustom,
    #[error("a saved checklist entry is damaged")]
    Damaged,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Content(#[from] ContentError),
}

impl UserFacing for ChecklistError {
    fn kind(&self) -> ErrorKind {
        match self {
            ChecklistError::UnknownStage
            | ChecklistError::EmptyText
            | ChecklistError::TooLong { .. }
            | ChecklistError::NotCustom => ErrorKind::InvalidInput,
            ChecklistError::UnknownItem => ErrorKind::NotFound,
            ChecklistError::Damaged => ErrorKind::Integrity,
            ChecklistError::Store(e) => e.kind(),
            ChecklistError::Content(e) => e.kind(),
        }
    }

    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            ChecklistError::UnknownStage => ("checklist-error-unknown-stage", vec![]),
            ChecklistError::UnknownItem => ("checklist-error-unknown-item", vec![]),
            ChecklistError::EmptyText => ("checklist-error-empty", vec![]),
            ChecklistError::TooLong { max } => {
                ("checklist-error-too-long", vec![("max", max.to_string())])
            }
            ChecklistError::NotCustom => ("checklist-error-not-custom", vec![]),
            ChecklistError::Content(e) => return e.detail_message(),
            ChecklistError::Store(e) => return e.detail_message(),
            ChecklistError::Damaged => return None,
        })
    }
}

/// `content/checklist/stages.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub source: String,
    pub last_verified: String,
    pub stages: Vec<StageTemplate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageTemplate {
    pub id: String,
    pub title_msg: String,
    pub items: Vec<ItemTemplate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemTemplate {
    pub id: String,
    pub title_msg: String,
    /// The learning module that explains this item.
    pub module: String,
}

/// What is saved per item: for a template item only the person's state; for an own item
/// also its text. One record per item, so one damaged record costs one item at most.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Entry {
    stage: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default)]
    done: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    /// Order of own items (milliseconds since the epoch when added).
    #[serde(default)]
    created: u64,
}

/// An item's title: a message for template items, the person's words for their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Title {
    Message(String),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub title: Title,
    pub done: bool,
    pub custom: bool,
    pub note: Option<String>,
    pub module: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub id: String,
    pub title_msg: String,
    pub items: Vec<Item>,
}

/// The whole checklist as the person sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub stages: Vec<Stage>,
    /// Saved entries that failed their integrity check and are not shown.
    pub damaged: usize,
}

pub struct Checklist {
    template: Template,
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn clean(text: &str, max: usize) -> Result<String, ChecklistError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ChecklistError::EmptyText);
    }
    if t.chars().count() > max {
        return Err(ChecklistError::TooLong { max });
    }
    Ok(t.to_owned())
}

impl Checklist {
    pub fn load(content: &Content) -> Result<Self, ChecklistError> {
        Self::from_source(&content.source)
    }

    pub fn from_source(source: &ContentSource) -> Result<Self, ChecklistError> {
        Ok(Self {
            template: source.parse_toml(FILE)?,
        })
    }

    fn template_item(&self, id: &str) -> Option<(&StageTemplate, &ItemTemplate)> {
        self.template
            .stages
            .iter()
            .find_map(|s| s.items.iter().find(|i| i.id == id).map(|i| (s, i)))
    }

    /// The readable entries, and how many failed their integrity check (left out).
    fn entries(
        &self,
        store: &dyn Store,
    ) -> Result<(BTreeMap<String, Entry>, usize), ChecklistError> {
        let (records, mut damaged) = store.list_readable(COLLECTION)?;
        let mut entries = BTreeMap::new();
        for (id, bytes) in records {
            match serde_json::from_slice::<Entry>(&bytes) {
                Ok(e) => {
                    entries.insert(id, e);
                }
                Err(_) => damaged += 1,
            }
        }
        Ok((entries, damaged))
    }

    fn entry(&self, store: &dyn Store, id: &str) -> Result<Option<Entry>, ChecklistError> {
        match store.get(COLLECTION, id)? {
            None => Ok(None),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|_| ChecklistError::Damaged),
        }
    }

    fn save(&self, store: &dyn Store, id: &str, e: &Entry) -> Result<(), ChecklistError> {
        let bytes = serde_json::to_vec(e).map_err(|_| ChecklistError::Damaged)?;
        store.put(COLLECTION, id, &bytes)?;
        Ok(())
    }

    /// The whole checklist: each stage's template items in content order, then the
    /// person's own items in the order added.
    pub fn view(&self, store: &dyn Store) -> Result<View, ChecklistError> {
        let (mut entries, damaged) = self.entries(store)?;
        let mut stages: Vec<Stage> = self
            .template
            .stages
            .iter()
            .map(|s| Stage {
                id: s.id.clone(),
                title_msg: s.title_msg.clone(),
                items: s
                    .items
                    .iter()
                    .map(|i| {
                        let e = entries.remove(&i.id);
                        Item {
                            id: i.id.clone(),
                            title: Title::Message(i.title_msg.clone()),
                            done: e.as_ref().is_some_and(|e| e.done),
                            custom: false,
                            note: e.and_then(|e| e.note),
                            module: Some(i.module.clone()),
                        }
                    })
                    .collect(),
            })
            .collect();
        // What is left: own items, and template items the content no longer has. Nothing
        // the person wrote is dropped: an unknown stage falls back to the first one.
        let mut rest: Vec<(String, Entry)> = entries.into_iter().collect();
        rest.sort_by(|a, b| (a.1.created, &a.0).cmp(&(b.1.created, &b.0)));
        for (id, e) in rest {
            let title = match (&e.text, &e.note) {
                (Some(text), _) => Title::Text(text.clone()),
                (None, Some(_)) => Title::Message(RETIRED_MSG.to_owned()),
                (None, None) => continue,
            };
            let at = stages.iter().position(|s| s.id == e.stage).unwrap_or(0);
            if let Some(stage) = stages.get_mut(at) {
                stage.items.push(Item {
                    id,
                    title,
                    done: e.done,
                    custom: e.text.is_some(),
                    note: e.note,
                    module: None,
                });
            }
        }
        Ok(View { stages, damaged })
    }

    /// Adds the person's own item to `stage`; returns its id.
    pub fn add(
        &self,
        store: &dyn Store,
        stage: &str,
        text: &str,
    ) -> Result<String, ChecklistError> {
        if !self.template.stages.iter().any(|s| s.id == stage) {
            return Err(ChecklistError::UnknownStage);
        }
        let text = clean(text, TEXT_MAX)?;
        // Strictly after every item already there, even within one millisecond.
        let last = self
            .entries(store)?
            .0
            .values()
            .map(|e| e.created)
            .max()
            .unwrap_or(0);
        let created = now_ms().max(last.saturating_add(1));
        let mut n = [0u8; 5];
        rand::rngs::OsRng.fill_bytes(&mut n);
        let id = format!(
            "{CUSTOM_PREFIX}{}",
            n.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        self.save(
            store,
            &id,
            &Entry {
                stage: stage.to_owned(),
                text: Some(text),
                done: false,
                note: None,
                created,
            },
        )?;
        Ok(id)
    }

    /// The saved entry for `item`, or a new one for a template item (also when its saved
    /// entry is damaged: the person's new tick or note replaces what cannot be read).
    fn entry_for(&self, store: &dyn Store, item: &str) -> Result<Entry, ChecklistError> {
        match self.entry(store, item) {
            Ok(Some(e)) => return Ok(e),
            Ok(None) => {}
            Err(e) if e.kind() == ErrorKind::Integrity && self.template_item(item).is_some() => {}
            Err(e) => return Err(e),
        }
        match self.template_item(item) {
            Some((stage, _)) => Ok(Entry {
                stage: stage.id.clone(),
                text: None,
                done: false,
                note: None,
                created: 0,
            }),
            None => Err(ChecklistError::UnknownItem),
        }
    }

    pub fn set_done(
        &self,
        store: &dyn Store,
        item: &str,
        done: bool,
    ) -> Result<(), ChecklistError> {
        let mut e = self.entry_for(store, item)?;
        e.done = done;
        self.save(store, item, &e)
    }

    /// Sets the private note on an item; an empty note removes it.
    pub fn set_note(
        &self,
        store: &dyn Store,
        item: &str,
        note: &str,
    ) -> Result<(), ChecklistError> {
        let mut e = self.entry_for(store, item)?;
        e.note = match clean(note, NOTE_MAX) {
            Ok(n) => Some(n),
            Err(ChecklistError::EmptyText) => None,
            Err(other) => return Err(other),
        };
        if e.text.is_none() && !e.done && e.note.is_none() {
            store.delete(COLLECTION, item)?;
            return Ok(());
        }
        self.save(store, item, &e)
    }

    /// Removes one of the person's own items (template items can only be unticked).
    pub fn remove(&self, store: &dyn Store, item: &str) -> Result<(), ChecklistError> {
        match self.entry(store, item)? {
            Some(e) if e.text.is_some() => {
                store.delete(COLLECTION, item)?;
                Ok(())
            }
            Some(_) => Err(ChecklistError::NotCustom),
            None if self.template_item(item).is_some() => Err(ChecklistError::NotCustom),
            None => Err(ChecklistError::UnknownItem),
        }
    }
}

/// The content checker's rules for the checklist: the four stages in journey order, each
/// with items, unique snake_case item ids, each item linked to a known module, and a
/// source with its date.
pub fn validate(source: &ContentSource, _messages: &Messages) -> Vec<Problem> {
    let Some(text) = source.get(FILE) else {
        return vec![Problem::new(FILE, None, None, "missing")];
    };
    let template: Template = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            return vec![Problem::new(
                FILE,
                None,
                None,
                format!("TOML error: {}", e.message()),
            )];
        }
    };
    let mut problems = Vec::new();
    let ids: Vec<&str> = template.stages.iter().map(|s| s.id.as_str()).collect();
    if ids != STAGES {
        problems.push(Problem::new(
            FILE,
            None,
            None,
            format!("stages must be {} in that order", STAGES.join(", ")),
        ));
    }
    if template.source.trim().is_empty() || template.last_verified.trim().is_empty() {
        problems.push(Problem::new(
            FILE,
            None,
            None,
            "`source` and `last_verified` are required",
        ));
    }
    let mut seen = BTreeSet::new();
    for stage in &template.stages {
        if stage.items.is_empty() {
            problems.push(Problem::new(
                FILE,
                line_of(text, &format!("\"{}\"", stage.id)),
                Some(&stage.id),
                "a stage needs at least one item",
            ));
        }
        for item in &stage.items {
            let line = line_of(text, &format!("\"{}\"", item.id));
            let snake = !item.id.is_empty()
                && !item.id.starts_with(CUSTOM_PREFIX)
                && item
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !snake {
                problems.push(Problem::new(
                    FILE,
                    line,
                    Some(&item.id),
                    "item ids are snake_case and do not start with `my_`",
                ));
            }
            if !seen.insert(item.id.as_str()) {
                problems.push(Problem::new(
                    FILE,
                    line,
                    Some(&item.id),
                    "duplicate item id",
                ));
            }
            if !MODULES.contains(&item.module.as_str()) {
                problems.push(Problem::new(
                    FILE,
                    line,
                    Some(&item.id),
                    format!("unknown module `{}`", item.module),
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests;
