//! `waymark content check [DIR]`: the content checker the build runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use waymark_core::content::{ContentSource, check};

use crate::output::{Out, print_error};

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Check a content folder: Fluent syntax, references, variables, chains, duplicates,
    /// coverage. Default: `./content` if there is one, else the embedded content.
    Check {
        /// The content folder (holding manifest.toml) to check.
        dir: Option<PathBuf>,
    },
}

/// `./content` when run from the repository, else none (the embedded content). Never the
/// folder the binary was built in: its path is the build machine's, not the person's.
fn default_dir() -> Option<PathBuf> {
    let here = PathBuf::from("content");
    here.join("manifest.toml").is_file().then_some(here)
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
