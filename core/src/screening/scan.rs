//! The red-flag scan of a pasted job advert or message, by concepts. Each language has
//! lexicons of concepts (`content/screening/concepts/<locale>.toml`: payment words, fee
//! nouns, passport nouns, hand-over verbs, ...); a red flag is a rule over concepts found
//! close together (`content/screening/rules.toml`), cancelled by a negation just before it
//! or by an exception concept in the same sentence ("the employer pays"), and never raised
//! from words that a leaflet only describes (a third party's demand in a condition or a
//! question, signs listed under a header: rules with an `extent`). Rules are the
//! same for every language, so word order and the language mix of a message matter less
//! than the words.
//!
//! Matching runs on a normalised copy (case folded, accents removed, Arabic letter forms
//! unified, digits of any script as ASCII, whitespace collapsed) that remembers where each
//! of its bytes came from, so each hit points at the exact bytes of the ORIGINAL text.
//! Entries made of whole words ("passport", "visa fee") are looked up word by word in hash
//! maps; the few that match inside words (`pay*`, `*pasipoti*`) are one small automaton.
//! Both are built on first use for the person's language chain. Nothing is kept.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, PoisonError};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{Anchored, MatchKind, dfa};
use serde::Deserialize;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::ScreeningError;
use super::gate::{Features, Gate, GateFile, SHAPES, shapes_of};
use words::{HashIndex, Key, KeyBytes, eight_at, pair_hash};

mod words;

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
}

/// A normalised text being written: bytes rather than a `String` so that ASCII can be
/// lower-cased eight bytes at a time (only whole characters are ever appended).
struct Normalizing {
    text: Vec<u8>,
    runs: Vec<Run>,
    clause_ends: Vec<usize>,
}

impl Normalizing {
    fn finish(self) -> Normalized {
        Normalized {
            // Always valid UTF-8 (ASCII and whole characters were appended); never lossy.
            text: String::from_utf8(self.text)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            runs: self.runs,
            clause_ends: self.clause_ends,
        }
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
        self.text.extend_from_slice(s.as_bytes());
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
    fn push_ascii_run(&mut self, run: &[u8], orig: usize) {
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
        self.text.extend_from_slice(run);
        let mut chunks = self
            .text
            .get_mut(norm..)
            .unwrap_or_default()
            .chunks_exact_mut(8);
        for chunk in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            chunk.copy_from_slice(&ascii_lowercase(u64::from_le_bytes(w)).to_le_bytes());
        }
        chunks.into_remainder().make_ascii_lowercase();
    }
}

/// Eight bytes with each ASCII capital lower-cased (its 0x20 bit set), other bytes kept.
fn ascii_lowercase(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, the high bit of each sum says "at least `A`" and "above `Z`" for the low
    // seven bits (no sum carries into the next byte); a byte above 0x7F is no capital.
    let low7 = w & !HIGH;
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let above_z = low7 + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = from_a & !above_z & !w & HIGH;
    w | (capital >> 2)
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
    matches!(
        c,
        '.' | '!' | '?' | ';' | '\u{3002}' | '\u{061F}' | '\u{061B}'
    )
}

/// Whether a full stop is part of an address rather than the end of a sentence: a
/// letter or digit before it and a small letter or digit right after, as in
/// `jobs.dubai@gmail.com`, `www.site.fr` (a sentence typed as "pay now.Call me" still
/// ends, its next word starts with a capital).
fn inside_address(before: Option<&u8>, after: &[u8]) -> bool {
    before.is_some_and(u8::is_ascii_alphanumeric)
        && after
            .first()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether a full stop is one of a row of four or more that leads a price list's item to
/// its price ("Medical ........ J$9,500"): the item and its price are one sentence (an
/// ellipsis of three still ends one).
fn in_dot_leader(before: &[u8], after: &[u8]) -> bool {
    let before = before.iter().rev().take_while(|&&c| c == b'.').count();
    let after = after.iter().take_while(|&&c| c == b'.').count();
    before + 1 + after >= 4
}

/// Whether a full stop ends the abbreviation of "number" before a number on the same
/// line ("Licence No. 1234", "n°. 45", "Nr. 7"), so a licence number stays in the
/// sentence of its licence word. `before` is the text up to the full stop.
fn ends_number_abbreviation(before: &[u8], after: &[u8]) -> bool {
    const ABBREVIATIONS: [&[u8]; 6] = [
        b"no",
        b"nr",
        b"num",
        b"nro",
        "n\u{b0}".as_bytes(),
        "n\u{ba}".as_bytes(),
    ];
    let digit_follows = match after {
        [b' ', d, ..] | [d, ..] => d.is_ascii_digit(),
        [] => false,
    };
    digit_follows
        && ABBREVIATIONS.iter().any(|a| {
            before.len() >= a.len()
                && before
                    .get(before.len() - a.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(a))
                && !before
                    .get(..before.len() - a.len())
                    .and_then(|start| start.last())
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
}

/// Whether an emoji ends a sentence: chat messages put one where a full stop would be
/// ("no experience needed 😊 Our lawyer…"), so it does when a capital letter follows.
/// Hearts and kisses are words of a sweetheart's message (`is_sign`), not ends.
fn ends_with_emoji(c: char, after: &str) -> bool {
    let emoji = matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF) && !is_sign(c);
    emoji
        && after
            .trim_start_matches([' ', '\u{FE0F}'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The value of a decimal digit of another script (Arabic-Indic, Persian, Devanagari,
/// Bengali, Thai, Myanmar, full-width).
fn digit_value(c: char) -> Option<u32> {
    const ZEROS: [u32; 7] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10];
    let c = u32::from(c);
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&c))
        .map(|z| c - z)
}

/// The folded form of one non-ASCII character: lower case without accents; Arabic letter
/// variants as one letter (alef with hamza or madda, alef wasla → alef; taa marbuta → haa;
/// alef maqsura and Persian yeh → yaa; hamza seats → their letter), tatweel and short
/// vowels dropped; the Persian letters of Maghrebi, Egyptian and Gulf spelling as the
/// Arabic letter they stand for; digits of any script as ASCII digits, with the Arabic
/// thousands and decimal separators as `,` and `.` ("١٬٥٠٠" is 1,500).
pub fn fold_char(c: char, out: &mut String) {
    match c {
        // Most of an Arabic text: letters that fold to themselves, and short vowels, which
        // are dropped (the general path below gives the same, a few times slower).
        '\u{0621}'
        | '\u{0627}'
        | '\u{0628}'
        | '\u{062A}'..='\u{063A}'
        | '\u{0641}'..='\u{0648}'
        | '\u{064A}' => return out.push(c),
        '\u{064B}'..='\u{065F}' | '\u{0670}' => return,
        _ => {}
    }
    fold_general(c, out);
}

/// `fold_char` without its shortcut for common Arabic letters.
fn fold_general(c: char, out: &mut String) {
    match c {
        '\u{0640}' => return,
        '\u{0629}' => return out.push('\u{0647}'),
        '\u{0649}' | '\u{06CC}' => return out.push('\u{064A}'),
        '\u{0671}' => return out.push('\u{0627}'),
        '\u{06A9}' => return out.push('\u{0643}'),
        // Heh doachashmee and heh goal (Urdu keyboards) → heh.
        '\u{06BE}' | '\u{06C1}' => return out.push('\u{0647}'),
        // Peh → beh: "الپاسپور" is "الباسبور".
        '\u{067E}' => return out.push('\u{0628}'),
        // Veh (Maghrebi ڤ and ڥ) → feh: "ڤيزا" is "فيزا".
        '\u{06A4}' | '\u{06A5}' => return out.push('\u{0641}'),
        // Gaf, and the Maghrebi g letters ڨ and ڭ, write the /g/ that is qaf elsewhere:
        // "ما تگوليش", "ڨال" are "ما تقوليش", "قال".
        '\u{06AF}' | '\u{06A8}' | '\u{06AD}' => return out.push('\u{0642}'),
        // Tcheh → jeem, jeh → zain.
        '\u{0686}' => return out.push('\u{062C}'),
        '\u{0698}' => return out.push('\u{0632}'),
        '\u{066C}' => return out.push(','),
        '\u{066B}' => return out.push('.'),
        // Ligatures as their letters ("cœur" is typed "coeur" as often).
        '\u{0153}' | '\u{0152}' => return out.push_str("oe"),
        '\u{00E6}' | '\u{00C6}' => return out.push_str("ae"),
        _ => {}
    }
    if let Some(d) = digit_value(c).and_then(|d| char::from_digit(d, 10)) {
        return out.push(d);
    }
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

/// Case folding, accents removed, whitespace runs (and apostrophes) collapsed to one
/// space. Used for both the phrases and the pasted text.
pub fn normalize(original: &str) -> Normalized {
    let mut n = Normalizing {
        text: Vec::with_capacity(original.len()),
        runs: Vec::with_capacity(original.len() / 4),
        clause_ends: Vec::new(),
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
            let rest = bytes.get(i..).unwrap_or_default();
            let len = plain_run(rest, in_space);
            let run = rest.get(..len).unwrap_or_default();
            n.push_ascii_run(run, i);
            in_space = run.last() == Some(&b' ');
            i += len;
            continue;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match original.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            }
        };
        let end = i + c.len_utf8();
        // Apostrophes count as spaces, so "l'employeur" matches "L employeur" and "don't"
        // matches "don t".
        if c.is_whitespace() || is_apostrophe(c) {
            if is_line_break(c) {
                n.clause_ends.push(n.text.len());
            }
            if in_space {
                n.extend_space(end);
            } else {
                n.push_mapped(" ", i, end);
                in_space = true;
            }
            i = end;
            continue;
        }
        in_space = false;
        let ends = if c == '.' {
            let after = bytes.get(end..).unwrap_or_default();
            let before = bytes.get(..i).unwrap_or_default();
            !inside_address(bytes.get(i.wrapping_sub(1)), after)
                && !ends_number_abbreviation(before, after)
                && !in_dot_leader(before, after)
        } else {
            is_sentence_end(c) || ends_with_emoji(c, original.get(end..).unwrap_or_default())
        };
        if ends {
            n.clause_ends.push(n.text.len());
        }
        if c.is_ascii() {
            // ASCII punctuation and symbols are kept as they are.
            n.push_ascii_run(bytes.get(i..end).unwrap_or_default(), i);
        } else {
            folded.clear();
            fold_char(c, &mut folded);
            n.push_mapped(&folded, i, end);
        }
        i = end;
    }
    n.finish()
}

/// How many bytes at the start of `bytes` are copied as they are: plain ASCII and single
/// spaces (`after_space`: the text so far ends with a space). Eight bytes at a time while
/// they are letters, digits and single spaces; the table decides the others.
fn plain_run(bytes: &[u8], mut after_space: bool) -> usize {
    let mut n = 0;
    loop {
        if let Some(w) = eight_at(bytes, n) {
            let unusual = not_words(w, after_space);
            if unusual == 0 {
                after_space = w >> 56 == u64::from(b' ');
                n += 8;
                continue;
            }
            let k = (unusual.trailing_zeros() / 8) as usize;
            if k > 0 {
                after_space = bytes.get(n + k - 1) == Some(&b' ');
                n += k;
            }
        }
        let Some(&c) = bytes.get(n) else {
            return n;
        };
        let space = c == b' ';
        if (space && after_space) || !(space || is_plain_ascii(c)) {
            return n;
        }
        after_space = space;
        n += 1;
    }
}

/// Per byte of `w`, the high bit set unless the byte is an ASCII letter or digit or a
/// single space (a space after a space, or after the text before `w` when `after_space`,
/// is marked).
fn not_words(w: u64, after_space: bool) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    // For bytes below 0x80, the high bit of each sum says "at least" or "above" (no sum
    // carries into the next byte); bytes from 0x80 up are ruled out at the end.
    let folded = (w | (0x20 * ONES)) & LOW7;
    let letter = (folded + (0x80 - u64::from(b'a')) * ONES)
        & !(folded + (0x80 - u64::from(b'z') - 1) * ONES);
    let low7 = w & LOW7;
    let digit =
        (low7 + (0x80 - u64::from(b'0')) * ONES) & !(low7 + (0x80 - u64::from(b'9') - 1) * ONES);
    let x = w ^ (u64::from(b' ') * ONES);
    let space = !(((x & LOW7) + LOW7) | x) & HIGH;
    let word_or_space = (letter | digit | space) & !w & HIGH;
    let space_before = (space << 8) | if after_space { HIGH & 0xFF } else { 0 };
    (!word_or_space & HIGH) | (space & space_before)
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

/// `content/screening/concepts/<locale>.toml`: the words of each concept in one
/// language (`any.toml` holds words of no one language: places, currencies, apps).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptFile {
    pub locale: String,
    pub source: String,
    pub last_verified: String,
    /// Concept → its words and phrases. `pay*` also matches longer words (`payment`),
    /// `*lipa` words that end so, `*pasipoti*` any word containing it (Swahili and Arabic
    /// put prefixes on words).
    pub concepts: BTreeMap<String, Vec<String>>,
}

/// `content/screening/rules.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub source: String,
    pub last_verified: String,
    /// Exceptions shared by the rules of one kind, by name (a fee is none in a payslip, a
    /// warning or a community's collection): a rule takes them with `exceptions = ["fee"]`.
    #[serde(default)]
    pub exceptions: BTreeMap<String, ExceptionSet>,
    pub rules: Vec<Rule>,
}

/// The `unless` lists (and `needs_in_text`) a rule takes from a named set, added to its own.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptionSet {
    #[serde(default)]
    pub unless: Vec<String>,
    #[serde(default)]
    pub unless_turn: Vec<String>,
    #[serde(default)]
    pub unless_unturned: Vec<String>,
    #[serde(default)]
    pub unless_clause: Vec<String>,
    #[serde(default)]
    pub unless_part: Vec<String>,
    #[serde(default)]
    pub unless_in_text: Vec<String>,
    #[serde(default)]
    pub needs_in_text: Vec<String>,
    #[serde(default)]
    pub unless_before: Vec<String>,
    #[serde(default)]
    pub unless_reported: Vec<String>,
}

impl RuleFile {
    /// `rule` with the exception sets it names added to its own lists, or the name of a
    /// set this file does not have.
    pub fn expanded(&self, rule: &Rule) -> Result<Rule, String> {
        let mut r = rule.clone();
        for name in &rule.exceptions {
            let set = self.exceptions.get(name).ok_or_else(|| name.clone())?;
            for (own, shared) in [
                (&mut r.unless, &set.unless),
                (&mut r.unless_turn, &set.unless_turn),
                (&mut r.unless_unturned, &set.unless_unturned),
                (&mut r.unless_clause, &set.unless_clause),
                (&mut r.unless_part, &set.unless_part),
                (&mut r.unless_in_text, &set.unless_in_text),
                (&mut r.needs_in_text, &set.needs_in_text),
                (&mut r.unless_before, &set.unless_before),
                (&mut r.unless_reported, &set.unless_reported),
            ] {
                for c in shared {
                    if !own.contains(c) {
                        own.push(c.clone());
                    }
                }
            }
        }
        r.exceptions.clear();
        Ok(r)
    }
}

