//! Trains the fair-text gate (`content/screening/gate.toml`) on the read corpus files and
//! measures it by leaving one file out at a time. Deterministic: fixed epochs, fixed order.
//!
//! `cargo run --release -p waymark-core --example train_gate -- <corpus dir> [out.toml]`
//!
//! Only the files in `READ_FILES` are opened; the unseen test sets (holdout, round 14) are
//! never read, whatever the folder holds.
//!
//! Texts holding a hard demand (`gate::HARD_DEMANDS`: a fee with a sum asked for, a
//! passport handed over) are never quieted by the shipped gate. The leave-one-file-out
//! table also shows what a second, higher cut for them would do: on twelve read files a cut
//! at 0.9 quieted 3 more fair texts and lost none, but a hand-written FAQ selling a 450 USD
//! fee (core's test `the_gate_never_quiets_a_fee_with_a_sum…`) scores between 0.8 and 0.9,
//! so the guard stays.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use waymark_core::content::ContentSource;
use waymark_core::screening::Screening;
use waymark_core::screening::gate::GateFile;

const READ_FILES: [&str; 12] = [
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
];

/// L2 strength, epochs and step of the full-batch gradient descent.
const L2: f64 = 0.01;
const EPOCHS: usize = 400;

fn l2() -> f64 {
    std::env::var("GATE_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(L2)
}
const STEP: f64 = 0.5;
/// The probabilities of fair a cut is chosen from, lowest first.
const GRID: [f64; 10] = [0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
/// The lowest cut (`GATE_MIN_P` overrides). The cut itself is the lowest at which no
/// dangerous text is quieted out of fold (`choose_cuts`): 0.5 on twelve read files. The
/// eighth session shipped this floor as the cut, allowing 1% of dangerous texts to be
/// quieted: on twelve files, leave-one-file-out then quieted 56 flagged fair texts and lost
/// 9 dangerous ones, against 49 and none now.
const MIN_P: f64 = 0.25;
/// A feature must be seen in this many training texts.
const MIN_COUNT: usize = 2;

#[derive(Deserialize)]
struct Case {
    locale: String,
    text: String,
    flags: Vec<String>,
}

struct Example {
    file: usize,
    fair: bool,
    flagged: bool,
    /// Holds a hard demand, quieted only at the hard cut.
    hard: bool,
    features: Vec<String>,
}

/// The gate's cuts, as log-odds of fair: one for texts holding no hard demand, one for
/// texts holding one (`None`: never, as shipped; other values only to measure).
#[derive(Clone, Copy)]
struct Cuts {
    soft: f64,
    hard: Option<f64>,
}

impl Cuts {
    fn quiets(self, e: &Example, score: f64) -> bool {
        e.flagged
            && if e.hard {
                self.hard.is_some_and(|h| score >= h)
            } else {
                score >= self.soft
            }
    }
}

fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
}

fn chain(locale: &str) -> Vec<String> {
    let mut c = vec![locale.to_owned()];
    if locale == "ht" {
        c.push("fr".into());
    }
    if locale != "en" {
        c.push("en".into());
    }
    c
}

struct Model {
    names: Vec<String>,
    weights: Vec<f64>,
    bias: f64,
}

impl Model {
    fn score(&self, features: &[String]) -> f64 {
        self.bias
            + features
                .iter()
                .filter_map(|f| self.names.binary_search(f).ok())
                .map(|i| self.weights[i])
                .sum::<f64>()
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Which texts train the gate: those the scan flags (the only ones it acts on), or every
/// text with `GATE_ALL_TEXTS` (measured worse: unflagged fair texts teach it that flags
/// mean danger).
fn trains_on(e: &Example) -> bool {
    e.flagged || std::env::var_os("GATE_ALL_TEXTS").is_some()
}

/// Logistic regression (label: fair) with L2, full-batch gradient descent.
fn train(examples: &[&Example]) -> Model {
    let examples: Vec<&Example> = examples.iter().copied().filter(|e| trains_on(e)).collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &examples {
        for f in &e.features {
            *counts.entry(f).or_default() += 1;
        }
    }
    let names: Vec<String> = counts
        .iter()
        .filter(|&(_, &c)| c >= MIN_COUNT)
        .map(|(n, _)| (*n).to_owned())
        .collect();
    let rows: Vec<(Vec<usize>, f64)> = examples
        .iter()
        .map(|e| {
            let idx = e
                .features
                .iter()
                .filter_map(|f| names.binary_search(f).ok())
                .collect();
            (idx, if e.fair { 1.0 } else { 0.0 })
        })
        .collect();
    let n = rows.len().max(1) as f64;
    let l2 = l2();
    let mut w = vec![0.0; names.len()];
    let mut b = 0.0;
    for _ in 0..EPOCHS {
        let mut gw = vec![0.0; names.len()];
        let mut gb = 0.0;
        for (idx, y) in &rows {
            let z = b + idx.iter().map(|&i| w[i]).sum::<f64>();
            let g = sigmoid(z) - y;
            gb += g;
            for &i in idx {
                gw[i] += g;
            }
        }
        b -= STEP * gb / n;
        for (wi, gi) in w.iter_mut().zip(&gw) {
            *wi -= STEP * (gi / n + l2 * *wi);
        }
    }
    Model {
        names,
        weights: w,
        bias: b,
    }
}

/// Out-of-fold scores (log-odds of fair) of every text of `files`, each from a model
/// trained on the other files of `files`.
fn out_of_fold(examples: &[Example], files: &[usize]) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    for &held in files {
        let train_set: Vec<&Example> = examples
            .iter()
            .filter(|e| e.file != held && files.contains(&e.file))
            .collect();
        let m = train(&train_set);
        for (i, e) in examples.iter().enumerate() {
            if e.file == held {
                out.push((i, m.score(&e.features)));
            }
        }
    }
    out
}

/// The shipped cuts from out-of-fold `scores`: the lowest on `GRID`, no lower than
/// `min_p`, at which no dangerous text is quieted; hard demands never.
fn choose_cuts(examples: &[Example], scores: &[(usize, f64)]) -> Cuts {
    let soft = GRID
        .iter()
        .copied()
        .filter(|&p| p >= min_p())
        .find(|&p| {
            !scores.iter().any(|&(i, s)| {
                let e = &examples[i];
                !e.fair && e.flagged && !e.hard && s >= logit(p)
            })
        })
        .unwrap_or(0.99);
    Cuts {
        soft: logit(soft),
        hard: None,
    }
}

/// `GATE_MIN_P`, or `MIN_P`.
fn min_p() -> f64 {
    std::env::var("GATE_MIN_P")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MIN_P)
}

#[derive(Default, Clone, Copy)]
struct Count {
    fair_flagged: usize,
    fair_quieted: usize,
    dangerous: usize,
    dangerous_flagged: usize,
    dangerous_lost: usize,
}

impl Count {
    fn add(&mut self, o: Count) {
        self.fair_flagged += o.fair_flagged;
        self.fair_quieted += o.fair_quieted;
        self.dangerous += o.dangerous;
        self.dangerous_flagged += o.dangerous_flagged;
        self.dangerous_lost += o.dangerous_lost;
    }
}

fn count(examples: &[Example], scores: &[(usize, f64)], cuts: Cuts) -> Count {
    let mut c = Count::default();
    for &(i, s) in scores {
        let e = &examples[i];
        let quiet = cuts.quiets(e, s);
        if e.fair {
            c.fair_flagged += usize::from(e.flagged);
            c.fair_quieted += usize::from(quiet);
        } else {
            c.dangerous += 1;
            c.dangerous_flagged += usize::from(e.flagged);
            c.dangerous_lost += usize::from(quiet);
        }
    }
    c
}

fn p_of(cut: Option<f64>) -> String {
    cut.map_or_else(|| "never".to_owned(), |c| format!("{:.2}", sigmoid(c)))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(args.get(1).map_or("/work/wt/readcorpus9", String::as_str));
    let out = args.get(2);
    let screening = Screening::load(&ContentSource::embedded()).unwrap();
    let mut examples = Vec::new();
    for (k, name) in READ_FILES.iter().enumerate() {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Case = serde_json::from_str(line).unwrap();
            let (hits, features, hard) = screening
                .scanners
                .gate_features(&case.text, &chain(&case.locale))
                .unwrap();
            examples.push(Example {
                file: k,
                fair: case.flags.is_empty(),
                flagged: !hits.is_empty(),
                hard,
                features,
            });
        }
    }
    let all: Vec<usize> = (0..READ_FILES.len()).collect();
    leave_one_out(&examples, &all);
    // The shipped model: trained on every read file, its cuts from their out-of-fold scores.
    let scores = out_of_fold(&examples, &all);
    let cuts = choose_cuts(&examples, &scores);
    let c = count(&examples, &scores, cuts);
    println!(
        "all files, out of fold at p >= {} (hard demands: {}): {} of {} flagged fair quieted, {} of {} dangerous lost",
        p_of(Some(cuts.soft)),
        p_of(cuts.hard),
        c.fair_quieted,
        c.fair_flagged,
        c.dangerous_lost,
        c.dangerous
    );
    if let Some(path) = out {
        let all_set: Vec<&Example> = examples.iter().collect();
        let m = train(&all_set);
        let mut text = String::from(
            "# The fair-text gate of the text scan (core/src/screening/gate.rs): a logistic model\n\
             # over the concepts found, the flags raised and the text's shape. When the\n\
             # probability that a flagged text is fair reaches `threshold`, its hits are set aside\n\
             # (shown as words to look at again, never as warning signs), unless one is a hard\n\
             # demand (a fee with a sum asked for, a passport handed over:\n\
             # HARD_DEMANDS in gate.rs); it never adds one. Generated by\n\
             # core/examples/train_gate.rs: do not edit by hand.\n",
        );
        text.push_str(
            "source = \"Trained by core/examples/train_gate.rs on the read corpus files: dev, rounds 3-13\"\n",
        );
        text.push_str("last_verified = \"2026-12-05\"\n");
        text.push_str(&format!(
            "threshold = {}\nbias = {}\n",
            (sigmoid(cuts.soft) * 1000.0).ceil() / 1000.0,
            round(m.bias)
        ));
        for (table, prefix) in [
            ("concepts", "concept:"),
            ("flags", "flag:"),
            ("shapes", "shape:"),
        ] {
            text.push_str(&format!("\n[{table}]\n"));
            for (name, w) in m.names.iter().zip(&m.weights) {
                let w = round(*w);
                if let Some(n) = name.strip_prefix(prefix)
                    && w != 0.0
                {
                    text.push_str(&format!("{n} = {w}\n"));
                }
            }
        }
        let check: GateFile = toml::from_str(&text).unwrap();
        assert_eq!(check.bias, round(m.bias));
        std::fs::write(path, text).unwrap();
        println!("wrote {path}");
    }
}

