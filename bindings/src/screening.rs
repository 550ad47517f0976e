//! Private self-screening on the facade: the ILO/EC rule engine, the two questionnaires
//! and the red-flag scan of pasted text. Nothing passed in is stored or logged; every
//! result is a view the shell shows and forgets.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use waymark_core::directory::{Service, suggest_help_for_country};
use waymark_core::screening::{self, Answer, Assessment, Risk, Screening};

use crate::{Waymark, WaymarkError};

/// One of the six ILO/EC dimensions, with the observed indicators counted by tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionView {
    pub id: String,
    pub positive: bool,
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
}

/// The rule engine's result: `risk` is `low`, `caution`, `high` or `urgent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorResultView {
    pub dimensions: Vec<DimensionView>,
    pub trafficking_indicated: bool,
    pub risk: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub text: String,
    pub help: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionsView {
    pub title: String,
    pub questions: Vec<QuestionView>,
}

/// A sign the answers show, what it means, the lesson that explains it (`module` is a
/// learning module id) and an option for what to do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignalView {
    pub id: String,
    pub title: String,
    pub explanation: String,
    pub module: String,
    pub next_step: String,
}

/// A "not sure" answer turned into something to find out (`id` is the question id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindOutView {
    pub id: String,
    pub text: String,
}

/// A help contact for the person's country, from the help directory: the country's
/// emergency numbers (when `urgent`, or when it lists no service), up to three
/// trafficking, labour-rights and migrant-support services, and the international
/// fallbacks when the country has no service. `find_help` gives the full entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreenHelpView {
    pub id: String,
    /// `emergency`, `service` or `international`.
    pub kind: String,
    pub name: String,
    /// The number or address to show ("911", "+1 888 373 7888").
    pub contact: String,
    /// What the shell opens to call or write (`tel:…`, `https://…`); none for walk-in.
    pub uri: Option<String>,
    /// `yes`, `no`, `only_with_consent` or `unknown` for services; none for emergency numbers.
    pub reports_to_police: Option<String>,
    pub reports_to_immigration: Option<String>,
    pub last_verified: String,
}

/// The report of a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreenReportView {
    pub dimensions: Vec<DimensionView>,
    pub trafficking_indicated: bool,
    pub risk: String,
    /// A calm sentence for the risk level; never a legal finding.
    pub headline: String,
    pub signals: Vec<SignalView>,
    pub find_out: Vec<FindOutView>,
    /// For `high` and `urgent` when a country was given: help from the directory.
    pub help: Vec<ScreenHelpView>,
}

/// One red flag found in pasted text. `start`/`end` are byte offsets into the text as
/// given (UTF-8), so `text[start..end] == excerpt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextFlagView {
    pub id: String,
    pub title: String,
    /// What the sign means and what the person could do next (the signal's own messages).
    pub explanation: String,
    pub next_step: String,
    pub indicators: Vec<String>,
    pub start: u64,
    pub end: u64,
    pub excerpt: String,
}

/// Something the person can do after the scan: `help_directory` (open Find help) or
/// `job_offer_questionnaire` (start the job-offer check), with its localized label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextNextStepView {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextScanView {
    pub flags: Vec<TextFlagView>,
    pub risk: String,
    /// For a blank text: that no text was given (never "no usual warning signs"); for a text
    /// set aside: that it reads like a notice or an everyday message.
    pub headline: String,
    /// `true` when the text was empty or only spaces: nothing was checked.
    pub empty: bool,
    /// After a `high` result: the help directory and the job-offer questionnaire; after a
    /// text set aside (below): the job-offer questionnaire.
    pub next_steps: Vec<TextNextStepView>,
    /// When the text reads as a notice, a news item or a relative's message: the words
    /// that are sometimes warning signs, set aside (never counted in `flags` or `risk`),
    /// for the person to look at again if someone offers them work with this text.
    pub set_aside: Vec<TextFlagView>,
}