/// A flag (or a new concept) raised when every concept of `all` is found close together.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The red flag this rule raises, or
    #[serde(default)]
    pub flag: Option<String>,
    /// the concept it makes (which later rules can use).
    #[serde(default)]
    pub concept: Option<String>,
    /// Concepts that must all be found; the first is the anchor the others are near.
    pub all: Vec<String>,
    /// At most this many words between the anchor and each other concept.
    #[serde(default)]
    pub within: Option<usize>,
    /// The others may be anywhere in the text (an advert's lines), not only the sentence.
    #[serde(default)]
    pub anywhere: bool,
    /// The others come after the anchor ("the employer pays", not "pay the employer").
    #[serde(default)]
    pub ordered: bool,
    /// The others must be in the anchor's clause, not across a comma or "but" ("in your
    /// contract, nothing else" is no other contract).
    #[serde(default)]
    pub same_clause: bool,
    /// The anchor opens its clause (nothing before it since the last comma, colon or
    /// sentence end): "Keep your passport" tells the reader, "we keep your passport" does not.
    #[serde(default)]
    pub leading: bool,
    /// Named exception sets of the file (`[exceptions.<name>]`) whose lists this rule takes.
    #[serde(default)]
    pub exceptions: Vec<String>,
    /// Any of these concepts in the same sentence cancels ("the employer pays").
    #[serde(default)]
    pub unless: Vec<String>,
    /// Like `unless`, but not across a `turn` (a "but", an "except", another payer) between
    /// it and the match: "the employer pays the visa, but you pay the 300 registration",
    /// "you pay the medical, the employer pays the visa". A list reaches on ("the employer
    /// bears the levy, airfare, visa and agency charges").
    #[serde(default)]
    pub unless_turn: Vec<String>,
    /// Like `unless`, but one before the match does not reach it across a `turn` (one after
    /// always does): "if a recruiter asks for money it is a scam, but with us you pay 200"
    /// asks for a fee; "the fee is paid only to the university, never to agents" does not.
    #[serde(default)]
    pub unless_unturned: Vec<String>,
    /// Like `unless`, but only in the match or the anchor's clause (not across a comma,
    /// "and" or "but"): "tax, pension and 200 for the agency fee" lists legal deductions
    /// and a fee.
    #[serde(default)]
    pub unless_clause: Vec<String>,
    /// Like `unless`, but only where it shares a word with one of the match's concepts: the
    /// agency of "the agency fee is paid at our office" names the fee, it does not pay it.
    #[serde(default)]
    pub unless_part: Vec<String>,
    /// Any of these concepts anywhere in the text cancels (a licensed office to visit).
    #[serde(default)]
    pub unless_in_text: Vec<String>,
    /// The rule holds only in a text with one of these concepts somewhere: a bare price
    /// ("TOTAL $8,625") is a fee only where the text speaks of work, a visa or a recruiter.
    #[serde(default)]
    pub needs_in_text: Vec<String>,
    /// Any of these concepts in the same sentence or an earlier one cancels ("Interview on
    /// Tuesday. Bring your ID."). Only earlier text: a sentence added after never hides a
    /// flag.
    #[serde(default)]
    pub unless_before: Vec<String>,
    /// Like `unless_before`, for what reports on others (a notice, a news item): it cancels
    /// unless the match's sentence speaks in the writer's own voice (`own_demand`: "we",
    /// "our", "you must"), so "Embassy warning about fake jobs. We are genuine: pay 300 USD
    /// registration to our office" is still a fee.
    #[serde(default)]
    pub unless_reported: Vec<String>,
    /// A negation just before or between the concepts cancels ("you never pay a fee").
    #[serde(default = "yes")]
    pub negatable: bool,
    /// How far the concept this rule makes reaches beyond its words (a description's
    /// clause, question or list); none: just its words.
    #[serde(default)]
    pub extent: Option<Extent>,
    /// With `extent`: a clause, question or list item with any of these concepts is left
    /// out (the writer's own voice: "our agent", "you must", "can you").
    #[serde(default)]
    pub until: Vec<String>,
    /// With `extent = "clause"`: a clause that starts with one of these continues it ("if
    /// an agent asks you for money, or keeps your passport, refuse").
    #[serde(default)]
    pub through: Vec<String>,
    /// With `extent = "list"`: the rest of the sentence ends at one of these ("beware of
    /// fake agents, but here the manager keeps your passport" describes only the agents).
    #[serde(default)]
    pub stop: Vec<String>,
}

impl Rule {
    /// The rule's concept lists besides `all`, by their names in `rules.toml`.
    pub fn lists(&self) -> [(&'static str, &[String]); 12] {
        [
            ("unless", &self.unless),
            ("unless_turn", &self.unless_turn),
            ("unless_unturned", &self.unless_unturned),
            ("unless_clause", &self.unless_clause),
            ("unless_part", &self.unless_part),
            ("unless_in_text", &self.unless_in_text),
            ("needs_in_text", &self.needs_in_text),
            ("unless_before", &self.unless_before),
            ("unless_reported", &self.unless_reported),
            ("until", &self.until),
            ("through", &self.through),
            ("stop", &self.stop),
        ]
    }
}

/// How far a concept made by a rule reaches: a flag whose words all lie inside a
/// `described` hit is not raised (a leaflet describing what fake agents do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Extent {
    /// To the end of its clause: the next comma, colon, semicolon or dash, or the end of
    /// the sentence; in a sentence without such a mark, at most `CLAUSE_REACH` words on
    /// ("if someone asks you to pay a fee, refuse").
    Clause,
    /// Its whole sentence, when that is a question and the words are among its first
    /// `QUESTION_LEAD` ("did the agent ask you for money?").
    Question,
    /// The rest of its sentence and, when a colon follows it within `COLON_REACH` words,
    /// the items of the list it heads ("Be careful if: – …; – …").
    List,
    /// The rest of the text, up to the first sentence with a concept of `until` (a
    /// warning poster's heading, until the writer speaks for themselves: "Our fee: …").
    Rest,
    /// The questions just before its sentence, which it opens: a verdict on a checklist
    /// ("Do you have to pay for your visa? … If yes, it is a scam.").
    Questions,
    /// What it judges: the words before it in its sentence ("someone on TikTok asking you
    /// for 800 dollars, it's a scam") and, when it opens its sentence, the sentence before
    /// ("… 300 euros, half before. It's a scam.").
    Before,
}

fn yes() -> bool {
    true
}

/// Concepts with a fixed role in the matcher.
pub const NUMBER: &str = "number";
/// Descriptions of tactics (made by rules with `extent`): a flag whose words all lie
/// inside one is not raised.
pub const DESCRIBED: &str = "described";
/// A bare amount: a number of at least three digits that is not a year ("mandar 350",
/// "send 5,000"); found by the scan itself.
pub const AMOUNT: &str = "amount";
/// A telephone number: `+` and seven digits or more, or digit groups side by side with
/// nine digits or more ("0700 900 412", "06.12.34.56.78"; a date has eight at most);
/// found by the scan itself.
pub const PHONE: &str = "phone";
pub const NEGATION: &str = "negation";
/// Words that negate or forbid what comes just before them ("fees: prohibited", "ممنوع").
pub const NEGATION_AFTER: &str = "negation_after";
/// The two halves of a negation around its verb (French "on ne le garde pas"): a
/// `negation_opens` word among the last words of a rule's match and a `negation_closes`
/// word right after it negate the match, though the verb between is one of its parts.
pub const NEGATION_OPENS: &str = "negation_opens";
pub const NEGATION_CLOSES: &str = "negation_closes";
pub const CLAUSE: &str = "clause";
/// What an `unless_turn` concept does not reach across: a contrast ("but", "mais",
/// "lakini", "لكن"), an exception, another payer ("you pay"); made by rules.
pub const TURN: &str = "turn";
/// "nothing to pay except the visa fee": a negation before `except` does not reach past it.
pub const EXCEPT: &str = "except";
/// What is left ("the rest", "le reste", "الباقي"): a payer just before it pays that, not
/// what was asked before ("pay the visa and the ticket, the company covers the rest").
pub const REST: &str = "rest";
/// Words that contain a negation word of some language but negate nothing here
/// (Portuguese "no escritório" read with English "no"; Arabic "أول ما" "as soon as").
pub const NOT_NEGATION: &str = "not_negation";
/// The writer speaking for themselves ("we", "our", "you must"): what an `unless_reported`
/// concept does not reach.
pub const OWN_VOICE: &str = "own_demand";
/// The concept file read with every language chain.
pub const ANY_LOCALE: &str = "any";

/// How many words after an `unless_turn` concept "the rest" may start to be what it pays
/// ("covers all the rest").
const REST_WINDOW: usize = 2;

/// How many words before the first concept of a rule a negation reaches.
const NEGATION_WINDOW: usize = 4;

/// How many words after the last concept of a rule a `negation_after` word in the same
/// clause reaches ("charging fees is illegal", "cobrar taxas dos trabalhadores é proibido",
/// "ada ya usajili hakuna"). Only those words: a bare "no" or Creole "pa" (also "by", as in
/// "pa MonCash") after a request negates the next thing, not it.
const NEGATION_AFTER_WINDOW: usize = 5;

/// How many words before a match's end the first half of a negation around its verb may
/// be ("on ne vous le rendra pas": "ne" four words before the end).
const AROUND_THE_VERB: usize = 4;

/// The longest lexicon entry in words, for searching hits near a word.
pub const MAX_PHRASE_WORDS: usize = 12;

/// The hits of a sorted list that start at a word in `from..to`: a binary search for the
/// first, then a walk to the last (the window is a few words, and a second search cost
/// more than the walk).
#[inline]
fn starting_in(list: &[Found], from: usize, to: usize) -> &[Found] {
    let i = list.partition_point(|f| f.a < from);
    let rest = list.get(i..).unwrap_or_default();
    let n = rest.iter().take_while(|f| f.a < to).count();
    rest.get(..n).unwrap_or_default()
}

/// The hits of a sorted list that start at a word in `from..to`, when few start before
/// `from`.
fn in_window(list: &[Found], from: usize, to: usize) -> &[Found] {
    let before = list.iter().take_while(|f| f.a < from).count();
    let rest = list.get(before..).unwrap_or_default();
    rest.get(..rest.iter().take_while(|f| f.a < to).count())
        .unwrap_or_default()
}

/// `Extent::Clause` in a sentence without a comma or the like: how many words after the
/// rule's words the clause reaches ("when the agent asks you for the 300 send it by
/// M-Pesa" runs the demand on without a comma).
const CLAUSE_REACH: usize = 6;

/// `Extent::Question`: the rule's words start among the first this many words of the
/// question (its subject: "did the agent ask you", "¿te cobraron", "yon ajan mande w").
const QUESTION_LEAD: usize = 4;

/// `Extent::Question`: a question whose last comma leaves at most this many words is a
/// statement with a tag ("…, ok?", "…, d'accord ?", "…, ¿vale?", "…, sawa?").
const TAG_WORDS: usize = 2;

/// `Extent::Questions`: the verdict starts among the first this many words of its
/// sentence ("If yes, it is fraud", "Kama ndiyo, ni utapeli").
const VERDICT_LEAD: usize = 2;

/// `Extent::List`: a colon at most this many words after the header opens its list.
const COLON_REACH: usize = 6;

/// Hits of one flag at most this many words apart in a sentence are shown as one.
const MERGE_GAP: usize = 2;

/// How many chains keep their automaton. A person uses one or two, but a workshop phone,
/// the terminal shell and the tests go through every shipped language: with 4 kept, 7
/// languages in turn rebuilt an automaton at nearly every scan (the scan's tests ran 40
/// times slower). A kept chain costs about 3.5 MB of memory with its word tables, Arabic's
/// about 7 MB: all seven about 27 MB, reached only by going through every language.
const MAX_CHAINS: usize = 8;

/// A lexicon entry as written: its normalised text and where it may be part of a word.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    text: String,
    /// `*word`: may end a longer word.
    open_start: bool,
    /// `word*`: may start a longer word.
    open_end: bool,
}

impl Entry {
    fn parse(raw: &str) -> Self {
        let raw = raw.trim();
        let open_start = raw.starts_with('*');
        let open_end = raw.ends_with('*') && raw.len() > 1;
        let inner = raw.trim_start_matches('*').trim_end_matches('*');
        Self {
            text: normalize_phrase(inner).trim().to_owned(),
            open_start,
            open_end,
        }
    }
}

/// The normalised form of a lexicon entry (validation: empty entries are errors).
pub fn entry_text(raw: &str) -> String {
    Entry::parse(raw).text
}

#[derive(Debug)]
struct Lexicon {
    locale: String,
    /// (entry, concept index).
    entries: Vec<(Entry, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Flag(usize),
    Concept(usize),
}

#[derive(Debug)]
struct CompiledRule {
    output: Output,
    all: Vec<usize>,
    within: Option<usize>,
    anywhere: bool,
    ordered: bool,
    same_clause: bool,
    leading: bool,
    unless: Vec<usize>,
    unless_turn: Vec<usize>,
    unless_unturned: Vec<usize>,
    unless_clause: Vec<usize>,
    unless_part: Vec<usize>,
    unless_in_text: Vec<usize>,
    needs_in_text: Vec<usize>,
    unless_before: Vec<usize>,
    unless_reported: Vec<usize>,
    negatable: bool,
    extent: Option<Extent>,
    until: Vec<usize>,
    through: Vec<usize>,
    stop: Vec<usize>,
    /// The rule makes a concept that later rules and the gate only ask "is it in the
    /// text?" of (`needs_in_text`, `unless_in_text`, the gate's weights), directly or
    /// through a rule that only passes it on (`mark_presence_only`): one hit is enough, so
    /// the rule stops at its first and is skipped once the concept has one (`job_text` is
    /// made by a rule per concept, each over every hit of a common concept).
    presence_only: bool,
}

impl CompiledRule {
    /// The lists besides `all` that read where their concepts are (in the sentence, the
    /// clause, a word of the match, before it, or a description's reach), unlike
    /// `unless_in_text` and `needs_in_text`, which ask only whether they are in the text.
    fn placed_lists(&self) -> [&[usize]; 10] {
        [
            &self.unless,
            &self.unless_turn,
            &self.unless_unturned,
            &self.unless_clause,
            &self.unless_part,
            &self.unless_before,
            &self.unless_reported,
            &self.until,
            &self.through,
            &self.stop,
        ]
    }
}

/// The entries of one language chain (plus `any`): whole words and phrases in hash maps,
/// the rest in one automaton, so the text is read once however many languages the chain has.
#[derive(Debug)]
struct ChainMatcher {
    locales: Vec<usize>,
    matcher: InWords,
    /// Pattern → (open start, open end, concepts it stands for).
    patterns: Vec<(bool, bool, Vec<usize>)>,
    /// Whole-word entries ("no", "passport", "$", "visa fee"), looked up word by word
    /// rather than in the automaton, which they made 50 times larger than the cache
    /// (short words would also match inside most words of the text, each match to be
    /// checked and thrown away). Per word: its concepts, and whether a phrase starts
    /// with it.
    words: Vec<Word>,
    word_index: HashIndex,
    /// Entries of more than one word, by their first two words: the first word's entry
    /// and what follows it up to the end of the second word (" fee" in "visa fee").
    pairs: Vec<WordPair>,
    pair_index: HashIndex,
    /// The longest key of `words`, in bytes (longer words are not looked up).
    longest_word: usize,
    /// Per pattern: whether it starts and ends with a letter or digit (only then must
    /// the text's neighbouring characters not be letters or digits).
    edges: Vec<(bool, bool)>,
}

/// Whether `r` only passes on that its one concept is in the text: it makes a concept of
/// it wherever it is, with no negation, exception or reach that reads where it is
/// (`work_text` from `job_text`).
fn passes_presence(r: &CompiledRule) -> bool {
    matches!(r.output, Output::Concept(_))
        && r.all.len() == 1
        && r.extent.is_none()
        && !r.negatable
        && !r.leading
        && r.placed_lists().iter().all(|l| l.is_empty())
}

/// Sets each rule's `presence_only`: its concept's places matter nowhere, neither in a
/// rule's match or its sentence-, clause- or word-bound lists, nor in `placed` (read by
/// the scan itself or the gate by place). A concept only passed on by a rule that
/// [`passes_presence`] into a concept whose places do not matter has none that matter
/// either.
fn mark_presence_only(rules: &mut [CompiledRule], concepts: usize, placed: &[usize]) {
    let mut matters = vec![false; concepts];
    for &c in rules
        .iter()
        .flat_map(|r| {
            let all: &[usize] = if passes_presence(r) { &[] } else { &r.all };
            all.iter().chain(r.placed_lists().into_iter().flatten())
        })
        .chain(placed)
    {
        if let Some(m) = matters.get_mut(c) {
            *m = true;
        }
    }
    // A concept passed on into one whose places matter has places that matter.
    let mut changed = true;
    while changed {
        changed = false;
        for r in rules.iter().filter(|r| passes_presence(r)) {
            if let (Output::Concept(out), Some(&c)) = (r.output, r.all.first())
                && matters.get(out).copied().unwrap_or(true)
                && matters.get(c) == Some(&false)
                && let Some(m) = matters.get_mut(c)
            {
                *m = true;
                changed = true;
            }
        }
    }
    for r in rules.iter_mut() {
        if let Output::Concept(c) = r.output {
            r.presence_only = r.extent.is_none() && !matters.get(c).copied().unwrap_or(true);
        }
    }
}

/// Whether the character that ends at byte `i` is a letter or digit.
fn word_char_before(text: &str, i: usize) -> bool {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(is_word_char),
    }
}

