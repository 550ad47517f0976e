//! `waymark content check [DIR]`: the content checker the build runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use waymark_core::content::{ContentSource, check};

use crate::output::{Out, print_error};

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Check a content folder: Fluent syntax, references, variables, chains, duplicates,
    /// coverage. Default: the repository's `content/` (or the embedded content).
    Check { dir: Option<PathBuf> },
}

/// `./content` when run from the repository, else the repository this binary was built
/// from, else none (the embedded content).
fn default_dir() -> Option<PathBuf> {
    let here = PathBuf::from("content");
    if here.join("manifest.toml").is_file() {
        return Some(here);
    }
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    built_from
        .join("manifest.toml")
        .is_file()
        .then_some(built_from)
}

pub fn run(cmd: &ContentCommand, out: &Out, content_dir: Option<&Path>) -> ExitCode {
    let ContentCommand::Check { dir } = cmd;
    let dir = dir
        .clone()
        .or_else(|| content_dir.map(Path::to_path_buf))
        .or_else(default_dir);
    let (label, source) = match &dir {
        None => ("embedded content".to_owned(), ContentSource::embedded()),
        Some(d) => match ContentSource::from_dir(d) {
            Ok(s) => (d.display().to_string(), s),
            Err(e) => return print_error("content", &format!("{}: {e}", d.display()), out.json),
        },
    };
    let report = check::check(&source);
    if out.json {
        if let Ok(text) = serde_json::to_string_pretty(&report) {
            outln!("{text}");
        }
    } else {
        outln!("Checking {label}");
        for c in &report.coverage {
            let pct = if c.total == 0 {
                100.0
            } else {
                100.0 * c.translated as f64 / c.total as f64
            };
            outln!(
                "  {:<6} {:>5}/{:<5} {:>5.1}%  {}",
                c.locale,
                c.translated,
                c.total,
                pct,
                c.status
            );
        }
        for p in &report.problems {
            outln!("{p}");
        }
        for w in &report.warnings {
            outln!("warning: {w}");
        }
        if report.is_ok() {
            outln!("content check: ok");
        } else {
            outln!("content check: {} problem(s)", report.problems.len());
        }
    }
    if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
