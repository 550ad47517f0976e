//! Learning: the awareness modules (lessons, a regional scenario, a quiz), the tracks that
//! offer them to each audience, scoring with explanations, and progress kept in the
//! [`Store`](crate::store::Store). Structure is TOML under `content/learn/`; every text is a
//! Fluent message in `l10n/<locale>/learn.ftl`, the stories in `stories.ftl`.

pub mod check;
mod glossary;
mod progress;
pub mod quiz;
mod render;

use std::sync::{Arc, Mutex, Weak};

use serde::{Deserialize, Serialize};

use crate::content::{Content, ContentError, ContentSource};
use crate::error::{ErrorKind, UserFacing};
use crate::i18n::I18nError;
use crate::store::StoreError;

pub use glossary::{GLOSSARY, Term, TermText, glossary_text};
pub use progress::{ModuleProgress, Progress};
pub use render::{
    ChoiceText, LessonText, ModuleSummaryText, ModuleText, QuestionText, ScenarioText, TrackText,
    module_text, modules_text, question_text, tracks_text,
};

/// Where the modules live, one TOML per module, plus the tracks.
pub const DIR: &str = "learn/";
pub const TRACKS: &str = "learn/tracks.toml";
/// The macro-regions (Caribbean, West Africa, ...) whose countries share a story when
/// their own country has none.
pub const REGIONS: &str = "learn/regions.toml";
/// The scenario every module has; a region with no variant of its own gets this one.
pub const GENERAL: &str = "general";

#[derive(Debug, thiserror::Error)]
pub enum LearnError {
    #[error("unknown module")]
    UnknownModule,
    #[error("unknown lesson")]
    UnknownLesson,
    #[error("unknown audience")]
    UnknownAudience,
    #[error("a region is a two-letter country code")]
    BadRegion,
    #[error("the quiz has {count} questions")]
    AnswerCount { count: usize },
    #[error("an answer is not one of the choices")]
    UnknownChoice,
    #[error("saved progress could not be read")]
    CorruptProgress,
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Message(#[from] I18nError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl UserFacing for LearnError {
    fn kind(&self) -> ErrorKind {
        match self {
            LearnError::UnknownModule | LearnError::UnknownLesson => ErrorKind::NotFound,
            LearnError::UnknownAudience
            | LearnError::BadRegion
            | LearnError::AnswerCount { .. }
            | LearnError::UnknownChoice => ErrorKind::InvalidInput,
            LearnError::CorruptProgress => ErrorKind::Integrity,
            LearnError::Content(e) => e.kind(),
            // A message the content lacks is broken content, not a person's mistake.
            LearnError::Message(I18nError::UnknownMessage(_)) => ErrorKind::Content,
            LearnError::Message(e) => e.kind(),
            LearnError::Store(e) => e.kind(),
        }
    }

    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            LearnError::UnknownModule => ("learn-error-unknown-module", vec![]),
            LearnError::UnknownLesson => ("learn-error-unknown-lesson", vec![]),
            LearnError::UnknownAudience => ("learn-error-unknown-audience", vec![]),
            LearnError::BadRegion => ("learn-error-bad-region", vec![]),
            LearnError::AnswerCount { count } => (
                "learn-error-answer-count",
                vec![("count", count.to_string())],
            ),
            LearnError::UnknownChoice => ("learn-error-unknown-choice", vec![]),
            LearnError::CorruptProgress => return None,
            LearnError::Content(e) => return e.detail_message(),
            LearnError::Message(I18nError::UnknownMessage(_)) => return None,
            LearnError::Message(e) => return e.detail_message(),
            LearnError::Store(e) => return e.detail_message(),
        })
    }
}

