//! The screening content's own checks, run by `waymark content check`: ids in
//! questionnaires and the text scan's rules exist, tiers and counts match the ILO/EC catalogue,
//! every question has its text in `en`.

use std::collections::BTreeSet;

use crate::content::ContentSource;
use crate::content::check::{Messages, Problem, line_of};

use super::gate::{GATE_FILE, GateFile, HARD_DEMANDS, SHAPES, SOFT_IN_QUESTIONS};
use super::rules::{IndicatorFile, Risk};
use super::scan::{
    AMOUNT, ANY_LOCALE, CLAUSE, ConceptFile, DESCRIBED, EXCEPT, Extent, MAX_PHRASE_WORDS, NEGATION,
    NEGATION_AFTER, NEGATION_CLOSES, NEGATION_OPENS, NOT_NEGATION, NUMBER, PHONE, Rule, RuleFile,
    Scanners, TURN, entry_text,
};
use super::{
    CONCEPTS_DIR, FORCED_LABOUR_INDICATORS, INDICATORS_FILE, MODULES, QUESTIONNAIRES_FILE,
    QuestionnaireFile, RED_FLAGS_FILE, RULES_FILE, RedFlagFile, SIGNALS_FILE, SignalFile,
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

/// Locales whose job adverts the scan must read: each needs a concepts file with words
/// for every concept the rules use (except those of `any.toml` and those rules make).
pub const SCAN_LOCALES: [&str; 7] = ["en", "fr", "es", "pt", "ht", "sw", "ar"];

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

    check_scan(source, &flag_ids, &mut p);
    p
}

/// The line of the `n`th (0-based) occurrence of `needle`.
fn nth_line(text: &str, needle: &str, n: usize) -> Option<usize> {
    let (offset, _) = text.match_indices(needle).nth(n)?;
    Some(text.get(..offset).unwrap_or_default().matches('\n').count() + 1)
}

