//! The red-flag scan of a pasted job advert or message. Phrases per locale come from
//! `content/screening/patterns/<locale>.toml`. Matching runs on a normalised copy (case
//! folded, accents removed, whitespace collapsed) that remembers where each of its bytes
//! came from, so each hit points at the exact bytes of the ORIGINAL text. Nothing is kept.
//!
//! Speed (docs/PERFORMANCE.md, target under 100 µs for 2,000 words): plain ASCII (letters,
//! digits, single spaces) is copied a run at a time without Unicode tables, the map back to
//! the original is a list of runs rather than two offsets per byte, negators are compared
//! word by word with the last five words, and the phrases of all the chain's locales are
//! one automaton built on first use, so the text is read once (see [`ChainMatcher`]).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
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

/// Where a run of normalised bytes came from.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// First byte of the run in the normalised text.
    norm: usize,
    /// `true`: normalised byte `norm + k` is original byte `orig + k` (ASCII copied as
    /// is). `false`: every byte of the run came from the original range `orig..orig_end`
    /// (one non-ASCII character, or a run of spaces and apostrophes).
    one_to_one: bool,
    orig: usize,
    orig_end: usize,
}

/// Text normalised for matching, with a map back to the original bytes.
#[derive(Debug, Default)]
pub struct Normalized {
    pub text: String,
    /// Sorted by `norm`; every normalised byte is in exactly one run.
    runs: Vec<Run>,
    /// Byte positions in `text` where a sentence or line ends.
    clause_ends: Vec<usize>,
    /// Byte positions in `text` where the next sentence or line begins (just after the
    /// full stop, or after the space a line break became).
    clause_starts: Vec<usize>,
}

impl Normalized {
    /// The original byte range for the normalised range `[start, end)` (`end > start`).
    pub fn original_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let last = end.checked_sub(1)?;
        if last >= self.text.len() || start >= self.text.len() {
            return None;
        }
        let from = self.run_of(start)?;
        let to = self.run_of(last)?;
        let s = if from.one_to_one {
            from.orig + (start - from.norm)
        } else {
            from.orig
        };
        let e = if to.one_to_one {
            to.orig + (last - to.norm) + 1
        } else {
            to.orig_end
        };
        Some((s, e))
    }

    fn run_of(&self, pos: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.norm <= pos);
        self.runs.get(i.checked_sub(1)?)
    }

    /// The clause around the normalised range `[s, e)`: from the start of its sentence
    /// or line to the end of it.
    fn clause(&self, s: usize, e: usize) -> (usize, usize) {
        let i = self.clause_starts.partition_point(|b| *b <= s);
        let start = i
            .checked_sub(1)
            .and_then(|i| self.clause_starts.get(i))
            .copied()
            .unwrap_or(0);
        let j = self.clause_ends.partition_point(|b| *b < e);
        let end = self.clause_ends.get(j).copied().unwrap_or(self.text.len());
        (start, end.max(start))
    }

    /// Appends normalised bytes that came from the original range `orig..orig_end`.
    fn push_mapped(&mut self, s: &str, orig: usize, orig_end: usize) {
        if s.is_empty() {
            return;
        }
        self.runs.push(Run {
            norm: self.text.len(),
            one_to_one: false,
            orig,
            orig_end,
        });
        self.text.push_str(s);
    }

    /// The space that ends the text absorbs one more original character (up to `end`).
    fn extend_space(&mut self, end: usize) {
        let Some(pos) = self.text.len().checked_sub(1) else {
            return;
        };
        match self.runs.last_mut() {
            Some(last) if !last.one_to_one => last.orig_end = end,
            Some(last) => {
                // The space was copied one-to-one: it becomes a run of its own.
                let space = Run {
                    norm: pos,
                    one_to_one: false,
                    orig: last.orig + (pos - last.norm),
                    orig_end: end,
                };
                if last.norm == pos {
                    *last = space;
                } else {
                    self.runs.push(space);
                }
            }
            None => {}
        }
    }

    /// Appends ASCII text copied from original byte `orig` on, lower-cased, extending the
    /// last one-to-one run when it continues it.
    fn push_ascii_run(&mut self, run: &str, orig: usize) {
        let norm = self.text.len();
        let continues = self
            .runs
            .last()
            .is_some_and(|r| r.one_to_one && r.orig + (norm - r.norm) == orig);
        if !continues {
            self.runs.push(Run {
                norm,
                one_to_one: true,
                orig,
                orig_end: orig + run.len(),
            });
        }
        self.text.push_str(run);
        if let Some(pushed) = self.text.get_mut(norm..) {
            pushed.make_ascii_lowercase();
        }
    }
}

const fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// Per byte: ASCII that normalises to itself (lower-cased) and ends no sentence: letters,
/// digits, and punctuation other than `. ! ? ;` and apostrophes. Not spaces. A table,
/// because the copy loop asks for every byte of the text.
const PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        // `char::is_whitespace` for ASCII (a test checks they agree).
        let space = matches!(c, '\t'..='\r' | ' ');
        table[b] = !space && !is_apostrophe(c) && !is_sentence_end(c);
        b += 1;
    }
    table
};

fn is_plain_ascii(b: u8) -> bool {
    PLAIN_ASCII[usize::from(b)]
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2029}')
}

const fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\u{3002}' | '\u{061F}')
}

/// Case folding, accents removed, whitespace runs (and apostrophes) collapsed to one
/// space. Used for both the phrases and the pasted text.
pub fn normalize(original: &str) -> Normalized {
    let mut n = Normalized {
        text: String::with_capacity(original.len()),
        runs: Vec::with_capacity(original.len() / 4),
        clause_ends: Vec::new(),
        clause_starts: Vec::new(),
    };
    let mut in_space = false;
    // The folded form of one non-ASCII character (a few bytes; reused).
    let mut folded = String::new();
    let bytes = original.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most adverts are mostly ASCII: a run of ASCII letters, digits, single spaces and
        // punctuation that ends nothing is copied and lower-cased in one go, and maps to
        // the original byte for byte.
        if is_plain_ascii(b) || (b == b' ' && !in_space) {
            let mut after_space = in_space;
            // Without branches on the kind of byte (a branch per word boundary was
            // mispredicted about once a word).
            let len = bytes
                .get(i..)
                .unwrap_or_default()
                .iter()
                .position(|&c| {
                    let space = c == b' ';
                    let stop = (space & after_space) | !(space | is_plain_ascii(c));
                    after_space = space;
                    stop
                })
                .unwrap_or(bytes.len() - i);
            if let Some(run) = original.get(i..i + len) {
                n.push_ascii_run(run, i);
                in_space = run.as_bytes().last() == Some(&b' ');
            }
            i += len;
            continue;
        }
        let Some(c) = original.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let end = i + c.len_utf8();
        // Apostrophes count as spaces, so "l'employeur" matches "L employeur" and "don't"
        // matches "don t".
        if c.is_whitespace() || is_apostrophe(c) {
            let line_break = is_line_break(c);
            if line_break {
                n.clause_ends.push(n.text.len());
            }
            if in_space {
                n.extend_space(end);
            } else {
                n.push_mapped(" ", i, end);
                in_space = true;
            }
            if line_break {
                n.clause_starts.push(n.text.len());
            }
            i = end;
            continue;
        }
        in_space = false;
        let sentence_end = is_sentence_end(c);
        if sentence_end {
            n.clause_ends.push(n.text.len());
        }
        if c.is_ascii() {
            // ASCII punctuation and symbols are kept as they are.
            n.push_ascii_run(original.get(i..end).unwrap_or_default(), i);
        } else {
            folded.clear();
            for lower in c.to_lowercase() {
                decompose_canonical(lower, |d| {
                    if !is_combining_mark(d) {
                        folded.push(d);
                    }
                });
            }
            n.push_mapped(&folded, i, end);
        }
        if sentence_end {
            n.clause_starts.push(n.text.len());
        }
        i = end;
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

/// A chain's automaton is a DFA up to this size, else a contiguous NFA. fr+en is 0.38 MB;
/// Arabic's bytes multiply the DFA's byte classes (ar+fr+en 2.2 MB), and past a few
/// hundred KB the DFA stops fitting the cache: on a 2,000-word advert the ar+fr+en NFA
/// (84 KB) is faster than its DFA (32 vs 37 µs), and both beat one DFA per locale (62 µs).
const MAX_DFA_BYTES: usize = 1 << 20;

/// How many chains keep their automaton (a person uses one or two; each is at most about
/// 1 MB).
const MAX_CHAINS: usize = 4;

/// The phrases of every locale in one language chain as one automaton, so the text is read
/// once however many locales the chain has (fr+en: 20 µs for 2,000 words instead of 41 µs
/// for one DFA per locale).
#[derive(Debug)]
struct ChainMatcher {
    /// Indices into [`Scanners::locales`], in chain order.
    locales: Vec<usize>,
    matcher: AhoCorasick,
    /// Pattern → each (position in `locales`, phrase index in that locale) it stands for:
    /// the same normalised phrase can be in two locales.
    owners: Vec<Vec<(usize, usize)>>,
}

impl ChainMatcher {
    fn new(all: &[LocaleRules], locales: Vec<usize>) -> Result<Self, ScreeningError> {
        let mut phrases: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for (pos, rules) in locales.iter().filter_map(|&l| all.get(l)).enumerate() {
            names.push(&rules.locale);
            for (pi, phrase) in rules.phrases.iter().enumerate() {
                // A linear search (as in `Scanners::new`): a chain has a few hundred
                // phrases, built once, and a map would add code to the library.
                let id = match phrases.iter().position(|p| *p == phrase) {
                    Some(id) => id,
                    None => {
                        phrases.push(phrase);
                        owners.push(Vec::new());
                        phrases.len() - 1
                    }
                };
                if let Some(o) = owners.get_mut(id) {
                    o.push((pos, pi));
                }
            }
        }
        let build = |kind| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(kind))
                .build(&phrases)
        };
        // A DFA reads the text 3-5 times faster than the default NFA while it stays small.
        let matcher = match build(AhoCorasickKind::DFA) {
            Ok(dfa) if dfa.memory_usage() <= MAX_DFA_BYTES => dfa,
            _ => build(AhoCorasickKind::ContiguousNFA)
                .or_else(|_| build(AhoCorasickKind::NoncontiguousNFA))
                .map_err(|_| {
                    ScreeningError::InvalidContent(format!("patterns/{}", names.join("+")))
                })?,
        };
        Ok(Self {
            locales,
            matcher,
            owners,
        })
    }
}