/// Whether the character that starts at byte `i` is a letter or digit.
fn word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_word_char),
    }
}

/// A whole word of content: its concepts, and whether a phrase starts with it.
#[derive(Debug)]
struct Word {
    text: KeyBytes,
    /// The concepts of the word alone.
    concepts: Vec<usize>,
    /// What follows it in the phrases that start with it, as bits of `follow_mark` (0: no
    /// phrase starts with it), so most words that start a phrase somewhere but not here
    /// are passed over without looking the pair up.
    follows: u64,
}

/// A bit for what follows a phrase's first word up to the end of the next word (" fee"
/// in "visa fee"), from its last byte and its length only.
fn follow_mark(rest: &[u8]) -> u64 {
    let last = rest.last().map_or(0, |&b| usize::from(b));
    1 << ((last + 7 * rest.len()) % 64)
}

/// The first two words of some phrases: the first word's entry in `words` and what
/// follows it up to the end of the second word, and the phrases that start so.
#[derive(Debug)]
struct WordPair {
    word: usize,
    rest: KeyBytes,
    phrases: Vec<Phrase>,
}

/// A phrase of content, after its first two words.
#[derive(Debug)]
struct Phrase {
    /// What follows its first two words ("" for a phrase of two words).
    tail: Box<str>,
    /// Whether it ends with a letter or digit (then the text's next character must not be
    /// one).
    ends_word: bool,
    concepts: Vec<usize>,
}

/// How the tokenizer reads an entry that starts with a word: its first word, and its
/// first two words with what is between them ("visa fee" → "visa", "visa fee"; "us$300"
/// → "us", "us$"; "passport" → "passport", none). None for an entry that starts between
/// words (" x", "+971"), which the automaton finds.
fn leading_words(entry: &str) -> Option<(&str, Option<&str>)> {
    let n = normalize(entry);
    if n.text != entry {
        return None;
    }
    let tokens = tokenize(&n);
    let first = tokens.first().filter(|t| t.start == 0)?;
    let two = match tokens.get(1) {
        Some(second) => Some(entry.get(..second.end)?),
        None if first.end == entry.len() => None,
        None => return None,
    };
    Some((entry.get(..first.end)?, two))
}

impl ChainMatcher {
    /// `typo_ok`: per concept, whether its words also match with one typo.
    fn new(all: &[Lexicon], locales: Vec<usize>, typo_ok: &[bool]) -> Result<Self, ScreeningError> {
        let mut texts: Vec<&str> = Vec::new();
        let mut patterns: Vec<(bool, bool, Vec<usize>)> = Vec::new();
        let mut index: BTreeMap<(&str, bool, bool), usize> = BTreeMap::new();
        // One-edit typos of longer words, as extra patterns for the same concepts.
        let typos: Vec<(String, bool, bool, usize)> = locales
            .iter()
            .filter_map(|&l| all.get(l))
            .flat_map(|lex| &lex.entries)
            .filter(|(e, c)| {
                typo_ok.get(*c).copied().unwrap_or(false) && !e.open_start && !e.open_end
            })
            .flat_map(|(e, c)| {
                typo_variants(&e.text)
                    .into_iter()
                    .map(move |t| (t, e.open_start, e.open_end, *c))
            })
            .collect();
        let entries = locales
            .iter()
            .filter_map(|&l| all.get(l))
            .flat_map(|lex| &lex.entries)
            .map(|(e, c)| (e.text.as_str(), e.open_start, e.open_end, *c))
            .chain(typos.iter().map(|(t, s, e, c)| (t.as_str(), *s, *e, *c)));
        let mut words: Vec<Word> = Vec::new();
        let mut word_ids: HashMap<&str, usize> = HashMap::new();
        let mut pairs: Vec<WordPair> = Vec::new();
        let mut pair_ids: HashMap<(usize, &str), usize> = HashMap::new();
        for (text, open_start, open_end, concept) in entries {
            let leading = if open_start || open_end {
                None
            } else {
                leading_words(text)
            };
            if let Some((first, two)) = leading {
                let w = *word_ids.entry(first).or_insert_with(|| {
                    words.push(Word {
                        text: KeyBytes::new(first),
                        concepts: Vec::new(),
                        follows: 0,
                    });
                    words.len() - 1
                });
                let Some(word) = words.get_mut(w) else {
                    continue;
                };
                let list = match two {
                    None => &mut word.concepts,
                    Some(two) => {
                        let rest = two.get(first.len()..).unwrap_or_default();
                        word.follows |= follow_mark(rest.as_bytes());
                        let p = *pair_ids.entry((w, rest)).or_insert_with(|| {
                            pairs.push(WordPair {
                                word: w,
                                rest: KeyBytes::new(rest),
                                phrases: Vec::new(),
                            });
                            pairs.len() - 1
                        });
                        let Some(pair) = pairs.get_mut(p) else {
                            continue;
                        };
                        let tail = text.get(two.len()..).unwrap_or_default();
                        let i = match pair.phrases.iter().position(|ph| &*ph.tail == tail) {
                            Some(i) => i,
                            None => {
                                pair.phrases.push(Phrase {
                                    tail: tail.into(),
                                    ends_word: text.chars().next_back().is_some_and(is_word_char),
                                    concepts: Vec::new(),
                                });
                                pair.phrases.len() - 1
                            }
                        };
                        match pair.phrases.get_mut(i) {
                            Some(phrase) => &mut phrase.concepts,
                            None => continue,
                        }
                    }
                };
                if !list.contains(&concept) {
                    list.push(concept);
                }
                continue;
            }
            let id = *index
                .entry((text, open_start, open_end))
                .or_insert_with(|| {
                    texts.push(text);
                    patterns.push((open_start, open_end, Vec::new()));
                    patterns.len() - 1
                });
            if let Some(p) = patterns.get_mut(id)
                && !p.2.contains(&concept)
            {
                p.2.push(concept);
            }
        }
        let matcher = InWords::new(&texts)?;
        let edges = texts
            .iter()
            .map(|t| {
                (
                    t.chars().next().is_some_and(is_word_char),
                    t.chars().next_back().is_some_and(is_word_char),
                )
            })
            .collect();
        Ok(Self {
            locales,
            matcher,
            patterns,
            edges,
            longest_word: words
                .iter()
                .map(|w| w.text.as_str().len())
                .max()
                .unwrap_or(0),
            word_index: HashIndex::new(
                &words
                    .iter()
                    .map(|w| Key::of_bytes(w.text.as_str().as_bytes()).hash)
                    .collect::<Vec<_>>(),
            ),
            words,
            pair_index: HashIndex::new(
                &pairs
                    .iter()
                    .map(|p| pair_hash(p.word, Key::of_bytes(p.rest.as_str().as_bytes())))
                    .collect::<Vec<_>>(),
            ),
            pairs,
        })
    }
}

/// Words at least this many letters long also match with one typo (9: each such word
/// adds about twice its length in patterns to the automaton, which the scan pays for).
const TYPO_MIN_CHARS: usize = 9;

/// The one-edit typos a fast typist makes most in a longer single word: a letter left out
/// ("pasport") or two letters swapped ("pasprot"). Not
/// for phrases, short words or words with digits or signs, where one edit makes another
/// word too easily.
fn typo_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < TYPO_MIN_CHARS || !chars.iter().all(|c| c.is_alphabetic()) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    let mut push = |v: Vec<char>| {
        let v: String = v.into_iter().collect();
        if v != word && !out.contains(&v) {
            out.push(v);
        }
    };
    for i in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        push(v);
        if i + 1 < chars.len() {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            push(v);
        }
    }
    out
}

/// A chain's automaton is a DFA up to this size (faster while it fits the cache), else a
/// contiguous NFA.
const MAX_DFA_BYTES: usize = 1 << 24;

/// A word of the normalised text: its bytes, sentence and clause.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    sentence: u32,
    clause: u32,
}

/// A concept found over the words `a..b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    a: usize,
    b: usize,
}

impl Found {
    fn overlaps(&self, o: &Found) -> bool {
        self.a < o.b && o.a < self.b
    }
    /// Words strictly between the two (0 when they touch or overlap).
    fn gap(&self, o: &Found) -> usize {
        if o.a >= self.b {
            o.a - self.b
        } else {
            self.a.saturating_sub(o.b)
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A character that is a word of its own: currency signs (`$300`, `₦50,000`) and the
/// hearts and kisses of a sweetheart's message.
fn is_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '¢'
            | '₦'
            | '₵'
            | '₱'
            | '₹'
            | '₩'
            | '₫'
            | '₭'
            | '₺'
            | '₽'
            | '₴'
            | '﷼'
            | '❤'
            | '♥'
            | '😘'
            | '😍'
            | '🥰'
            | '💕'
            | '💖'
            | '💋'
            | '💗'
            | '💞'
    )
}

/// The tokenizer's words so far, and where it is in sentences and clauses.
struct Words<'a> {
    tokens: Vec<Token>,
    sentence: u32,
    clause: u32,
    /// The sentence and line ends still ahead, and the next of them (`usize::MAX`: none).
    ends: std::slice::Iter<'a, usize>,
    next_end: usize,
}

impl<'a> Words<'a> {
    fn new(n: &'a Normalized) -> Self {
        let mut ends = n.clause_ends.iter();
        let next_end = ends.next().copied().unwrap_or(usize::MAX);
        Self {
            tokens: Vec::with_capacity(n.text.len() / 5),
            sentence: 0,
            clause: 0,
            ends,
            next_end,
        }
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize) {
        self.tokens.push(Token {
            start,
            end,
            sentence: self.sentence,
            clause: self.clause,
        });
    }

    /// Counts the sentence ends at or before byte `i` (each also ends a clause). One
    /// comparison when there is none, as at almost every word.
    #[inline]
    fn pass_ends(&mut self, i: usize) {
        while self.next_end <= i {
            self.sentence += 1;
            self.clause += 1;
            self.next_end = self.ends.next().copied().unwrap_or(usize::MAX);
        }
    }

    /// Passes the sentence ends at or before byte `i` without counting them.
    fn skip_ends(&mut self, i: usize) {
        while self.next_end <= i {
            self.next_end = self.ends.next().copied().unwrap_or(usize::MAX);
        }
    }
}

