//! `waymark screen ...`: the private self-check, for scripts. Input comes from stdin and is
//! never written anywhere. The interactive check is the app core's (`bindings/src/app/check.rs`).

use std::collections::HashMap;
use std::io::Read;

use clap::Subcommand;
use serde::Deserialize;
use waymark::{ScreenReportView, TextScanView, WaymarkError};

use crate::Shell;

#[derive(Subcommand)]
pub enum ScreenCommand {
    /// The ILO/EC rule engine. Stdin: {"observed":["<dimension>.<indicator>", ...],"minor":false}
    Indicators,
    /// The questions of a check.
    Questions {
        /// job_offer or my_situation
        #[arg(long)]
        kind: String,
    },
    /// The report for answers. Stdin: {"answers":{"<question id>":"yes|no|unsure"},"country":"KE"}
    Answer {
        /// job_offer or my_situation
        #[arg(long)]
        kind: String,
        /// Two-letter country code for help contacts (also accepted as "country" on stdin).
        #[arg(long, value_name = "CC")]
        country: Option<String>,
    },
    /// Scans a pasted job advert or message (stdin, UTF-8, at most 200,000 bytes) for
    /// warning signs.
    Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorsInput {
    observed: Vec<String>,
    #[serde(default)]
    minor: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersInput {
    answers: HashMap<String, String>,
    #[serde(default)]
    country: Option<String>,
}

fn bad_input(shell: &Shell, id: &str) -> WaymarkError {
    let message = shell
        .message(id, vec![])
        .map(|m| m.text)
        .unwrap_or_else(|_| id.to_owned());
    WaymarkError::InvalidInput { message }
}

fn read_stdin(shell: &Shell) -> Result<String, WaymarkError> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        // Binary input or another encoding: say so, not just "could not be used".
        .map_err(|_| bad_input(shell, "error-not-text"))?;
    Ok(text)
}

fn read_json<T: serde::de::DeserializeOwned>(shell: &Shell) -> Result<T, WaymarkError> {
    let text = read_stdin(shell)?;
    // The parser's message can quote the input, so it is never shown.
    serde_json::from_str(&text).map_err(|_| bad_input(shell, "screening-error-bad-json"))
}

pub fn run(shell: &Shell, cmd: ScreenCommand) -> Result<(), WaymarkError> {
    let w = &shell.waymark;
    match cmd {
        ScreenCommand::Indicators => {
            let input: IndicatorsInput = read_json(shell)?;
            let view = w.screen_indicators(input.observed, input.minor)?;
            if shell.out.json {
                return shell.out.json(&view);
            }
            outln!("{}", w.message(headline(&view.risk), vec![])?.text);
            for d in &view.dimensions {
                outln!(
                    "{}\t{}S {}M {}W\t{}",
                    d.id,
                    d.strong,
                    d.medium,
                    d.weak,
                    if d.positive { "positive" } else { "-" }
                );
            }
            Ok(())
        }
        ScreenCommand::Questions { kind } => {
            let view = w.screen_questions(kind)?;
            if shell.out.json {
                return shell.out.json(&view);
            }
            outln!("{}", view.title);
            for (i, q) in view.questions.iter().enumerate() {
                outln!("{}. {}\n   {}", i + 1, q.text, q.help);
            }
            Ok(())
        }
        ScreenCommand::Answer { kind, country } => {
            let input: AnswersInput = read_json(shell)?;
            let report = w.screen_answer(kind, input.answers, country.or(input.country))?;
            if shell.out.json {
                return shell.out.json(&report);
            }
            print_report(shell, &report);
            Ok(())
        }
        ScreenCommand::Text => {
            let text = read_stdin(shell)?;
            let view = w.screen_text(text)?;
            if shell.out.json {
                return shell.out.json(&view);
            }
            print_scan(shell, &view);
            Ok(())
        }
    }
}

fn headline(risk: &str) -> String {
    format!("screening-risk-{risk}")
}

fn print_report(shell: &Shell, report: &ScreenReportView) {
    outln!();
    outln!("{}", shell.text("screening-report-title"));
    outln!("{}", report.headline);
    outln!("({})", shell.text("screening-not-a-finding"));
    if !report.signals.is_empty() {
        outln!();
        outln!("{}", shell.text("screening-signals-title"));
        for s in &report.signals {
            outln!("- {}", s.title);
            outln!("  {}", s.explanation);
            outln!(
                "  {}",
                shell.text_with("screening-next-step", "step", s.next_step.clone())
            );
            let module = shell.module_title(&s.module);
            outln!(
                "  {}",
                shell.text_with("screening-learn-more", "module", module)
            );
        }
    }
    if !report.find_out.is_empty() {
        outln!();
        outln!("{}", shell.text("screening-find-out-title"));
        for f in &report.find_out {
            outln!("- {}", f.text);
        }
    }
    if matches!(report.risk.as_str(), "high" | "urgent") {
        outln!();
        outln!("{}", shell.text("screening-help-title"));
        if report.help.is_empty() {
            outln!("{}", shell.text("screening-help-unavailable"));
        }
        for h in &report.help {
            if h.contact.is_empty() {
                outln!("- {}", h.name);
            } else {
                outln!("- {}: {}", h.name, h.contact);
            }
        }
    }
}

/// The scan's result for a person: what each sign means and what to do next, never byte
/// offsets (those are for the phones' highlighting).
fn print_scan(shell: &Shell, view: &TextScanView) {
    outln!("{}", view.headline);
    if view.empty {
        return;
    }
    // A notice or a relative's message: its sign words are worth a second look, not signs.
    // With nothing to show, the next steps below still follow.
    let shown: &[_] = if !view.flags.is_empty() {
        outln!();
        outln!("{}", shell.text("screening-text-flags-title"));
        &view.flags
    } else if !view.set_aside.is_empty() {
        outln!("{}", shell.text("screening-text-set-aside"));
        &view.set_aside
    } else {
        outln!("{}", shell.text("screening-text-no-flags"));
        &[]
    };
    for f in shown {
        outln!("- {}: \"{}\"", f.title, f.excerpt);
        outln!("  {}", f.explanation);
        outln!(
            "  {}",
            shell.text_with("screening-next-step", "step", f.next_step.clone())
        );
    }
    if !view.next_steps.is_empty() {
        outln!();
        outln!("{}", shell.text("screening-text-next-title"));
        for step in &view.next_steps {
            let how = match step.id.as_str() {
                "help_directory" => "waymark find-help --country XX",
                _ => "waymark screen questions --kind job_offer",
            };
            outln!("- {} ({how})", step.label);
        }
    }
}