/// The compiled phrases and rules of one locale's pattern file.
#[derive(Debug)]
struct LocaleRules {
    locale: String,
    /// The locale's distinct normalised phrases, and for each the flags it raises.
    phrases: Vec<String>,
    phrase_flags: Vec<Vec<usize>>,
    /// Flag index (into [`Scanners::flags`]) → cancel phrases of this locale.
    cancel: Vec<Vec<String>>,
    /// Each negator as its words (`"do not"` → `["do", "not"]`).
    negators: Vec<Vec<String>>,
    clause_words: Vec<String>,
}

/// Whether a negator's words stand side by side in `window` (words in reading order):
/// the same as finding `" do not "` in `" we do not "`, without a substring search per
/// negator and hit (that search was a quarter of the scan).
fn negator_in(negator: &[String], window: &[&str]) -> bool {
    match negator {
        // An empty negator (`"  "` padded) is found only in an empty window.
        [only] if only.is_empty() => window.is_empty(),
        [] => false,
        // A negator with an empty word (a doubled space) never matches: words are not
        // empty.
        _ => window
            .windows(negator.len())
            .any(|w| w.iter().zip(negator).all(|(word, n)| *word == n.as_str())),
    }
}

impl LocaleRules {
    /// "you never pay a fee": a negator among the five words before the hit, or a cancel
    /// phrase for this flag in the same sentence or line.
    fn negated(&self, n: &Normalized, flag: usize, s: usize, e: usize) -> bool {
        let text = n.text.as_str();
        let (clause_start, clause_end) = n.clause(s, e);
        let before = text.get(clause_start..s).unwrap_or_default();
        // A comma or colon starts a new phrase: "not included, pay a deposit" is a fee.
        // (Both are ASCII, so never part of a longer character.)
        let before = before
            .as_bytes()
            .iter()
            .rposition(|&b| b == b',' || b == b':')
            .and_then(|i| before.get(i + 1..))
            .unwrap_or(before);
        // The last five words, stopping at a clause word ("and", "but").
        let mut last: [&str; NEGATION_WINDOW] = [""; NEGATION_WINDOW];
        let mut count = 0;
        for w in before
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .rev()
            .filter(|w| !w.is_empty())
        {
            if count == NEGATION_WINDOW || self.clause_words.iter().any(|c| c == w) {
                break;
            }
            if let Some(slot) = last.get_mut(count) {
                *slot = w;
            }
            count += 1;
        }
        let window = last.get_mut(..count).unwrap_or_default();
        window.reverse();
        if self.negators.iter().any(|neg| negator_in(neg, window)) {
            return true;
        }
        let clause = text.get(clause_start..clause_end).unwrap_or_default();
        self.cancel
            .get(flag)
            .is_some_and(|cues| cues.iter().any(|c| clause.contains(c.as_str())))
    }
}

