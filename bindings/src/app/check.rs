//! The self-check: a job offer (before leaving) or my situation (already travelling or
//! working). One question per screen with its progress; Back is the previous question.
//! The answers live in these pages only and are gone when the check is left; the report
//! says the risk, the signs found, what to find out and where to get help.

use std::collections::HashMap;

use waymark_core::ErrorKind;

use super::check_country::{self, Chosen, CountryForHelp};
use super::handoff::{Who, handoff_uri};
use super::{ActionStyle, Block, Cx, Nav, Page, PageId, ScreenId, Step, View, key};
use crate::{DimensionView, ScreenHelpView, ScreenReportView, WaymarkError};

const ANSWERS: &[(&str, &str)] = &[
    ("yes", "screening-answer-yes"),
    ("no", "screening-answer-no"),
    ("unsure", "screening-answer-unsure"),
];

pub(crate) fn start(cx: &Cx, kind: &str) -> Result<Step, WaymarkError> {
    // An unknown kind is refused here, before any screen shows.
    let questions = cx.waymark.screen_questions(kind.to_owned())?;
    Ok(Step::push(Check {
        kind: kind.to_owned(),
        ids: questions.questions.into_iter().map(|q| q.id).collect(),
        at: 0,
        answers: HashMap::new(),
    }))
}

/// One check in progress.
struct Check {
    kind: String,
    /// The question ids in order (the texts are read in the current language at render).
    ids: Vec<String>,
    /// The question on the screen.
    at: usize,
    /// `yes`, `no` or `unsure` by question id; a skipped question has none.
    answers: HashMap<String, String>,
}

impl Check {
    /// The next question, or the report after the last.
    fn next(&mut self, cx: &Cx) -> Result<Step, WaymarkError> {
        if self.at + 1 < self.ids.len() {
            self.at += 1;
            return Ok(Step::stay());
        }
        Ok(Step::push(Report::new(
            cx,
            self.kind.clone(),
            self.answers.clone(),
        )?))
    }
}

impl PageId for Check {
    const ID: ScreenId = ScreenId::CheckQuestion;
}

impl Page for Check {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let view = cx.waymark.screen_questions(self.kind.clone())?;
        let total = view.questions.len();
        let Some(q) = view.questions.get(self.at) else {
            return Err(cx.err(ErrorKind::InvalidInput, "screening-error-unknown-question"));
        };
        let progress = cx.t_nums(
            "screening-progress",
            &[("number", (self.at + 1) as f64), ("total", total as f64)],
        );
        let mut page = View::new(view.title)
            .block(Block::Progress {
                done: (self.at + 1) as u32,
                total: total as u32,
                label: progress,
            })
            .heading(q.text.clone())
            .note(q.help.clone());
        let current = self.answers.get(&q.id);
        for (answer, msg) in ANSWERS {
            page = page.action(
                format!("answer.{}.{answer}", q.id),
                cx.t(msg),
                ActionStyle::Choice {
                    selected: current.is_some_and(|a| a == answer),
                },
            );
        }
        Ok(page
            .go(key("skip.", &q.id), cx.t("screening-answer-skip"))
            .note_t(cx, "shell-check-privacy"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let Some(id) = self.ids.get(self.at).cloned() else {
            return Ok(Step::stay());
        };
        if let Some(rest) = action.strip_prefix("answer.")
            && let Some((question, answer)) = rest.rsplit_once('.')
            && question == id
        {
            self.answers.insert(id, answer.to_owned());
            return self.next(cx);
        }
        if action.strip_prefix("skip.") == Some(id.as_str()) {
            self.answers.remove(&id);
            return self.next(cx);
        }
        Ok(Step::stay())
    }

    fn back(&mut self, _cx: &Cx) -> Option<Step> {
        if self.at == 0 {
            return None;
        }
        self.at -= 1;
        Some(Step::stay())
    }
}

/// The report of a finished check. Its answers are a copy: Back returns to the last
/// question with the answers as they were.
struct Report {
    kind: String,
    answers: HashMap<String, String>,
    /// For help contacts: chosen by the person, or the region of their language.
    country: Chosen,
}

impl Report {
    fn new(cx: &Cx, kind: String, answers: HashMap<String, String>) -> Result<Self, WaymarkError> {
        let report = Self {
            kind,
            answers,
            country: Chosen::default(),
        };
        // The language's region (`KE` from `sw-KE`) picks help at once when it is a country.
        if let Some(region) = cx.waymark.region() {
            check_country::set(&report.country, Some(region));
            if report.report(cx).is_err() {
                check_country::set(&report.country, None);
            }
        }
        report.report(cx)?;
        Ok(report)
    }