/// Four decimals: enough for the score, short in the file.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Leave-one-file-out: for each read file, the gate trained on the others (its cuts from
/// their out-of-fold scores) and measured on it; then, pooled, what fixed cuts would do.
fn leave_one_out(examples: &[Example], all: &[usize]) {
    let soft_grid = [0.25, 0.5, 0.7];
    let hard_grid: [Option<f64>; 5] = [None, Some(0.5), Some(0.7), Some(0.8), Some(0.9)];
    let mut pooled = Count::default();
    let mut pooled_grid = vec![Count::default(); soft_grid.len() * hard_grid.len()];
    println!(
        "leave one file out (fair quieted of flagged, dangerous lost of all):\n{:<14} {:>6} {:>6} {:>14} {:>16}",
        "left out", "cut p", "hard p", "fair quieted", "dangerous lost"
    );
    for &held in all {
        let rest: Vec<usize> = all.iter().copied().filter(|&f| f != held).collect();
        // The cuts from out-of-fold scores of the training files only.
        let inner = out_of_fold(examples, &rest);
        let cuts = choose_cuts(examples, &inner);
        let train_set: Vec<&Example> = examples.iter().filter(|e| e.file != held).collect();
        let m = train(&train_set);
        let scores: Vec<(usize, f64)> = examples
            .iter()
            .enumerate()
            .filter(|(_, e)| e.file == held)
            .map(|(i, e)| (i, m.score(&e.features)))
            .collect();
        let c = count(examples, &scores, cuts);
        if std::env::var_os("GATE_VERBOSE").is_some() {
            for &(i, s) in &scores {
                let e = &examples[i];
                let quiet = cuts.quiets(e, s);
                if e.flagged && (quiet || e.fair) {
                    let flags: Vec<&String> = e
                        .features
                        .iter()
                        .filter(|f| f.starts_with("flag:"))
                        .collect();
                    let what = match (e.fair, quiet) {
                        (true, true) => "fair quieted",
                        (true, false) => "fair kept",
                        _ => "DANGEROUS LOST",
                    };
                    println!("  {what} p={:.3} hard={} {flags:?}", sigmoid(s), e.hard);
                }
            }
        }
        let mut k = 0;
        for soft in soft_grid {
            for hard in hard_grid {
                let at = Cuts {
                    soft: logit(soft),
                    hard: hard.map(|h: f64| logit(h.max(soft))),
                };
                pooled_grid[k].add(count(examples, &scores, at));
                k += 1;
            }
        }
        println!(
            "{:<14} {:>6} {:>6} {:>9} of {:<3} {:>6} of {:<3} ({} flagged)",
            READ_FILES[held],
            p_of(Some(cuts.soft)),
            p_of(cuts.hard),
            c.fair_quieted,
            c.fair_flagged,
            c.dangerous_lost,
            c.dangerous,
            c.dangerous_flagged,
        );
        pooled.add(c);
    }
    println!(
        "{:<14} {:>6} {:>6} {:>9} of {:<3} {:>6} of {:<3} ({} flagged)",
        "pooled",
        "",
        "",
        pooled.fair_quieted,
        pooled.fair_flagged,
        pooled.dangerous_lost,
        pooled.dangerous,
        pooled.dangerous_flagged,
    );
    println!("pooled at fixed cuts (fair quieted/dangerous lost):");
    let mut k = 0;
    for soft in soft_grid {
        let cells: Vec<String> = hard_grid
            .iter()
            .map(|h| {
                let c = pooled_grid[k];
                k += 1;
                format!(
                    "hard {}: {}/{}",
                    h.map_or("never".to_owned(), |h| format!("{h}")),
                    c.fair_quieted,
                    c.dangerous_lost
                )
            })
            .collect();
        println!("  p >= {soft}: {}", cells.join(", "));
    }
}
