//! The screening content's own checks, run by `waymark content check`: ids in
//! questionnaires and patterns exist, tiers and counts match the ILO/EC catalogue,
//! every question has its text in `en`.

use std::collections::BTreeSet;

use crate::content::ContentSource;
use crate::content::check::{Messages, Problem, line_of};

use super::rules::{IndicatorFile, Risk};
use super::scan::{PatternFile, normalize_phrase};
use super::{
    FORCED_LABOUR_INDICATORS, INDICATORS_FILE, MODULES, PATTERNS_DIR, QUESTIONNAIRES_FILE,
    QuestionnaireFile, RED_FLAGS_FILE, RedFlagFile, SIGNALS_FILE, SignalFile,
};

/// Indicators per dimension in the ILO/EC catalogue (confirmed counts).
const DIMENSION_COUNTS: [(&str, usize); 6] = [
    ("deceptive_recruitment", 10),
    ("coercive_recruitment", 10),
    ("abuse_of_vulnerability_at_recruitment", 16),
    ("exploitative_conditions", 9),
    ("coercion_at_destination", 15),
    ("abuse_of_vulnerability_at_destination", 7),
];

/// Locales whose job adverts the scan must read.
pub const PATTERN_LOCALES: [&str; 6] = ["en", "fr", "es", "pt", "ht", "sw"];

const QUESTIONNAIRES: [&str; 2] = ["job_offer", "my_situation"];

fn parse<T: serde::de::DeserializeOwned>(
    source: &ContentSource,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match source.parse_toml::<T>(path) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::new(path, None, None, e.to_string()));
            None
        }
    }
}

