//! The fair-text gate: a small logistic model over what the scan already read of a text
//! (the concepts found, the flags raised, the text's shape) that can only set a scan's hits
//! aside when the whole text reads as fair (a warning leaflet, an HR e-mail, a family chat):
//! they are then shown as words to look at again, never as warning signs, and leave the risk
//! `low`. It never adds a hit. Its weights are content (`screening/gate.toml`), trained by
//! `core/examples/train_gate.rs` on the read corpus files only.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::ScreeningError;

pub const GATE_FILE: &str = "screening/gate.toml";

/// Hard demands, which the gate never quiets however fair the rest of the text reads: a
/// flag, and the concepts one of its hits' sentence must hold (none: any hit of it). A fee
/// with a sum asked for (`money_demand` in rules.toml: a sum near a fee noun, a payment, a
/// hand-over, a request or "mandatory"; a bare price on a bus ticket is none), a passport
/// held or handed over, or recruitment costs (a fee, a visa, a ticket) taken from the wages
/// is what a recruiter's demand looks like even when dressed in warning, FAQ or fair-advert
/// words; a fair text seldom holds one (a staff loan's deduction is no recruitment cost).
pub const HARD_DEMANDS: [(&str, &[&str]); 3] = [
    ("recruitment_fee", &["money_demand"]),
    ("document_handover", &[]),
    ("recruitment_debt", &["fee", "paid_item"]),
];

/// Flags whose hits are no hard demand in a question: "Who keeps your passport?", "Va-t-on
/// me demander de confier mon passeport ?" head checklists and FAQs. The gate still weighs
/// such a text, and a short one that asks for the passport ("can you bring your passport
/// so the agent keeps it?") keeps its flag.
pub const SOFT_IN_QUESTIONS: [&str; 1] = ["document_handover"];

/// The shapes of a text the gate reads besides its words: length in words, the share of
/// sentences that are questions, list lines, lines, and marks of chats and adverts. None is
/// tied to a language.
pub const SHAPES: [&str; 22] = [
    "words_under_40",
    "words_40_to_99",
    "words_100_to_249",
    "words_250_or_more",
    "no_question",
    "some_questions",
    "many_questions",
    "no_list",
    "short_list",
    "long_list",
    "one_line",
    "few_lines",
    "many_lines",
    "exclamations",
    "emoji",
    "link",
    "email",
    "handle",
    "quotes",
    "one_flag",
    "two_flags",
    "three_flags_or_more",
];

/// Marks that open a list line.
const LIST_MARKS: [char; 12] = [
    '-', '*', '\u{2022}', '\u{00B7}', '\u{25AA}', '\u{25CF}', '\u{2013}', '\u{2014}', '\u{2713}',
    '\u{2714}', '\u{27A4}', '\u{25BA}',
];

fn shape(name: &str) -> usize {
    SHAPES.iter().position(|s| *s == name).unwrap_or(0)
}

fn is_list_line(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if LIST_MARKS.contains(&c) => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with('.') || rest.starts_with(')')
        }
        _ => false,
    }
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

/// The shapes of `text` (its `words` words in `sentences` sentences) with `flags` distinct
/// flags raised, as indexes into [`SHAPES`].
pub(crate) fn shapes_of(text: &str, words: usize, sentences: usize, flags: usize) -> Vec<usize> {
    // memchr's byte searches, not a walk over every character: a long scan must stay fast.
    let bytes = text.as_bytes();
    let questions = memchr::memchr_iter(b'?', bytes).count() + text.matches('\u{061F}').count();
    let bangs = memchr::memchr_iter(b'!', bytes).take(2).count();
    let quotes = memchr::memchr(b'"', bytes).is_some()
        || text.contains('\u{201C}')
        || text.contains('\u{00AB}');
    // Emoji start with the byte 0xF0 (U+1F300..) or 0xE2 (U+2600..U+27BF).
    let emoji = memchr::memchr2_iter(0xF0, 0xE2, bytes).any(|i| {
        text.get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(is_emoji)
    });
    let (mut email, mut handle) = (false, false);
    for (i, _) in text.match_indices('@') {
        let before = text.get(..i).and_then(|s| s.chars().next_back());
        let after = text.get(i + 1..).and_then(|s| s.chars().next());
        match (before, after) {
            (Some(b), Some(a)) if b.is_alphanumeric() && a.is_alphanumeric() => email = true,
            (_, Some(a)) if a.is_alphanumeric() || a == '_' => handle = true,
            _ => {}
        }
    }
    let (mut lines, mut list) = (0, 0);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        list += usize::from(is_list_line(line));
    }
    let mut out = Vec::with_capacity(9);
    out.push(shape(match words {
        0..40 => "words_under_40",
        40..100 => "words_40_to_99",
        100..250 => "words_100_to_249",
        _ => "words_250_or_more",
    }));
    out.push(shape(if questions == 0 {
        "no_question"
    } else if questions * 3 < sentences.max(1) {
        "some_questions"
    } else {
        "many_questions"
    }));
    out.push(shape(match list {
        0 => "no_list",
        1..3 => "short_list",
        _ => "long_list",
    }));
    out.push(shape(match lines {
        0..2 => "one_line",
        2..6 => "few_lines",
        _ => "many_lines",
    }));
    if bangs >= 2 {
        out.push(shape("exclamations"));
    }
    if emoji {
        out.push(shape("emoji"));
    }
    if memchr::memmem::find(bytes, b"http").is_some()
        || memchr::memmem::find(bytes, b"www.").is_some()
    {
        out.push(shape("link"));
    }
    if email {
        out.push(shape("email"));
    }
    if handle {
        out.push(shape("handle"));
    }
    if quotes {
        out.push(shape("quotes"));
    }
    match flags {
        0 => {}
        1 => out.push(shape("one_flag")),
        2 => out.push(shape("two_flags")),
        _ => out.push(shape("three_flags_or_more")),
    }
    out
}

