//! The red-flag scan of a pasted job advert or message. Phrases per locale come from
//! `content/screening/patterns/<locale>.toml`. Matching runs on a normalised copy (case
//! folded, accents removed, whitespace collapsed) that remembers, for every byte, where it
//! came from, so each hit points at the exact bytes of the ORIGINAL text. Nothing is kept.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::ScreeningError;

/// `content/screening/patterns/<locale>.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternFile {
    pub locale: String,
    pub source: String,
    pub last_verified: String,
    /// Words that cancel a hit when they come within the five words before it
    /// ("you never pay a fee"). Apostrophes are spaces: `n'` is the word `n`.
    #[serde(default)]
    pub negators: Vec<String>,
    /// Words that start a new clause, so a negator before them does not reach a hit after
    /// them ("boots are not provided and you must pay a fee").
    #[serde(default)]
    pub clause_words: Vec<String>,
    pub flags: Vec<FlagPatterns>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagPatterns {
    /// A red-flag id from `red_flags.toml`.
    pub id: String,
    pub phrases: Vec<String>,
    /// Phrases that cancel this flag anywhere in the same sentence or line
    /// ("the employer pays all recruitment costs").
    #[serde(default)]
    pub cancel_when: Vec<String>,
}

/// Text normalised for matching, with a map back to the original bytes.
#[derive(Debug, Default)]
pub struct Normalized {
    pub text: String,
    /// For each byte of `text`: the original byte range of the character it came from.
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// Byte positions in `text` where a sentence or line ends.
    breaks: Vec<usize>,
}

impl Normalized {
    /// The original byte range for the normalised range `[start, end)` (`end > start`).
    pub fn original_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        Some((
            *self.starts.get(start)?,
            *self.ends.get(end.checked_sub(1)?)?,
        ))
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// Case folding, accents removed, whitespace runs (and apostrophes) collapsed to one
/// space. Used for both the phrases and the pasted text.
pub fn normalize(original: &str) -> Normalized {
    let mut n = Normalized {
        text: String::with_capacity(original.len()),
        starts: Vec::with_capacity(original.len()),
        ends: Vec::with_capacity(original.len()),
        breaks: Vec::new(),
    };
    let mut in_space = false;
    for (i, c) in original.char_indices() {
        let end = i + c.len_utf8();
        // Apostrophes count as spaces, so "l'employeur" matches "L employeur" and "don't"
        // matches "don t".
        if c.is_whitespace() || is_apostrophe(c) {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                n.breaks.push(n.text.len());
            }
            if in_space {
                if let Some(last) = n.ends.last_mut() {
                    *last = end;
                }
            } else {
                n.text.push(' ');
                n.starts.push(i);
                n.ends.push(end);
                in_space = true;
            }
            continue;
        }
        in_space = false;
        if matches!(c, '.' | '!' | '?' | ';' | '\u{3002}' | '\u{061F}') {
            n.breaks.push(n.text.len());
        }
        let mut push = |ch: char| {
            let before = n.text.len();
            n.text.push(ch);
            for _ in before..n.text.len() {
                n.starts.push(i);
                n.ends.push(end);
            }
        };
        for lower in c.to_lowercase() {
            decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    push(d);
                }
            });
        }
    }
    n
}

/// The normalised form of a phrase from content (no offsets needed).
pub fn normalize_phrase(phrase: &str) -> String {
    normalize(phrase.trim()).text
}

/// One hit of the scan, with byte offsets into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub flag: String,
    pub start: usize,
    pub end: usize,
}

/// How many words before a hit a negator may stand ("we will never ask you to pay a fee").
const NEGATION_WINDOW: usize = 5;

/// The compiled phrases of one locale.
#[derive(Debug)]
pub struct Scanner {
    matcher: AhoCorasick,
    /// Pattern index → flag index.
    pattern_flag: Vec<usize>,
    flags: Vec<String>,
    cancel: Vec<Vec<String>>,
    negators: Vec<String>,
    clause_words: Vec<String>,
}