pub fn validate(source: &ContentSource, messages: &Messages) -> Vec<Problem> {
    let mut p = Vec::new();
    if source.get(INDICATORS_FILE).is_none() && source.get(QUESTIONNAIRES_FILE).is_none() {
        // A content tree without screening (a test fixture) has nothing to check.
        return p;
    }
    let text = |path: &str| source.get(path).unwrap_or_default().to_owned();

    let mut indicator_ids = BTreeSet::new();
    if let Some(file) = parse::<IndicatorFile>(source, INDICATORS_FILE, &mut p) {
        let t = text(INDICATORS_FILE);
        for (dim, count) in DIMENSION_COUNTS {
            if !file.dimensions.iter().any(|d| d.id == dim) {
                p.push(Problem::new(
                    INDICATORS_FILE,
                    None,
                    Some(dim),
                    "dimension missing",
                ));
            }
            let n = file
                .indicators
                .iter()
                .filter(|i| i.dimension == dim)
                .count();
            if n != count {
                p.push(Problem::new(
                    INDICATORS_FILE,
                    None,
                    Some(dim),
                    format!("{n} indicators, the ILO/EC catalogue has {count}"),
                ));
            }
        }
        for ind in &file.indicators {
            if !ind.id.starts_with(&format!("{}.", ind.dimension))
                || !DIMENSION_COUNTS.iter().any(|(d, _)| *d == ind.dimension)
            {
                p.push(Problem::new(
                    INDICATORS_FILE,
                    line_of(&t, &format!("\"{}\"", ind.id)),
                    Some(&ind.id),
                    "id must be `<dimension>.<indicator>` with a known dimension",
                ));
            }
            indicator_ids.insert(ind.id.clone());
        }
    }

    let mut flag_ids = BTreeSet::new();
    if let Some(file) = parse::<RedFlagFile>(source, RED_FLAGS_FILE, &mut p) {
        let t = text(RED_FLAGS_FILE);
        for f in &file.red_flags {
            flag_ids.insert(f.id.clone());
            for link in &f.links {
                if !FORCED_LABOUR_INDICATORS.contains(&link.as_str()) {
                    p.push(Problem::new(
                        RED_FLAGS_FILE,
                        line_of(&t, &format!("\"{link}\"")),
                        Some(&f.id),
                        format!(
                            "links to `{link}`, not one of the ILO 11 forced-labour indicators"
                        ),
                    ));
                }
            }
            if !matches!(f.text_risk, Risk::Caution | Risk::High) {
                p.push(Problem::new(
                    RED_FLAGS_FILE,
                    line_of(&t, &format!("\"{}\"", f.id)),
                    Some(&f.id),
                    "text_risk must be caution or high (text alone is never urgent)",
                ));
            }
        }
    }

    let mut signal_ids = BTreeSet::new();
    if let Some(file) = parse::<SignalFile>(source, SIGNALS_FILE, &mut p) {
        let t = text(SIGNALS_FILE);
        for s in &file.signals {
            signal_ids.insert(s.id.clone());
            if !MODULES.contains(&s.module.as_str()) {
                p.push(Problem::new(
                    SIGNALS_FILE,
                    line_of(&t, &format!("\"{}\"", s.module)),
                    Some(&s.id),
                    format!("unknown module `{}`", s.module),
                ));
            }
        }
    }

    // A text hit shows the signal of its red flag, so every flag needs one.
    for flag in &flag_ids {
        if !signal_ids.is_empty() && !signal_ids.contains(flag) {
            p.push(Problem::new(
                SIGNALS_FILE,
                None,
                Some(flag),
                "red flag has no signal with the same id",
            ));
        }
    }

    if let Some(file) = parse::<QuestionnaireFile>(source, QUESTIONNAIRES_FILE, &mut p) {
        let t = text(QUESTIONNAIRES_FILE);
        let at = |id: &str| line_of(&t, &format!("id = \"{id}\""));
        for kind in QUESTIONNAIRES {
            if !file.questionnaires.iter().any(|q| q.id == kind) {
                p.push(Problem::new(
                    QUESTIONNAIRES_FILE,
                    None,
                    Some(kind),
                    "questionnaire missing",
                ));
            }
        }
        for qn in &file.questionnaires {
            let n = qn.questions.len();
            if !(12..=25).contains(&n) {
                p.push(Problem::new(
                    QUESTIONNAIRES_FILE,
                    at(&qn.id),
                    Some(&qn.id),
                    format!("{n} questions; a questionnaire has 12 to 25"),
                ));
            }
            if !qn.questions.first().is_some_and(|q| q.minor) {
                p.push(Problem::new(
                    QUESTIONNAIRES_FILE,
                    at(&qn.id),
                    Some(&qn.id),
                    "the first question must ask whether the person is under 18 (minor = true)",
                ));
            }
            for q in &qn.questions {
                let mut bad = |message: String| {
                    p.push(Problem::new(
                        QUESTIONNAIRES_FILE,
                        at(&q.id),
                        Some(&q.id),
                        message,
                    ))
                };
                for m in [&q.text_msg, &q.help_msg, &q.find_out_msg] {
                    if !messages.en_has(m) {
                        bad(format!("`{m}` has no text in en"));
                    }
                }
                for i in &q.indicators {
                    if !indicator_ids.contains(i) {
                        bad(format!("unknown indicator `{i}`"));
                    }
                }
                for f in &q.red_flags {
                    if !flag_ids.contains(f) {
                        bad(format!("unknown red flag `{f}`"));
                    }
                }
                match &q.signal {
                    Some(s) if !signal_ids.contains(s) => bad(format!("unknown signal `{s}`")),
                    None if !q.minor => {
                        bad("a question needs the signal its risk answer shows".into())
                    }
                    _ => {}
                }
                if !q.minor && q.indicators.is_empty() && q.red_flags.is_empty() {
                    bad("the answer maps to no indicator and no red flag".into());
                }
            }
        }
    }

    let mut pattern_locales = BTreeSet::new();
    for (path, _) in source.under(PATTERNS_DIR) {
        let Some(file) = parse::<PatternFile>(source, path, &mut p) else {
            continue;
        };
        let t = text(path);
        let expected = path
            .strip_prefix(PATTERNS_DIR)
            .and_then(|n| n.strip_suffix(".toml"))
            .unwrap_or_default();
        if file.locale != expected {
            p.push(Problem::new(
                path,
                None,
                Some(&file.locale),
                format!("locale must be `{expected}`"),
            ));
        }
        pattern_locales.insert(file.locale.clone());
        for f in &file.flags {
            if !flag_ids.contains(&f.id) {
                p.push(Problem::new(
                    path,
                    line_of(&t, &format!("\"{}\"", f.id)),
                    Some(&f.id),
                    "unknown red flag",
                ));
            }
            for phrase in f.phrases.iter().chain(&f.cancel_when) {
                if normalize_phrase(phrase).is_empty() {
                    p.push(Problem::new(path, None, Some(&f.id), "empty phrase"));
                }
            }
        }
    }
    for locale in PATTERN_LOCALES {
        if !pattern_locales.contains(locale) {
            p.push(Problem::new(
                &format!("{PATTERNS_DIR}{locale}.toml"),
                None,
                None,
                "the text scan needs patterns for this locale",
            ));
        }
    }
    p
}