/// The concept files and the rules: unknown concepts, rules that can never fire, a
/// locale without words for a concept the rules need, words that can never match.
fn check_scan(source: &ContentSource, flag_ids: &BTreeSet<String>, p: &mut Vec<Problem>) {
    let text = |path: &str| source.get(path).unwrap_or_default().to_owned();
    // Concept → the locales that have words for it.
    let mut lexicon: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    let mut files: Vec<(String, ConceptFile)> = Vec::new();
    for (path, _) in source.under(CONCEPTS_DIR) {
        let Some(file) = parse::<ConceptFile>(source, path, p) else {
            continue;
        };
        let t = text(path);
        let expected = path
            .strip_prefix(CONCEPTS_DIR)
            .and_then(|n| n.strip_suffix(".toml"))
            .unwrap_or_default();
        if file.locale != expected {
            p.push(Problem::new(
                path,
                line_of(&t, "locale"),
                Some(&file.locale),
                format!("locale must be `{expected}`"),
            ));
        }
        for (concept, words) in &file.concepts {
            if concept == NUMBER || concept == AMOUNT || concept == PHONE {
                p.push(Problem::new(
                    path,
                    line_of(&t, &format!("{concept} =")),
                    Some(concept),
                    format!(
                        "`{concept}` is found by the scan itself (words starting with a digit)"
                    ),
                ));
            }
            // The same entry twice matches nothing more: a list grown over sessions hides it.
            // (Spellings that fold to one, "fèt" and "fet", "أعطيك" and "اعطيك", are kept
            // for the reviewers who read the lists.)
            let mut seen = BTreeSet::new();
            for w in words {
                if !seen.insert(w.trim()) {
                    p.push(Problem::new(
                        path,
                        line_of(&t, &format!("{concept} =")),
                        Some(concept),
                        format!("`{w}` is listed twice"),
                    ));
                }
                let inner = w.trim().trim_start_matches('*').trim_end_matches('*');
                let text = entry_text(w);
                if text.split(' ').count() > MAX_PHRASE_WORDS {
                    p.push(Problem::new(
                        path,
                        line_of(&t, &format!("\"{w}\"")),
                        Some(concept),
                        format!("`{w}` is longer than {MAX_PHRASE_WORDS} words"),
                    ));
                }
                if text.is_empty() || inner.contains('*') {
                    p.push(Problem::new(
                        path,
                        line_of(&t, &format!("\"{w}\"")),
                        Some(concept),
                        format!("`{w}` can never match (empty, or `*` inside a word)"),
                    ));
                }
            }
            lexicon
                .entry(concept.clone())
                .or_default()
                .insert(file.locale.clone());
        }
        files.push((path.to_owned(), file));
    }
    for locale in SCAN_LOCALES {
        if !files.iter().any(|(_, f)| f.locale == locale) {
            p.push(Problem::new(
                &format!("{CONCEPTS_DIR}{locale}.toml"),
                None,
                None,
                "the text scan needs the concepts of this locale",
            ));
        }
    }
    let Some(rules) = parse::<RuleFile>(source, RULES_FILE, p) else {
        return;
    };
    let t = text(RULES_FILE);
    // Concepts made by rules, in order: a rule can use only those made before it.
    let mut made: BTreeSet<&str> = BTreeSet::new();
    let mut made_anywhere: BTreeSet<&str> = BTreeSet::new();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut raised: BTreeSet<&str> = BTreeSet::new();
    for r in &rules.rules {
        if let Some(c) = &r.concept {
            made_anywhere.insert(c);
        }
    }
    let mut sets_used: BTreeSet<&str> = BTreeSet::new();
    let expanded: Vec<Result<Rule, String>> =
        rules.rules.iter().map(|r| rules.expanded(r)).collect();
    for (i, (rule, expanded)) in rules.rules.iter().zip(&expanded).enumerate() {
        let line = nth_line(&t, "[[rules]]", i);
        let id = rule.flag.as_deref().or(rule.concept.as_deref());
        let mut bad = |m: String| p.push(Problem::new(RULES_FILE, line, id, m));
        sets_used.extend(rule.exceptions.iter().map(String::as_str));
        if let Err(name) = expanded {
            bad(format!("unknown exception set `{name}`"));
        }
        let r = expanded.as_ref().unwrap_or(rule);
        match (&r.flag, &r.concept) {
            (Some(f), None) => {
                if !flag_ids.contains(f) {
                    bad(format!("unknown red flag `{f}`"));
                }
                raised.insert(f);
            }
            (None, Some(_)) => {}
            _ => bad("a rule raises either a `flag` or a `concept`".into()),
        }
        if r.all.is_empty() {
            bad("a rule needs at least one concept in `all`".into());
        }
        for c in r
            .all
            .iter()
            .chain(r.lists().into_iter().flat_map(|(_, l)| l))
        {
            used.insert(c);
            let known = c == NUMBER
                || c == AMOUNT
                || c == PHONE
                || lexicon.contains_key(c)
                || made_anywhere.contains(c.as_str());
            if !known {
                bad(format!("unknown concept `{c}`"));
            } else if r.all.contains(c)
                && c != NUMBER
                && c != AMOUNT
                && c != PHONE
                && !lexicon.contains_key(c)
                && !made.contains(c.as_str())
            {
                bad(format!(
                    "can never fire: `{c}` is made only by a later rule (rules run in order)"
                ));
            }
        }
        // `unless_turn` stops at the turns made so far; with none, it is a plain `unless`.
        for (field, list) in [
            ("unless_turn", &r.unless_turn),
            ("unless_unturned", &r.unless_unturned),
        ] {
            if !list.is_empty() && !made.contains(TURN) && !lexicon.contains_key(TURN) {
                bad(format!(
                    "`{field}` needs the concept `{TURN}` made by an earlier rule (or it \
                     reaches like `unless`)"
                ));
            }
        }
        if r.concept.as_ref().is_some_and(|c| r.all.contains(c)) {
            bad("a rule cannot need the concept it makes".into());
        }
        // How far a made concept reaches: only a concept has an extent, only an extent
        // has `until`, and a description made after a flag's rule cannot quiet it.
        if r.extent.is_some() && r.concept.is_none() {
            bad("`extent` belongs to a rule that makes a concept, not a flag".into());
        }
        if !r.until.is_empty() && r.extent.is_none() {
            bad("`until` needs an `extent` (it leaves out clauses, questions and items)".into());
        }
        if !r.through.is_empty() && r.extent != Some(Extent::Clause) {
            bad("`through` needs `extent = \"clause\"` (it continues a clause)".into());
        }
        if !r.stop.is_empty() && r.extent != Some(Extent::List) {
            bad("`stop` needs `extent = \"list\"` (it ends a list's sentence)".into());
        }
        // A concept made later is not there yet when this rule runs: an exception never
        // finds it (the rule fires as if it were not written), an `until` leaves nothing
        // out, a `needs_in_text` never finds it (with no other, the rule never fires).
        let made_later = |c: &String| {
            made_anywhere.contains(c.as_str())
                && !made.contains(c.as_str())
                && !lexicon.contains_key(c)
        };
        for (field, list) in r.lists() {
            for c in list.iter().filter(|c| made_later(c)) {
                bad(if field == "until" {
                    format!(
                        "`until` has no effect: `{c}` is made only by a later rule (rules run \
                         in order)"
                    )
                } else {
                    format!(
                        "`{field}` never finds `{c}`: it is made only by a later rule (rules \
                         run in order)"
                    )
                });
            }
        }
        if r.concept.as_deref() == Some(DESCRIBED) && !raised.is_empty() {
            bad(format!(
                "`{DESCRIBED}` must be made before the first flag's rule (rules run in order)"
            ));
        }
        if let Some(c) = &r.concept {
            made.insert(c);
        }
    }
    for name in rules.exceptions.keys() {
        if !sets_used.contains(name.as_str()) {
            p.push(Problem::new(
                RULES_FILE,
                line_of(&t, &format!("[exceptions.{name}]")),
                Some(name),
                "no rule takes this exception set",
            ));
        }
    }
    check_gate(source, &files, &rules, p);
    for flag in flag_ids {
        if !raised.contains(flag.as_str()) {
            p.push(Problem::new(
                RULES_FILE,
                None,
                Some(flag),
                "no rule raises this red flag, so the text scan never shows it",
            ));
        }
    }
    // Every language needs words for each concept the rules use, unless the concept is
    // made by rules or its words belong to no one language (`any.toml`).
    for (concept, locales) in &lexicon {
        if !used.contains(concept.as_str())
            && ![
                NEGATION,
                NEGATION_AFTER,
                NEGATION_OPENS,
                NEGATION_CLOSES,
                CLAUSE,
                EXCEPT,
                NOT_NEGATION,
            ]
            .contains(&concept.as_str())
        {
            let path = files
                .iter()
                .find(|(_, f)| locales.contains(&f.locale))
                .map_or(RULES_FILE, |(p, _)| p.as_str());
            p.push(Problem::new(
                path,
                line_of(&text(path), &format!("{concept} =")),
                Some(concept),
                "no rule uses this concept",
            ));
        }
        // Words only some languages have are needed only there: words that negate nothing,
        // the two halves of a negation around the verb (French "ne … pas").
        if locales.contains(ANY_LOCALE)
            || made_anywhere.contains(concept.as_str())
            || [NOT_NEGATION, NEGATION_OPENS, NEGATION_CLOSES].contains(&concept.as_str())
        {
            continue;
        }
        for locale in SCAN_LOCALES {
            if !locales.contains(locale) {
                p.push(Problem::new(
                    &format!("{CONCEPTS_DIR}{locale}.toml"),
                    None,
                    Some(concept),
                    format!("missing locale: the rules use `{concept}` but `{locale}` has no words for it"),
                ));
            }
        }
    }
}