/// How many ASCII letters `bytes` starts with at `i`, eight bytes at a time (an advert is
/// mostly words of letters, and this is the loop that reads them).
fn letters_from(bytes: &[u8], i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(w) = eight_at(bytes, i + n) {
        // Per byte, the high bit marks a letter: folded to lower case, at least `a` and
        // not above `z` (each sum stays within its byte), and not a byte above 0x7F.
        let low7 = (w | (0x20 * ONES)) & !HIGH;
        let from_a = low7 + (0x80 - u64::from(b'a')) * ONES;
        let above_z = low7 + (0x80 - u64::from(b'z') - 1) * ONES;
        let not_letter = !(from_a & !above_z & !w) & HIGH;
        if not_letter != 0 {
            return n + (not_letter.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    let rest = bytes.get(i + n..).unwrap_or_default();
    n + rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len())
}

/// The words of the normalised text. A `,` or `.` between digits stays inside the number
/// (`1,500`); sentences end where the normaliser saw a full stop or a line break.
fn tokenize(n: &Normalized) -> Vec<Token> {
    let text = n.text.as_str();
    let bytes = text.as_bytes();
    let mut words = Words::new(n);
    let mut start: Option<usize> = None;
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        // Most of an advert is ASCII letters and digits: they only start or continue a
        // word.
        if byte.is_ascii_alphanumeric() {
            let digit = byte.is_ascii_digit();
            match start {
                None => {
                    // A line break is recorded as ending where the next line's first word
                    // starts.
                    words.pass_ends(i);
                    start = Some(i);
                }
                // "120k", "40,000ksh", "ksh40,000": the amount and its unit are two words,
                // so the unit counts as a currency next to a number; so are a letter of
                // another script and the digits after it (Arabic "و200", "and 200").
                Some(s)
                    if i > s
                        && bytes.get(i - 1).is_some_and(|&p| {
                            (p.is_ascii_alphanumeric() && p.is_ascii_digit() != digit)
                                || (digit && !p.is_ascii())
                        }) =>
                {
                    words.push(s, i);
                    start = Some(i);
                }
                Some(_) => {}
            }
            // The rest of the run of letters (or of digits).
            i += if digit {
                1 + bytes
                    .get(i + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count()
            } else {
                letters_from(bytes, i)
            };
            continue;
        }
        // A space ends a word (the commonest case of the next branch).
        if byte == b' ' {
            if let Some(s) = start.take() {
                words.push(s, i);
            }
            words.pass_ends(i);
            i += 1;
            continue;
        }
        // Other ASCII (punctuation) ends a word, except a `,` or `.` between digits.
        if byte.is_ascii() {
            if matches!(byte, b',' | b'.')
                && start.is_some()
                && digit_at(i.wrapping_sub(1))
                && digit_at(i + 1)
            {
                // "45.000" is one number, not the end of a sentence.
                words.skip_ends(i);
                i += 1;
                continue;
            }
            // A hyphen or slash inside a word ("care-home", "e-mail", "and/or", "300/month")
            // joins; between words it sets off a clause like a comma.
            let joins = matches!(byte, b'-' | b'/')
                && start.is_some()
                && bytes
                    .get(i + 1)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
            if let Some(s) = start.take() {
                words.push(s, i);
            }
            words.pass_ends(i);
            if matches!(byte, b',' | b':' | b'(' | b')' | b'-' | b'/') && !joins {
                words.clause += 1;
            }
            if byte == b'$' {
                words.push(i, i + 1);
            }
            i += 1;
            continue;
        }
        // Another script's letters and digits continue or start a word; signs are words
        // of their own.
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        let next_i = i + c.len_utf8();
        let word = is_word_char(c);
        // "1500ريال" (digits were folded to ASCII): the amount and the currency are two words.
        let unit_after_digits = word && digit_at(i.wrapping_sub(1));
        if (!word || unit_after_digits)
            && let Some(s) = start.take()
        {
            words.push(s, i);
        }
        words.pass_ends(i);
        if matches!(c, '–' | '—' | '،') {
            words.clause += 1;
        }
        if word {
            start.get_or_insert(i);
        } else if is_sign(c) {
            words.push(i, next_i);
        }
        i = next_i;
    }
    if let Some(s) = start {
        words.push(s, text.len());
    }
    words.tokens
}

/// Whether the text after a number makes it a percentage ("2.75%", "6,5 %", "١٥٪"): a
/// statutory rate on a payslip, not a sum of money.
fn is_percentage(after: &[u8]) -> bool {
    let rest = after.strip_prefix(b" ").unwrap_or(after);
    rest.starts_with(b"%") || rest.starts_with("٪".as_bytes())
}

/// Whether the word after a number makes it a measure of time, distance or weight ("dá
/// 120 dias pra procurar", "300 km", "500 hours"), not a sum of money. `after` is the
/// normalised text after the number.
fn is_measure(after: &[u8]) -> bool {
    const UNITS: [&str; 30] = [
        "days", "dias", "jours", "jou", "siku", "horas", "hours", "hrs", "heures", "dakika",
        "minutes", "minutos", "weeks", "semanas", "semaines", "wiki", "km", "kms", "kg", "kilos",
        "metros", "meters", "metres", "miles", "يوم", "ايام", "ساعة", "ساعه", "كم", "كيلو",
    ];
    let rest = after.strip_prefix(b" ").unwrap_or(after);
    UNITS.iter().any(|u| {
        rest.strip_prefix(u.as_bytes()).is_some_and(|tail| {
            // the whole next word: "jou" is not "journal", "km" not "kmart"
            tail.first()
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
        })
    })
}

/// Whether a number word reads as an amount of money: at least three digits (separators
/// allowed) or thousands written "15k" / "2.5K"; not a year from 1900 to 2099, not a phone
/// number (more than 7 digits without separators). ("1.2M" is read as money only with its
/// currency: "TSh 1.2M".)
fn is_amount(word: &[u8]) -> bool {
    let digits = word.iter().filter(|b| b.is_ascii_digit()).count();
    let plain = word.iter().all(u8::is_ascii_digit);
    let year = plain && digits == 4 && (word.starts_with(b"19") || word.starts_with(b"20"));
    let thousands = word.split_last().is_some_and(|(last, head)| {
        matches!(last, b'k' | b'K')
            && head.first().is_some_and(u8::is_ascii_digit)
            && head
                .iter()
                .all(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
    });
    (digits >= 3 || thousands) && !year && !(plain && digits > 7)
}

/// Whether `word` is a colloquial Arabic verb negated by the circumfix ما…ش / م…ش written
/// as one word (Egyptian, Levantine, Maghrebi: "ماتسيبش" don't leave, "متدفعش" don't pay,
/// "وماكتخلصش"): at least five letters, ending in ش, the verb's person prefix (ت ي ن ب,
/// and ك غ after ما) right after the negation, or a past tense's person ending before the
/// ش ("مدفعتش", "ماخلصناش"). Words such as "معاش" (pension), "مفتش"
/// (inspector) or "ماتش" (match) are not. Read as a `negation` of the word's own concept.
fn is_negated_arabic_verb(word: &str) -> bool {
    let w = word.strip_prefix(ARABIC_CONJUNCTIONS).unwrap_or(word);
    if !w.ends_with('\u{0634}') || w.chars().count() < 5 {
        return false;
    }
    let person = |rest: &str, also: &[char]| {
        rest.chars().next().is_some_and(|c| {
            ['\u{062A}', '\u{064A}', '\u{0646}', '\u{0628}'].contains(&c) || also.contains(&c)
        })
    };
    let past = |rest: &str| {
        // a past tense has no person prefix but a person ending before the ش: "مدفعتش"
        // (I did not pay), "ماخلصناش" (we did not pay), "مدفعتيش"
        rest.chars().count() >= 5
            && [
                "\u{062A}\u{0634}",
                "\u{0646}\u{0627}\u{0634}",
                "\u{062A}\u{064A}\u{0634}",
            ]
            .iter()
            .any(|end| rest.ends_with(end))
    };
    match w.strip_prefix("\u{0645}\u{0627}") {
        Some(rest) => person(rest, &['\u{0643}', '\u{063A}']) || past(rest),
        None => w
            .strip_prefix('\u{0645}')
            .is_some_and(|rest| person(rest, &[]) || past(rest)),
    }
}

/// The conjunctions written onto the front of an Arabic word: و (and), ف (so).
const ARABIC_CONJUNCTIONS: [char; 2] = ['\u{0648}', '\u{0641}'];

/// Two-letter words that start phrases and may remain once a conjunction is taken off
/// ("ومش محتاج", "ومن غير فيزا"): ما مش مو من لو. Other short remainders would make new
/// words ("فرد" is not "رد", "ولي الأمر" is not "لي").
const ARABIC_SHORT_PARTICLES: [&str; 5] = [
    "\u{0645}\u{0627}",
    "\u{0645}\u{0634}",
    "\u{0645}\u{0648}",
    "\u{0645}\u{0646}",
    "\u{0644}\u{0648}",
];

/// An Arabic word without the particles written onto its front, into `buf`: the
/// conjunction و or ف ("والجواز" and the passport), then ب or ك before the article
/// ("بالجواز" with the passport) or ل fused with it ("للمكتب" to the office, for
/// "المكتب"). `None` when nothing is taken off, or when fewer than three letters would
/// remain that are not a particle.
fn arabic_without_particles(word: &str, buf: &mut [u8; 64]) -> Option<usize> {
    let rest = word.strip_prefix(ARABIC_CONJUNCTIONS).unwrap_or(word);
    let (rest, head) = if let Some(r) = rest
        .strip_prefix(['\u{0628}', '\u{0643}'])
        .filter(|r| r.starts_with("\u{0627}\u{0644}"))
    {
        (r, "")
    } else if let Some(r) = rest
        .strip_prefix('\u{0644}')
        .filter(|r| r.starts_with('\u{0644}'))
    {
        // "لل" + noun is ل + "ال" + noun: the word behind it is "ا" + "ل" + noun.
        (r, "\u{0627}")
    } else {
        (rest, "")
    };
    if rest.len() == word.len()
        || (rest.chars().count() < 3 && !ARABIC_SHORT_PARTICLES.contains(&rest))
    {
        return None;
    }
    let len = head.len() + rest.len();
    buf.get_mut(..head.len())?.copy_from_slice(head.as_bytes());
    buf.get_mut(head.len()..len)?
        .copy_from_slice(rest.as_bytes());
    Some(len)
}

/// Whether `word` (lower case) is a Swahili verb negated by its prefix: the negative
/// subject and a tense ("hawatalipa" they will not pay, "hayataruhusiwa", "hajasaini",
/// "sitaweza"), the negative present of "we", "they", "you all" ("hatuchukui", "hawalipi"),
/// or the negative subjunctive ("usikubali" don't accept, "msitume", "isikae"). At least
/// seven letters and a stem of four, so "hakuna", "siku", "hatari", "usiku" are not; words
/// that only look like one ("sikuzote" always, "wasiwasi" worry, "msikiti" mosque,
/// "hamsini" fifty, "usindikaji" processing, "kisiwani" on the island) and stems no Swahili
/// word starts with (Spanish "asistente", "visitante") are not. Read as a `negation` just
/// before the word, like the Arabic verbs above.
fn is_negated_swahili_verb(word: &[u8]) -> bool {
    const NOT_VERBS: [&[u8]; 10] = [
        b"sikuzote",
        b"wasiwasi",
        b"msikiti",
        b"asilimia",
        b"usikivu",
        b"hukumu",
        b"hamsini",
        b"asifiwe",
        b"kisiwani",
        b"usindikaji",
    ];
    // Every form starts "ha", "hu" or "si", or has "si" as its second to fourth letters.
    let si_at = |i: usize| word.get(i..i + 2) == Some(&b"si"[..]);
    let maybe =
        word.starts_with(b"ha") || word.starts_with(b"hu") || si_at(0) || si_at(1) || si_at(2);
    if !maybe
        || word.len() < 7
        || !word.iter().all(u8::is_ascii_lowercase)
        || NOT_VERBS.contains(&word)
    {
        return false;
    }
    let stem_ok = |stem: &[u8]| stem.len() >= 4;
    // Negative subject + tense (ta future, ku past, ja not yet). "hu" + "ku" is also the
    // habitual of verbs in ku- ("hukumbuka"), and "ha" + "ta" + r starts "hatari" (danger).
    const SUBJECTS: [&[u8]; 14] = [
        b"hatu", b"hawa", b"hamu", b"ham", b"hai", b"hazi", b"hali", b"haya", b"hau", b"haki",
        b"havi", b"ha", b"si", b"hu",
    ];
    for subject in SUBJECTS {
        let Some(rest) = word.strip_prefix(subject) else {
            continue;
        };
        for tense in [&b"ta"[..], b"ku", b"ja"] {
            if subject == b"hu" && tense == b"ku" {
                continue;
            }
            if let Some(stem) = rest.strip_prefix(tense)
                && stem_ok(stem)
                && !(subject == b"ha" && tense == b"ta" && stem.starts_with(b"r"))
                && !(subject == b"hu" && stem.starts_with(b"ng"))
            {
                return true;
            }
        }
    }
    // Negative present: "hatulipi", "hawachukui", "hamlipi".
    for subject in [&b"hatu"[..], b"hawa", b"ham"] {
        if let Some(stem) = word.strip_prefix(subject)
            && stem_ok(stem)
            && stem.ends_with(b"i")
            && !stem.starts_with(b"ta")
            && !stem.starts_with(b"ku")
            && !stem.starts_with(b"ja")
        {
            return true;
        }
    }
    // Negative subjunctive: "usilipe", "usikubali", "wasiende", "isikae".
    const SUBJUNCTIVE: [&[u8]; 10] = [
        b"usi", b"asi", b"tusi", b"msi", b"wasi", b"isi", b"zisi", b"lisi", b"yasi", b"kisi",
    ];
    const NOT_STEMS: [&[u8]; 10] = [
        b"kil", b"kia", b"kie", b"kit", b"wasi", b"mam", b"lian", b"st", b"gn", b"ndik",
    ];
    SUBJUNCTIVE.iter().any(|subject| {
        word.strip_prefix(*subject).is_some_and(|stem| {
            stem_ok(stem)
                && matches!(stem.last(), Some(b'e' | b'i'))
                && !NOT_STEMS.iter().any(|n| stem.starts_with(n))
        })
    })
}

/// Whether a digit group can be part of a telephone number: digits, perhaps with dots
/// ("06.12.34"), or digits masked with `x` as people do when they share a number ("0722 xxx
/// xxx", "07xx"); amounts with commas ("1,500,000") are not. The first group starts with a
/// digit; a later one may be all `x` ("xx"; a lone "x", chat's "for", only when it is
/// written onto digits: "3x", "x219").
fn is_digit_group(bytes: &[u8], t: &Token, first: bool, attached: bool) -> bool {
    let w = bytes.get(t.start..t.end).unwrap_or_default();
    let digits_first = w.first().is_some_and(u8::is_ascii_digit)
        && w.iter()
            .all(|&b| b.is_ascii_digit() || b == b'.' || b == b'x');
    let all_x = (w.len() >= 2 || attached) && w.iter().all(|&b| b == b'x');
    digits_first || (!first && all_x)
}

/// Whether eight digits read as a date: day, month and year (in either order of day and
/// month) or year, month and day, with a year from 1900 to 2099.
fn is_date(d: &[u8]) -> bool {
    let num = |r: std::ops::Range<usize>| {
        d.get(r)
            .map(|x| x.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0')))
            .unwrap_or(0)
    };
    let year = |n: u32| (1900..=2099).contains(&n);
    let day = |n: u32| (1..=31).contains(&n);
    let month = |n: u32| (1..=12).contains(&n);
    (year(num(4..8))
        && ((day(num(0..2)) && month(num(2..4))) || (month(num(0..2)) && day(num(2..4)))))
        || (year(num(0..4)) && month(num(4..6)) && day(num(6..8)))
}

/// The run of digit groups that starts at word `i` (a word starting with a digit): where it
/// ends, and whether it is a telephone number (`PHONE`). Groups follow each other with at
/// most a space, `-`, `.` or brackets between them. Amounts are written in fewer digits
/// ("1 500 000 FCFA" has seven) or with commas. Eight digits in groups are a local number
/// (Haiti, Central America, the Gulf: "3712 5561", "37 12 55 61") unless they are a date or
/// thousands ("15 000 000").
fn phone_run(bytes: &[u8], tokens: &[Token], i: usize) -> (usize, bool) {
    let Some(first) = tokens
        .get(i)
        .filter(|t| is_digit_group(bytes, t, true, false))
    else {
        return (i + 1, false);
    };
    let mut j = i + 1;
    while let (Some(prev), Some(next)) = (tokens.get(j - 1), tokens.get(j)) {
        let between = bytes.get(prev.end..next.start).unwrap_or_default();
        if between.len() > 3
            || !between.iter().all(|b| b" -.()".contains(b))
            || !is_digit_group(
                bytes,
                next,
                false,
                between.is_empty() || bytes.get(next.end).is_some_and(u8::is_ascii_digit),
            )
        {
            break;
        }
        j += 1;
    }
    let groups = tokens.get(i..j).unwrap_or_default();
    let word = |t: &Token| bytes.get(t.start..t.end).unwrap_or_default();
    let digits: usize = groups
        .iter()
        .map(|t| word(t).iter().filter(|&&b| b != b'.').count())
        .sum();
    // "+971 …", "(+1) …": the first non-space, non-bracket byte before is a plus
    let plus = bytes
        .get(..first.start)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'(')
        == Some(&b'+');
    let local = digits == 8 && groups.len() >= 2 && {
        let all: Vec<u8> = groups
            .iter()
            .flat_map(|t| word(t).iter().copied())
            .collect();
        let masked = all.contains(&b'x');
        let thousands = groups.iter().skip(1).all(|t| word(t).len() == 3);
        !thousands && !all.contains(&b'.') && (masked || !is_date(&all))
    };
    (j, digits >= 9 || (plus && digits >= 7) || local)
}

/// The words `from..to` of the sentence of word `i` (`sentences` from `sentence_bounds`).
fn sentence_of(tokens: &[Token], sentences: &[(usize, usize)], i: usize) -> Option<(usize, usize)> {
    tokens
        .get(i)
        .and_then(|t| sentences.get(t.sentence as usize))
        .copied()
}

/// Per sentence number: its words `from..to` (empty for numbers no word has), so a rule
/// finds an anchor's sentence without searching the words.
fn sentence_bounds(tokens: &[Token]) -> Vec<(usize, usize)> {
    let count = tokens.last().map_or(0, |t| t.sentence as usize + 1);
    let mut bounds = vec![(0, 0); count];
    // Sentence numbers only grow, so each sentence's words are one run.
    let mut from = 0;
    while let Some(first) = tokens.get(from) {
        let rest = tokens.get(from..).unwrap_or_default();
        let to = from
            + rest
                .iter()
                .take_while(|t| t.sentence == first.sentence)
                .count();
        if let Some(b) = bounds.get_mut(first.sentence as usize) {
            *b = (from, to);
        }
        from = to;
    }
    bounds
}

/// The automaton's entries (those that may be part of a word, or start between words) in
/// `text`, as the words they touch.
fn find_in_automaton(
    matcher: &ChainMatcher,
    text: &str,
    tokens: &[Token],
    found: &mut Vec<(usize, Found)>,
) {
    // The first word that ends after byte `p` (the automaton finds few matches now that
    // whole words are looked up, so a search per match is cheaper than a table).
    let word_at = |p: usize| tokens.partition_point(|t| t.end <= p);
    matcher
        .matcher
        .each_match(text.as_bytes(), &mut |id, s, e| {
            let (Some((open_start, open_end, owners)), Some(&(starts_word, ends_word))) =
                (matcher.patterns.get(id), matcher.edges.get(id))
            else {
                return;
            };
            if (starts_word && !open_start && word_char_before(text, s))
                || (ends_word && !open_end && word_char_at(text, e))
            {
                return;
            }
            // The words the match touches.
            let a = word_at(s);
            // The word holding the last byte, or the one after it when that byte is between
            // words.
            let w = word_at(e - 1);
            let b = if tokens.get(w).is_some_and(|t| t.start < e) {
                w + 1
            } else {
                w
            };
            if a < b {
                found.extend(owners.iter().map(|&c| (c, Found { a, b })));
            }
        });
}

/// A chain's automaton: a DFA while it fits `MAX_DFA_BYTES`, else an NFA.
#[derive(Debug)]
enum InWords {
    Dfa(dfa::DFA),
    Contiguous(contiguous::NFA),
    Noncontiguous(noncontiguous::NFA),
}

impl InWords {
    fn new(texts: &[&str]) -> Result<Self, ScreeningError> {
        let dfa = dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(texts);
        if let Ok(dfa) = dfa
            && dfa.memory_usage() <= MAX_DFA_BYTES
        {
            return Ok(Self::Dfa(dfa));
        }
        if let Ok(nfa) = contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(texts)
        {
            return Ok(Self::Contiguous(nfa));
        }
        noncontiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(texts)
            .map(Self::Noncontiguous)
            .map_err(|_| ScreeningError::InvalidContent("screening/concepts".into()))
    }

    /// Every match in `text` as (pattern, start, end), overlapping ones included.
    fn each_match(&self, text: &[u8], report: &mut dyn FnMut(usize, usize, usize)) {
        match self {
            Self::Dfa(a) => each_match(a, text, report),
            Self::Contiguous(a) => each_match(a, text, report),
            Self::Noncontiguous(a) => each_match(a, text, report),
        }
    }
}

/// What aho-corasick's overlapping search reports, in a loop of our own: its iterator
/// kept its position in memory and checked bounds at every byte. Not inlined, and matches
/// (rare) handled out of line, so that the walk keeps its state in registers.
#[inline(never)]
fn each_match<A: Automaton>(aut: &A, text: &[u8], report: &mut dyn FnMut(usize, usize, usize)) {
    let Ok(mut sid) = aut.start_state(Anchored::No) else {
        return;
    };
    for (at, &byte) in text.iter().enumerate() {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_special(sid) && !report_matches(aut, sid, at + 1, report) {
            return;
        }
    }
}

/// Reports the matches of state `sid` that end at `end`; false at the dead state (no
/// more matches).
#[inline(never)]
fn report_matches<A: Automaton>(
    aut: &A,
    sid: aho_corasick::automaton::StateID,
    end: usize,
    report: &mut dyn FnMut(usize, usize, usize),
) -> bool {
    if aut.is_dead(sid) {
        return false;
    }
    if aut.is_match(sid) {
        for i in 0..aut.match_len(sid) {
            let pattern = aut.match_pattern(sid, i);
            report(pattern.as_usize(), end - aut.pattern_len(pattern), end);
        }
    }
    true
}

/// The phrases that start at word `i` of the text, which is the word entry `word`: looked
/// up by that entry and what follows it up to the end of the next word (neither the first
/// word rehashed nor compared again), then compared for the rest of their length.
fn find_phrases(
    matcher: &ChainMatcher,
    text: &str,
    tokens: &[Token],
    i: usize,
    word: usize,
    found: &mut Vec<(usize, Found)>,
) {
    let bytes = text.as_bytes();
    let (Some(t), Some(next), Some(entry)) =
        (tokens.get(i), tokens.get(i + 1), matcher.words.get(word))
    else {
        return;
    };
    if entry.follows & follow_mark(bytes.get(t.end..next.end).unwrap_or_default()) == 0 {
        return;
    }
    let rest = Key::of(bytes, t.end, next.end);
    let Some(pair) = matcher
        .pair_index
        .find(pair_hash(word, rest), |e| {
            matcher
                .pairs
                .get(e)
                .is_some_and(|p| p.word == word && p.rest.is(rest, bytes, t.end, next.end))
        })
        .and_then(|e| matcher.pairs.get(e))
    else {
        return;
    };
    for phrase in &pair.phrases {
        let end = next.end + phrase.tail.len();
        if bytes.get(next.end..end) != Some(phrase.tail.as_bytes())
            || (phrase.ends_word && word_char_at(text, end))
        {
            continue;
        }
        // The words up to the one holding the phrase's last byte (at least these two).
        let b = i
            + 2
            + tokens
                .get(i + 2..)
                .unwrap_or_default()
                .iter()
                .take_while(|w| w.start < end)
                .count();
        found.extend(phrase.concepts.iter().map(|&c| (c, Found { a: i, b })));
    }
}

/// Per concept, the words where it was found, sorted and without repeats, all in one
/// buffer (a scan finds dozens of concepts, and a vector each cost more to grow than to
/// fill).
#[derive(Debug, Default)]
struct FoundLists {
    items: Vec<Found>,
    /// Per concept: its list's range in `items`.
    ranges: Vec<(usize, usize)>,
}

impl FoundLists {
    /// The lists of `concepts` concepts from `(concept, words)` pairs in any order.
    fn new(found: &[(usize, Found)], concepts: usize) -> Self {
        // A counting sort by concept: each list's length, then its place, then its items.
        let mut ranges = vec![(0, 0); concepts];
        for &(c, _) in found {
            if let Some(r) = ranges.get_mut(c) {
                r.1 += 1;
            }
        }
        let mut start = 0;
        for r in &mut ranges {
            let len = r.1;
            *r = (start, start);
            start += len;
        }
        let mut items = vec![Found { a: 0, b: 0 }; start];
        for &(c, f) in found {
            if let Some(r) = ranges.get_mut(c)
                && let Some(slot) = items.get_mut(r.1)
            {
                *slot = f;
                r.1 += 1;
            }
        }
        for r in &mut ranges {
            if let Some(list) = items.get_mut(r.0..r.1) {
                r.1 = r.0 + sort_dedup(list);
            }
        }
        Self { items, ranges }
    }

    /// Where concept `c` was found.
    #[inline]
    fn get(&self, c: usize) -> &[Found] {
        self.ranges
            .get(c)
            .and_then(|&(s, e)| self.items.get(s..e))
            .unwrap_or_default()
    }

    /// Concept `c` is found at `list` instead (or also, with `keep`).
    fn set(&mut self, c: usize, keep: bool, list: impl IntoIterator<Item = Found>) {
        let Some(&(s, e)) = self.ranges.get(c) else {
            return;
        };
        let start = self.items.len();
        if keep {
            self.items.extend_from_within(s..e);
        }
        self.items.extend(list);
        let len = self.items.get_mut(start..).map_or(0, sort_dedup);
        self.items.truncate(start + len);
        if let Some(r) = self.ranges.get_mut(c) {
            *r = (start, start + len);
        }
    }

    fn is_empty(&self, c: usize) -> bool {
        self.get(c).is_empty()
    }

    /// Keeps only the hits of concept `c` that `keep` holds for.
    fn retain(&mut self, c: usize, keep: impl Fn(&Found) -> bool) {
        if self.get(c).iter().all(&keep) {
            return;
        }
        let kept: Vec<Found> = self.get(c).iter().filter(|h| keep(h)).copied().collect();
        self.set(c, false, kept);
    }
}

/// What an `extent` looks at: the original text (line breaks, bullets), its normalised
/// form (the punctuation between words) and the words.
struct Reach<'a> {
    text: &'a str,
    n: &'a Normalized,
    tokens: &'a [Token],
    sentences: &'a [(usize, usize)],
}

/// Marks that end a clause for `Extent::Clause`.
const CLAUSE_MARKS: [char; 7] = [
    ',', ':', ';', '\u{2013}', '\u{2014}', '\u{060C}', '\u{061B}',
];

/// Marks that start a list item at the start of a line (or after a sentence's end).
const BULLETS: [char; 20] = [
    '-', '\u{2013}', '\u{2014}', '\u{2022}', '\u{00B7}', '*', '\u{25AA}', '\u{25E6}', '\u{25CF}',
    '\u{25CB}', '\u{2713}', '\u{2714}', '\u{2717}', '\u{2718}', '\u{274C}', '\u{27A4}', '\u{25BA}',
    '\u{2192}', '>', '\u{26A0}',
];

/// Closing quotes and brackets, passed over to see what ended a list item.
const CLOSING: [char; 10] = [
    '\'', '"', '\u{2019}', '\u{201D}', '\u{00BB}', '\u{2018}', '\u{201C}', ')', ']', '`',
];

impl Reach<'_> {
    /// The normalised text between word `k - 1` and word `k` (to the end after the last).
    fn gap(&self, k: usize) -> &str {
        let from = k
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(0, |t| t.end);
        let to = self.tokens.get(k).map_or(self.n.text.len(), |t| t.start);
        self.n.text.get(from..to).unwrap_or_default()
    }

    /// The original text between word `k - 1` and word `k` (line breaks and bullets are
    /// gone from the normalised one).
    fn original_gap(&self, k: usize) -> &str {
        let from = k
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .and_then(|t| self.n.original_span(t.start, t.end))
            .map_or(0, |(_, e)| e);
        let to = self
            .tokens
            .get(k)
            .and_then(|t| self.n.original_span(t.start, t.end))
            .map_or(self.text.len(), |(s, _)| s);
        self.text.get(from..to).unwrap_or_default()
    }

    /// The words of the sentence of word `i`.
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        sentence_of(self.tokens, self.sentences, i).unwrap_or((i, i))
    }

    /// Whether the sentence whose words end before word `to` ends with a question mark.
    fn is_question(&self, to: usize) -> bool {
        self.gap(to)
            .chars()
            .find(|&c| is_sentence_end(c))
            .is_some_and(|c| matches!(c, '?' | '\u{061F}'))
    }

    /// Whether the sentence `from..to` after the original text `gap` is the next item of
    /// a list: it starts with a bullet or a number ("– …", "2. …"), follows a semicolon,
    /// or is one more question after a question; a blank line ends a list.
    fn is_item(&self, gap: &str, after_number: bool, from: usize, to: usize) -> bool {
        let mut lines = gap.split('\n');
        // What ended the previous item, after a closing quote or bracket ("…'; …").
        let end_mark = lines
            .next()
            .unwrap_or_default()
            .trim_start_matches(|c: char| c.is_whitespace() || CLOSING.contains(&c));
        let rest: Vec<&str> = lines.collect();
        if rest.len() >= 2
            && rest
                .iter()
                .take(rest.len() - 1)
                .any(|l| l.trim().is_empty())
        {
            return false;
        }
        let start = rest
            .last()
            .copied()
            .unwrap_or(end_mark)
            .trim_start_matches(|c: char| c.is_whitespace() || is_sentence_end(c));
        start.starts_with(BULLETS)
            || self.numbered_start(from, to)
            || end_mark.starts_with([';', '\u{061B}'])
            || (end_mark.starts_with(['?', '\u{061F}']) && self.is_question(to))
            || after_number
            || self.is_number(from, to)
    }

    /// Whether the sentence `from..to` opens with an item's number: "1) …", "2. …" (the
    /// number is a word of the sentence when no sentence mark follows it).
    fn numbered_start(&self, from: usize, to: usize) -> bool {
        from + 1 < to
            && self.tokens.get(from).is_some_and(|t| {
                let word = self.n.text.get(t.start..t.end).unwrap_or_default();
                word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())
            })
            && self
                .original_gap(from + 1)
                .trim_start()
                .starts_with([')', '.', '-', '\u{2013}'])
    }

    /// Whether the sentence `from..to` is a lone number: "2" of a numbered item "2. …".
    fn is_number(&self, from: usize, to: usize) -> bool {
        to == from + 1
            && self
                .tokens
                .get(from)
                .and_then(|t| self.n.text.as_bytes().get(t.start))
                .is_some_and(u8::is_ascii_digit)
    }

    /// Where the hit `f` of a rule with `extent` reaches; None when the clause, question
    /// or header speaks in the writer's own voice (a concept of `until` in it).
    fn extend(
        &self,
        extent: Extent,
        f: Found,
        rule: &CompiledRule,
        found: &FoundLists,
    ) -> Option<Found> {
        let own_voice = |from: usize, to: usize| {
            rule.until
                .iter()
                .any(|&u| !starting_in(found.get(u), from, to).is_empty())
        };
        let (s_from, s_to) = self.sentence_of(f.a);
        match extent {
            Extent::Clause => {
                let mut end = f.b;
                loop {
                    while end < s_to && !self.gap(end).contains(CLAUSE_MARKS) {
                        end += 1;
                    }
                    // "…, or keeps your passport, …": the condition goes on.
                    let goes_on = end < s_to
                        && rule
                            .through
                            .iter()
                            .any(|&c| !starting_in(found.get(c), end, end + 1).is_empty());
                    if !goes_on {
                        break;
                    }
                    end += 1;
                }
                if end == s_to {
                    // No comma: the condition may run on into the demand.
                    end = end.min(f.b + CLAUSE_REACH);
                }
                // A condition needs a main clause: "Sí te cobran 300 por el visado" (yes,
                // they charge you 300) is a statement.
                let alone = f.a == s_from && end == s_to;
                (!alone && !own_voice(f.a, end)).then_some(Found { a: f.a, b: end })
            }
            Extent::Question => {
                // "The agency keeps your passport, ok?": a tag after a comma asks the
                // reader to agree to a statement.
                let tag = (s_to.saturating_sub(TAG_WORDS)..s_to)
                    .any(|k| k > f.b && self.gap(k).contains(CLAUSE_MARKS));
                (f.a < s_from + QUESTION_LEAD
                    && self.is_question(s_to)
                    && !tag
                    && !own_voice(s_from, s_to))
                .then_some(Found { a: s_from, b: s_to })
            }
            Extent::List => {
                let stop = rule
                    .stop
                    .iter()
                    .filter_map(|&c| starting_in(found.get(c), f.b, s_to).first().map(|h| h.a))
                    .min();
                let mut end = stop.unwrap_or(s_to);
                // A colon far from the header ends what it frames: "it is forbidden to ask
                // you for fees or to keep your passport: we will not do it".
                let colon_at = (f.b..=end).find(|&k| self.gap(k).contains(':'));
                let colon = colon_at.is_some_and(|k| k <= f.b + COLON_REACH);
                if let Some(k) = colon_at.filter(|_| !colon) {
                    end = k;
                }
                if own_voice(f.a, end) {
                    return None;
                }
                // The list its colon opens, or numbered items that follow its sentence
                // ("7 keys to stay safe 1. Keep your passport … 3. Take no loans …").
                let ends_in_number = end == s_to && s_to > f.b && self.is_number(s_to - 1, s_to);
                let numbered = stop.is_none()
                    && end == s_to
                    && s_to < self.tokens.len()
                    && (ends_in_number || {
                        let (from, to) = self.sentence_of(s_to);
                        self.is_number(from, to)
                            || self.numbered_start(from, to)
                            || self
                                .original_gap(from)
                                .trim_start_matches(|c: char| {
                                    c.is_whitespace() || is_sentence_end(c)
                                })
                                .starts_with(BULLETS)
                    });
                if colon || numbered {
                    let mut after_number = ends_in_number;
                    while end < self.tokens.len() {
                        let (from, to) = self.sentence_of(end);
                        if from != end
                            || !self.is_item(self.original_gap(from), after_number, from, to)
                            || own_voice(from, to)
                        {
                            break;
                        }
                        after_number = self.is_number(from, to);
                        end = to;
                    }
                }
                Some(Found { a: f.a, b: end })
            }
            Extent::Questions => {
                // "No? Then tomorrow." asks again; it answers nothing.
                if f.a >= s_from + VERDICT_LEAD || self.is_question(s_to) {
                    return None;
                }
                let mut from = s_from;
                while let Some(last) = from.checked_sub(1) {
                    let (q_from, q_to) = self.sentence_of(last);
                    if q_to != from || !self.is_question(q_to) || own_voice(q_from, q_to) {
                        break;
                    }
                    from = q_from;
                }
                (from < s_from).then_some(Found { a: from, b: s_from })
            }
            Extent::Before => {
                let opens = f.a < s_from + VERDICT_LEAD;
                let from = match s_from.checked_sub(1).map(|last| self.sentence_of(last)) {
                    Some((p_from, p_to)) if opens && p_to == s_from => p_from,
                    _ => s_from,
                };
                (from < f.a && !own_voice(from, f.a)).then_some(Found { a: from, b: f.a })
            }
            Extent::Rest => {
                let mut end = f.a;
                let mut to = s_to;
                while end < self.tokens.len() && !own_voice(end.max(f.a), to) {
                    end = to;
                    to = self.sentence_of(end).1;
                }
                (end > f.a).then_some(Found { a: f.a, b: end })
            }
        }
    }
}

