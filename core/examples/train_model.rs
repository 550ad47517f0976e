//! Trains the wording model (`content/screening/model.toml`, read by
//! `core/src/screening/model.rs`) on the read corpus files, measures it by leaving one file
//! out at a time, and chooses its two thresholds from those out-of-fold probabilities.
//! Deterministic: full-batch Adam, fixed epochs, fixed order.
//!
//! `cargo run --release -p waymark-core --example train_model -- <corpus dir> [out.toml]`
//!
//! Only the files in `READ_FILES` are opened; the unseen test sets (holdout, the newest
//! round) are never read, whatever the folder holds.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::needless_range_loop
)]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use base64ct::{Base64, Encoding};
use common::{chain, read_cases};
use waymark_core::content::ContentSource;
use waymark_core::screening::Screening;
use waymark_core::screening::model::{self, BUCKETS, ModelFile};
use waymark_core::screening::scan::normalize;

const READ_FILES: [&str; 14] = [
    "dev.jsonl",
    "round3.jsonl",
    "round4.jsonl",
    "round5.jsonl",
    "round6.jsonl",
    "round7.jsonl",
    "round8.jsonl",
    "round9.jsonl",
    "round10.jsonl",
    "round11.jsonl",
    "round12.jsonl",
    "round13.jsonl",
    "round14.jsonl",
    "round15.jsonl",
];

const FLAGS: [&str; 11] = [
    "contract_substitution_risk",
    "document_handover",
    "irregular_travel",
    "no_written_contract",
    "online_scam_centre_pattern",
    "pressure_to_decide",
    "recruitment_debt",
    "recruitment_fee",
    "romance_or_family_recruitment",
    "too_good_to_be_true",
    "unverifiable_recruiter",
];

/// L2 strength per text (as scikit-learn's C = 4 over about 2,000 texts) and Adam's
/// epochs and step.
const L2: f64 = 1.25e-4;
const EPOCHS: usize = 300;
const STEP: f64 = 0.05;

/// The setting-aside thresholds tried, highest first: the highest that sets aside at most
/// `MAX_LOST` of the rules' right hits out of fold is shipped. A right hit set aside can
/// leave a dangerous text at `low`, the worst failure, so the bar is one in a thousand: at
/// 0.1 (3 of 1,947 lost out of fold) the red team's disguised texts lost 3 hits that left
/// their texts below their risk, at 0.05 none.
const SET_ASIDE_GRID: [f64; 5] = [0.2, 0.15, 0.1, 0.05, 0.02];
const MAX_LOST: f64 = 0.001;
/// The raising thresholds tried per flag, lowest first: the lowest at which that flag,
/// raised by the model beside another rule's sign and not by the rules, is right at least
/// `MIN_PRECISION` of the time out of fold, over at least `MIN_RAISED` texts, is shipped;
/// a flag that never gets there is never raised (1).
const RAISE_GRID: [f64; 9] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const MIN_PRECISION: f64 = 0.7;
const MIN_RAISED: usize = 5;
/// A text is read as carrying a sign when a flag reaches this (`sign_at`): hits are set
/// aside only on texts that carry none.
const RAISE_FOR_QUIET: f64 = 0.75;

