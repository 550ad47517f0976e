//! Trains the fair-text gate (`content/screening/gate.toml`) on the read corpus files and
//! measures it by leaving one file out at a time. Deterministic: fixed epochs, fixed order.
//!
//! `cargo run --release -p waymark-core --example train_gate -- <corpus dir> [out.toml]`
//!
//! Only the files in `READ_FILES` are opened; the unseen test sets (holdout, round 12) are
//! never read, whatever the folder holds.
//!
//! Texts holding a hard demand (`gate::HARD_DEMANDS`: a fee with a sum, a passport handed
//! over) are never quieted by the shipped gate; the leave-one-file-out table shows the gate
//! with that guard and without it (the gate as first shipped).
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

const READ_FILES: [&str; 10] = [
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
/// The most dangerous texts the scan flags that the gate may quiet, as a share.
const MAX_LOST: f64 = 0.01;
/// See `min_cut`.
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
    /// Holds a hard demand, which the guarded gate never quiets.
    hard: bool,
    features: Vec<String>,
}

/// Whether the hard-demand guard is on (the shipped gate) or off (the gate as first
/// shipped, for comparison).
#[derive(Clone, Copy, PartialEq)]
enum Guard {
    Off,
    On,
}

impl Guard {
    /// Whether the gate may quiet `e` at all.
    fn may_quiet(self, e: &Example) -> bool {
        e.flagged && !(self == Guard::On && e.hard)
    }
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
/// mean danger). With the guard on, texts holding a hard demand are left out with
/// `GATE_SKIP_HARD` (the gate never acts on them).
fn trains_on(e: &Example, guard: Guard) -> bool {
    if guard == Guard::On && e.hard && std::env::var_os("GATE_SKIP_HARD").is_some() {
        return false;
    }
    e.flagged || std::env::var_os("GATE_ALL_TEXTS").is_some()
}

/// Logistic regression (label: fair) with L2, full-batch gradient descent.
fn train(examples: &[&Example], guard: Guard) -> Model {
    let examples: Vec<&Example> = examples
        .iter()
        .copied()
        .filter(|e| trains_on(e, guard))
        .collect();
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
fn out_of_fold(examples: &[Example], files: &[usize], guard: Guard) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    for &held in files {
        let train_set: Vec<&Example> = examples
            .iter()
            .filter(|e| e.file != held && files.contains(&e.file))
            .collect();
        let m = train(&train_set, guard);
        for (i, e) in examples.iter().enumerate() {
            if e.file == held {
                out.push((i, m.score(&e.features)));
            }
        }
    }
    out
}

/// The lowest cut (log-odds) at which at most `MAX_LOST` of the flagged dangerous texts
/// are quieted (only those the gate may quiet can be).
fn choose_cut(examples: &[Example], scores: &[(usize, f64)], guard: Guard) -> f64 {
    let flagged = scores
        .iter()
        .filter(|(i, _)| !examples[*i].fair && examples[*i].flagged)
        .count();
    let mut dangerous: Vec<f64> = scores
        .iter()
        .filter(|(i, _)| !examples[*i].fair && guard.may_quiet(&examples[*i]))
        .map(|&(_, s)| s)
        .collect();
    dangerous.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let allowed = (MAX_LOST * flagged as f64).floor() as usize;
    // Just above the score of the (allowed + 1)-th highest dangerous text, and no lower
    // than `GATE_MIN_P`.
    let cut = dangerous
        .get(allowed)
        .map_or(f64::NEG_INFINITY, |s| s + 1e-9);
    cut.max(min_cut())
}

/// The lowest probability of fair at which the gate may act (`GATE_MIN_P`, default
/// `MIN_P`): the hand-written demands of core/tests (a fee after a warning list, a passport
/// asked for in questions) scored up to 0.224 with a cut of 0.188; at 0.25 leave-one-file-out
/// (8 files) lost 1 dangerous text instead of 6 and quieted 16 flagged fair texts instead of
/// 22. The hard-demand guard now keeps such demands whatever their score; the floor stays.
fn min_cut() -> f64 {
    let p = std::env::var("GATE_MIN_P")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MIN_P);
    (p / (1.0 - p)).ln()
}

#[derive(Default, Clone, Copy)]
struct Count {
    fair_flagged: usize,
    fair_quieted: usize,
    dangerous: usize,
    dangerous_flagged: usize,
    dangerous_lost: usize,
}