/// Sorts `list` and moves one of each item to the front; returns how many.
fn sort_dedup(list: &mut [Found]) -> usize {
    list.sort_unstable();
    let mut kept = 0;
    for i in 0..list.len() {
        let Some(&x) = list.get(i) else {
            break;
        };
        if kept == 0 || list.get(kept - 1) != Some(&x) {
            if let Some(slot) = list.get_mut(kept) {
                *slot = x;
            }
            kept += 1;
        }
    }
    kept
}

/// The compiled concepts and rules.
#[derive(Debug, Default)]
pub struct Scanners {
    flags: Vec<String>,
    concepts: Vec<String>,
    lexicons: Vec<Lexicon>,
    rules: Vec<CompiledRule>,
    /// Per concept: a word a rule needs (not a negation or an exception), so one typo is
    /// tolerated in its longer words.
    typo_ok: Vec<bool>,
    number: usize,
    amount: usize,
    phone: usize,
    negation: usize,
    negation_after: usize,
    negation_opens: usize,
    negation_closes: usize,
    clause: usize,
    except: usize,
    rest: usize,
    not_negation: usize,
    /// The writer's own voice (`OWN_VOICE`), which a report does not reach.
    own_voice: usize,
    turn: usize,
    described: usize,
    /// The concepts the scan itself reads by place (`mark_presence_only`).
    placed_by_engine: Vec<usize>,
    /// The automata of the chains scanned last, most recent first.
    chains: Mutex<Vec<Arc<ChainMatcher>>>,
    /// The fair-text gate, which may set all of a text's hits aside (`scan_sorted`).
    gate: Option<Gate>,
}