    fn report(&self, cx: &Cx) -> Result<ScreenReportView, WaymarkError> {
        cx.waymark.screen_answer(
            self.kind.clone(),
            self.answers.clone(),
            check_country::get(&self.country),
        )
    }
}

impl PageId for Report {
    const ID: ScreenId = ScreenId::CheckReport;
}

impl Page for Report {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let r = self.report(cx)?;
        let serious = serious(&r.risk);
        let mut view = View::new_t(cx, "screening-report-title");
        view = if serious {
            view.block(Block::Warning { text: r.headline })
        } else {
            view.text(r.headline)
        };
        view = view.note_t(cx, "screening-not-a-finding");
        if !r.signals.is_empty() {
            view = view.heading_t(cx, "screening-signals-title");
            for s in &r.signals {
                view = view
                    .heading(s.title.clone())
                    .text(s.explanation.clone())
                    .text(cx.t_text("screening-next-step", "step", &s.next_step));
            }
        }
        view = dimensions(cx, view, &r.dimensions);
        if !r.find_out.is_empty() {
            view = view.heading_t(cx, "screening-find-out-title");
            for f in &r.find_out {
                view = view.text(f.text.clone());
            }
        }
        if serious {
            view = view.heading_t(cx, "screening-help-title");
            if r.help.is_empty() {
                view = view.note_t(cx, "screening-help-unavailable");
            }
            // The country first: the contacts below are its.
            view = view.go_t(cx, "country", "screening-country-ask");
            if let Some(last) = view.actions.last_mut() {
                last.detail = Some(check_country::label(cx, &self.country));
            }
            view = help_entries(view, &r.help);
        }
        let modules: Vec<String> = r.signals.iter().map(|s| s.module.clone()).collect();
        view = learn_links(cx, view, &modules);
        Ok(view
            .go_t(cx, "find_help", "directory-menu")
            .go_t(cx, "done", "screening-check-done"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(i) = action.strip_prefix("help.") {
            let help = self.report(cx)?.help;
            return Ok(help_step(cx, &help, i).unwrap_or_else(Step::stay));
        }
        if let Some(id) = action.strip_prefix("learn.") {
            return super::learn::open_module(cx, id);
        }
        match action {
            "country" => Ok(Step::push(CountryForHelp {
                chosen: self.country.clone(),
            })),
            // With a country, straight to its results (emergency first when urgent).
            "find_help" => match check_country::get(&self.country) {
                Some(country) => {
                    let urgent = self.report(cx)?.risk == "urgent";
                    super::help::results_for(cx, &country, urgent)
                }
                None => super::help::start(cx),
            },
            // Straight home, not back through every question; the answers are dropped.
            "done" => Ok(Step::to(Nav::Home)),
            _ => Ok(Step::stay()),
        }
    }
}

/// How many of each ILO/EC dimension's indicators the answers met, by tier: the counts the
/// risk comes from, for the areas with any. An area with enough is said to be one.
fn dimensions(cx: &Cx, mut view: View, dims: &[DimensionView]) -> View {
    let met: Vec<&DimensionView> = dims
        .iter()
        .filter(|d| d.strong + d.medium + d.weak > 0)
        .collect();
    if met.is_empty() {
        return view;
    }
    view = view.heading_t(cx, "screening-dimensions-title");
    for d in met {
        view = view.block(Block::Fact {
            label: cx.t(&format!("screening-dimension-{}", d.id.replace('_', "-"))),
            value: cx.t_nums(
                "screening-dimension-count",
                &[
                    ("count", f64::from(d.strong + d.medium + d.weak)),
                    ("strong", f64::from(d.strong)),
                    ("medium", f64::from(d.medium)),
                    ("weak", f64::from(d.weak)),
                ],
            ),
        });
        if d.positive {
            view = view.note_t(cx, "screening-dimension-met");
        }
    }
    view
}

pub(super) fn serious(risk: &str) -> bool {
    matches!(risk, "high" | "urgent")
}

/// Help contacts as actions (`help.<index>`), each through the warning before it leaves
/// the app; a walk-in place without a number is text.
pub(super) fn help_entries(mut view: View, help: &[ScreenHelpView]) -> View {
    for (i, h) in help.iter().enumerate() {
        if h.uri.is_some() {
            view = view.go(format!("help.{i}"), h.name.clone());
            if let Some(last) = view.actions.last_mut() {
                last.detail = Some(h.contact.clone());
            }
        } else if h.contact.is_empty() {
            view = view.text(h.name.clone());
        } else {
            view = view.block(Block::Fact {
                label: h.name.clone(),
                value: h.contact.clone(),
            });
        }
    }
    view
}

/// The handoff for `help.<index>`, saying whose number it is.
pub(super) fn help_step(cx: &Cx, help: &[ScreenHelpView], index: &str) -> Option<Step> {
    let h = help.get(index.parse::<usize>().ok()?)?;
    let uri = h.uri.as_deref()?;
    Some(handoff_uri(uri, Who::service(cx, &h.id, &h.name)))
}

/// "Learn more: <module>" for each module named once, when the module exists.
pub(super) fn learn_links(cx: &Cx, mut view: View, modules: &[String]) -> View {
    let Ok(all) = cx.waymark.learn_modules(None) else {
        return view;
    };
    let mut seen: Vec<&str> = Vec::new();
    for id in modules {
        if seen.contains(&id.as_str()) {
            continue;
        }
        seen.push(id);
        if let Some(m) = all.iter().find(|m| &m.id == id) {
            view = view.go(
                key("learn.", id),
                cx.t_text("screening-learn-more", "module", &m.title),
            );
        }
    }
    view
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::super::tests::Driver;
    use super::super::{Effect, Event, ScreenId};

    fn job_offer() -> Driver {
        let mut d = Driver::new();
        d.choose("check_job_offer");
        assert_eq!(d.screen.id, ScreenId::CheckQuestion);
        d
    }

    /// The id of the question on the screen.
    fn question(d: &Driver) -> String {
        d.ids()
            .iter()
            .find_map(|a| a.strip_prefix("skip.").map(str::to_owned))
            .unwrap_or_else(|| panic!("not a question: {:?}", d.ids()))
    }

    fn answer(d: &mut Driver, answer: &str) {
        let q = question(d);
        d.choose(&format!("answer.{q}.{answer}"));
    }

    /// Skips every question left until the report.
    fn skip_rest(d: &mut Driver) {
        while d.screen.id == ScreenId::CheckQuestion {
            let q = question(d);
            d.choose(&format!("skip.{q}"));
        }
        assert_eq!(d.screen.id, ScreenId::CheckReport);
    }

    fn selected(d: &Driver) -> Vec<String> {
        d.screen
            .actions
            .iter()
            .filter(|a| a.style == super::ActionStyle::Choice { selected: true })
            .map(|a| a.id.clone())
            .collect()
    }

    #[test]
    fn one_question_per_screen_with_progress_and_the_privacy_note() {
        let d = job_offer();
        assert_eq!(d.screen.title, "Check a job offer");
        let text = d.text();
        assert!(text.contains("Question 1 of 15"), "{text}");
        assert!(text.contains("Are you under 18?"), "{text}");
        assert!(text.contains("Nothing you answer is saved"), "{text}");
        assert!(d.screen.secure);
        assert!(d.screen.back.is_some());
        let labels: Vec<&str> = d.screen.actions.iter().map(|a| a.label.as_str()).collect();
        assert_eq!(labels, ["Yes", "No", "Not sure", "Skip"]);
        assert!(selected(&d).is_empty());
        let Some(super::Block::Progress { done, total, .. }) = d
            .screen
            .blocks
            .iter()
            .find(|b| matches!(b, super::Block::Progress { .. }))
        else {
            panic!("no progress")
        };
        assert_eq!((*done, *total), (1, 15));
    }

    /// The old terminal walk-through: under_18 No, pay_fee Yes, Back, Skip pay_fee, Not
    /// sure on the loan, Skip the rest.
    #[test]
    fn back_shows_the_answer_given_and_a_skip_takes_it_away() {
        let mut d = job_offer();
        answer(&mut d, "no");
        assert_eq!(question(&d), "pay_fee");
        assert!(d.text().contains("Question 2 of 15"));
        answer(&mut d, "yes");
        d.back();
        assert_eq!(d.screen.id, ScreenId::CheckQuestion);
        assert_eq!(question(&d), "pay_fee");
        assert_eq!(selected(&d), ["answer.pay_fee.yes"]);
        d.back();
        assert_eq!(selected(&d), ["answer.under_18.no"]);
        answer(&mut d, "no");
        d.choose("skip.pay_fee");
        answer(&mut d, "unsure");
        skip_rest(&mut d);
        let text = d.text();
        assert!(text.contains("What the check shows"), "{text}");
        assert!(!text.contains("You are asked to pay for the job"), "{text}");
        assert!(text.contains("Ask how much you would owe"), "{text}");
        // Back from the report: the last question, and the answers are still there.
        d.back();
        assert_eq!(d.screen.id, ScreenId::CheckQuestion);
        assert!(d.text().contains("Question 15 of 15"));
        for _ in 0..14 {
            d.back();
        }
        assert_eq!(question(&d), "under_18");
        assert_eq!(selected(&d), ["answer.under_18.no"]);
        // Back from the first question leaves the check; starting again starts empty.
        d.back();
        assert_eq!(d.screen.id, ScreenId::Home);
        d.choose("check_job_offer");
        assert!(selected(&d).is_empty());
        assert!(d.text().contains("Question 1 of 15"));
    }

    #[test]
    fn a_serious_report_warns_asks_the_country_and_checks_it_as_typed() {
        let mut d = job_offer();
        answer(&mut d, "no");
        answer(&mut d, "yes");
        skip_rest(&mut d);
        let [super::Block::Warning { text }, ..] = d.screen.blocks.as_slice() else {
            panic!("{:?}", d.screen.blocks)
        };
        assert!(text.contains("We found serious warning signs"), "{text}");
        let all = d.text();
        assert!(all.contains("You are asked to pay for the job"), "{all}");
        assert!(all.contains("This is a check of risk signs, not a legal decision."));
        assert!(all.contains("Learn more: How recruiters lie"), "{all}");
        assert!(
            all.contains("Choose your country to see help contacts"),
            "{all}"
        );
        assert!(d.has("find_help"));
        assert!(!d.ids().iter().any(|a| a.starts_with("help.")));
        assert_eq!(d.detail("country").as_deref(), Some("Not chosen yet"));
        assert!(d.screen.input.is_none(), "no code to type on the report");
        // The country is chosen from a list of names; a name or code typed wrong is said
        // there, and nothing changes.
        d.choose("country");
        assert_eq!(d.screen.id, ScreenId::CheckCountry);
        assert_eq!(d.screen.title, "Which country are you in now?");
        let kenya = d
            .screen
            .actions
            .iter()
            .find(|a| a.id == "country.KE")
            .unwrap();
        assert_eq!(kenya.label, "Kenya");
        for bad in ["Narnia", "ZZ", "!!"] {
            d.submit(bad);
            assert_eq!(d.screen.id, ScreenId::CheckCountry, "{bad}");
            assert!(d.notice().is_some_and(|n| n.error), "{bad}");
        }
        assert!(
            d.text().contains("That is not a country code"),
            "{}",
            d.text()
        );
        d.submit("Narnia");
        assert!(d.text().contains("We do not know a country by that name"));
        d.choose("country.KE");
        assert_eq!(d.screen.id, ScreenId::CheckReport);
        assert_eq!(d.detail("country").as_deref(), Some("Kenya"));
        // Typing its name or code is a shortcut to the same.
        for typed in ["kenya", " KENYA ", "ke"] {
            d.choose("country");
            assert_eq!(
                d.style("country.KE"),
                super::ActionStyle::Choice { selected: true }
            );
            d.choose("clear");
            assert_eq!(d.detail("country").as_deref(), Some("Not chosen yet"));
            d.choose("country");
            d.submit(typed);
            assert_eq!(d.screen.id, ScreenId::CheckReport, "{typed}");
            assert_eq!(d.detail("country").as_deref(), Some("Kenya"), "{typed}");
        }
        let help: Vec<_> = d
            .screen
            .actions
            .iter()
            .filter(|a| a.id.starts_with("help."))
            .collect();
        assert!(!help.is_empty());
        assert!(
            help.iter()
                .any(|a| a.detail.as_deref().is_some_and(|c| c.contains("1195"))),
            "{help:?}"
        );
        // A number goes through the warning first; continuing dials it.
        let kenya = help
            .iter()
            .find(|a| a.detail.as_deref().is_some_and(|c| c.contains("1195")))
            .unwrap()
            .id
            .clone();
        d.choose(&kenya);
        assert_eq!(d.screen.id, ScreenId::Handoff);
        assert!(d.effects.iter().all(|e| !matches!(e, Effect::Dial { .. })));
        assert!(d.text().contains("call history"), "{}", d.text());
        d.choose("continue");
        assert_eq!(d.screen.id, ScreenId::CheckReport);
        assert!(
            d.effects
                .iter()
                .any(|e| matches!(e, Effect::Dial { number } if number.contains("1195"))),
            "{:?}",
            d.effects
        );
        // Or copied instead, or cancelled.
        d.choose(&kenya);
        d.choose("copy");
        assert!(d.effects.iter().any(|e| matches!(e, Effect::Copy { .. })));
        d.choose(&kenya);
        d.choose("cancel");
        assert_eq!(d.screen.id, ScreenId::CheckReport);
        assert!(
            d.effects
                .iter()
                .all(|e| !matches!(e, Effect::Dial { .. } | Effect::Copy { .. }))
        );
        // "Remove" clears the country, and its contacts go.
        d.choose("country");
        d.choose("clear");
        assert!(!d.ids().iter().any(|a| a.starts_with("help.")));
    }

    /// Bug: the report said the risk but not what it came from: how many of each ILO/EC
    /// dimension's indicators the answers met.
    #[test]
    fn the_report_counts_the_indicators_met_in_each_dimension() {
        let mut d = job_offer();
        answer(&mut d, "no");
        answer(&mut d, "yes");
        answer(&mut d, "yes");
        skip_rest(&mut d);
        let mut answers = std::collections::HashMap::new();
        answers.insert("under_18".to_owned(), "no".to_owned());
        answers.insert("pay_fee".to_owned(), "yes".to_owned());
        answers.insert("loan".to_owned(), "yes".to_owned());
        let report = d
            .waymark
            .screen_answer("job_offer".into(), answers, None)
            .unwrap();
        let met: Vec<_> = report
            .dimensions
            .iter()
            .filter(|x| x.strong + x.medium + x.weak > 0)
            .collect();
        assert!(!met.is_empty());
        let text = d.text();
        assert!(
            text.contains("Signs by area (ILO and European Commission indicators)"),
            "{text}"
        );
        let facts: Vec<(String, String)> = d
            .screen
            .blocks
            .iter()
            .filter_map(|b| match b {
                super::Block::Fact { label, value } => Some((label.clone(), value.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(facts.len(), met.len(), "{facts:?}");
        for (dim, (label, value)) in met.iter().zip(&facts) {
            assert!(!label.starts_with("screening-"), "{label}");
            let want = format!(
                "Signs met: {} (strong {}, medium {}, weak {})",
                dim.strong + dim.medium + dim.weak,
                dim.strong,
                dim.medium,
                dim.weak
            );
            assert_eq!(value.replace(['\u{2068}', '\u{2069}'], ""), want);
        }
        // No indicator met (a fee is a red flag, not an ILO/EC indicator): no counts.
        let mut d = job_offer();
        answer(&mut d, "no");
        answer(&mut d, "yes");
        skip_rest(&mut d);
        assert!(!d.text().contains("Signs by area"));
    }

    #[test]
    fn my_situation_urgent_shows_the_emergency_number_of_the_languages_region() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["en-KE".into()]).unwrap();
        d.choose("check_my_situation");
        assert_eq!(d.screen.title, "Check my situation");
        while d.screen.id == ScreenId::CheckQuestion {
            answer(&mut d, "yes");
        }
        assert_eq!(d.screen.id, ScreenId::CheckReport);
        assert!(matches!(d.screen.blocks[0], super::Block::Warning { .. }));
        assert!(d.text().contains("signs of danger"), "{}", d.text());
        assert_eq!(d.detail("country").as_deref(), Some("Kenya"));
        assert!(
            d.ids().iter().any(|a| a.starts_with("help.")),
            "{:?}",
            d.ids()
        );
    }

    #[test]
    fn a_report_without_serious_signs_asks_no_country_and_offers_find_help() {
        let mut d = job_offer();
        skip_rest(&mut d);
        assert!(d.screen.input.is_none());
        assert!(
            !d.screen
                .blocks
                .iter()
                .any(|b| matches!(b, super::Block::Warning { .. }))
        );
        assert!(d.text().contains("We did not find the usual warning signs"));
        d.choose("find_help");
        assert_ne!(d.screen.id, ScreenId::CheckReport);
        d.back();
        assert_eq!(d.screen.id, ScreenId::CheckReport);
        // Finishing goes home at once and forgets the answers.
        d.choose("done");
        assert_eq!(d.screen.id, ScreenId::Home);
        assert_eq!(d.app.depth(), 1);
    }

    #[test]
    fn changing_an_answer_after_the_report_changes_the_report() {
        let mut d = job_offer();
        skip_rest(&mut d);
        assert!(!d.text().contains("You are asked to pay for the job"));
        // Back through the questions to pay_fee, answer it, and on to the report again.
        for _ in 0..15 {
            if question_or_none(&d).as_deref() == Some("pay_fee") {
                break;
            }
            d.back();
        }
        answer(&mut d, "yes");
        skip_rest(&mut d);
        assert!(
            d.text().contains("You are asked to pay for the job"),
            "{}",
            d.text()
        );
        assert!(d.has("country"), "a serious report asks the country");
    }

    fn question_or_none(d: &Driver) -> Option<String> {
        d.ids()
            .iter()
            .find_map(|a| a.strip_prefix("skip.").map(str::to_owned))
    }

    #[test]
    fn quick_exit_in_the_middle_of_a_check_forgets_the_answers() {
        let mut d = job_offer();
        answer(&mut d, "yes");
        answer(&mut d, "yes");
        d.send(Event::QuickExit);
        assert!(d.effects.contains(&Effect::QuickExit));
        assert_eq!(d.screen.id, ScreenId::Home);
        assert_eq!(d.app.depth(), 1);
        d.choose("check_job_offer");
        assert!(selected(&d).is_empty());
        assert!(d.text().contains("Question 1 of 15"));
    }

    #[test]
    fn the_check_is_in_the_persons_language_and_writes_nothing() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["fr".into()]).unwrap();
        d.send(Event::Refresh);
        d.choose("check_job_offer");
        assert!(
            d.text().contains("Avez-vous moins de 18 ans"),
            "{}",
            d.text()
        );
        while d.screen.id == ScreenId::CheckQuestion {
            answer(&mut d, "yes");
        }
        d.choose("country");
        d.submit("Haïti");
        assert_eq!(d.screen.id, ScreenId::CheckReport, "{:?}", d.notice());
        assert!(!d.waymark.vault_status().unwrap().exists);
        let written: Vec<_> = std::fs::read_dir(d.dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(written.is_empty(), "{written:?}");
    }
}