/// The compiled phrases of every locale that ships patterns.
#[derive(Debug, Default)]
pub struct Scanners {
    /// Red-flag ids, shared by all locales.
    flags: Vec<String>,
    locales: Vec<LocaleRules>,
    /// The automata of the chains scanned last, most recent first (built on the first scan
    /// with a chain, about 1-3 ms, then kept with the content).
    chains: Mutex<Vec<Arc<ChainMatcher>>>,
}

impl Scanners {
    /// Compiles the pattern files; a later file for the same locale replaces an earlier one.
    pub fn new(files: &[PatternFile]) -> Result<Self, ScreeningError> {
        let mut by_locale: BTreeMap<&str, &PatternFile> = BTreeMap::new();
        for f in files {
            by_locale.insert(f.locale.as_str(), f);
        }
        let mut flags: Vec<String> = Vec::new();
        let mut locales = Vec::new();
        for file in by_locale.values() {
            let mut cancel: Vec<Vec<String>> = Vec::new();
            let mut phrases: Vec<String> = Vec::new();
            let mut phrase_flags: Vec<Vec<usize>> = Vec::new();
            for flag in &file.flags {
                let fi = match flags.iter().position(|f| *f == flag.id) {
                    Some(fi) => fi,
                    None => {
                        flags.push(flag.id.clone());
                        flags.len() - 1
                    }
                };
                if cancel.len() <= fi {
                    cancel.resize(fi + 1, Vec::new());
                }
                if let Some(c) = cancel.get_mut(fi) {
                    c.extend(flag.cancel_when.iter().map(|c| normalize_phrase(c)));
                }
                for p in &flag.phrases {
                    let p = normalize_phrase(p);
                    if p.is_empty() {
                        continue;
                    }
                    let pi = match phrases.iter().position(|q| *q == p) {
                        Some(pi) => pi,
                        None => {
                            phrases.push(p);
                            phrase_flags.push(Vec::new());
                            phrases.len() - 1
                        }
                    };
                    if let Some(f) = phrase_flags.get_mut(pi)
                        && !f.contains(&fi)
                    {
                        f.push(fi);
                    }
                }
            }
            locales.push(LocaleRules {
                locale: file.locale.clone(),
                phrases,
                phrase_flags,
                cancel,
                negators: file
                    .negators
                    .iter()
                    .map(|c| normalize_phrase(c).split(' ').map(str::to_owned).collect())
                    .collect(),
                clause_words: file
                    .clause_words
                    .iter()
                    .map(|c| normalize_phrase(c))
                    .collect(),
            });
        }
        Ok(Self {
            flags,
            locales,
            chains: Mutex::new(Vec::new()),
        })
    }

    /// The automaton for the chain of locale indices `locales`, built on first use.
    fn chain_matcher(&self, locales: Vec<usize>) -> Result<Arc<ChainMatcher>, ScreeningError> {
        // A scan never panics while holding the lock, but a poisoned cache is still valid.
        let mut cache = self.chains.lock().unwrap_or_else(PoisonError::into_inner);
        let matcher = match cache.iter().position(|m| m.locales == locales) {
            Some(i) => cache.remove(i),
            None => Arc::new(ChainMatcher::new(&self.locales, locales)?),
        };
        cache.insert(0, Arc::clone(&matcher));
        cache.truncate(MAX_CHAINS);
        Ok(matcher)
    }