/// The indexes of `names` in `list`, added when new (a rule's concept lists).
fn indexes_of(list: &mut Vec<String>, names: &[String]) -> Vec<usize> {
    names.iter().map(|c| index_of(list, c)).collect()
}

fn index_of(list: &mut Vec<String>, name: &str) -> usize {
    match list.iter().position(|c| c == name) {
        Some(i) => i,
        None => {
            list.push(name.to_owned());
            list.len() - 1
        }
    }
}

impl Scanners {
    /// Compiles the concept files and the rules; a later file for the same locale
    /// replaces an earlier one.
    pub fn new(files: &[ConceptFile], rules: &RuleFile) -> Result<Self, ScreeningError> {
        let mut by_locale: BTreeMap<&str, &ConceptFile> = BTreeMap::new();
        for f in files {
            by_locale.insert(f.locale.as_str(), f);
        }
        let mut concepts: Vec<String> = Vec::new();
        let number = index_of(&mut concepts, NUMBER);
        let amount = index_of(&mut concepts, AMOUNT);
        let phone = index_of(&mut concepts, PHONE);
        let negation = index_of(&mut concepts, NEGATION);
        let negation_after = index_of(&mut concepts, NEGATION_AFTER);
        let negation_opens = index_of(&mut concepts, NEGATION_OPENS);
        let negation_closes = index_of(&mut concepts, NEGATION_CLOSES);
        let clause = index_of(&mut concepts, CLAUSE);
        let except = index_of(&mut concepts, EXCEPT);
        let rest = index_of(&mut concepts, REST);
        let not_negation = index_of(&mut concepts, NOT_NEGATION);
        let own_voice = index_of(&mut concepts, OWN_VOICE);
        let turn = index_of(&mut concepts, TURN);
        let described = index_of(&mut concepts, DESCRIBED);
        let mut lexicons = Vec::new();
        for file in by_locale.values() {
            let mut entries = Vec::new();
            for (name, words) in &file.concepts {
                let c = index_of(&mut concepts, name);
                for w in words {
                    let e = Entry::parse(w);
                    if !e.text.is_empty() {
                        entries.push((e, c));
                    }
                }
            }
            lexicons.push(Lexicon {
                locale: file.locale.clone(),
                entries,
            });
        }
        let mut flags: Vec<String> = Vec::new();
        let mut compiled = Vec::new();
        for r in &rules.rules {
            let r = &rules.expanded(r).map_err(|name| {
                ScreeningError::InvalidContent(format!("unknown exception set `{name}`"))
            })?;
            let output = match (&r.flag, &r.concept) {
                (Some(f), None) => Output::Flag(index_of(&mut flags, f)),
                (None, Some(c)) => Output::Concept(index_of(&mut concepts, c)),
                _ => {
                    return Err(ScreeningError::InvalidContent(
                        "a rule needs either flag or concept".into(),
                    ));
                }
            };
            if r.all.is_empty() {
                return Err(ScreeningError::InvalidContent(
                    "a rule with no concept".into(),
                ));
            }
            compiled.push(CompiledRule {
                output,
                all: indexes_of(&mut concepts, &r.all),
                within: r.within,
                anywhere: r.anywhere,
                ordered: r.ordered,
                same_clause: r.same_clause,
                leading: r.leading,
                unless: indexes_of(&mut concepts, &r.unless),
                unless_turn: indexes_of(&mut concepts, &r.unless_turn),
                unless_unturned: indexes_of(&mut concepts, &r.unless_unturned),
                unless_clause: indexes_of(&mut concepts, &r.unless_clause),
                unless_part: indexes_of(&mut concepts, &r.unless_part),
                unless_in_text: indexes_of(&mut concepts, &r.unless_in_text),
                needs_in_text: indexes_of(&mut concepts, &r.needs_in_text),
                unless_before: indexes_of(&mut concepts, &r.unless_before),
                unless_reported: indexes_of(&mut concepts, &r.unless_reported),
                negatable: r.negatable,
                extent: r.extent,
                until: indexes_of(&mut concepts, &r.until),
                through: indexes_of(&mut concepts, &r.through),
                stop: indexes_of(&mut concepts, &r.stop),
                presence_only: false,
            });
        }
        // Concepts the scan itself reads by place.
        let engine = vec![
            number,
            amount,
            phone,
            negation,
            negation_after,
            negation_opens,
            negation_closes,
            clause,
            except,
            rest,
            not_negation,
            own_voice,
            turn,
            described,
        ];
        mark_presence_only(&mut compiled, concepts.len(), &engine);
        let mut typo_ok = vec![false; concepts.len()];
        for r in &compiled {
            for &c in &r.all {
                if let Some(ok) = typo_ok.get_mut(c) {
                    *ok = c != negation;
                }
            }
        }
        Ok(Self {
            flags,
            concepts,
            lexicons,
            rules: compiled,
            typo_ok,
            number,
            amount,
            phone,
            negation,
            negation_after,
            negation_opens,
            negation_closes,
            clause,
            except,
            rest,
            not_negation,
            own_voice,
            turn,
            described,
            placed_by_engine: engine,
            chains: Mutex::new(Vec::new()),
            gate: None,
        })
    }

    /// The names of the concepts (the words' and those rules make) and of the flags.
    pub(crate) fn names(&self) -> (&[String], &[String]) {
        (&self.concepts, &self.flags)
    }

    /// Sets the fair-text gate from its file; a concept or flag the scan does not know is
    /// an error.
    pub fn set_gate(&mut self, file: &GateFile) -> Result<(), ScreeningError> {
        let gate = Gate::new(file, &self.concepts, &self.flags)?;
        // A hard demand's concepts are looked for in the hit's sentence: every hit counts.
        let mut placed = self.placed_by_engine.clone();
        for f in 0..self.flags.len() {
            placed.extend(gate.hard_concepts(f).unwrap_or_default());
        }
        mark_presence_only(&mut self.rules, self.concepts.len(), &placed);
        self.gate = Some(gate);
        Ok(())
    }

    /// Scans with the concepts of each locale in `locales` that has them (the person's
    /// language chain, which ends in English) and those of no one language, less the hits
    /// the gate sets aside (`scan_sorted`). The gate never adds one.
    pub fn scan(&self, text: &str, locales: &[String]) -> Result<Vec<Hit>, ScreeningError> {
        Ok(self.scan_sorted(text, locales)?.0)
    }

    /// The hits the gate keeps, and those it sets aside: every hit of a text that reads as
    /// fair (a notice, a news item, a relative's message) and holds no hard demand. The
    /// set-aside hits are shown as words worth a second look, never as warning signs.
    pub fn scan_sorted(
        &self,
        text: &str,
        locales: &[String],
    ) -> Result<(Vec<Hit>, Vec<Hit>), ScreeningError> {
        let (hits, features) = self.scan_read(text, locales, false)?;
        if let Some(gate) = &self.gate
            && !hits.is_empty()
            && gate.quiets(&features)
        {
            return Ok((Vec::new(), hits));
        }
        Ok((hits, Vec::new()))
    }

    /// The hits of the rules alone, before the gate.
    pub fn scan_ungated(&self, text: &str, locales: &[String]) -> Result<Vec<Hit>, ScreeningError> {
        Ok(self.scan_read(text, locales, false)?.0)
    }

    /// The hits before the gate, what the gate reads of the text, by name (`concept:…`,
    /// `flag:…`, `shape:…`), and whether it holds a hard demand the gate never quiets; for
    /// the gate's trainer.
    pub fn gate_features(
        &self,
        text: &str,
        locales: &[String],
    ) -> Result<(Vec<Hit>, Vec<String>, bool), ScreeningError> {
        let (hits, f) = self.scan_read(text, locales, true)?;
        let name = |list: &[String], i: usize| list.get(i).cloned().unwrap_or_default();
        let mut names: Vec<String> = Vec::new();
        names.extend(
            f.concepts
                .iter()
                .map(|&i| format!("concept:{}", name(&self.concepts, i))),
        );
        names.extend(
            f.flags
                .iter()
                .map(|&i| format!("flag:{}", name(&self.flags, i))),
        );
        names.extend(
            f.shapes
                .iter()
                .filter_map(|&i| SHAPES.get(i))
                .map(|s| format!("shape:{s}")),
        );
        Ok((hits, names, f.hard))
    }

    /// The automaton for the chain of lexicon indices `locales`, built on first use.
    fn chain_matcher(&self, locales: Vec<usize>) -> Result<Arc<ChainMatcher>, ScreeningError> {
        let mut cache = self.chains.lock().unwrap_or_else(PoisonError::into_inner);
        let matcher = match cache.iter().position(|m| m.locales == locales) {
            Some(i) => cache.remove(i),
            None => Arc::new(ChainMatcher::new(&self.lexicons, locales, &self.typo_ok)?),
        };
        cache.insert(0, Arc::clone(&matcher));
        cache.truncate(MAX_CHAINS);
        Ok(matcher)
    }

    /// The concepts found in the normalised text `n` split into `tokens`.
    fn find_concepts(
        &self,
        matcher: &ChainMatcher,
        n: &Normalized,
        tokens: &[Token],
    ) -> FoundLists {
        // (concept, words) in the order found, put in lists per concept at the end.
        let mut found: Vec<(usize, Found)> = Vec::with_capacity(tokens.len());
        find_in_automaton(matcher, &n.text, tokens, &mut found);
        self.find_words(matcher, &n.text, tokens, &mut found);
        FoundLists::new(&found, self.concepts.len())
    }

