//! Content rules for session plans: a plan per audience for 45, 90 and 120 minutes,
//! agendas whose minutes add up, and references to items, modules, quiz questions and
//! show-of-hands questions that exist.

use super::{PLANS, Plans};
use crate::content::ContentSource;
use crate::content::check::{Messages, Problem, line_of};
use crate::learn::{Audience, Catalog};

pub const DURATIONS: [u32; 3] = [45, 90, 120];

pub fn validate(source: &ContentSource, _messages: &Messages) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(text) = source.get(PLANS) else {
        if source.under(crate::learn::DIR).next().is_some() {
            problems.push(Problem::new(PLANS, None, None, "missing"));
        }
        return problems;
    };
    let Ok(value) = toml::from_str::<toml::Value>(text) else {
        return problems; // reported by the generic TOML check
    };
    let plans: Plans = match value.try_into() {
        Ok(p) => p,
        Err(e) => {
            problems.push(Problem::new(
                PLANS,
                None,
                None,
                format!("not a plans file: {e}"),
            ));
            return problems;
        }
    };
    // Module references are checked only when the modules themselves load.
    let catalog = Catalog::load(source).ok();
    let mut problem = |needle: &str, id: &str, what: String| {
        problems.push(Problem::new(PLANS, line_of(text, needle), Some(id), what));
    };
    for audience in Audience::ALL {
        for minutes in DURATIONS {
            if !plans
                .plans
                .iter()
                .any(|p| p.audience == audience && p.minutes == minutes)
            {
                problem(
                    "[[plans]]",
                    audience.as_str(),
                    format!("no {minutes}-minute plan for this audience"),
                );
            }
        }
    }
    if let Some(catalog) = &catalog {
        for item in &plans.items {
            if let Some(m) = &item.module
                && catalog.module(m).is_err()
            {
                problem(
                    &item.title_msg,
                    &item.id,
                    format!("item names unknown module `{m}`"),
                );
            }
        }
    }
    for plan in &plans.plans {
        let needle = format!("id = \"{}\"", plan.id);
        let total: u32 = plan.agenda.iter().map(|e| e.minutes).sum();
        if total != plan.minutes {
            problem(
                &needle,
                &plan.id,
                format!("agenda takes {total} minutes, the plan {}", plan.minutes),
            );
        }
        for e in &plan.agenda {
            if plans.item(&e.item).is_none() {
                problem(
                    &needle,
                    &plan.id,
                    format!("agenda names unknown item `{}`", e.item),
                );
            }
        }
        if plan.quiz.is_empty() {
            problem(&needle, &plan.id, "the plan has no quiz questions".into());
        }
        if let Some(catalog) = &catalog {
            for q in &plan.quiz {
                if catalog.question(q).is_none() {
                    problem(
                        &needle,
                        &plan.id,
                        format!("quiz names unknown question `{q}`"),
                    );
                }
            }
        }
        for h in &plan.hands {
            if plans.hands(h).is_none() {
                problem(
                    &needle,
                    &plan.id,
                    format!("names unknown show-of-hands question `{h}`"),
                );
            }
        }
    }
    problems
}