fn dimensions(a: &Assessment) -> Vec<DimensionView> {
    a.dimensions
        .iter()
        .map(|d| DimensionView {
            id: d.id.clone(),
            positive: d.positive,
            strong: d.strong,
            medium: d.medium,
            weak: d.weak,
        })
        .collect()
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// The rule engine over ILO/EC indicator ids (`coercion_at_destination.debt_bondage`).
    /// An unknown id is `invalid_input`.
    pub fn screen_indicators(
        &self,
        observed: Vec<String>,
        minor: bool,
    ) -> Result<IndicatorResultView, WaymarkError> {
        let s = self.screening()?;
        let a = s.assess(&observed, minor).map_err(|e| self.error(&e))?;
        Ok(IndicatorResultView {
            dimensions: dimensions(&a),
            trafficking_indicated: a.trafficking_indicated,
            risk: a.risk.as_str().to_owned(),
        })
    }

    /// The questions of `job_offer` or `my_situation`, in the current language.
    pub fn screen_questions(&self, kind: String) -> Result<QuestionsView, WaymarkError> {
        let s = self.screening()?;
        let q = s.questionnaire(&kind).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let t = |id: &str| self.content.l10n.text(&chain, id);
        Ok(QuestionsView {
            title: t(&q.title_msg),
            questions: q
                .questions
                .iter()
                .map(|q| QuestionView {
                    id: q.id.clone(),
                    text: t(&q.text_msg),
                    help: t(&q.help_msg),
                })
                .collect(),
        })
    }

    /// The report for answers (`yes`, `no` or `unsure` by question id; unanswered
    /// questions were skipped). `country` (two letters) picks help contacts.
    pub fn screen_answer(
        &self,
        kind: String,
        answers: HashMap<String, String>,
        country: Option<String>,
    ) -> Result<ScreenReportView, WaymarkError> {
        let s = self.screening()?;
        let country = country
            .as_deref()
            .map(screening::parse_country)
            .transpose()
            .map_err(|e| self.error(&e))?;
        let mut parsed = BTreeMap::new();
        for (id, answer) in answers {
            parsed.insert(id, Answer::parse(&answer).map_err(|e| self.error(&e))?);
        }
        let r = s.answer(&kind, &parsed).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let t = |id: &str| self.content.l10n.text(&chain, id);
        let help = match (&country, r.risk) {
            (Some(cc), Risk::High | Risk::Urgent) => {
                self.screen_help(cc, r.risk == Risk::Urgent)?
            }
            _ => Vec::new(),
        };
        Ok(ScreenReportView {
            dimensions: dimensions(&r.assessment),
            trafficking_indicated: r.assessment.trafficking_indicated,
            risk: r.risk.as_str().to_owned(),
            headline: t(&headline_id(r.risk)),
            signals: r
                .signals
                .iter()
                .map(|sig| SignalView {
                    id: sig.id.clone(),
                    title: t(&sig.title_msg),
                    explanation: t(&sig.explanation_msg),
                    module: sig.module.clone(),
                    next_step: t(&sig.next_step_msg),
                })
                .collect(),
            find_out: r
                .find_out
                .iter()
                .map(|(id, msg)| FindOutView {
                    id: (*id).to_owned(),
                    text: t(msg),
                })
                .collect(),
            help,
        })
    }

    /// Scans a pasted job advert or message for red flags, with the phrases of every
    /// language in the current chain. Text alone is at most `high`.
    pub fn screen_text(&self, text: String) -> Result<TextScanView, WaymarkError> {
        let s = self.screening()?;
        let chain = self.chain();
        let scan = s.scan(&text, &chain).map_err(|e| self.error(&e))?;
        let t = |id: &str| self.content.l10n.text(&chain, id);
        let view = |hits: &[(screening::Hit, &screening::RedFlag)]| -> Vec<TextFlagView> {
            hits.iter()
                .map(|(hit, flag)| {
                    let signal = s.signal(&hit.flag);
                    TextFlagView {
                        id: hit.flag.clone(),
                        title: signal
                            .map(|sig| t(&sig.title_msg))
                            .unwrap_or_else(|| hit.flag.clone()),
                        explanation: signal
                            .map(|sig| t(&sig.explanation_msg))
                            .unwrap_or_default(),
                        next_step: signal.map(|sig| t(&sig.next_step_msg)).unwrap_or_default(),
                        indicators: flag.links.clone(),
                        start: hit.start as u64,
                        end: hit.end as u64,
                        excerpt: text.get(hit.start..hit.end).unwrap_or_default().to_owned(),
                    }
                })
                .collect()
        };
        let flags = view(&scan.hits);
        let set_aside = view(&scan.set_aside);
        let empty = text.trim().is_empty();
        // After `high`: help and the job-offer questions. After anything else that was
        // read: the job-offer questions, because words alone miss signs (on texts nobody
        // tuned the scan on it finds about four signs in five), and the questions ask what
        // no advert says.
        let steps: &[(&str, &str)] = if empty {
            &[]
        } else if scan.risk >= Risk::High {
            &[
                ("help_directory", "screening-text-next-help"),
                (
                    "job_offer_questionnaire",
                    "screening-text-next-questionnaire",
                ),
            ]
        } else {
            &[(
                "job_offer_questionnaire",
                "screening-text-next-questionnaire",
            )]
        };
        let next_steps = steps
            .iter()
            .map(|(id, msg)| TextNextStepView {
                id: (*id).to_owned(),
                label: t(msg),
            })
            .collect();
        Ok(TextScanView {
            flags,
            risk: scan.risk.as_str().to_owned(),
            headline: if empty {
                t("screening-text-empty")
            } else if scan.hits.is_empty() && !scan.set_aside.is_empty() {
                // Not "we did not find the usual warning signs" above words to look at again.
                t("screening-text-set-aside-headline")
            } else {
                t(&headline_id(scan.risk))
            },
            empty,
            next_steps,
            set_aside,
        })
    }
}