/// What the gate reads of a scanned text: indexes of the concepts found (those the rules
/// made too), of the flags raised and of its [`SHAPES`].
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Features {
    pub concepts: Vec<usize>,
    pub flags: Vec<usize>,
    pub shapes: Vec<usize>,
    /// One of the hits is a hard demand ([`HARD_DEMANDS`]).
    pub hard: bool,
}

/// `content/screening/gate.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateFile {
    pub source: String,
    pub last_verified: String,
    /// The hits are set aside when the model's probability that the text is fair is at least
    /// this.
    pub threshold: f64,
    pub bias: f64,
    #[serde(default)]
    pub concepts: BTreeMap<String, f64>,
    #[serde(default)]
    pub flags: BTreeMap<String, f64>,
    #[serde(default)]
    pub shapes: BTreeMap<String, f64>,
}

/// The gate's weights per concept, flag and shape index.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    bias: f64,
    /// The threshold as a log-odds, compared with the score.
    cut: f64,
    concepts: Vec<f64>,
    flags: Vec<f64>,
    shapes: Vec<f64>,
    /// [`HARD_DEMANDS`] as a flag index and concept indexes.
    hard: Vec<(usize, Vec<usize>)>,
    /// [`SOFT_IN_QUESTIONS`] as flag indexes.
    soft_in_questions: Vec<usize>,
}

impl Gate {
    /// Compiles `file` against the scan's concept and flag names; an unknown name is an
    /// error (a renamed concept would otherwise silently lose its weight).
    pub fn new(
        file: &GateFile,
        concepts: &[String],
        flags: &[String],
    ) -> Result<Self, ScreeningError> {
        if !(file.threshold > 0.0 && file.threshold < 1.0 && file.bias.is_finite()) {
            return Err(ScreeningError::InvalidContent(
                "the gate's threshold must be between 0 and 1".into(),
            ));
        }
        let table = |names: &[String],
                     weights: &BTreeMap<String, f64>,
                     what: &str|
         -> Result<Vec<f64>, ScreeningError> {
            let mut out = vec![0.0; names.len()];
            for (name, w) in weights {
                let i = names.iter().position(|n| n == name).ok_or_else(|| {
                    ScreeningError::InvalidContent(format!("gate: unknown {what} {name}"))
                })?;
                if !w.is_finite() {
                    return Err(ScreeningError::InvalidContent(format!(
                        "gate: weight of {name}"
                    )));
                }
                if let Some(slot) = out.get_mut(i) {
                    *slot = *w;
                }
            }
            Ok(out)
        };
        let shapes: Vec<String> = SHAPES.iter().map(|s| (*s).to_owned()).collect();
        // A renamed flag or concept would silently lift the guard: an error instead.
        let index = |names: &[String], name: &str| {
            names.iter().position(|n| n == name).ok_or_else(|| {
                ScreeningError::InvalidContent(format!("gate: hard demand names unknown {name}"))
            })
        };
        let mut hard = Vec::new();
        for (flag, cs) in HARD_DEMANDS {
            let cs = cs
                .iter()
                .map(|c| index(concepts, c))
                .collect::<Result<Vec<_>, _>>()?;
            hard.push((index(flags, flag)?, cs));
        }
        let soft_in_questions = SOFT_IN_QUESTIONS
            .iter()
            .map(|f| index(flags, f))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            bias: file.bias,
            cut: (file.threshold / (1.0 - file.threshold)).ln(),
            concepts: table(concepts, &file.concepts, "concept")?,
            flags: table(flags, &file.flags, "flag")?,
            shapes: table(&shapes, &file.shapes, "shape")?,
            hard,
            soft_in_questions,
        })
    }

    /// Whether a hit of `flag` in a question is no hard demand ([`SOFT_IN_QUESTIONS`]).
    pub(crate) fn soft_in_questions(&self, flag: usize) -> bool {
        self.soft_in_questions.contains(&flag)
    }

    /// The concepts a hit of `flag` needs in its sentence to be a hard demand: `None` when
    /// hits of `flag` never are, an empty list when every one is.
    pub(crate) fn hard_concepts(&self, flag: usize) -> Option<&[usize]> {
        self.hard
            .iter()
            .find(|(f, _)| *f == flag)
            .map(|(_, cs)| cs.as_slice())
    }

    /// The log-odds that the text is fair.
    pub fn score(&self, f: &Features) -> f64 {
        let sum =
            |w: &[f64], idx: &[usize]| -> f64 { idx.iter().filter_map(|&i| w.get(i)).sum::<f64>() };
        self.bias
            + sum(&self.concepts, &f.concepts)
            + sum(&self.flags, &f.flags)
            + sum(&self.shapes, &f.shapes)
    }

    /// Whether the text reads as fair enough to set its hits aside and holds no hard demand.
    pub fn quiets(&self, f: &Features) -> bool {
        !f.hard && self.score(f) >= self.cut
    }
}
