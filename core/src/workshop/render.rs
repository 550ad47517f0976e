//! Plans as text in a language: the agenda for preparing, and the present view that
//! shows one large-text item at a time to a group.

use serde::Serialize;

use super::{Plan, Plans, WorkshopError};
use crate::content::Content;
use crate::i18n::Value;
use crate::learn::{Catalog, QuestionText, question_text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandsText {
    pub id: String,
    pub prompt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItemText {
    pub id: String,
    pub minutes: u32,
    /// The learning module this item teaches, if any.
    pub module: Option<String>,
    pub title: String,
    pub activity: String,
    pub notes: String,
    pub prompts: Vec<String>,
    pub cards: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanText {
    pub id: String,
    pub title: String,
    pub audience: String,
    pub minutes: u32,
    pub modules: Vec<String>,
    pub agenda: Vec<AgendaItemText>,
    /// The pre/post quiz; question ids are `module/question`.
    pub quiz: Vec<QuestionText>,
    pub hands: Vec<HandsText>,
}

/// One agenda item, large, for a group: the heading says where the session is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresentText {
    pub plan: String,
    /// 0-based position of this item; `total` items in all.
    pub index: u32,
    pub total: u32,
    pub heading: String,
    pub item: AgendaItemText,
    /// The quiz questions, on the quiz items.
    pub quiz: Vec<QuestionText>,
    /// The show-of-hands questions, on the item that asks them.
    pub hands: Vec<HandsText>,
}

fn text(content: &Content, chain: &[String], id: &str) -> Result<String, WorkshopError> {
    Ok(content.l10n.format(chain, id, None)?.text)
}

fn list(content: &Content, chain: &[String], ids: &[String]) -> Result<Vec<String>, WorkshopError> {
    ids.iter().map(|id| text(content, chain, id)).collect()
}

fn agenda_item(
    content: &Content,
    plans: &Plans,
    chain: &[String],
    item: &str,
    minutes: u32,
) -> Result<AgendaItemText, WorkshopError> {
    let i = plans.item(item).ok_or(WorkshopError::UnknownItem)?;
    Ok(AgendaItemText {
        id: i.id.clone(),
        minutes,
        module: i.module.clone(),
        title: text(content, chain, &i.title_msg)?,
        activity: text(content, chain, &i.activity_msg)?,
        notes: text(content, chain, &i.notes_msg)?,
        prompts: list(content, chain, &i.prompts_msgs)?,
        cards: list(content, chain, &i.cards_msgs)?,
    })
}

fn quiz(
    content: &Content,
    catalog: &Catalog,
    chain: &[String],
    plan: &Plan,
) -> Result<Vec<QuestionText>, WorkshopError> {
    plan.quiz
        .iter()
        .map(|r| {
            let (_, q) = catalog.question(r).ok_or(WorkshopError::UnknownItem)?;
            Ok(question_text(content, chain, q, r.clone())?)
        })
        .collect()
}

fn hands(
    content: &Content,
    plans: &Plans,
    chain: &[String],
    plan: &Plan,
) -> Result<Vec<HandsText>, WorkshopError> {
    plan.hands
        .iter()
        .map(|id| {
            let h = plans.hands(id).ok_or(WorkshopError::UnknownHands)?;
            Ok(HandsText {
                id: h.id.clone(),
                prompt: text(content, chain, &h.prompt_msg)?,
            })
        })
        .collect()
}

pub fn plan_text(
    content: &Content,
    catalog: &Catalog,
    plans: &Plans,
    id: &str,
    chain: &[String],
) -> Result<PlanText, WorkshopError> {
    let plan = plans.plan(id)?;
    Ok(PlanText {
        id: plan.id.clone(),
        title: content
            .l10n
            .format_with(
                chain,
                &plan.title_msg,
                &[("minutes", Value::from(plan.minutes))],
            )?
            .text,
        audience: plan.audience.as_str().to_owned(),
        minutes: plan.minutes,
        modules: plan.modules(plans),
        agenda: plan
            .agenda
            .iter()
            .map(|e| agenda_item(content, plans, chain, &e.item, e.minutes))
            .collect::<Result<_, _>>()?,
        quiz: quiz(content, catalog, chain, plan)?,
        hands: hands(content, plans, chain, plan)?,
    })
}

pub fn plans_text(
    content: &Content,
    catalog: &Catalog,
    plans: &Plans,
    chain: &[String],
) -> Result<Vec<PlanText>, WorkshopError> {
    plans
        .plans
        .iter()
        .map(|p| plan_text(content, catalog, plans, &p.id, chain))
        .collect()
}

pub fn present_text(
    content: &Content,
    catalog: &Catalog,
    plans: &Plans,
    id: &str,
    index: u32,
    chain: &[String],
) -> Result<PresentText, WorkshopError> {
    let plan = plans.plan(id)?;
    let entry = plan
        .agenda
        .get(index as usize)
        .ok_or(WorkshopError::UnknownItem)?;
    let item = plans.item(&entry.item).ok_or(WorkshopError::UnknownItem)?;
    let total = plan.agenda.len() as u32;
    let heading = content
        .l10n
        .format_with(
            chain,
            "workshop-present-heading",
            &[
                ("number", Value::from(index + 1)),
                ("total", Value::from(total)),
                ("minutes", Value::from(entry.minutes)),
            ],
        )?
        .text;
    Ok(PresentText {
        plan: plan.id.clone(),
        index,
        total,
        heading,
        item: agenda_item(content, plans, chain, &entry.item, entry.minutes)?,
        quiz: if item.shows_quiz {
            quiz(content, catalog, chain, plan)?
        } else {
            Vec::new()
        },
        hands: if item.shows_hands {
            hands(content, plans, chain, plan)?
        } else {
            Vec::new()
        },
    })
}