    /// Per word of the text: the concepts of the word alone and of the phrases it starts,
    /// and `number` (and `amount`) for a number.
    fn find_words(
        &self,
        matcher: &ChainMatcher,
        text: &str,
        tokens: &[Token],
        found: &mut Vec<(usize, Found)>,
    ) {
        let bytes = text.as_bytes();
        // The end of the last run of digit groups read for a telephone number.
        let mut digit_run_end = 0;
        for (i, t) in tokens.iter().enumerate() {
            let word = bytes.get(t.start..t.end).unwrap_or_default();
            let one = Found { a: i, b: i + 1 };
            if word.first().is_some_and(u8::is_ascii_digit) {
                found.push((self.number, one));
                // A number joined to letters by a hyphen is a reference ("licence
                // POEA-123", "DMW-2024"), not a sum.
                let reference = t.start >= 2
                    && bytes.get(t.start - 1) == Some(&b'-')
                    && bytes.get(t.start - 2).is_some_and(u8::is_ascii_alphabetic);
                let after = bytes.get(t.end..).unwrap_or_default();
                if is_amount(word) && !reference && !is_percentage(after) && !is_measure(after) {
                    found.push((self.amount, one));
                }
                if i >= digit_run_end {
                    let (end, phone) = phone_run(bytes, tokens, i);
                    if phone {
                        found.push((self.phone, Found { a: i, b: end }));
                    }
                    digit_run_end = end;
                }
            }
            // An Arabic word (its first byte is 0xD8 or 0xD9) as text, for the two Arabic
            // checks below; other words skip them.
            let arabic = matches!(word.first(), Some(0xD8 | 0xD9))
                .then(|| text.get(t.start..t.end))
                .flatten();
            // A colloquial Arabic verb negated in one word: its negation is put just before
            // it, as an empty span, and negates only the verb's own concept ("تعطي" in
            // "ماتعطيش").
            if arabic.is_some_and(is_negated_arabic_verb) {
                found.push((self.negation, Found { a: i, b: i }));
            }
            // So is a Swahili verb negated by its prefix ("hawatalipa", "usikubali").
            if is_negated_swahili_verb(word) {
                found.push((self.negation, Found { a: i, b: i }));
            }
            if word.len() > matcher.longest_word {
                continue;
            }
            let lookup = |text: &[u8], start: usize, end: usize| {
                let key = Key::of(text, start, end);
                matcher
                    .word_index
                    .find(key.hash, |e| {
                        matcher
                            .words
                            .get(e)
                            .is_some_and(|x| x.text.is(key, text, start, end))
                    })
                    .and_then(|w| Some((w, matcher.words.get(w)?)))
            };
            // An Arabic word is also read without the particles written onto it ("والجواز",
            // "فبعد", "بالجواز", "للمكتب"), so a lexicon need not list every prefixed form.
            let Some((w, entry)) = lookup(bytes, t.start, t.end).or_else(|| {
                let mut buf = [0u8; 64];
                let len = arabic_without_particles(arabic?, &mut buf)?;
                lookup(&buf, 0, len)
            }) else {
                continue;
            };
            found.extend(entry.concepts.iter().map(|&c| (c, one)));
            if entry.follows != 0 {
                find_phrases(matcher, text, tokens, i, w, found);
            }
        }
    }

