//! Private self-screening: the ILO/EC rule engine, the `job_offer` and `my_situation`
//! questionnaires, and the red-flag scan of pasted text. Everything here is a pure
//! function of content and input: nothing a person answers or pastes is stored or logged.
//! Results are risk signals, never a legal finding.

pub mod gate;
pub mod rules;
pub mod scan;
mod validate;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, Weak};

use serde::{Deserialize, Serialize};

pub use rules::{Assessment, DimensionResult, Indicators, Risk, Tier};
pub use scan::{Hit, Scanners};
pub use validate::validate;

use crate::content::{Content, ContentError, ContentSource};
use crate::error::{ErrorKind, UserFacing};

pub const INDICATORS_FILE: &str = "screening/indicators.toml";
pub const RED_FLAGS_FILE: &str = "screening/red_flags.toml";
pub const SIGNALS_FILE: &str = "screening/signals.toml";
pub const QUESTIONNAIRES_FILE: &str = "screening/questionnaires.toml";
pub const CONCEPTS_DIR: &str = "screening/concepts/";
pub const RULES_FILE: &str = "screening/rules.toml";

/// The largest pasted text the scan accepts (a long advert is a few thousand words).
pub const MAX_TEXT_BYTES: usize = 200_000;

/// The lessons a signal can point to (the learning module ids).
pub const MODULES: [&str; 7] = [
    "trafficking_and_smuggling",
    "how_recruiters_lie",
    "rights_at_work",
    "warning_signs",
    "safe_migration",
    "getting_help",
    "for_leaders",
];

/// The ILO 11 indicators of forced labour (2012): what red flags link to.
pub const FORCED_LABOUR_INDICATORS: [&str; 11] = [
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
];

#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    #[error("unknown indicator id")]
    UnknownIndicator,
    #[error("unknown questionnaire")]
    UnknownKind,
    #[error("unknown question id")]
    UnknownQuestion,
    #[error("an answer must be yes, no or unsure")]
    BadAnswer,
    #[error("a country is two letters, like KE or HT")]
    BadCountry,
    #[error("the text is too long to scan")]
    TextTooLong,
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error("screening content is inconsistent: {0}")]
    InvalidContent(String),
}

impl UserFacing for ScreeningError {
    fn kind(&self) -> ErrorKind {
        match self {
            ScreeningError::Content(_) | ScreeningError::InvalidContent(_) => ErrorKind::Content,
            _ => ErrorKind::InvalidInput,
        }
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        let id = match self {
            ScreeningError::UnknownIndicator => "screening-error-unknown-indicator",
            ScreeningError::UnknownKind => "screening-error-unknown-kind",
            ScreeningError::UnknownQuestion => "screening-error-unknown-question",
            ScreeningError::BadAnswer => "screening-error-bad-answer",
            ScreeningError::BadCountry => "screening-error-bad-country",
            ScreeningError::TextTooLong => "screening-error-text-too-long",
            ScreeningError::Content(e) => return e.detail_message(),
            ScreeningError::InvalidContent(_) => return None,
        };
        Some((id, vec![]))
    }
}

/// A fair-recruitment red flag (`red_flags.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub id: String,
    /// ILO forced-labour indicator ids this flag links to.
    pub links: Vec<String>,
    /// The most a text hit of this flag can make the result: `high` or `caution`.
    pub text_risk: Risk,
    pub source: String,
    pub last_verified: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RedFlagFile {
    red_flags: Vec<RedFlag>,
}

