//! Learning on the facade: tracks, modules (lessons, the regional scenario, the quiz),
//! scoring with explanations, and progress kept in the vault.

use std::sync::Arc;

use serde::Serialize;
use waymark_core::learn::{self, Audience, Catalog, Progress};

use crate::{Waymark, WaymarkError};

/// The choice order of each module's quiz attempt in progress (memory only): the same
/// order on every screen of one attempt, a new one after each submit.
static ATTEMPTS: learn::quiz::Attempts<fn() -> u64> =
    learn::quiz::Attempts::new(learn::quiz::os_seed as fn() -> u64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GlossaryTermView {
    pub id: String,
    /// The word, e.g. "Debt bondage".
    pub term: String,
    /// What it means, in plain words.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleSummaryView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audiences: Vec<String>,
    pub lessons: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonView {
    pub id: String,
    pub title: String,
    pub body: String,
    /// Key points, shown and read as a list.
    pub points: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioView {
    /// The story: `general`, or the country it is set in (`ht`, `ng`, `ke`, ...).
    pub id: String,
    /// The region it was chosen for (`JM`), or `general` when the general one is shown.
    pub region: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizQuestionView {
    pub id: String,
    pub prompt: String,
    pub choices: Vec<ChoiceView>,
    /// The id of the right choice.
    pub answer: String,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonView>,
    pub scenario: ScenarioView,
    pub quiz: Vec<QuizQuestionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionResultView {
    pub id: String,
    pub chosen: String,
    pub answer: String,
    pub correct: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizResultView {
    pub module: String,
    pub score: u32,
    pub total: u32,
    /// The best score so far, this attempt included.
    pub best_score: u32,
    pub questions: Vec<QuestionResultView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleProgressView {
    pub module: String,
    pub lessons_seen: Vec<String>,
    pub lessons_total: u32,
    pub best_score: Option<u32>,
    pub quiz_total: u32,
}

impl From<learn::QuestionText> for QuizQuestionView {
    fn from(q: learn::QuestionText) -> Self {
        Self {
            id: q.id,
            prompt: q.prompt,
            choices: q
                .choices
                .into_iter()
                .map(|c| ChoiceView {
                    id: c.id,
                    text: c.text,
                })
                .collect(),
            answer: q.answer,
            explanation: q.explanation,
        }
    }
}

impl From<learn::ModuleText> for ModuleView {
    fn from(m: learn::ModuleText) -> Self {
        Self {
            id: m.id,
            title: m.title,
            summary: m.summary,
            lessons: m
                .lessons
                .into_iter()
                .map(|l| LessonView {
                    id: l.id,
                    title: l.title,
                    body: l.body,
                    points: l.points,
                })
                .collect(),
            scenario: ScenarioView {
                id: m.scenario.id,
                region: m.scenario.region,
                title: m.scenario.title,
                body: m.scenario.body,
            },
            quiz: m.quiz.into_iter().map(QuizQuestionView::from).collect(),
        }
    }
}

impl Waymark {
    /// The lesson opened last in a module, for the app's "Continue" (not exported). Read
    /// like progress: nothing when it cannot be read.
    pub(crate) fn learn_last_lesson(&self, module: &str) -> Option<String> {
        let store = self.store_for_reading().ok()?;
        Progress::new(store.as_ref()).get(module).ok()?.last_lesson
    }
}

fn progress_view(catalog: &Catalog, p: learn::ModuleProgress) -> ModuleProgressView {
    let lessons_total = catalog
        .module(&p.module)
        .map(|m| m.lessons.len() as u32)
        .unwrap_or(0);
    ModuleProgressView {
        module: p.module,
        lessons_seen: p.lessons_seen.into_iter().collect(),
        lessons_total,
        best_score: p.best_score,
        quiz_total: p.quiz_total,
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// The learning tracks, one per audience (`migrants`, `students`, `leaders`).
    pub fn learn_tracks(&self) -> Result<Vec<TrackView>, WaymarkError> {
        let catalog = self.catalog()?;
        let tracks = learn::tracks_text(self.content(), &catalog, &self.chain())
            .map_err(|e| self.error(&e))?;
        Ok(tracks
            .into_iter()
            .map(|t| TrackView {
                id: t.id,
                title: t.title,
                summary: t.summary,
                modules: t.modules,
            })
            .collect())
    }

    /// The modules of an audience's track, or every module.
    pub fn learn_modules(
        &self,
        audience: Option<String>,
    ) -> Result<Vec<ModuleSummaryView>, WaymarkError> {
        let audience = audience
            .map(|a| Audience::parse(&a))
            .transpose()
            .map_err(|e| self.error(&e))?;
        let catalog = self.catalog()?;
        let modules = learn::modules_text(self.content(), &catalog, &self.chain(), audience)
            .map_err(|e| self.error(&e))?;
        Ok(modules
            .into_iter()
            .map(|m| ModuleSummaryView {
                id: m.id,
                title: m.title,
                summary: m.summary,
                audiences: m.audiences,
                lessons: m.lessons,
            })
            .collect())
    }

    /// One module in the current language. The scenario is the variant for `region` (a
    /// two-letter country code), else for the language's region (`en-JM`), else general.
    /// Each question's choices come in this attempt's order (the same until the quiz is
    /// submitted, then a new one); answers are given and scored by choice id.
    pub fn learn_module(
        &self,
        id: String,
        region: Option<String>,
    ) -> Result<ModuleView, WaymarkError> {
        let region = match region {
            Some(r) => Some(learn::parse_region(&r).map_err(|e| self.error(&e))?),
            None => self.region(),
        };
        let catalog = self.catalog()?;
        let mut module = learn::module_text(
            self.content(),
            &catalog,
            &id,
            &self.chain(),
            region.as_deref(),
        )
        .map_err(|e| self.error(&e))?;
        learn::quiz::shuffle_choices(&mut module.quiz, ATTEMPTS.seed(&module.id));
        Ok(ModuleView::from(module))
    }

    /// The words lessons and explanations use (debt bondage, grooming, ...), each with a
    /// plain definition, in the current language.
    pub fn learn_glossary(&self) -> Result<Vec<GlossaryTermView>, WaymarkError> {
        let catalog = self.catalog()?;
        let terms = learn::glossary_text(self.content(), catalog.glossary(), &self.chain())
            .map_err(|e| self.error(&e))?;
        Ok(terms
            .into_iter()
            .map(|t| GlossaryTermView {
                id: t.id,
                term: t.term,
                text: t.text,
            })
            .collect())
    }

    /// Records that a lesson was seen (in the vault).
    pub fn learn_lesson_seen(
        &self,
        module: String,
        lesson: String,
    ) -> Result<ModuleProgressView, WaymarkError> {
        let catalog = self.catalog()?;
        let store = self.store()?;
        let p = Progress::new(store.as_ref())
            .mark_seen(&catalog, &module, &lesson)
            .map_err(|e| self.error(&e))?;
        Ok(progress_view(&catalog, p))
    }

    /// Scores a module's quiz (one choice id per question, in order), with an explanation
    /// for every question, and keeps the best score. The answers themselves are not kept.
    pub fn learn_submit_quiz(
        &self,
        module: String,
        answers: Vec<String>,
    ) -> Result<QuizResultView, WaymarkError> {
        let catalog = self.catalog()?;
        let m = catalog.module(&module).map_err(|e| self.error(&e))?;
        let score = m.score(&answers).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let mut questions = Vec::with_capacity(score.questions.len());
        for (q, s) in m.quiz.iter().zip(&score.questions) {
            let explanation = self
                .content()
                .l10n
                .format(&chain, &q.explanation_msg, None)
                .map_err(|e| self.error(&e))?
                .text;
            questions.push(QuestionResultView {
                id: s.id.clone(),
                chosen: s.chosen.clone(),
                answer: s.answer.clone(),
                correct: s.correct,
                explanation,
            });
        }
        let store = self.store()?;
        let p = Progress::new(store.as_ref())
            .record_score(&catalog, &module, &score)
            .map_err(|e| self.error(&e))?;
        // The next attempt shows the choices in a new order.
        ATTEMPTS.finish(&module);
        Ok(QuizResultView {
            module,
            score: score.score,
            total: score.total,
            best_score: p.best_score.unwrap_or(score.score),
            questions,
        })
    }

    /// Progress for every module that has some, in curriculum order.
    pub fn learn_progress(&self) -> Result<Vec<ModuleProgressView>, WaymarkError> {
        let catalog = self.catalog()?;
        let store = self.store_for_reading()?;
        let all = Progress::new(store.as_ref())
            .all(&catalog)
            .map_err(|e| self.error(&e))?;
        Ok(all
            .into_iter()
            .map(|p| progress_view(&catalog, p))
            .collect())
    }

    /// Forgets learning progress only; nothing else saved is touched.
    pub fn learn_clear_progress(&self) -> Result<(), WaymarkError> {
        // With no vault yet there is nothing to clear, and clearing creates none.
        let store = self.store_for_reading()?;
        Progress::new(store.as_ref())
            .clear()
            .map_err(|e| self.error(&e))
    }
}

impl Waymark {
    pub(crate) fn catalog(&self) -> Result<Arc<Catalog>, WaymarkError> {
        Catalog::of(self.content()).map_err(|e| self.error(&e))
    }
}