    /// The rules' hits and, when there are any (or `always`) and a gate reads them, what
    /// the gate reads of the text.
    fn scan_read(
        &self,
        text: &str,
        locales: &[String],
        always: bool,
    ) -> Result<(Vec<Hit>, Features), ScreeningError> {
        let mut chain: Vec<usize> = Vec::new();
        for l in locales.iter().map(String::as_str).chain([ANY_LOCALE]) {
            if let Some(i) = self.lexicons.iter().position(|x| x.locale == l)
                && !chain.contains(&i)
            {
                chain.push(i);
            }
        }
        if chain.is_empty() {
            return Ok((Vec::new(), Features::default()));
        }
        let matcher = self.chain_matcher(chain)?;
        let n = normalize(text);
        let mut tokens = tokenize(&n);
        let mut found = self.find_concepts(&matcher, &n, &tokens);
        // A word that only looks like a negation ("no" in Portuguese "no contrato", "in
        // the contract") negates nothing, in any rule.
        let not = found.get(self.not_negation).to_vec();
        if !not.is_empty() {
            found.retain(self.negation, |h| !not.iter().any(|x| x.overlaps(h)));
        }
        // An answer's "No," heading its sentence ("Can I keep my passport? No, the agency
        // keeps them") answers the question before it; it does not negate the clause after.
        let answer = |h: &Found| {
            h.b == h.a + 1
                && tokens.get(h.a).is_some_and(|t| {
                    let heads =
                        h.a.checked_sub(1)
                            .and_then(|p| tokens.get(p))
                            .is_none_or(|p| p.sentence != t.sentence);
                    heads
                        && n.text
                            .get(t.end..)
                            .is_some_and(|rest| rest.starts_with([',', ':', '\u{060C}']))
                })
        };
        found.retain(self.negation, |h| !answer(h));
        // A short word whose accent was folded away is not the clause word it now spells:
        // Portuguese "é" (is) is not "e" (and), Spanish "sí" (yes) is not "si" (if).
        let folded = |h: &Found| {
            h.b == h.a + 1
                && tokens.get(h.a).is_some_and(|t| {
                    t.end - t.start <= 2
                        && n.text.get(t.start..t.end).is_some_and(str::is_ascii)
                        && n.original_span(t.start, t.end)
                            .and_then(|(s, e)| text.get(s..e))
                            .is_some_and(|w| !w.is_ascii())
                })
        };
        found.retain(self.clause, |h| !folded(h));
        // A clause word ("but", "and") starts a new clause for negation.
        // The words from the k-th clause word (counting repeats) to the next are k clauses
        // further.
        let clause_words = found.get(self.clause);
        for (k, w) in clause_words.iter().enumerate() {
            let end = clause_words.get(k + 1).map_or(tokens.len(), |next| next.a);
            let bump = u32::try_from(k + 1).unwrap_or(u32::MAX);
            for t in tokens.get_mut(w.a..end).unwrap_or_default() {
                t.clause += bump;
            }
        }
        let sentences = sentence_bounds(&tokens);
        // Per flag: the words to show, as word ranges.
        let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.flags.len()];
        let reach = Reach {
            text,
            n: &n,
            tokens: &tokens,
            sentences: &sentences,
        };
        for rule in &self.rules {
            if rule.presence_only
                && let Output::Concept(c) = rule.output
                && !found.is_empty(c)
            {
                continue;
            }
            let made = self.apply(rule, &found, &tokens, &sentences);
            match rule.output {
                Output::Concept(c) => {
                    let made: Vec<Found> = match rule.extent {
                        None => made.iter().map(|&(f, _)| f).collect(),
                        Some(extent) => made
                            .iter()
                            .filter_map(|&(f, _)| reach.extend(extent, f, rule, &found))
                            .collect(),
                    };
                    found.set(c, true, made);
                }
                Output::Flag(f) => {
                    if let Some(list) = spans.get_mut(f) {
                        list.extend(made.iter().map(|&(_, shown)| shown));
                    }
                }
            }
        }
        let mut hits = Vec::new();
        let mut raised: Vec<usize> = Vec::new();
        let mut hard = false;
        let sentence = |i: usize| tokens.get(i).map(|t| t.sentence);
        for (k, (flag, list)) in self.flags.iter().zip(&mut spans).enumerate() {
            let hard_concepts = self.gate.as_ref().and_then(|g| g.hard_concepts(k));
            let soft_in_questions = self.gate.as_ref().is_some_and(|g| g.soft_in_questions(k));
            // One highlight per run of hits of a flag: spans of one sentence that overlap
            // or stand at most two words apart are shown as one.
            list.sort_unstable();
            let mut merged: Vec<(usize, usize)> = Vec::new();
            for &(a, b) in list.iter() {
                match merged.last_mut() {
                    Some(last)
                        if a <= last.1 + MERGE_GAP
                            && sentence(a) == sentence(last.1.saturating_sub(1)) =>
                    {
                        last.1 = last.1.max(b);
                    }
                    _ => merged.push((a, b)),
                }
            }
            for (a, b) in merged {
                let (Some(ta), Some(tb)) = (tokens.get(a), tokens.get(b.saturating_sub(1))) else {
                    continue;
                };
                if let Some((start, end)) = n.original_span(ta.start, tb.end) {
                    hits.push(Hit {
                        flag: flag.clone(),
                        start,
                        end,
                    });
                    if raised.last() != Some(&k) {
                        raised.push(k);
                    }
                    // A hard demand: a hit of its flag with one of its concepts in the hit's
                    // sentence ("Recruitment costs are deducted in monthly instalments").
                    let sentence = ta.sentence;
                    let asked = soft_in_questions && reach.is_question(reach.sentence_of(a).1);
                    hard = hard
                        || !asked
                            && hard_concepts.is_some_and(|cs| {
                                cs.is_empty()
                                    || cs.iter().any(|&c| {
                                        found.get(c).iter().any(|m| {
                                            tokens.get(m.a).is_some_and(|t| t.sentence == sentence)
                                        })
                                    })
                            });
                }
            }
        }
        hits.sort_by(|a, b| (a.start, a.end, &a.flag).cmp(&(b.start, b.end, &b.flag)));
        // Only a text with hits is read for the gate: the others have nothing to quiet.
        let features = if always || (!hits.is_empty() && self.gate.is_some()) {
            Features {
                concepts: (0..self.concepts.len())
                    .filter(|&c| !found.is_empty(c))
                    .collect(),
                shapes: shapes_of(text, tokens.len(), sentences.len(), raised.len()),
                flags: raised,
                hard,
            }
        } else {
            Features::default()
        };
        Ok((hits, features))
    }

    /// Whether a negation around the verb negates a match ending before word `b` (French
    /// "on ne le garde pas", "on ne rembourse pas"): a `negation_opens` word among the last
    /// words up to `b`, outside the match's parts, and a `negation_closes` word right
    /// after, both in the clause of its last word.
    fn negated_around_the_verb(
        &self,
        found: &FoundLists,
        b: usize,
        parts: &[Found],
        tokens: &[Token],
    ) -> bool {
        let clause = |i: usize| tokens.get(i).map(|t| t.clause);
        let last = clause(b.saturating_sub(1));
        let closes = starting_in(found.get(self.negation_closes), b, b + 1)
            .iter()
            .any(|h| clause(h.a) == last);
        closes
            && starting_in(
                found.get(self.negation_opens),
                b.saturating_sub(AROUND_THE_VERB),
                b,
            )
            .iter()
            .any(|h| !parts.iter().any(|p| p.overlaps(h)) && clause(h.a) == last)
    }

    /// Every place `rule` holds: the words it covers, and the words to show (the whole
    /// match in one sentence, else the anchor alone).
    fn apply(
        &self,
        rule: &CompiledRule,
        found: &FoundLists,
        tokens: &[Token],
        sentences: &[(usize, usize)],
    ) -> Vec<(Found, (usize, usize))> {
        let mut out = Vec::new();
        let Some((&first, rest)) = rule.all.split_first() else {
            return out;
        };
        if rule.unless_in_text.iter().any(|&u| !found.is_empty(u))
            || (!rule.needs_in_text.is_empty()
                && rule.needs_in_text.iter().all(|&u| found.is_empty(u)))
        {
            return out;
        }
        let list = |c: usize| found.get(c);
        // A concept the text lacks: no anchor can hold.
        if rest.iter().any(|&c| list(c).is_empty()) {
            return out;
        }
        let sentence = |i: usize| tokens.get(i).map(|t| t.sentence);
        let clause = |i: usize| tokens.get(i).map(|t| t.clause);
        let sentence_words = |i: usize| sentence_of(tokens, sentences, i).unwrap_or((0, 0));
        let mut parts: Vec<Found> = Vec::with_capacity(rule.all.len());
        // The hits of the second concept from the current anchor's window on. Anchors come
        // in order, and so does the start of their windows (before `ordered` moves it), so
        // this only moves forward: most anchors have none of it near, and a search per
        // anchor cost more than the rest of the rule.
        let mut second_hits = rest.first().map_or(&[][..], |&c| list(c));
        for anchor in list(first) {
            if rule.leading && anchor.a > 0 && clause(anchor.a - 1) == clause(anchor.a) {
                continue;
            }
            if let Some(w) = rule.within
                && !rest.is_empty()
            {
                // Most anchors have no second concept near: told before the anchor's
                // sentence is looked up.
                let lowest = anchor.a.saturating_sub(w + MAX_PHRASE_WORDS);
                while let Some((h, later)) = second_hits.split_first()
                    && h.a < lowest
                {
                    second_hits = later;
                }
                match second_hits.first() {
                    None => break,
                    Some(h) if h.a > anchor.b + w => continue,
                    Some(_) => {}
                }
            }
            parts.clear();
            parts.push(*anchor);
            let (s_from, s_to) = sentence_words(anchor.a);
            // Where the other concepts may start: near the anchor, in its sentence.
            let (mut from, mut to) = if rule.anywhere {
                (0, usize::MAX)
            } else {
                (s_from, s_to)
            };
            if let Some(w) = rule.within {
                from = from.max(anchor.a.saturating_sub(w + MAX_PHRASE_WORDS));
                to = to.min(anchor.b + w + 1);
            }
            while let Some((h, later)) = second_hits.split_first()
                && h.a < from
            {
                second_hits = later;
            }
            if second_hits.is_empty() && !rest.is_empty() {
                // None is left for this anchor or any later one.
                break;
            }
            if rule.ordered {
                from = from.max(anchor.b);
            }
            let mut ok = true;
            for (k, &c) in rest.iter().enumerate() {
                let near = if k == 0 {
                    in_window(second_hits, from, to)
                } else {
                    starting_in(list(c), from, to)
                };
                let best = near
                    .iter()
                    .filter(|h| !parts.iter().any(|p| p.overlaps(h)))
                    .filter(|h| rule.anywhere || sentence(h.a) == sentence(anchor.a))
                    .filter(|h| rule.within.is_none_or(|w| anchor.gap(h) <= w))
                    .filter(|h| !rule.ordered || h.a >= anchor.b)
                    .filter(|h| !rule.same_clause || clause(h.a) == clause(anchor.a))
                    .min_by_key(|h| anchor.gap(h));
                match best {
                    Some(h) => parts.push(*h),
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let a = parts.iter().map(|p| p.a).min().unwrap_or(anchor.a);
            let b = parts.iter().map(|p| p.b).max().unwrap_or(anchor.b);
            // Words that all lie in a description of tactics raise no flag.
            if matches!(rule.output, Output::Flag(_))
                && list(self.described).iter().any(|d| d.a <= a && b <= d.b)
            {
                continue;
            }
            let s = sentence(anchor.a);
            // Found in this sentence or an earlier one, and ended there: a licence word
            // whose number comes in the next sentence is no anchor for this one (more
            // text after never hides a flag).
            let so_far = |u: &usize| {
                list(*u)
                    .iter()
                    .take_while(|f| f.a < s_to)
                    .any(|f| f.b <= s_to)
            };
            if rule.unless_before.iter().any(so_far)
                || (rule.unless_reported.iter().any(so_far)
                    && starting_in(list(self.own_voice), s_from, s_to).is_empty())
            {
                continue;
            }
            if rule
                .unless
                .iter()
                .any(|&u| !starting_in(list(u), s_from, s_to).is_empty())
            {
                continue;
            }
            let in_part = |h: &Found| parts.iter().any(|p| p.overlaps(h));
            // Where a word shared with the match may start: the match's parts lie in other
            // sentences when the rule reads the whole text ("Auntie, hello. I will pay you
            // back": the repayment shares the words, not the anchor's sentence).
            let (p_from, p_to) = if rule.anywhere {
                (sentence_words(a).0, s_to.max(b))
            } else {
                (s_from, s_to)
            };
            if rule
                .unless_part
                .iter()
                .any(|&u| starting_in(list(u), p_from, p_to).iter().any(in_part))
            {
                continue;
            }
            // In the match or the anchor's clause: a list's other items are not it.
            let in_match_clause = |h: &Found| in_part(h) || clause(h.a) == clause(anchor.a);
            if rule.unless_clause.iter().any(|&u| {
                starting_in(list(u), p_from, p_to)
                    .iter()
                    .any(in_match_clause)
            }) {
                continue;
            }
            // Not across a turn: one before the match reaches it unless a turn starts
            // between them (or in the match: "you pay" before its "pay"); one after, unless a
            // turn ends between them or it pays only "the rest".
            let turns = if rule.unless_turn.is_empty() && rule.unless_unturned.is_empty() {
                &[][..]
            } else {
                starting_in(list(self.turn), s_from, s_to)
            };
            let turned_before = |h: &Found| turns.iter().any(|t| t.a >= h.b && t.a < b);
            let reaches = |h: &Found| {
                if h.b <= a {
                    !turned_before(h)
                } else if h.a >= b {
                    !turns.iter().any(|t| t.b > a && t.b <= h.a)
                        && !starting_in(list(self.rest), h.b, h.b + REST_WINDOW)
                            .iter()
                            .any(|r| clause(r.a) == clause(h.a))
                } else {
                    true
                }
            };
            if rule
                .unless_turn
                .iter()
                .any(|&u| starting_in(list(u), s_from, s_to).iter().any(reaches))
            {
                continue;
            }
            let reaches_on = |h: &Found| h.b > a || !turned_before(h);
            if rule
                .unless_unturned
                .iter()
                .any(|&u| starting_in(list(u), s_from, s_to).iter().any(reaches_on))
            {
                continue;
            }
            if rule.negatable {
                let near = starting_in(
                    list(self.negation),
                    a.saturating_sub(NEGATION_WINDOW + MAX_PHRASE_WORDS),
                    b,
                );
                let negated =
                    near.iter().any(|h| {
                        // A negation read inside a word has an empty span before it: the
                        // word itself is what a not-negation or a part may cover.
                        let word = Found {
                            a: h.a,
                            b: h.b.max(h.a + 1),
                        };
                        let not_a_negation = starting_in(
                            list(self.not_negation),
                            h.a.saturating_sub(MAX_PHRASE_WORDS),
                            word.b,
                        )
                        .iter()
                        .any(|x| x.overlaps(&word));
                        // It negates only that word's own concept: "ماتعطيش" (don't give)
                        // the giving, not what a reassurance ("ماتقلقش", don't worry) is
                        // followed by.
                        if h.a == h.b {
                            return parts.iter().any(|p| p.overlaps(&word)) && !not_a_negation;
                        }
                        if parts.iter().any(|p| p.overlaps(h)) || not_a_negation {
                            return false;
                        }
                        let before =
                            h.b <= a && a - h.b <= NEGATION_WINDOW && clause(h.a) == clause(a);
                        let between = h.a >= a && h.b <= b && sentence(h.a) == s;
                        let excepted = starting_in(list(self.except), h.b, b)
                            .iter()
                            .any(|x| x.b <= b);
                        (before || between) && !excepted
                    }) || starting_in(list(self.negation_after), b, b + NEGATION_AFTER_WINDOW + 1)
                        .iter()
                        // In the same clause, or the next when the phrase opens with a
                        // clause word (Portuguese "e proibido", "is forbidden", reads "e"
                        // as "and").
                        .any(|h| {
                            let last = clause(b.saturating_sub(1));
                            let opens_with_clause_word =
                                starting_in(list(self.clause), h.a, h.a + 1)
                                    .iter()
                                    .any(|c| c.a == h.a);
                            clause(h.a) == last
                                || (opens_with_clause_word
                                    && clause(h.a).map(|c| c.saturating_sub(1)) == last)
                        });
                if negated || self.negated_around_the_verb(found, b, &parts, tokens) {
                    continue;
                }
            }
            // A rule over the whole text shows its first concept; others the words
            // from the first to the last concept.
            let shown = if rule.anywhere {
                (anchor.a, anchor.b)
            } else {
                (a, b)
            };
            out.push((Found { a, b }, shown));
            if rule.presence_only {
                break;
            }
        }
        out
    }

    /// The ids of the concepts found in `text` (the content tools and tests).
    pub fn concepts_in(&self, text: &str, locales: &[String]) -> Vec<String> {
        let mut chain: Vec<usize> = Vec::new();
        for l in locales.iter().map(String::as_str).chain([ANY_LOCALE]) {
            if let Some(i) = self.lexicons.iter().position(|x| x.locale == l)
                && !chain.contains(&i)
            {
                chain.push(i);
            }
        }
        let Ok(matcher) = self.chain_matcher(chain) else {
            return Vec::new();
        };
        let n = normalize(text);
        let tokens = tokenize(&n);
        let found = self.find_concepts(&matcher, &n, &tokens);
        self.concepts
            .iter()
            .enumerate()
            .filter(|&(c, _)| !found.is_empty(c))
            .map(|(_, name)| name.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    /// The shortcut for common Arabic letters and vowels folds them as the general path does.
    #[test]
    fn the_arabic_shortcut_agrees_with_the_general_fold() {
        for c in ('\u{0600}'..='\u{06FF}').chain('\u{0750}'..='\u{077F}') {
            let (mut fast, mut general) = (String::new(), String::new());
            super::fold_char(c, &mut fast);
            super::fold_general(c, &mut general);
            assert_eq!(fast, general, "U+{:04X}", u32::from(c));
        }
    }

    use super::*;

    #[test]
    fn typos_are_one_edit_of_longer_single_words_only() {
        let v = typo_variants("passeport");
        for t in ["paseport", "passeprot", "apsseport"] {
            assert!(v.iter().any(|x| x == t), "{t}");
        }
        assert!(!v.iter().any(|x| x == "passeport"));
        assert!(typo_variants("passport").is_empty());
        assert!(typo_variants("visa").is_empty());
        assert!(typo_variants("no experience").is_empty());
        assert!(typo_variants("us$300abc").is_empty());
    }

    /// The rules making `concept`, as `(presence_only, passes_presence)`.
    fn makers(s: &crate::screening::Screening, concept: &str) -> Vec<(bool, bool)> {
        let (concepts, _) = s.scanners.names();
        let c = concepts.iter().position(|n| n == concept).unwrap();
        s.scanners
            .rules
            .iter()
            .filter(|r| r.output == Output::Concept(c))
            .map(|r| (r.presence_only, passes_presence(r)))
            .collect()
    }

    /// `job_text` is only passed on into `work_text`, which rules only look for in the
    /// whole text: its makers stop at their first hit. Once a rule reads `work_text` by
    /// place, `job_text`'s places matter too.
    #[test]
    fn a_concept_only_passed_on_into_one_looked_for_anywhere_needs_one_hit() {
        let mut source = crate::content::ContentSource::embedded();
        let s = crate::screening::Screening::load(&source).unwrap();
        let job = makers(&s, "job_text");
        assert!(job.len() > 10 && job.iter().all(|&(p, _)| p), "{job:?}");
        assert!(makers(&s, "work_text").iter().all(|&(p, _)| p));
        assert!(makers(&s, "work_text").iter().any(|&(_, pass)| pass));

        let rules = source.get(crate::screening::RULES_FILE).unwrap().to_owned();
        source.set(
            crate::screening::RULES_FILE,
            format!("{rules}\n[[rules]]\nflag = \"recruitment_fee\"\nall = [\"work_text\", \"amount\"]\nwithin = 1\n"),
        );
        let s = crate::screening::Screening::load(&source).unwrap();
        assert!(makers(&s, "work_text").iter().all(|&(p, _)| !p));
        assert!(makers(&s, "job_text").iter().all(|&(p, _)| !p));
    }

    #[test]
    #[ignore]
    fn automaton_size() {
        let source = crate::content::ContentSource::embedded();
        let s = crate::screening::Screening::load(&source).unwrap();
        for chain in [
            vec!["fr", "en"],
            vec!["ht", "fr", "en"],
            vec!["pt", "en"],
            vec!["ar", "en"],
        ] {
            let chain: Vec<String> = chain.into_iter().map(str::to_owned).collect();
            let mut idx: Vec<usize> = Vec::new();
            for l in chain.iter().map(String::as_str).chain([ANY_LOCALE]) {
                if let Some(i) = s.scanners.lexicons.iter().position(|x| x.locale == l) {
                    idx.push(i);
                }
            }
            let m = s.scanners.chain_matcher(idx).unwrap();
            let (kind, bytes, patterns) = match &m.matcher {
                InWords::Dfa(a) => ("DFA", a.memory_usage(), a.patterns_len()),
                InWords::Contiguous(a) => ("contiguous NFA", a.memory_usage(), a.patterns_len()),
                InWords::Noncontiguous(a) => {
                    ("noncontiguous NFA", a.memory_usage(), a.patterns_len())
                }
            };
            println!(
                "{chain:?}: {kind} {bytes} bytes, {patterns} patterns, {} words",
                m.words.len()
            );
            let mut kinds = std::collections::BTreeMap::new();
            for (os, oe, _) in &m.patterns {
                *kinds.entry((*os, *oe)).or_insert(0) += 1;
            }
            println!(
                "  in the automaton, (open start, open end) → count: {kinds:?}; phrases {}",
                m.pairs.iter().map(|p| p.phrases.len()).sum::<usize>()
            );
        }
    }

    #[test]
    fn an_amount_and_its_unit_are_two_words() {
        let n = normalize("send 120k ksh40,000 1500ريال 30wpm");
        let words: Vec<&str> = tokenize(&n)
            .iter()
            .filter_map(|t| n.text.get(t.start..t.end))
            .collect();
        assert_eq!(
            words,
            [
                "send", "120", "k", "ksh", "40,000", "1500", "ريال", "30", "wpm"
            ]
        );
    }

    #[test]
    fn amounts_are_three_digits_or_more_and_not_years_or_phone_numbers() {
        for w in ["350", "1,500", "45.000", "250000", "1900000"] {
            assert!(is_amount(w.as_bytes()), "{w}");
        }
        for w in ["12", "2027", "1999", "0722123456", "5"] {
            assert!(!is_amount(w.as_bytes()), "{w}");
        }
    }

    /// The words `phone_run` reads as a telephone number in `text`.
    fn phones(text: &str) -> Vec<String> {
        let n = normalize(text);
        let tokens = tokenize(&n);
        let bytes = n.text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let (end, phone) = phone_run(bytes, &tokens, i);
            if let (true, Some(a), Some(b)) = (phone, tokens.get(i), tokens.get(end - 1)) {
                out.extend(n.text.get(a.start..b.end).map(str::to_owned));
            }
            i = end;
        }
        out
    }

    #[test]
    fn telephone_numbers_are_long_digit_groups_or_start_with_a_plus() {
        assert_eq!(phones("WhatsApp 0700 900 412 now"), ["0700 900 412"]);
        assert_eq!(phones("tel +971 50 123 4567."), ["971 50 123 4567"]);
        assert_eq!(phones("au 06.12.34.56.78 ou"), ["06.12.34.56.78"]);
        assert_eq!(phones("(+1) 555 0134"), ["1) 555 0134"]);
        assert_eq!(phones("ligue 910-000-000"), ["910-000-000"]);
        assert_eq!(phones("٠٥٥٠٠٠٠٠٠٠"), ["0550000000"]);
        // eight digits in groups: a local number in Haiti, Central America, the Gulf
        assert_eq!(phones("call 3700 0000"), ["3700 0000"]);
        assert_eq!(phones("Rele 37 12 55 61 pou enfo"), ["37 12 55 61"]);
        // digits masked with x, as people share a number
        assert_eq!(phones("WhatsApp 0722 xxx xxx"), ["0722 xxx xxx"]);
        assert_eq!(phones("Rele 3x xx 55 61"), ["3x xx 55 61"]);
        assert_eq!(phones("Ligar 84 xxx x219."), ["84 xxx x219"]);
        assert_eq!(phones("اتصلوا على 04 xxx x412"), ["04 xxx x412"]);
        // amounts, dates and short local numbers are not
        for text in [
            "1 500 000 FCFA",
            "KSh 40,000,000 a year",
            "closes 15.03.2027",
            "2026-12-04",
            "15 000 000 FCFA",
            "closes 15 03 2027",
            "on 2026 12 04",
            "3x par semaine",
            "2 x 500 x 300",
            "call 3700 000",
            "US$ 1,850/month",
        ] {
            assert!(phones(text).is_empty(), "{text}: {:?}", phones(text));
        }
    }

    #[test]
    fn a_full_stop_inside_an_address_ends_no_sentence() {
        let n = normalize("CV to jobs.dubai@gmail.com or www.site.fr. Pay now.Call me");
        // "fr." before a space and "now.C" (a capital) still end sentences
        assert_eq!(n.clause_ends.len(), 2, "{:?}", n.clause_ends);
    }

    #[test]
    fn the_full_stop_of_no_before_a_number_or_of_a_dot_leader_ends_no_sentence() {
        for text in [
            "Licence No. 1234",
            "licence n\u{b0}.45",
            "Lizenz Nr. 7",
            "NUM. 12",
        ] {
            assert!(normalize(text).clause_ends.is_empty(), "{text}");
        }
        assert!(
            normalize("Medical (our clinic) ........ J$9,500")
                .clause_ends
                .is_empty()
        );
        // a number on the next line, a word that only ends in "no"
        for text in ["Licence no.\n1234", "Casino. 24 hours", "So... 24 hours"] {
            assert!(!normalize(text).clause_ends.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_measure_of_time_distance_or_weight_is_no_sum_of_money() {
        for after in [
            " dias pra procurar",
            " km",
            " hours a week",
            " ايام",
            " siku.",
            " jours-",
        ] {
            assert!(is_measure(after.as_bytes()), "{after}");
        }
        for after in [" dollars", " journal", " kmart", ""] {
            assert!(!is_measure(after.as_bytes()), "{after}");
        }
    }

    #[test]
    fn a_percentage_is_no_sum_of_money() {
        for after in ["%", " %", "٪ ya mshahara", "% of the salary"] {
            assert!(is_percentage(after.as_bytes()), "{after}");
        }
        for after in [" dollars", "", " ksh", "  %"] {
            assert!(!is_percentage(after.as_bytes()), "{after}");
        }
    }

    #[test]
    fn the_eight_byte_helpers_agree_with_the_byte_by_byte_tests() {
        // Every byte value at every place among neighbours of every kind.
        let neighbours = [
            b'a', b'Z', b'0', b'9', b' ', b'.', b'@', b'[', b'`', b'{', b'/', b':', 0x7F, 0, 0x80,
            0xC3, 0xFF,
        ];
        for b in 0..=u8::MAX {
            for place in 0..8 {
                for fill in neighbours {
                    let mut bytes = [fill; 8];
                    bytes[place] = b;
                    let w = u64::from_le_bytes(bytes);
                    assert_eq!(
                        ascii_lowercase(w).to_le_bytes(),
                        bytes.map(|x| x.to_ascii_lowercase()),
                        "{bytes:?}"
                    );
                    let letters = bytes.iter().take_while(|x| x.is_ascii_alphabetic()).count();
                    assert_eq!(letters_from(&bytes, 0), letters, "{bytes:?}");
                    for after_space in [false, true] {
                        let marks = not_words(w, after_space).to_le_bytes();
                        for (k, &x) in bytes.iter().enumerate() {
                            let space_before = match k {
                                0 => after_space,
                                _ => bytes[k - 1] == b' ',
                            };
                            let fine = x.is_ascii_alphanumeric() || (x == b' ' && !space_before);
                            let mark = if fine { 0 } else { 0x80 };
                            assert_eq!(marks[k], mark, "{bytes:?} {after_space} {k}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_plain_ascii_table_agrees_with_the_character_tests() {
        for b in 0..=u8::MAX {
            let c = char::from(b);
            let plain =
                b.is_ascii() && !c.is_whitespace() && !is_apostrophe(c) && !is_sentence_end(c);
            assert_eq!(is_plain_ascii(b), plain, "byte {b}");
        }
    }
}