fn count(examples: &[Example], scores: &[(usize, f64)], cut: f64, guard: Guard) -> Count {
    let mut c = Count::default();
    for &(i, s) in scores {
        let e = &examples[i];
        let quiet = guard.may_quiet(e) && s >= cut;
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
    for (guard, what) in [
        (
            Guard::Off,
            "without the hard-demand guard (the gate as first shipped)",
        ),
        (Guard::On, "with the hard-demand guard"),
    ] {
        println!("leave one file out, {what}:");
        leave_one_out(&examples, &all, guard);
    }
    // The shipped model: trained on every read file, its cut from their out-of-fold scores.
    let scores = out_of_fold(&examples, &all, Guard::On);
    let cut = choose_cut(&examples, &scores, Guard::On);
    let c = count(&examples, &scores, cut, Guard::On);
    println!(
        "all files, out of fold at p >= {:.3}: {} of {} flagged fair quieted, {} of {} dangerous lost",
        sigmoid(cut),
        c.fair_quieted,
        c.fair_flagged,
        c.dangerous_lost,
        c.dangerous
    );
    if let Some(path) = out {
        let all_set: Vec<&Example> = examples.iter().collect();
        let m = train(&all_set, Guard::On);
        let mut text = String::from(
            "# The fair-text gate of the text scan (core/src/screening/gate.rs): a logistic model\n\
             # over the concepts found, the flags raised and the text's shape. When the\n\
             # probability that a flagged text is fair reaches `threshold`, its hits are set aside\n\
             # (shown as words to look at again, never as warning signs), unless one is a hard\n\
             # demand (a fee with a sum, a passport handed over:\n\
             # HARD_DEMANDS in gate.rs); it never adds one. Generated by\n\
             # core/examples/train_gate.rs: do not edit by hand.\n",
        );
        text.push_str(
            "source = \"Trained by core/examples/train_gate.rs on the read corpus files: dev, rounds 3-11\"\n",
        );
        text.push_str("last_verified = \"2026-12-05\"\n");
        text.push_str(&format!(
            "threshold = {}\nbias = {}\n",
            (sigmoid(cut) * 1000.0).ceil() / 1000.0,
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

/// Leave-one-file-out: for each read file, the gate trained on the others (its cut from
/// their out-of-fold scores) and measured on it.
fn leave_one_out(examples: &[Example], all: &[usize], guard: Guard) {
    let grid: [f64; 6] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
    let mut pooled = Count::default();
    let mut pooled_grid = vec![Count::default(); grid.len()];
    println!(
        "{:<14} {:>10} {:>14} {:>16}  at p = {grid:?} (fair quieted/dangerous lost)",
        "left out", "cut p", "fair quieted", "dangerous lost"
    );
    for &held in all {
        let rest: Vec<usize> = all.iter().copied().filter(|&f| f != held).collect();
        // The cut from out-of-fold scores of the training files only.
        let inner = out_of_fold(examples, &rest, guard);
        let cut = choose_cut(examples, &inner, guard);
        let train_set: Vec<&Example> = examples.iter().filter(|e| e.file != held).collect();
        let m = train(&train_set, guard);
        let scores: Vec<(usize, f64)> = examples
            .iter()
            .enumerate()
            .filter(|(_, e)| e.file == held)
            .map(|(i, e)| (i, m.score(&e.features)))
            .collect();
        let c = count(examples, &scores, cut, guard);
        if std::env::var_os("GATE_VERBOSE").is_some() {
            for &(i, s) in &scores {
                let e = &examples[i];
                if guard.may_quiet(e) && (s >= cut || e.fair) {
                    let flags: Vec<&String> = e
                        .features
                        .iter()
                        .filter(|f| f.starts_with("flag:"))
                        .collect();
                    let what = match (e.fair, s >= cut) {
                        (true, true) => "fair quieted",
                        (true, false) => "fair kept",
                        _ => "DANGEROUS LOST",
                    };
                    println!("  {what} p={:.3} {flags:?}", sigmoid(s));
                }
            }
        }
        let mut cells = Vec::new();
        for (g, p) in grid.iter().enumerate() {
            let at = count(examples, &scores, (p / (1.0 - p)).ln(), guard);
            cells.push(format!("{}/{}", at.fair_quieted, at.dangerous_lost));
            let pg = &mut pooled_grid[g];
            pg.fair_quieted += at.fair_quieted;
            pg.dangerous_lost += at.dangerous_lost;
        }
        println!(
            "{:<14} {:>10.3} {:>9} of {:<3} {:>6} of {:<3} ({} flagged)  {}",
            READ_FILES[held],
            sigmoid(cut),
            c.fair_quieted,
            c.fair_flagged,
            c.dangerous_lost,
            c.dangerous,
            c.dangerous_flagged,
            cells.join(" ")
        );
        pooled.fair_flagged += c.fair_flagged;
        pooled.fair_quieted += c.fair_quieted;
        pooled.dangerous += c.dangerous;
        pooled.dangerous_flagged += c.dangerous_flagged;
        pooled.dangerous_lost += c.dangerous_lost;
    }
    let cells: Vec<String> = pooled_grid
        .iter()
        .map(|c| format!("{}/{}", c.fair_quieted, c.dangerous_lost))
        .collect();
    println!(
        "{:<14} {:>10} {:>9} of {:<3} {:>6} of {:<3} ({} flagged)  {}",
        "pooled",
        "",
        pooled.fair_quieted,
        pooled.fair_flagged,
        pooled.dangerous_lost,
        pooled.dangerous,
        pooled.dangerous_flagged,
        cells.join(" ")
    );
}