impl Scanner {
    pub fn new(file: &PatternFile) -> Result<Self, ScreeningError> {
        let mut phrases = Vec::new();
        let mut pattern_flag = Vec::new();
        for (fi, flag) in file.flags.iter().enumerate() {
            for p in &flag.phrases {
                let p = normalize_phrase(p);
                if !p.is_empty() {
                    phrases.push(p);
                    pattern_flag.push(fi);
                }
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .map_err(|_| ScreeningError::InvalidContent(format!("patterns/{}", file.locale)))?;
        Ok(Self {
            matcher,
            pattern_flag,
            flags: file.flags.iter().map(|f| f.id.clone()).collect(),
            cancel: file
                .flags
                .iter()
                .map(|f| f.cancel_when.iter().map(|c| normalize_phrase(c)).collect())
                .collect(),
            negators: file.negators.iter().map(|c| normalize_phrase(c)).collect(),
            clause_words: file
                .clause_words
                .iter()
                .map(|c| normalize_phrase(c))
                .collect(),
        })
    }

    /// Every non-negated hit in `n`, at most one per flag for overlapping spans.
    pub fn scan(&self, n: &Normalized) -> Vec<Hit> {
        let text = n.text.as_str();
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.matcher.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if !before_ok || !after_ok {
                continue;
            }
            let Some(flag) = self.pattern_flag.get(m.pattern().as_usize()).copied() else {
                continue;
            };
            if self.negated(n, flag, s, e) {
                continue;
            }
            candidates.push((flag, s, e));
        }
        // Longest first at each start, then keep non-overlapping spans per flag.
        candidates.sort_by(|a, b| (a.1, b.2).cmp(&(b.1, a.2)));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for c in candidates {
            if kept.iter().any(|k| k.0 == c.0 && k.1 < c.2 && c.1 < k.2) {
                continue;
            }
            kept.push(c);
        }
        kept.into_iter()
            .filter_map(|(flag, s, e)| {
                let (start, end) = n.original_span(s, e)?;
                Some(Hit {
                    flag: self.flags.get(flag)?.clone(),
                    start,
                    end,
                })
            })
            .collect()
    }

    /// "you never pay a fee": a negator among the five words before the hit, or a cancel
    /// phrase for this flag in the same sentence or line.
    fn negated(&self, n: &Normalized, flag: usize, s: usize, e: usize) -> bool {
        let text = n.text.as_str();
        let clause_start = n.breaks.iter().rev().find(|b| **b < s).map_or(0, |b| b + 1);
        let clause_end = n
            .breaks
            .iter()
            .find(|b| **b >= e)
            .copied()
            .unwrap_or(text.len());
        let before = text.get(clause_start..s).unwrap_or_default();
        // A comma or colon starts a new phrase: "not included, pay a deposit" is a fee.
        let before = before.rsplit([',', ':']).next().unwrap_or_default();
        let words: Vec<&str> = before
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .filter(|w| !w.is_empty())
            .collect();
        let clause_from = words
            .iter()
            .rposition(|w| self.clause_words.iter().any(|c| c == w))
            .map_or(0, |i| i + 1);
        let words = &words[clause_from..];
        let window = &words[words.len().saturating_sub(NEGATION_WINDOW)..];
        let joined = format!(" {} ", window.join(" "));
        let negated = self
            .negators
            .iter()
            .any(|neg| joined.contains(&format!(" {neg} ")));
        if negated {
            return true;
        }
        let clause = text.get(clause_start..clause_end).unwrap_or_default();
        self.cancel
            .get(flag)
            .is_some_and(|cues| cues.iter().any(|c| clause.contains(c.as_str())))
    }
}

/// The scanners of every locale that ships patterns.
#[derive(Debug, Default)]
pub struct Scanners {
    pub by_locale: BTreeMap<String, Scanner>,
}

impl Scanners {
    /// Scans with the patterns of each locale in `locales` that has them (the person's
    /// language chain, which always ends in English), merging hits of the same flag.
    pub fn scan(&self, text: &str, locales: &[String]) -> Vec<Hit> {
        let n = normalize(text);
        let mut hits: Vec<Hit> = Vec::new();
        for locale in locales {
            let Some(scanner) = self.by_locale.get(locale) else {
                continue;
            };
            for hit in scanner.scan(&n) {
                let overlaps = hits
                    .iter()
                    .any(|h| h.flag == hit.flag && h.start < hit.end && hit.start < h.end);
                if !overlaps {
                    hits.push(hit);
                }
            }
        }
        hits.sort_by(|a, b| (a.start, a.end, &a.flag).cmp(&(b.start, b.end, &b.flag)));
        hits
    }
}