/// The fair-text gate: present, its threshold in range, every concept, flag and shape it
/// weighs known to the scan (a renamed concept would silently lose its weight: retrain
/// with `core/examples/train_gate.rs`).
fn check_gate(
    source: &ContentSource,
    files: &[(String, ConceptFile)],
    rules: &RuleFile,
    p: &mut Vec<Problem>,
) {
    if source.get(GATE_FILE).is_none() {
        p.push(Problem::new(
            GATE_FILE,
            None,
            None,
            "missing file: the text scan needs its fair-text gate",
        ));
        return;
    }
    let Some(gate) = parse::<GateFile>(source, GATE_FILE, p) else {
        return;
    };
    let concept_files: Vec<ConceptFile> = files.iter().map(|(_, f)| f.clone()).collect();
    let Ok(scanners) = Scanners::new(&concept_files, rules) else {
        return;
    };
    let (concepts, flags) = scanners.names();
    let t = source.get(GATE_FILE).unwrap_or_default();
    let tables: [(&str, &std::collections::BTreeMap<String, f64>, Vec<&str>); 3] = [
        (
            "concept",
            &gate.concepts,
            concepts.iter().map(String::as_str).collect(),
        ),
        (
            "flag",
            &gate.flags,
            flags.iter().map(String::as_str).collect(),
        ),
        ("shape", &gate.shapes, SHAPES.to_vec()),
    ];
    for (what, weights, known) in tables {
        for name in weights.keys() {
            if !known.contains(&name.as_str()) {
                p.push(Problem::new(
                    GATE_FILE,
                    line_of(t, &format!("\n{name} =")).map(|l| l + 1),
                    Some(name.as_str()),
                    format!("the gate weighs an unknown {what}: retrain it"),
                ));
            }
        }
    }
    for (flag, cs) in HARD_DEMANDS {
        let known =
            flags.iter().any(|f| f == flag) && cs.iter().all(|c| concepts.iter().any(|k| k == c));
        if !known {
            p.push(Problem::new(
                GATE_FILE,
                None,
                Some(flag),
                "a hard demand the gate never quiets names an unknown flag or concept",
            ));
        }
    }
    for flag in SOFT_IN_QUESTIONS {
        if !flags.iter().any(|f| f == flag) {
            p.push(Problem::new(
                GATE_FILE,
                None,
                Some(flag),
                "a flag the gate may weigh in a question is unknown",
            ));
        }
    }
    if !(gate.threshold > 0.0 && gate.threshold < 1.0) {
        p.push(Problem::new(
            GATE_FILE,
            line_of(t, "threshold ="),
            None,
            "the gate's threshold must be between 0 and 1",
        ));
    }
}
