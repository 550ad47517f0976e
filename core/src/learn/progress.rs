//! What a person has done: lessons seen and the best quiz score per module. Kept through
//! the [`Store`] (the encrypted vault), one record per module; it can be cleared on its own.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Catalog, LearnError, QuizScore};
use crate::store::Store;

/// The store collection; nothing else is kept under it.
pub const COLLECTION: &str = "learn_progress";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleProgress {
    pub module: String,
    pub lessons_seen: BTreeSet<String>,
    /// Right answers in the best attempt, if the quiz was ever taken.
    pub best_score: Option<u32>,
    pub quiz_total: u32,
    /// The lesson opened last, so reopening the module can continue there. Progress saved
    /// before this field has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_lesson: Option<String>,
}

pub struct Progress<'a> {
    store: &'a dyn Store,
}

impl<'a> Progress<'a> {
    pub fn new(store: &'a dyn Store) -> Self {
        Self { store }
    }

    pub fn get(&self, module: &str) -> Result<ModuleProgress, LearnError> {
        match self.store.get(COLLECTION, module)? {
            None => Ok(ModuleProgress {
                module: module.to_owned(),
                ..ModuleProgress::default()
            }),
            Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| LearnError::CorruptProgress),
        }
    }

    fn put(&self, p: &ModuleProgress) -> Result<(), LearnError> {
        let bytes = serde_json::to_vec(p).map_err(|_| LearnError::CorruptProgress)?;
        Ok(self.store.put(COLLECTION, &p.module, &bytes)?)
    }

    /// Records that a lesson was seen, and that it is the one opened last. Unknown ids are
    /// refused before anything is written.
    pub fn mark_seen(
        &self,
        catalog: &Catalog,
        module: &str,
        lesson: &str,
    ) -> Result<ModuleProgress, LearnError> {
        let m = catalog.module(module)?;
        m.lesson(lesson)?;
        let mut p = self.get(module)?;
        let new = p.lessons_seen.insert(lesson.to_owned());
        if new || p.last_lesson.as_deref() != Some(lesson) {
            p.last_lesson = Some(lesson.to_owned());
            self.put(&p)?;
        }
        Ok(p)
    }

    /// Keeps the score if it beats the best so far. Only the number is kept, never answers.
    pub fn record_score(
        &self,
        catalog: &Catalog,
        module: &str,
        score: &QuizScore,
    ) -> Result<ModuleProgress, LearnError> {
        catalog.module(module)?;
        let mut p = self.get(module)?;
        if p.best_score.is_none_or(|b| score.score > b) || p.quiz_total != score.total {
            p.best_score = Some(score.score.max(if p.quiz_total == score.total {
                p.best_score.unwrap_or(0)
            } else {
                0
            }));
            p.quiz_total = score.total;
            self.put(&p)?;
        }
        Ok(p)
    }

    /// Progress for every module that has some, in curriculum order.
    pub fn all(&self, catalog: &Catalog) -> Result<Vec<ModuleProgress>, LearnError> {
        let mut out = Vec::new();
        for m in catalog.modules() {
            let p = self.get(m.id())?;
            if !p.lessons_seen.is_empty() || p.best_score.is_some() {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// Forgets all learning progress and nothing else.
    pub fn clear(&self) -> Result<(), LearnError> {
        Ok(self.store.clear(COLLECTION)?)
    }
}