/// What the report shows for a sign: localized title, explanation and next step, and the
/// lesson that explains it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub module: String,
    pub title_msg: String,
    pub explanation_msg: String,
    pub next_step_msg: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalFile {
    signals: Vec<Signal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

impl Answer {
    pub fn parse(s: &str) -> Result<Self, ScreeningError> {
        match s {
            "yes" => Ok(Answer::Yes),
            "no" => Ok(Answer::No),
            "unsure" => Ok(Answer::Unsure),
            _ => Err(ScreeningError::BadAnswer),
        }
    }
}

fn yes() -> Answer {
    Answer::Yes
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text_msg: String,
    pub help_msg: String,
    pub find_out_msg: String,
    /// The "are you under 18?" question: its yes sets the child rule.
    #[serde(default)]
    pub minor: bool,
    /// The answer that is the warning sign (`no` for "do you have a written contract?").
    #[serde(default = "yes")]
    pub risk_answer: Answer,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// The signal shown when the risk answer is given.
    #[serde(default)]
    pub signal: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub title_msg: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionnaireFile {
    questionnaires: Vec<Questionnaire>,
}

/// The result of a questionnaire: the rule engine's assessment of the indicators the
/// answers point to, the red flags, and what to show.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    pub assessment: Assessment,
    /// The worse of the rule engine's risk and the red flags' risk.
    pub risk: Risk,
    pub minor: bool,
    pub indicators: Vec<String>,
    pub red_flags: Vec<String>,
    pub signals: Vec<&'a Signal>,
    /// "Not sure" answers: (question id, find-out message id), in question order.
    pub find_out: Vec<(&'a str, &'a str)>,
}

/// The result of a text scan.
#[derive(Debug, Clone)]
pub struct TextScan<'a> {
    pub hits: Vec<(Hit, &'a RedFlag)>,
    /// Hits of a text the gate reads as fair (a notice, a news item, a relative's message):
    /// words worth a second look, not warning signs; they never raise the risk.
    pub set_aside: Vec<(Hit, &'a RedFlag)>,
    pub risk: Risk,
}

/// The screening content, parsed and compiled once per content tree.
#[derive(Debug)]
pub struct Screening {
    pub indicators: Indicators,
    pub red_flags: Vec<RedFlag>,
    pub signals: Vec<Signal>,
    pub questionnaires: Vec<Questionnaire>,
    pub scanners: Scanners,
}

impl Screening {
    pub fn load(source: &ContentSource) -> Result<Self, ScreeningError> {
        let indicators = Indicators::new(source.parse_toml(INDICATORS_FILE)?);
        let red_flags = source.parse_toml::<RedFlagFile>(RED_FLAGS_FILE)?.red_flags;
        let signals = source.parse_toml::<SignalFile>(SIGNALS_FILE)?.signals;
        let questionnaires = source
            .parse_toml::<QuestionnaireFile>(QUESTIONNAIRES_FILE)?
            .questionnaires;
        let mut concept_files: Vec<scan::ConceptFile> = Vec::new();
        for (path, _) in source.under(CONCEPTS_DIR) {
            if !path.ends_with(".toml") {
                continue;
            }
            concept_files.push(source.parse_toml(path)?);
        }
        let rules: scan::RuleFile = source.parse_toml(RULES_FILE)?;
        let mut scanners = Scanners::new(&concept_files, &rules)?;
        scanners.set_gate(&source.parse_toml::<gate::GateFile>(gate::GATE_FILE)?)?;
        Ok(Self {
            indicators,
            red_flags,
            signals,
            questionnaires,
            scanners,
        })
    }

    /// The screening of a loaded content tree, compiled on first use and cached while
    /// the content lives.
    pub fn of(content: &Arc<Content>) -> Result<Arc<Screening>, ScreeningError> {
        static CACHE: Mutex<Vec<(Weak<Content>, Arc<Screening>)>> = Mutex::new(Vec::new());
        let mut cache = match CACHE.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        cache.retain(|(w, _)| w.strong_count() > 0);
        let key = Arc::downgrade(content);
        if let Some((_, s)) = cache.iter().find(|(w, _)| w.ptr_eq(&key)) {
            return Ok(s.clone());
        }
        let screening = Arc::new(Screening::load(&content.source)?);
        cache.push((key, screening.clone()));
        Ok(screening)
    }

    /// The rule engine over indicator ids.
    pub fn assess<S: AsRef<str>>(
        &self,
        observed: &[S],
        minor: bool,
    ) -> Result<Assessment, ScreeningError> {
        self.indicators.assess(observed, minor)
    }

    pub fn questionnaire(&self, kind: &str) -> Result<&Questionnaire, ScreeningError> {
        self.questionnaires
            .iter()
            .find(|q| q.id == kind)
            .ok_or(ScreeningError::UnknownKind)
    }

    pub fn red_flag(&self, id: &str) -> Option<&RedFlag> {
        self.red_flags.iter().find(|f| f.id == id)
    }

    pub fn signal(&self, id: &str) -> Option<&Signal> {
        self.signals.iter().find(|s| s.id == id)
    }

    /// Turns answers into a report. Questions not answered (skipped) add nothing; an
    /// unknown question id is an error so a script's typo cannot hide a sign.
    pub fn answer(
        &self,
        kind: &str,
        answers: &BTreeMap<String, Answer>,
    ) -> Result<Report<'_>, ScreeningError> {
        let questionnaire = self.questionnaire(kind)?;
        for id in answers.keys() {
            if !questionnaire.questions.iter().any(|q| &q.id == id) {
                return Err(ScreeningError::UnknownQuestion);
            }
        }
        let mut minor = false;
        let mut indicators = BTreeSet::new();
        let mut red_flags = BTreeSet::new();
        let mut signal_ids: Vec<&str> = Vec::new();
        let mut find_out = Vec::new();
        for q in &questionnaire.questions {
            let Some(answer) = answers.get(&q.id).copied() else {
                continue;
            };
            if answer == Answer::Unsure {
                find_out.push((q.id.as_str(), q.find_out_msg.as_str()));
                continue;
            }
            if answer != q.risk_answer {
                continue;
            }
            if q.minor {
                minor = true;
            }
            indicators.extend(q.indicators.iter().map(String::as_str));
            red_flags.extend(q.red_flags.iter().map(String::as_str));
            if let Some(s) = &q.signal
                && !signal_ids.contains(&s.as_str())
            {
                signal_ids.push(s);
            }
        }
        let indicators: Vec<&str> = indicators.into_iter().collect();
        let assessment = self.indicators.assess(&indicators, minor)?;
        let flag_risk = red_flags
            .iter()
            .filter_map(|id| self.red_flag(id))
            .map(|f| if minor { Risk::High } else { f.text_risk })
            .max()
            .unwrap_or(Risk::Low);
        let signals = signal_ids
            .iter()
            .map(|id| {
                self.signal(id)
                    .ok_or_else(|| ScreeningError::InvalidContent(format!("signal {id}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Report {
            risk: assessment.risk.max(flag_risk),
            assessment,
            minor,
            indicators: indicators.into_iter().map(str::to_owned).collect(),
            red_flags: red_flags.into_iter().map(str::to_owned).collect(),
            signals,
            find_out,
        })
    }

    /// Scans pasted text with the concepts of `locales`. Text alone never gives `urgent`:
    /// at most `high` (fee, document hand-over, irregular travel), else `caution`.
    pub fn scan(&self, text: &str, locales: &[String]) -> Result<TextScan<'_>, ScreeningError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(ScreeningError::TextTooLong);
        }
        let (kept, set_aside) = self.scanners.scan_sorted(text, locales)?;
        let with_flags = |hits: Vec<Hit>| -> Result<Vec<(Hit, &RedFlag)>, ScreeningError> {
            hits.into_iter()
                .map(|hit| {
                    let flag = self.red_flag(&hit.flag).ok_or_else(|| {
                        ScreeningError::InvalidContent(format!("red flag {}", hit.flag))
                    })?;
                    Ok((hit, flag))
                })
                .collect()
        };
        let hits = with_flags(kept)?;
        let set_aside = with_flags(set_aside)?;
        let risk = hits
            .iter()
            .map(|(_, f)| f.text_risk.min(Risk::High))
            .max()
            .unwrap_or(Risk::Low);
        Ok(TextScan {
            hits,
            set_aside,
            risk,
        })
    }
}

/// A country as the help directory expects it: an assigned ISO 3166-1 alpha-2 code, in
/// any case (`ke` → `KE`). Checked even when no help is shown, so a typo is always an error.
pub fn parse_country(code: &str) -> Result<String, ScreeningError> {
    crate::directory::codes::normalize(code)
        .filter(|c| crate::directory::codes::is_assigned(c))
        .ok_or(ScreeningError::BadCountry)
}

#[cfg(test)]
mod scan_reference;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wording_tests;