/// Who a module or a track is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Migrants,
    Students,
    Leaders,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Migrants, Audience::Students, Audience::Leaders];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Migrants => "migrants",
            Audience::Students => "students",
            Audience::Leaders => "leaders",
        }
    }

    pub fn parse(s: &str) -> Result<Self, LearnError> {
        Audience::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or(LearnError::UnknownAudience)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleMeta {
    pub id: String,
    pub order: u32,
    pub title_msg: String,
    pub summary_msg: String,
    pub audiences: Vec<Audience>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title_msg: String,
    pub body_msg: String,
    pub points_msgs: Vec<String>,
    pub source: String,
    pub last_verified: String,
}

/// A story set where the reader lives. `regions` are the ISO 3166 countries whose readers
/// get it first (where it is set); `macro_region` names the macro-region whose other
/// countries get it when they have no story of their own. The general scenario has
/// neither.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub regions: Vec<String>,
    #[serde(default)]
    pub macro_region: Option<String>,
    pub title_msg: String,
    pub body_msg: String,
}

/// A group of neighbouring countries, `learn/regions.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MacroRegion {
    pub id: String,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    pub(crate) regions: Vec<MacroRegion>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text_msg: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub prompt_msg: String,
    pub choices: Vec<Choice>,
    pub answer: String,
    pub explanation_msg: String,
    pub source: String,
    pub last_verified: String,
}

/// One module file, `learn/<id>.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub module: ModuleMeta,
    pub lessons: Vec<Lesson>,
    pub scenarios: Vec<Scenario>,
    pub quiz: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: Audience,
    pub title_msg: String,
    pub summary_msg: String,
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TracksFile {
    tracks: Vec<Track>,
}

/// A person's answers to one module's quiz, scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizScore {
    pub score: u32,
    pub total: u32,
    pub questions: Vec<QuestionScore>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionScore {
    pub id: String,
    pub chosen: String,
    pub answer: String,
    pub correct: bool,
}

impl Module {
    pub fn id(&self) -> &str {
        &self.module.id
    }

    pub fn serves(&self, audience: Audience) -> bool {
        self.module.audiences.contains(&audience)
    }

    pub fn lesson(&self, id: &str) -> Result<&Lesson, LearnError> {
        self.lessons
            .iter()
            .find(|l| l.id == id)
            .ok_or(LearnError::UnknownLesson)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.quiz.iter().find(|q| q.id == id)
    }

    /// The scenario for a region (an ISO country code such as `HT`): the story set in that
    /// country, else the story that serves its macro-region, else the general one. `None`
    /// when the content has no general scenario (the checker forbids that).
    pub fn scenario_for(
        &self,
        region: Option<&str>,
        macro_regions: &[MacroRegion],
    ) -> Option<&Scenario> {
        let own = |r: &str| {
            self.scenarios
                .iter()
                .find(|s| s.regions.iter().any(|c| c.eq_ignore_ascii_case(r)))
        };
        let shared = |r: &str| {
            let area = macro_regions
                .iter()
                .find(|m| m.countries.iter().any(|c| c.eq_ignore_ascii_case(r)))?;
            self.scenarios
                .iter()
                .find(|s| s.macro_region.as_deref() == Some(area.id.as_str()))
        };
        region
            .and_then(|r| own(r).or_else(|| shared(r)))
            .or_else(|| self.scenarios.iter().find(|s| s.id == GENERAL))
    }

    /// Scores answers given in question order (one choice id per question). Nothing is
    /// stored here; the caller decides whether to keep the best score.
    pub fn score(&self, answers: &[String]) -> Result<QuizScore, LearnError> {
        if answers.len() != self.quiz.len() {
            return Err(LearnError::AnswerCount {
                count: self.quiz.len(),
            });
        }
        let mut questions = Vec::with_capacity(self.quiz.len());
        for (q, chosen) in self.quiz.iter().zip(answers) {
            let chosen = chosen.trim().to_ascii_lowercase();
            if !q.choices.iter().any(|c| c.id == chosen) {
                return Err(LearnError::UnknownChoice);
            }
            questions.push(QuestionScore {
                id: q.id.clone(),
                correct: chosen == q.answer,
                chosen,
                answer: q.answer.clone(),
            });
        }
        Ok(QuizScore {
            score: questions.iter().filter(|q| q.correct).count() as u32,
            total: questions.len() as u32,
            questions,
        })
    }
}

