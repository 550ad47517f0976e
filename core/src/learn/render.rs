//! Modules as text in a language: what a screen shows and text-to-speech reads.

use serde::Serialize;

use super::{Audience, Catalog, GENERAL, LearnError, Module};
use crate::content::Content;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackText {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleSummaryText {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audiences: Vec<String>,
    pub lessons: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonText {
    pub id: String,
    pub title: String,
    pub body: String,
    /// The key points, read as a list.
    pub points: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioText {
    /// The story's id: `general`, or the country it is set in (`ht`, `ng`, ...).
    pub id: String,
    /// The region the variant was chosen for (`JM`), or `general` when none matched.
    pub region: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceText {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionText {
    pub id: String,
    pub prompt: String,
    pub choices: Vec<ChoiceText>,
    pub answer: String,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleText {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonText>,
    pub scenario: ScenarioText,
    pub quiz: Vec<QuestionText>,
}

/// Formats one message; content the checker proved complete, so a miss is a content error.
pub(crate) fn text(content: &Content, chain: &[String], id: &str) -> Result<String, LearnError> {
    Ok(content.l10n.format(chain, id, None)?.text)
}

pub fn tracks_text(
    content: &Content,
    catalog: &Catalog,
    chain: &[String],
) -> Result<Vec<TrackText>, LearnError> {
    catalog
        .tracks()
        .iter()
        .map(|t| {
            Ok(TrackText {
                id: t.id.as_str().to_owned(),
                title: text(content, chain, &t.title_msg)?,
                summary: text(content, chain, &t.summary_msg)?,
                modules: t.modules.clone(),
            })
        })
        .collect()
}

/// The modules for an audience (in its track's order), or all modules in curriculum order.
pub fn modules_text(
    content: &Content,
    catalog: &Catalog,
    chain: &[String],
    audience: Option<Audience>,
) -> Result<Vec<ModuleSummaryText>, LearnError> {
    let modules: Vec<&Module> = match audience {
        None => catalog.modules().iter().collect(),
        Some(a) => match catalog.tracks().iter().find(|t| t.id == a) {
            Some(track) => track
                .modules
                .iter()
                .map(|id| catalog.module(id))
                .collect::<Result<_, _>>()?,
            None => catalog.modules().iter().filter(|m| m.serves(a)).collect(),
        },
    };
    modules
        .into_iter()
        .map(|m| {
            Ok(ModuleSummaryText {
                id: m.module.id.clone(),
                title: text(content, chain, &m.module.title_msg)?,
                summary: text(content, chain, &m.module.summary_msg)?,
                audiences: m
                    .module
                    .audiences
                    .iter()
                    .map(|a| a.as_str().to_owned())
                    .collect(),
                lessons: m.lessons.len() as u32,
            })
        })
        .collect()
}

pub fn question_text(
    content: &Content,
    chain: &[String],
    q: &super::Question,
    id: String,
) -> Result<QuestionText, LearnError> {
    Ok(QuestionText {
        id,
        prompt: text(content, chain, &q.prompt_msg)?,
        choices: q
            .choices
            .iter()
            .map(|c| {
                Ok(ChoiceText {
                    id: c.id.clone(),
                    text: text(content, chain, &c.text_msg)?,
                })
            })
            .collect::<Result<_, LearnError>>()?,
        answer: q.answer.clone(),
        explanation: text(content, chain, &q.explanation_msg)?,
    })
}

/// One module with its lessons, the scenario for `region` (falling back to the general
/// one) and its quiz with answers and explanations.
pub fn module_text(
    content: &Content,
    catalog: &Catalog,
    id: &str,
    chain: &[String],
    region: Option<&str>,
) -> Result<ModuleText, LearnError> {
    let m = catalog.module(id)?;
    let scenario = m
        .scenario_for(region, catalog.macro_regions())
        .ok_or_else(|| {
            LearnError::Content(crate::content::ContentError::Invalid {
                file: format!("{}{}.toml", super::DIR, m.module.id),
                message: "no general scenario".into(),
            })
        })?;
    let scenario_region = match region {
        Some(r) if scenario.id != GENERAL => r.to_ascii_uppercase(),
        _ => GENERAL.to_owned(),
    };
    Ok(ModuleText {
        id: m.module.id.clone(),
        title: text(content, chain, &m.module.title_msg)?,
        summary: text(content, chain, &m.module.summary_msg)?,
        lessons: m
            .lessons
            .iter()
            .map(|l| {
                Ok(LessonText {
                    id: l.id.clone(),
                    title: text(content, chain, &l.title_msg)?,
                    body: text(content, chain, &l.body_msg)?,
                    points: l
                        .points_msgs
                        .iter()
                        .map(|p| text(content, chain, p))
                        .collect::<Result<_, _>>()?,
                })
            })
            .collect::<Result<_, LearnError>>()?,
        scenario: ScenarioText {
            id: scenario.id.clone(),
            region: scenario_region,
            title: text(content, chain, &scenario.title_msg)?,
            body: text(content, chain, &scenario.body_msg)?,
        },
        quiz: m
            .quiz
            .iter()
            .map(|q| question_text(content, chain, q, q.id.clone()))
            .collect::<Result<_, _>>()?,
    })
}
