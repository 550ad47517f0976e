//! `waymark content check [DIR]`: the content checker the build runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use waymark_core::content::{ContentError, ContentSource, MANIFEST, check};

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
    here.join(MANIFEST).is_file().then_some(here)
}

pub fn run(cmd: &ContentCommand, out: &Out, content_dir: Option<&Path>) -> ExitCode {
    let ContentCommand::Check { dir } = cmd;
    let dir = dir
        .clone()
        .or_else(|| content_dir.map(Path::to_path_buf))
        .or_else(default_dir);
    let (label, report) = match &dir {
        None => {
            // The terminal's own messages are compiled into this binary, not the core.
            let mut source = ContentSource::embedded();
            for (path, text) in crate::terminal_messages::FILES {
                source.set(path, *text);
            }
            ("embedded content".to_owned(), check::check(&source))
        }
        Some(d) => match check::check_dir(d) {
            Ok(report) => (d.display().to_string(), report),
            Err(ContentError::Missing(_)) => {
                // Refused before reading anything: the folder is not a content tree.
                let hint = if d.join("content").join(MANIFEST).is_file() {
                    format!(" (did you mean {}?)", d.join("content").display())
                } else {
                    String::new()
                };
                let message = format!(
                    "{}: not a content folder (no {MANIFEST}); nothing was read{hint}",
                    d.display()
                );
                return print_error("content", &message, out.json);
            }
            Err(e) => return print_error("content", &format!("{}: {e}", d.display()), out.json),
        },
    };
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
