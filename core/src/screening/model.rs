//! The wording model: a second, learned reading of a pasted text, next to the rules.
//!
//! The rules see the words their lexicons list; a text worded another way passes them (each
//! blind corpus round found about a third of the warning signs missed, and fixes made from
//! one round found nothing more in the next). The model reads spelling instead of words:
//! every run of four characters inside a word of the normalised text (" pas", "pass",
//! "assp", ..., "rt "), hashed into [`BUCKETS`] buckets, present or not. One logistic
//! regression per flag, trained on the read corpus files (`core/examples/train_model.rs`),
//! gives the probability that a careful reader marks the flag.
//!
//! It does two things, both measured leaving one corpus file out at a time:
//! - a rule's hit whose flag it gives less than `set_aside_below` is set aside (shown as
//!   words worth a second look, like the gate's), unless the text holds a hard demand
//!   ([`super::gate::HARD_DEMANDS`]), which is never quieted;
//! - a flag it gives at least `raise_at`, which no rule raised, is raised on the words that
//!   weigh most for it (never on a text the gate reads as fair).
//!
//! Weights are stored one signed byte per bucket and flag (`content/screening/model.toml`,
//! base64), so the model is 4 KiB per flag.

use base64ct::{Base64, Encoding};
use serde::Deserialize;

use super::ScreeningError;

/// `content/screening/model.toml`.
pub const MODEL_FILE: &str = "screening/model.toml";

/// The number of hash buckets the four-character runs fall into.
pub const BUCKETS: usize = 4096;

/// Characters per run.
const GRAM: usize = 4;

/// The most words an added flag's excerpt spans.
const EXCERPT_WORDS: usize = 6;

/// `content/screening/model.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub source: String,
    pub last_verified: String,
    /// Must be [`BUCKETS`].
    pub buckets: usize,
    /// A rule's hit whose flag the model gives less than this is set aside, on a text it
    /// reads as carrying no sign: no flag at `sign_at` or more.
    pub set_aside_below: f64,
    pub sign_at: f64,
    pub flags: Vec<FlagWeights>,
}

/// One flag's regression.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagWeights {
    pub flag: String,
    /// The flag is raised beside a rule's sign at this probability (1: never; chosen per
    /// flag, as some are read far better than others).
    pub raise_at: f64,
    pub bias: f64,
    /// A bucket's weight is its signed byte times this.
    pub scale: f64,
    /// [`BUCKETS`] signed bytes, base64.
    pub weights: String,
}

/// The model compiled against the scan's flag names.
#[derive(Debug, Clone)]
pub struct Model {
    /// The scan's flag index of each of the model's flags.
    flags: Vec<usize>,
    bias: Vec<f64>,
    scale: Vec<f64>,
    /// Per flag, the probability at which it is raised.
    raise_at: Vec<f64>,
    /// Bucket-major: the weights of bucket `b` are `weights[b * flags.len()..][..flags.len()]`.
    weights: Vec<i8>,
    set_aside_below: f64,
    sign_at: f64,
}

/// What the model reads in a text: its buckets, sorted and unique, and per word the
/// buckets of its runs (for the excerpt).
#[derive(Debug, Default)]
pub struct Reading {
    pub buckets: Vec<u16>,
    /// (word start, word end) in the normalised text, and the word's buckets.
    words: Vec<(usize, usize, Vec<u16>)>,
}

/// The bucket of one run of characters (FNV-1a over its UTF-8 bytes).
fn bucket(run: &[char]) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    let mut buf = [0u8; 4];
    for c in run {
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    // BUCKETS is a power of two below 2^16.
    (h as usize & (BUCKETS - 1)) as u16
}

