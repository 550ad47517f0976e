#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

//! The straightforward scan that the optimised one in `scan.rs` must agree with (tests
//! only): two offsets per normalised byte, one automaton per locale scanned in turn, and
//! the negation window built with fresh strings for every hit. Same rules, no shortcuts.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::scan::{Hit, PatternFile};

pub struct Normalized {
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
    clause_ends: Vec<usize>,
    clause_starts: Vec<usize>,
}

impl Normalized {
    pub fn original_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        Some((
            *self.starts.get(start)?,
            *self.ends.get(end.checked_sub(1)?)?,
        ))
    }
}

pub fn normalize(original: &str) -> Normalized {
    let mut n = Normalized {
        text: String::new(),
        starts: Vec::new(),
        ends: Vec::new(),
        clause_ends: Vec::new(),
        clause_starts: Vec::new(),
    };
    let mut in_space = false;
    for (i, c) in original.char_indices() {
        let end = i + c.len_utf8();
        let apostrophe = matches!(
            c,
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
        );
        if c.is_whitespace() || apostrophe {
            let line_break = matches!(c, '\n' | '\r' | '\u{2029}');
            if line_break {
                n.clause_ends.push(n.text.len());
            }
            if in_space {
                *n.ends.last_mut().unwrap() = end;
            } else {
                n.text.push(' ');
                n.starts.push(i);
                n.ends.push(end);
                in_space = true;
            }
            if line_break {
                n.clause_starts.push(n.text.len());
            }
            continue;
        }
        in_space = false;
        let sentence_end = matches!(c, '.' | '!' | '?' | ';' | '\u{3002}' | '\u{061F}');
        if sentence_end {
            n.clause_ends.push(n.text.len());
        }
        for lower in c.to_lowercase() {
            decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    let before = n.text.len();
                    n.text.push(d);
                    for _ in before..n.text.len() {
                        n.starts.push(i);
                        n.ends.push(end);
                    }
                }
            });
        }
        if sentence_end {
            n.clause_starts.push(n.text.len());
        }
    }
    n
}

fn phrase(p: &str) -> String {
    normalize(p.trim()).text
}

struct Scanner {
    matcher: AhoCorasick,
    pattern_flag: Vec<usize>,
    flags: Vec<String>,
    cancel: Vec<Vec<String>>,
    negators: Vec<String>,
    clause_words: Vec<String>,
}

impl Scanner {
    fn new(file: &PatternFile) -> Self {
        let mut phrases = Vec::new();
        let mut pattern_flag = Vec::new();
        for (fi, flag) in file.flags.iter().enumerate() {
            for p in &flag.phrases {
                let p = phrase(p);
                if !p.is_empty() {
                    phrases.push(p);
                    pattern_flag.push(fi);
                }
            }
        }
        Self {
            matcher: AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&phrases)
                .unwrap(),
            pattern_flag,
            flags: file.flags.iter().map(|f| f.id.clone()).collect(),
            cancel: file
                .flags
                .iter()
                .map(|f| f.cancel_when.iter().map(|c| phrase(c)).collect())
                .collect(),
            negators: file.negators.iter().map(|c| phrase(c)).collect(),
            clause_words: file.clause_words.iter().map(|c| phrase(c)).collect(),
        }
    }

    fn scan(&self, n: &Normalized) -> Vec<Hit> {
        let text = n.text.as_str();
        let mut candidates = Vec::new();
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
            let flag = self.pattern_flag[m.pattern().as_usize()];
            if !self.negated(n, flag, s, e) {
                candidates.push((flag, s, e));
            }
        }
        candidates.sort_by(|a, b| (a.1, b.2).cmp(&(b.1, a.2)));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for c in candidates {
            if !kept.iter().any(|k| k.0 == c.0 && k.1 < c.2 && c.1 < k.2) {
                kept.push(c);
            }
        }
        kept.into_iter()
            .map(|(flag, s, e)| Hit {
                flag: self.flags[flag].clone(),
                start: n.starts[s],
                end: n.ends[e - 1],
            })
            .collect()
    }

    fn negated(&self, n: &Normalized, flag: usize, s: usize, e: usize) -> bool {
        let text = n.text.as_str();
        let clause_start = n
            .clause_starts
            .iter()
            .rev()
            .find(|b| **b <= s)
            .copied()
            .unwrap_or(0);
        let clause_end = n
            .clause_ends
            .iter()
            .find(|b| **b >= e)
            .copied()
            .unwrap_or(text.len())
            .max(clause_start);
        let before = &text[clause_start..s];
        let before = before.rsplit([',', ':']).next().unwrap();
        let words: Vec<&str> = before
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .filter(|w| !w.is_empty())
            .collect();
        let clause_from = words
            .iter()
            .rposition(|w| self.clause_words.iter().any(|c| c == w))
            .map_or(0, |i| i + 1);
        let words = &words[clause_from..];
        let window = &words[words.len().saturating_sub(5)..];
        let joined = format!(" {} ", window.join(" "));
        if self
            .negators
            .iter()
            .any(|neg| joined.contains(&format!(" {neg} ")))
        {
            return true;
        }
        let clause = &text[clause_start..clause_end];
        self.cancel[flag]
            .iter()
            .any(|c| clause.contains(c.as_str()))
    }
}

pub struct Scanners(BTreeMap<String, Scanner>);

impl Scanners {
    pub fn new(files: &[PatternFile]) -> Self {
        Self(
            files
                .iter()
                .map(|f| (f.locale.clone(), Scanner::new(f)))
                .collect(),
        )
    }

    pub fn scan(&self, text: &str, locales: &[String]) -> Vec<Hit> {
        let n = normalize(text);
        let mut hits: Vec<Hit> = Vec::new();
        for locale in locales {
            let Some(scanner) = self.0.get(locale) else {
                continue;
            };
            for hit in scanner.scan(&n) {
                if !hits
                    .iter()
                    .any(|h| h.flag == hit.flag && h.start < hit.end && hit.start < h.end)
                {
                    hits.push(hit);
                }
            }
        }
        hits.sort_by(|a, b| (a.start, a.end, &a.flag).cmp(&(b.start, b.end, &b.flag)));
        hits
    }
}