struct Example {
    file: usize,
    buckets: Vec<u16>,
    expected: BTreeSet<String>,
    /// The flags the rules raise (before the gate), and whether the text holds a hard
    /// demand (never set aside).
    rules: BTreeSet<String>,
    hard: bool,
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// One flag's regression: bias and a weight per bucket.
struct Fit {
    bias: f64,
    weights: Vec<f64>,
}

impl Fit {
    fn p(&self, buckets: &[u16]) -> f64 {
        let norm = (buckets.len().max(1) as f64).sqrt();
        let sum: f64 = buckets.iter().map(|&b| self.weights[usize::from(b)]).sum();
        sigmoid(self.bias + sum / norm)
    }
}

/// Logistic regression of `flag` with classes weighted to balance, L2, full-batch Adam.
fn train(examples: &[&Example], flag: &str) -> Fit {
    let n = examples.len().max(1) as f64;
    let pos = examples
        .iter()
        .filter(|e| e.expected.contains(flag))
        .count()
        .max(1) as f64;
    let (w_pos, w_neg) = (n / (2.0 * pos), n / (2.0 * (n - pos).max(1.0)));
    let rows: Vec<(&[u16], f64, f64, f64)> = examples
        .iter()
        .map(|e| {
            let y = if e.expected.contains(flag) { 1.0 } else { 0.0 };
            let sw = if y > 0.0 { w_pos } else { w_neg };
            let x = 1.0 / (e.buckets.len().max(1) as f64).sqrt();
            (e.buckets.as_slice(), y, sw, x)
        })
        .collect();
    let mut w = vec![0.0; BUCKETS + 1];
    let (mut m, mut v) = (vec![0.0; BUCKETS + 1], vec![0.0; BUCKETS + 1]);
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    for epoch in 1..=EPOCHS {
        let mut g = vec![0.0; BUCKETS + 1];
        for (buckets, y, sw, x) in &rows {
            let z = w[BUCKETS] + x * buckets.iter().map(|&b| w[usize::from(b)]).sum::<f64>();
            let d = sw * (sigmoid(z) - y) / n;
            g[BUCKETS] += d;
            for &b in *buckets {
                g[usize::from(b)] += d * x;
            }
        }
        for j in 0..BUCKETS {
            g[j] += L2 * w[j];
        }
        for j in 0..=BUCKETS {
            m[j] = b1 * m[j] + (1.0 - b1) * g[j];
            v[j] = b2 * v[j] + (1.0 - b2) * g[j] * g[j];
            let mh = m[j] / (1.0 - b1.powi(epoch as i32));
            let vh = v[j] / (1.0 - b2.powi(epoch as i32));
            w[j] -= STEP * mh / (vh.sqrt() + eps);
        }
    }
    let bias = w[BUCKETS];
    w.truncate(BUCKETS);
    Fit { bias, weights: w }
}

/// Out-of-fold probabilities of every flag for every text of every file but `dev`.
fn out_of_fold(examples: &[Example]) -> Vec<Option<Vec<f64>>> {
    let mut out: Vec<Option<Vec<f64>>> = (0..examples.len()).map(|_| None).collect();
    for held in 1..READ_FILES.len() {
        let train_set: Vec<&Example> = examples.iter().filter(|e| e.file != held).collect();
        let fits: Vec<Fit> = FLAGS.iter().map(|f| train(&train_set, f)).collect();
        for (i, e) in examples.iter().enumerate() {
            if e.file == held {
                out[i] = Some(fits.iter().map(|f| f.p(&e.buckets)).collect());
            }
        }
        println!("  fold {} done", READ_FILES[held]);
    }
    out
}

#[derive(Default, Debug)]
struct Tally {
    right: usize,
    wrong: usize,
    missed: usize,
    fair: usize,
    fair_flagged: usize,
}

impl Tally {
    fn add(&mut self, e: &Example, found: &BTreeSet<String>) {
        self.right += found.intersection(&e.expected).count();
        self.wrong += found.difference(&e.expected).count();
        self.missed += e.expected.difference(found).count();
        if e.expected.is_empty() {
            self.fair += 1;
            self.fair_flagged += usize::from(!found.is_empty());
        }
    }
    fn show(&self) -> String {
        let r = self.right as f64 / (self.right + self.missed).max(1) as f64;
        let p = self.right as f64 / (self.right + self.wrong).max(1) as f64;
        format!(
            "recall {:.1}%, precision {:.1}%, fair flagged {} of {}",
            100.0 * r,
            100.0 * p,
            self.fair_flagged,
            self.fair
        )
    }
}

/// What the scan would find with the model at these thresholds (the gate left out).
fn combined(e: &Example, p: &[f64], set_aside: f64, raise: &[f64]) -> BTreeSet<String> {
    // Set aside only on a text the model reads as carrying no sign (as the scan does).
    let quiet = !e.hard && p.iter().all(|&x| x < RAISE_FOR_QUIET);
    let mut found: BTreeSet<String> = e
        .rules
        .iter()
        .filter(|f| {
            !quiet
                || FLAGS
                    .iter()
                    .position(|x| x == f)
                    .is_none_or(|k| p[k] >= set_aside)
        })
        .cloned()
        .collect();
    // Raised only beside a sign a rule found (as the scan does).
    let flagged = !found.is_empty();
    for (k, f) in FLAGS.iter().enumerate() {
        if flagged && p[k] >= raise[k] && !e.rules.contains(*f) {
            found.insert((*f).to_owned());
        }
    }
    found
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(args.get(1).map_or("tests/screening-corpus", String::as_str));
    let out = args.get(2);
    let screening = Screening::load(&ContentSource::embedded()).unwrap();
    let mut examples = Vec::new();
    for (k, case) in read_cases(&dir, &READ_FILES) {
        let (hits, _, hard) = screening
            .scanners
            .gate_features(&case.text, &chain(&case.locale))
            .unwrap();
        examples.push(Example {
            file: k,
            buckets: model::read(&normalize(&case.text).text).buckets,
            expected: case.flags.into_iter().collect(),
            rules: hits.into_iter().map(|h| h.flag).collect(),
            hard,
        });
    }
    println!(
        "{} texts in {} read files",
        examples.len(),
        READ_FILES.len()
    );
    let oof = out_of_fold(&examples);
    let held: Vec<(&Example, &Vec<f64>)> = examples
        .iter()
        .zip(&oof)
        .filter_map(|(e, p)| p.as_ref().map(|p| (e, p)))
        .collect();
    // Setting aside: the rules' right and wrong hits the model would set aside.
    let (mut right, mut chosen_aside) = (0usize, SET_ASIDE_GRID[SET_ASIDE_GRID.len() - 1]);
    for (e, _) in &held {
        right += e.rules.intersection(&e.expected).count();
    }
    for v in SET_ASIDE_GRID {
        let (mut lost, mut cleared) = (0, 0);
        for (e, p) in &held {
            for f in &e.rules {
                let k = FLAGS.iter().position(|x| x == f).unwrap();
                let quiet = !e.hard && p.iter().all(|&x| x < RAISE_FOR_QUIET);
                if quiet && p[k] < v {
                    if e.expected.contains(f) {
                        lost += 1;
                    } else {
                        cleared += 1;
                    }
                }
            }
        }
        println!(
            "set aside below {v}: {lost} of {right} right hits lost, {cleared} wrong ones set aside"
        );
        if (lost as f64) <= MAX_LOST * right as f64 && chosen_aside < v {
            chosen_aside = v;
        }
    }
    // Raising, per flag: what the model adds beside another rule's sign, out of fold.
    let mut raise = vec![1.0; FLAGS.len()];
    for (k, flag) in FLAGS.iter().enumerate() {
        let mut line = format!("raise {flag}:");
        for t in RAISE_GRID.iter().rev() {
            let (mut right, mut wrong) = (0usize, 0usize);
            for (e, p) in &held {
                if !e.rules.is_empty() && !e.rules.contains(*flag) && p[k] >= *t {
                    if e.expected.contains(*flag) {
                        right += 1;
                    } else {
                        wrong += 1;
                    }
                }
            }
            line.push_str(&format!(" {t}: {right}/{}", right + wrong));
            if right + wrong >= MIN_RAISED && right as f64 >= MIN_PRECISION * (right + wrong) as f64
            {
                raise[k] = *t;
            }
        }
        println!("{line} -> {}", raise[k]);
    }
    let (mut rules, mut with) = (Tally::default(), Tally::default());
    for (e, p) in &held {
        rules.add(e, &e.rules);
        with.add(e, &combined(e, p, chosen_aside, &raise));
    }
    println!(
        "out of fold, rules alone (tuned on these files): {}",
        rules.show()
    );
    println!(
        "out of fold, with the model (set aside below {chosen_aside}, raise per flag): {}",
        with.show()
    );
    if let Some(path) = out {
        let all: Vec<&Example> = examples.iter().collect();
        let mut text = String::from(
            "# The wording model of the text scan (core/src/screening/model.rs): per flag, a\n\
             # logistic regression over the four-character runs of the text's words, hashed into\n\
             # 4096 buckets. A rule's hit whose flag it gives less than `set_aside_below` is set\n\
             # aside on a text it reads as carrying no sign (never a hard demand); beside a\n\
             # rule's sign, a flag it gives at least its `raise_at` (1: never) is raised on the\n\
             # words that weigh most for it. Weights: one signed byte per\n\
             # bucket, times `scale`, base64. Generated by core/examples/train_model.rs: do not\n\
             # edit by hand.\n",
        );
        text.push_str(&format!(
            "source = \"Trained by core/examples/train_model.rs on the read corpus files: dev, rounds 3-15 ({} texts)\"\n",
            examples.len()
        ));
        text.push_str("last_verified = \"2026-12-05\"\n");
        text.push_str(&format!(
            "buckets = {BUCKETS}\nset_aside_below = {chosen_aside}\nsign_at = {RAISE_FOR_QUIET}\n"
        ));
        for (k, flag) in FLAGS.iter().enumerate() {
            let fit = train(&all, flag);
            let top = fit.weights.iter().fold(0.0f64, |a, w| a.max(w.abs()));
            let scale = if top > 0.0 { top / 127.0 } else { 1.0 };
            let bytes: Vec<u8> = fit
                .weights
                .iter()
                .map(|w| ((w / scale).round().clamp(-127.0, 127.0) as i8).to_le_bytes()[0])
                .collect();
            text.push_str(&format!(
                "\n[[flags]]\nflag = \"{flag}\"\nraise_at = {}\nbias = {:.6}\nscale = {:.8}\nweights = \"{}\"\n",
                raise[k],
                fit.bias,
                scale,
                Base64::encode_string(&bytes)
            ));
        }
        let check: ModelFile = toml::from_str(&text).unwrap();
        assert_eq!(check.flags.len(), FLAGS.len());
        std::fs::write(path, text).unwrap();
        println!("wrote {path}");
    }
}