fn headline_id(risk: Risk) -> String {
    format!("screening-risk-{}", risk.as_str())
}

impl Waymark {
    /// Help for the report, from the help directory (nothing is written).
    pub(crate) fn screen_help(
        &self,
        country: &str,
        urgent: bool,
    ) -> Result<Vec<ScreenHelpView>, WaymarkError> {
        let suggestion =
            suggest_help_for_country(&self.content, country, urgent).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let t = |id: &str| self.content.l10n.text(&chain, id);
        let mut help: Vec<ScreenHelpView> = suggestion
            .emergency
            .iter()
            .map(|e| ScreenHelpView {
                id: e.id.clone(),
                kind: "emergency".into(),
                name: t(&e.label_msg),
                contact: e.number.clone(),
                uri: Some(e.uri()),
                reports_to_police: None,
                reports_to_immigration: None,
                last_verified: e.last_verified.clone(),
            })
            .collect();
        let service = |s: &Service, kind: &str| {
            let first = s.channels.first();
            ScreenHelpView {
                id: s.id.clone(),
                kind: kind.into(),
                name: t(&s.name_msg),
                contact: first.map(|c| c.display.clone()).unwrap_or_default(),
                uri: first.and_then(|c| c.uri()),
                reports_to_police: Some(s.safety.reports_to_police.as_str().to_owned()),
                reports_to_immigration: Some(s.safety.reports_to_immigration.as_str().to_owned()),
                last_verified: s.last_verified.clone(),
            }
        };
        help.extend(suggestion.services.iter().map(|s| service(s, "service")));
        if suggestion.services.is_empty() {
            help.extend(
                suggestion
                    .fallbacks
                    .iter()
                    .map(|s| service(s, "international")),
            );
        }
        Ok(help)
    }

    fn screening(&self) -> Result<std::sync::Arc<Screening>, WaymarkError> {
        Screening::of(&self.content).map_err(|e| self.error(&e))
    }
}
