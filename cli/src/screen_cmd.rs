//! `waymark screen ...`: the private self-check. Input comes from stdin and is never
//! written anywhere; the interactive walk-through keeps answers in memory only.

use std::collections::HashMap;
use std::io::Read;

use clap::Subcommand;
use serde::Deserialize;
use waymark::{MessageArg, ScreenReportView, TextScanView, WaymarkError};

use crate::Shell;
use crate::interactive::{Flow, Prompt};

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
        .waymark
        .message(id.to_owned(), vec![])
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

pub fn print_report(shell: &Shell, report: &ScreenReportView) {
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
    if view.flags.is_empty() {
        outln!("{}", shell.text("screening-text-no-flags"));
        return;
    }
    outln!();
    outln!("{}", shell.text("screening-text-flags-title"));
    for f in &view.flags {
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

/// The interactive entry: pick a check, answer one question at a time (back, skip, not
/// sure; `q` closes Waymark at once), then read the report. Answers live in memory only.
pub fn interactive(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    prompt.say("screening-privacy-note");
    let kinds = [
        "screening-kind-job-offer",
        "screening-kind-my-situation",
        "screening-kind-text",
        "menu-back",
    ];
    let labels: Vec<String> = kinds.iter().map(|k| prompt.text(k)).collect();
    let title = prompt.text("screening-choose-kind");
    let Some(choice) = prompt.choose(&title, &labels) else {
        return Ok(Flow::Quit);
    };
    match choice {
        0 => questionnaire(shell, prompt, "job_offer"),
        1 => questionnaire(shell, prompt, "my_situation"),
        2 => paste(shell, prompt),
        _ => Ok(Flow::Continue),
    }
}

fn questionnaire(shell: &Shell, prompt: &mut Prompt, kind: &str) -> Result<Flow, WaymarkError> {
    let view = shell.waymark.screen_questions(kind.to_owned())?;
    outln!();
    outln!("{}", view.title);
    let options: Vec<String> = [
        "screening-answer-yes",
        "screening-answer-no",
        "screening-answer-unsure",
        "screening-answer-back",
        "screening-answer-skip",
    ]
    .iter()
    .map(|k| prompt.text(k))
    .collect();
    let total = view.questions.len();
    let mut answers: HashMap<String, String> = HashMap::new();
    let mut i = 0;
    while i < total {
        let q = &view.questions[i];
        let progress = shell
            .waymark
            .message(
                "screening-progress".into(),
                vec![
                    MessageArg::Number {
                        name: "number".into(),
                        value: (i + 1) as f64,
                    },
                    MessageArg::Number {
                        name: "total".into(),
                        value: total as f64,
                    },
                ],
            )?
            .text;
        let title = format!("{progress}\n{}\n({})", q.text, q.help);
        let Some(pick) = prompt.choose(&title, &options) else {
            return Ok(Flow::Quit);
        };
        match pick {
            0..=2 => {
                let answer = ["yes", "no", "unsure"][pick];
                answers.insert(q.id.clone(), answer.to_owned());
                i += 1;
            }
            3 => i = i.saturating_sub(1),
            _ => {
                answers.remove(&q.id);
                i += 1;
            }
        }
    }
    let mut report = shell
        .waymark
        .screen_answer(kind.to_owned(), answers.clone(), None)?;
    // For serious results, offer help for the country the person is in (kept in memory
    // for this one report only).
    if matches!(report.risk.as_str(), "high" | "urgent") {
        loop {
            prompt.say("screening-ask-country");
            let Some(country) = prompt.line() else {
                return Ok(Flow::Quit);
            };
            if country.is_empty() {
                break;
            }
            match shell
                .waymark
                .screen_answer(kind.to_owned(), answers.clone(), Some(country))
            {
                Ok(r) => {
                    report = r;
                    break;
                }
                Err(WaymarkError::InvalidInput { message }) => outln!("{message}"),
                Err(e) => return Err(e),
            }
        }
    }
    print_report(shell, &report);
    Ok(Flow::Continue)
}

fn paste(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    prompt.say("screening-paste-prompt");
    let mut text = String::new();
    loop {
        let Some(line) = prompt.line() else {
            return Ok(Flow::Quit);
        };
        if line.is_empty() {
            break;
        }
        text.push_str(&line);
        text.push('\n');
    }
    let view = shell.waymark.screen_text(text)?;
    print_scan(shell, &view);
    if view.next_steps.is_empty() {
        return Ok(Flow::Continue);
    }
    // After a serious result, the same next steps the phones offer, one choice away.
    let mut labels: Vec<String> = view.next_steps.iter().map(|s| s.label.clone()).collect();
    labels.push(prompt.text("menu-back"));
    let title = prompt.text("screening-text-next-title");
    let Some(choice) = prompt.choose(&title, &labels) else {
        return Ok(Flow::Quit);
    };
    match view.next_steps.get(choice).map(|s| s.id.as_str()) {
        // Find help lives in the app core now (bindings/src/app/help.rs).
        Some("help_directory") => Ok(Flow::Continue),
        Some("job_offer_questionnaire") => questionnaire(shell, prompt, "job_offer"),
        _ => Ok(Flow::Continue),
    }
}
