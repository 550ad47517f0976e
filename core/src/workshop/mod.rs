//! Workshop mode: session plans built from the learning modules, a one-item-at-a-time
//! "present" view, running sessions (attendance, anonymous pre/post quiz scores,
//! show-of-hands tallies) kept through the [`Store`](crate::store::Store), and the M&E
//! export, aggregated per session with no personal data. Plans are TOML in
//! `content/workshop/plans.toml`; every text is in `l10n/<locale>/workshop.ftl`.

pub mod check;
mod export;
mod render;
mod session;

use std::sync::{Arc, Mutex};

use serde::Deserialize;

use crate::content::{Content, ContentError, ContentSource};
use crate::error::{ErrorKind, UserFacing};
use crate::learn::{Audience, LearnError};
use crate::store::StoreError;

pub use export::{ExportFormat, SessionSummary, export, summarize};
pub use render::{
    AgendaItemText, HandsText, PlanText, PresentText, plan_text, plans_text, present_text,
};
pub use session::{Phase, SessionRecord, Sessions, civil_date};

pub const PLANS: &str = "workshop/plans.toml";

#[derive(Debug, thiserror::Error)]
pub enum WorkshopError {
    #[error("unknown plan")]
    UnknownPlan,
    #[error("unknown session")]
    UnknownSession,
    #[error("unknown show-of-hands question")]
    UnknownHands,
    #[error("agenda item out of range")]
    UnknownItem,
    #[error("a score is out of range 0..={max}")]
    ScoreRange { max: u32 },
    #[error("missed counts must be given for all {count} questions")]
    MissedCount { count: u32 },
    #[error("no scores given")]
    NoScores,
    #[error("a count is negative")]
    NegativeCount,
    #[error("more scores than people present ({count})")]
    TooManyScores { count: u32 },
    #[error("a missed count is out of range 0..={max}")]
    MissedRange { max: u32 },
    #[error(transparent)]
    Number(#[from] crate::number::NumberError),
    #[error("the session has ended")]
    Ended,
    #[error("no finished sessions")]
    NoSessions,
    #[error("a saved session could not be read")]
    CorruptSession,
    #[error(transparent)]
    Learn(#[from] LearnError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::i18n::I18nError> for WorkshopError {
    fn from(e: crate::i18n::I18nError) -> Self {
        WorkshopError::Learn(LearnError::Message(e))
    }
}

impl UserFacing for WorkshopError {
    fn kind(&self) -> ErrorKind {
        match self {
            WorkshopError::UnknownPlan
            | WorkshopError::UnknownSession
            | WorkshopError::UnknownItem
            | WorkshopError::NoSessions => ErrorKind::NotFound,
            WorkshopError::UnknownHands
            | WorkshopError::ScoreRange { .. }
            | WorkshopError::MissedCount { .. }
            | WorkshopError::NoScores
            | WorkshopError::NegativeCount
            | WorkshopError::TooManyScores { .. }
            | WorkshopError::MissedRange { .. }
            | WorkshopError::Ended => ErrorKind::InvalidInput,
            WorkshopError::Number(e) => e.kind(),
            WorkshopError::CorruptSession => ErrorKind::Integrity,
            WorkshopError::Learn(e) => e.kind(),
            WorkshopError::Content(e) => e.kind(),
            WorkshopError::Store(e) => e.kind(),
        }
    }

    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            WorkshopError::UnknownPlan => ("workshop-error-unknown-plan", vec![]),
            WorkshopError::UnknownSession => ("workshop-error-unknown-session", vec![]),
            WorkshopError::UnknownHands => ("workshop-error-unknown-hands", vec![]),
            WorkshopError::ScoreRange { max } => {
                ("workshop-error-score-range", vec![("max", max.to_string())])
            }
            WorkshopError::MissedCount { count } => (
                "workshop-error-missed-count",
                vec![("count", count.to_string())],
            ),
            WorkshopError::NoScores => ("workshop-error-no-scores", vec![]),
            WorkshopError::NegativeCount => ("workshop-error-negative-count", vec![]),
            WorkshopError::TooManyScores { count } => (
                "workshop-error-too-many-scores",
                vec![("count", count.to_string())],
            ),
            WorkshopError::MissedRange { max } => (
                "workshop-error-missed-range",
                vec![("max", max.to_string())],
            ),
            WorkshopError::Number(e) => return e.detail_message(),
            WorkshopError::Ended => ("workshop-error-session-ended", vec![]),
            WorkshopError::NoSessions => ("workshop-error-no-sessions", vec![]),
            WorkshopError::UnknownItem | WorkshopError::CorruptSession => return None,
            WorkshopError::Learn(e) => return e.detail_message(),
            WorkshopError::Content(e) => return e.detail_message(),
            WorkshopError::Store(e) => return e.detail_message(),
        })
    }
}

/// A reusable agenda item; `module` links it to the learning module it teaches.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    #[serde(default)]
    pub module: Option<String>,
    pub title_msg: String,
    pub activity_msg: String,
    pub notes_msg: String,
    pub prompts_msgs: Vec<String>,
    pub cards_msgs: Vec<String>,
    /// The present view shows the plan's quiz questions with this item.
    #[serde(default)]
    pub shows_quiz: bool,
    /// The present view shows the plan's show-of-hands questions with this item.
    #[serde(default)]
    pub shows_hands: bool,
}

/// A show-of-hands question whose count a facilitator records.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hands {
    pub id: String,
    pub prompt_msg: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaEntry {
    pub item: String,
    pub minutes: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: String,
    pub audience: Audience,
    pub minutes: u32,
    pub title_msg: String,
    /// Module questions (`module/question`) asked before and after the session.
    pub quiz: Vec<String>,
    pub hands: Vec<String>,
    pub agenda: Vec<AgendaEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plans {
    pub items: Vec<Item>,
    pub hands: Vec<Hands>,
    pub plans: Vec<Plan>,
}

impl Plans {
    pub fn load(source: &ContentSource) -> Result<Self, ContentError> {
        source.parse_toml(PLANS)
    }

    /// The plans of a loaded content tree, parsed once per tree and process.
    pub fn of(content: &Arc<Content>) -> Result<Arc<Plans>, WorkshopError> {
        static CACHE: crate::learn::Cache<Plans> = Mutex::new(Vec::new());
        Ok(crate::learn::cached(&CACHE, content, |c| {
            Plans::load(&c.source)
        })?)
    }

    pub fn plan(&self, id: &str) -> Result<&Plan, WorkshopError> {
        self.plans
            .iter()
            .find(|p| p.id == id)
            .ok_or(WorkshopError::UnknownPlan)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn hands(&self, id: &str) -> Option<&Hands> {
        self.hands.iter().find(|h| h.id == id)
    }
}

impl Plan {
    /// The learning modules the agenda teaches, in agenda order.
    pub fn modules(&self, plans: &Plans) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for e in &self.agenda {
            if let Some(m) = plans.item(&e.item).and_then(|i| i.module.clone())
                && !out.contains(&m)
            {
                out.push(m);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