/// Reads the normalised text `norm`: every run of [`GRAM`] characters of each word padded
/// with a space on both sides (a shorter padded word is one run).
pub fn read(norm: &str) -> Reading {
    let mut all = Vec::new();
    let mut words = Vec::new();
    let mut padded: Vec<char> = Vec::with_capacity(32);
    let mut rest = norm;
    let mut offset = 0;
    while let Some(skip) = rest.find(|c: char| !c.is_whitespace()) {
        let start = offset + skip;
        let tail = rest.get(skip..).unwrap_or_default();
        let len = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let word = tail.get(..len).unwrap_or_default();
        offset = start + len;
        rest = tail.get(len..).unwrap_or_default();
        padded.clear();
        padded.push(' ');
        padded.extend(word.chars());
        padded.push(' ');
        let mut mine: Vec<u16> = if padded.len() <= GRAM {
            vec![bucket(&padded)]
        } else {
            padded.windows(GRAM).map(bucket).collect()
        };
        mine.sort_unstable();
        mine.dedup();
        all.extend_from_slice(&mine);
        words.push((start, start + len, mine));
    }
    all.sort_unstable();
    all.dedup();
    Reading {
        buckets: all,
        words,
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// Compiles `file` against the scan's flag names; an unknown flag, a wrong bucket count
    /// or a weight table of the wrong size is an error.
    pub fn new(file: &ModelFile, flag_names: &[String]) -> Result<Self, ScreeningError> {
        let bad = |what: String| ScreeningError::InvalidContent(format!("{MODEL_FILE}: {what}"));
        if file.buckets != BUCKETS {
            return Err(bad(format!("buckets must be {BUCKETS}")));
        }
        let n = file.flags.len();
        let mut flags = Vec::with_capacity(n);
        let mut weights = vec![0i8; BUCKETS * n];
        for (k, f) in file.flags.iter().enumerate() {
            let index = flag_names
                .iter()
                .position(|x| *x == f.flag)
                .ok_or_else(|| bad(format!("unknown flag {}", f.flag)))?;
            flags.push(index);
            let bytes = Base64::decode_vec(&f.weights)
                .map_err(|_| bad(format!("{}: weights are not base64", f.flag)))?;
            if bytes.len() != BUCKETS {
                return Err(bad(format!("{}: {BUCKETS} weights expected", f.flag)));
            }
            for (b, &w) in bytes.iter().enumerate() {
                if let Some(slot) = weights.get_mut(b * n + k) {
                    *slot = i8::from_le_bytes([w]);
                }
            }
        }
        Ok(Self {
            flags,
            bias: file.flags.iter().map(|f| f.bias).collect(),
            scale: file.flags.iter().map(|f| f.scale).collect(),
            raise_at: file.flags.iter().map(|f| f.raise_at).collect(),
            weights,
            set_aside_below: file.set_aside_below,
            sign_at: file.sign_at,
        })
    }

    /// The probability of each of the scan's flags the model knows: (flag index, p).
    pub fn probabilities(&self, reading: &Reading) -> Vec<(usize, f64)> {
        let n = self.flags.len();
        let mut sums = vec![0i64; n];
        for &b in &reading.buckets {
            let row = self.weights.get(usize::from(b) * n..).unwrap_or_default();
            for (s, &w) in sums.iter_mut().zip(row.iter().take(n)) {
                *s += i64::from(w);
            }
        }
        // Presence features scaled to unit length.
        let norm = (reading.buckets.len().max(1) as f64).sqrt();
        self.flags
            .iter()
            .enumerate()
            .map(|(k, &flag)| {
                let bias = self.bias.get(k).copied().unwrap_or_default();
                let scale = self.scale.get(k).copied().unwrap_or_default();
                let sum = sums.get(k).copied().unwrap_or_default() as f64;
                (flag, sigmoid(bias + scale * sum / norm))
            })
            .collect()
    }

    /// A rule's hit of a flag the model gives `p` is set aside (on a text that carries no
    /// sign).
    pub fn sets_aside(&self, p: f64) -> bool {
        p < self.set_aside_below
    }

    /// Whether the model reads a sign in a text whose flags it gives `p`.
    pub fn reads_a_sign(&self, p: &[(usize, f64)]) -> bool {
        p.iter().any(|&(_, x)| x >= self.sign_at)
    }

    /// Whether `flag` (a scan flag index), which no rule raised, is raised at `p`.
    pub fn raises(&self, flag: usize, p: f64) -> bool {
        self.flags
            .iter()
            .position(|&f| f == flag)
            .and_then(|k| self.raise_at.get(k))
            .is_some_and(|&r| p >= r)
    }

    /// The words that weigh most for `flag` (a scan flag index): the word of the highest
    /// weight and its neighbours in its sentence while they weigh for it too, at most
    /// [`EXCERPT_WORDS`]; a byte range of the normalised text `text` that `reading` read.
    pub fn excerpt(&self, text: &str, reading: &Reading, flag: usize) -> Option<(usize, usize)> {
        let k = self.flags.iter().position(|&f| f == flag)?;
        let n = self.flags.len();
        let weight = |buckets: &[u16]| -> i64 {
            buckets
                .iter()
                .filter_map(|&b| self.weights.get(usize::from(b) * n + k))
                .map(|&w| i64::from(w))
                .sum()
        };
        let scores: Vec<i64> = reading.words.iter().map(|(_, _, b)| weight(b)).collect();
        let (best, &top) = scores.iter().enumerate().max_by_key(|&(_, s)| *s)?;
        if top <= 0 {
            return None;
        }
        // A word ending a sentence, or a line break after it, ends the excerpt there.
        let ends = |i: usize| -> bool {
            let Some(&(_, end, _)) = reading.words.get(i) else {
                return true;
            };
            let next = reading.words.get(i + 1).map_or(end, |w| w.0);
            text.get(..end)
                .is_some_and(|t| t.ends_with(['.', '!', '?', ':', ';', '\u{061F}']))
                || text.get(end..next).is_some_and(|gap| gap.contains('\n'))
        };
        let (mut first, mut last) = (best, best);
        while last - first + 1 < EXCERPT_WORDS {
            let left = first
                .checked_sub(1)
                .filter(|&i| !ends(i))
                .and_then(|i| scores.get(i).copied());
            let right = if ends(last) {
                None
            } else {
                scores.get(last + 1).copied()
            };
            match (left, right) {
                (Some(l), Some(r)) if l > 0 && l >= r => first -= 1,
                (_, Some(r)) if r > 0 => last += 1,
                (Some(l), _) if l > 0 => first -= 1,
                _ => break,
            }
        }
        // Without the punctuation at its edges ("experiencia," → "experiencia").
        let start = reading.words.get(first)?.0;
        let end = reading.words.get(last)?.1;
        let span = text.get(start..end)?;
        let inner = span.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = span.len()
            - span
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        (!inner.is_empty()).then_some((start + lead, start + lead + inner.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_read_as_runs_of_four_characters_with_its_edges() {
        let r = read("pay 300");
        // " pay " gives " pay" and "pay "; " 300 " gives " 300" and "300 ".
        assert_eq!(r.words.len(), 2);
        assert!(r.buckets.len() <= 4 && r.buckets.len() >= 3);
        assert_eq!(r.words[0].0, 0);
        assert_eq!(r.words[1], (4, 7, r.words[1].2.clone()));
        // A short word is one run: " a ".
        assert_eq!(read("a").buckets.len(), 1);
        assert!(read("").buckets.is_empty());
    }

    #[test]
    fn the_same_text_is_read_the_same_way() {
        assert_eq!(
            read("viza a se 300 dola").buckets,
            read("viza a se 300 dola").buckets
        );
        assert_ne!(read("passport").buckets, read("pasipoti").buckets);
    }
}