    /// Scans with the patterns of each locale in `locales` that has them (the person's
    /// language chain, which always ends in English), merging hits of the same flag: an
    /// earlier locale's hit wins over an overlapping one of a later locale.
    pub fn scan(&self, text: &str, locales: &[String]) -> Result<Vec<Hit>, ScreeningError> {
        let mut chain: Vec<usize> = Vec::new();
        for l in locales {
            if let Some(i) = self.locales.iter().position(|r| r.locale == *l)
                && !chain.contains(&i)
            {
                chain.push(i);
            }
        }
        if chain.is_empty() {
            return Ok(Vec::new());
        }
        let matcher = self.chain_matcher(chain)?;
        let n = normalize(text);
        let text_n = n.text.as_str();
        // Per locale of the chain: (flag, start, end) in the normalised text.
        let mut candidates: Vec<Vec<(usize, usize, usize)>> =
            vec![Vec::new(); matcher.locales.len()];
        for m in matcher.matcher.find_overlapping_iter(text_n) {
            let (s, e) = (m.start(), m.end());
            let before_ok = text_n
                .get(..s)
                .and_then(|t| t.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text_n
                .get(e..)
                .and_then(|t| t.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
            if !before_ok || !after_ok {
                continue;
            }
            for &(pos, phrase) in matcher
                .owners
                .get(m.pattern().as_usize())
                .into_iter()
                .flatten()
            {
                let (Some(rules), Some(found)) = (
                    matcher.locales.get(pos).and_then(|&l| self.locales.get(l)),
                    candidates.get_mut(pos),
                ) else {
                    continue;
                };
                for &flag in rules.phrase_flags.get(phrase).into_iter().flatten() {
                    if !rules.negated(&n, flag, s, e) {
                        found.push((flag, s, e));
                    }
                }
            }
        }
        // Per flag: the (start, end) of its hits in the original text.
        let mut hits: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.flags.len()];
        // Per flag: the furthest end of the spans kept so far in this locale.
        let mut kept_end: Vec<usize> = vec![0; self.flags.len()];
        for found in &mut candidates {
            // Longest first at each start, then keep non-overlapping spans per flag; a
            // hit overlapping one of the same flag from an earlier locale (in the original
            // text) is left out.
            found.sort_by(|a, b| (a.1, b.2).cmp(&(b.1, a.2)));
            kept_end.fill(0);
            for &(flag, s, e) in found.iter() {
                // Spans come by start (and no phrase is empty), so one overlaps a kept
                // span of its flag exactly when it starts before the furthest kept end.
                let (Some(end_so_far), Some(flag_hits)) =
                    (kept_end.get_mut(flag), hits.get_mut(flag))
                else {
                    continue;
                };
                if s < *end_so_far {
                    continue;
                }
                *end_so_far = e;
                let Some((start, end)) = n.original_span(s, e) else {
                    continue;
                };
                if !flag_hits.iter().any(|&(hs, he)| hs < end && start < he) {
                    flag_hits.push((start, end));
                }
            }
        }
        let mut hits: Vec<Hit> = hits
            .iter()
            .zip(&self.flags)
            .flat_map(|(spans, flag)| {
                spans.iter().map(|&(start, end)| Hit {
                    flag: flag.clone(),
                    start,
                    end,
                })
            })
            .collect();
        hits.sort_by(|a, b| (a.start, a.end, &a.flag).cmp(&(b.start, b.end, &b.flag)));
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_ascii_table_agrees_with_the_character_tests() {
        for b in 0..=u8::MAX {
            let c = char::from(b);
            let plain =
                b.is_ascii() && !c.is_whitespace() && !is_apostrophe(c) && !is_sentence_end(c);
            assert_eq!(is_plain_ascii(b), plain, "byte {b}");
        }
    }

    #[test]
    fn a_negator_is_found_by_words_exactly_where_the_padded_substring_is() {
        let negators = ["never", "do not", "not", "", " nt", "a  b", "no-one", "do"];
        let windows: [&[&str]; 6] = [
            &[],
            &["never"],
            &["we", "do", "not"],
            &["don", "t", "do"],
            &["not", "do"],
            &["nevermore", "a", "b"],
        ];
        for neg in negators {
            let words: Vec<String> = neg.split(' ').map(str::to_owned).collect();
            for window in windows {
                let padded = format!(" {} ", window.join(" "));
                assert_eq!(
                    negator_in(&words, window),
                    padded.contains(&format!(" {neg} ")),
                    "{neg:?} in {window:?}"
                );
            }
        }
    }
}