/// Every module and track of a content tree, parsed.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// In curriculum order.
    modules: Vec<Module>,
    tracks: Vec<Track>,
    macro_regions: Vec<MacroRegion>,
    glossary: Vec<Term>,
}

impl Catalog {
    pub fn load(source: &ContentSource) -> Result<Self, ContentError> {
        let mut modules = Vec::new();
        for (path, _) in source.under(DIR) {
            if path.ends_with(".toml") && path != TRACKS && path != REGIONS && path != GLOSSARY {
                modules.push(source.parse_toml::<Module>(path)?);
            }
        }
        modules.sort_by_key(|m| m.module.order);
        let tracks = source.parse_toml::<TracksFile>(TRACKS)?.tracks;
        // A content folder made before the glossary still loads (the checker asks for one).
        let glossary = match source.get(GLOSSARY) {
            Some(_) => source.parse_toml::<glossary::GlossaryFile>(GLOSSARY)?.terms,
            None => Vec::new(),
        };
        let macro_regions = source.parse_toml::<RegionsFile>(REGIONS)?.regions;
        Ok(Self {
            modules,
            tracks,
            macro_regions,
            glossary,
        })
    }

    /// The catalog of a loaded content tree, parsed once per tree and process.
    pub fn of(content: &Arc<Content>) -> Result<Arc<Catalog>, LearnError> {
        static CACHE: Cache<Catalog> = Mutex::new(Vec::new());
        Ok(cached(&CACHE, content, |c| Catalog::load(&c.source))?)
    }

    pub fn modules(&self) -> &[Module] {
        &self.modules
    }

    pub fn module(&self, id: &str) -> Result<&Module, LearnError> {
        self.modules
            .iter()
            .find(|m| m.module.id == id)
            .ok_or(LearnError::UnknownModule)
    }

    pub fn tracks(&self) -> &[Track] {
        &self.tracks
    }

    pub fn macro_regions(&self) -> &[MacroRegion] {
        &self.macro_regions
    }

    pub fn glossary(&self) -> &[Term] {
        &self.glossary
    }

    /// A question named `module/question`, as workshop quizzes refer to them.
    pub fn question(&self, reference: &str) -> Option<(&Module, &Question)> {
        let (module, question) = reference.split_once('/')?;
        let module = self.module(module).ok()?;
        Some((module, module.question(question)?))
    }
}

/// Checks and normalizes a region a person gave: an assigned ISO 3166-1 alpha-2 code, upper-cased.
pub fn parse_region(region: &str) -> Result<String, LearnError> {
    // The one rule for a typed country code, shared with find-help: `ZZ` and `USA` fail.
    crate::directory::query::parse_country(region).map_err(|_| LearnError::BadRegion)
}

/// Parsed content kept per loaded tree, so a screen never re-parses TOML.
pub(crate) type Cache<T> = Mutex<Vec<(Weak<Content>, Arc<T>)>>;

pub(crate) fn cached<T>(
    cache: &Cache<T>,
    content: &Arc<Content>,
    load: impl FnOnce(&Content) -> Result<T, ContentError>,
) -> Result<Arc<T>, ContentError> {
    let mut entries = match cache.lock() {
        Ok(e) => e,
        Err(poisoned) => poisoned.into_inner(),
    };
    entries.retain(|(w, _)| w.strong_count() > 0);
    if let Some((_, value)) = entries
        .iter()
        .find(|(w, _)| std::ptr::eq(w.as_ptr(), Arc::as_ptr(content)))
    {
        return Ok(value.clone());
    }
    let value = Arc::new(load(content)?);
    entries.push((Arc::downgrade(content), value.clone()));
    Ok(value)
}

#[cfg(test)]
mod tests;
