//! `waymark workshop …`: plans, the present view, a running session (attendance,
//! anonymous quiz scores, show of hands) and the M&E export, one command at a time for
//! scripts. The interactive flow is the app core's (`waymark::App`, bindings/src/app/workshop).

use clap::{Subcommand, ValueEnum};
use waymark::{ExportFormat, PlanView, PresentView, WaymarkError, WorkshopPhase};

use crate::Shell;

#[derive(Clone, Copy, ValueEnum)]
pub enum PhaseArg {
    Pre,
    Post,
}

impl From<PhaseArg> for WorkshopPhase {
    fn from(p: PhaseArg) -> Self {
        match p {
            PhaseArg::Pre => WorkshopPhase::Pre,
            PhaseArg::Post => WorkshopPhase::Post,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
}

#[derive(Subcommand)]
pub enum WorkshopCommand {
    /// Every session plan with its agenda, quiz and show-of-hands questions.
    Plans,
    /// One plan.
    Plan {
        /// The plan's id, as listed by `waymark workshop plans` (e.g. migrants_45).
        id: String,
    },
    /// One agenda item of a plan, for showing to a group (items count from 1).
    Present {
        /// The plan's id, as listed by `waymark workshop plans`.
        #[arg(long)]
        plan: String,
        /// Which agenda item to show, counting from 1.
        #[arg(long, default_value_t = 1)]
        item: u32,
    },
    /// Start a session: prints its id.
    Start {
        /// The plan's id, as listed by `waymark workshop plans`.
        #[arg(long)]
        plan: String,
        /// A two-letter country code (default: the language's region).
        #[arg(long)]
        region: Option<String>,
    },
    /// Set how many people are present.
    Attendance {
        /// The session's id, printed by `waymark workshop start` (see `workshop sessions`).
        #[arg(long)]
        session: String,
        /// How many people are present: a whole number from 0 to 1000000, in any
        /// script's digits.
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        count: String,
    },
    /// Add anonymous quiz scores (right answers per person): `--scores 3,5,4`.
    Quiz {
        /// The session's id, printed by `waymark workshop start`.
        #[arg(long)]
        session: String,
        /// Before (pre) or after (post) the session.
        #[arg(long, value_enum)]
        phase: PhaseArg,
        /// Right answers per person, comma-separated; at most one score per person present.
        #[arg(long, value_name = "N,N,...", allow_hyphen_values = true)]
        scores: String,
        /// How many missed each question, in the plan's order: `--missed 1,0,2,0,3`.
        #[arg(long, value_name = "N,N,...", allow_hyphen_values = true)]
        missed: Option<String>,
    },
    /// One person's answers on the phone passed around: `--answers a,b,a,b,b`.
    Answers {
        /// The session's id, printed by `waymark workshop start`.
        #[arg(long)]
        session: String,
        /// Before (pre) or after (post) the session.
        #[arg(long, value_enum)]
        phase: PhaseArg,
        /// The chosen answer (a, b, c...) for each quiz question, in the plan's order.
        #[arg(long, value_delimiter = ',', required = true)]
        answers: Vec<String>,
    },
    /// Record a show-of-hands count.
    Hands {
        /// The session's id, printed by `waymark workshop start`.
        #[arg(long)]
        session: String,
        /// The show-of-hands question's id, listed under "hands" by `waymark workshop plan ID`.
        #[arg(long)]
        question: String,
        /// How many hands went up: a whole number from 0 to 1000000.
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        count: String,
    },
    /// End a session.
    End {
        /// The session's id, printed by `waymark workshop start`.
        #[arg(long)]
        session: String,
    },
    /// Every session on this device.
    Sessions,
    /// The summary of finished sessions for funders: no names, no personal data.
    Export {
        /// csv or json (`--json` also gives json).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Write the export to this file (written whole or not at all) instead of printing it.
        #[arg(long, value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// Replace the --output file if it already exists.
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Delete every workshop session from this device.
    Clear,
}

/// Numbers typed as `3,5,4`, in any script's digits: a clear error for anything else.
fn numbers(shell: &Shell, text: &str) -> Result<Vec<i64>, WaymarkError> {
    let all = shell.waymark.parse_numbers(text.to_owned())?;
    Ok(all.into_iter().map(i64::from).collect())
}

/// One typed count, in any script's digits.
fn number(shell: &Shell, text: &str) -> Result<i64, WaymarkError> {
    shell.waymark.parse_number(text.to_owned()).map(i64::from)
}

fn print_plan(shell: &Shell, p: &PlanView) {
    outln!("{}\t{}", p.id, p.title);
    for (i, item) in p.agenda.iter().enumerate() {
        outln!("  {}. {} ({} min)", i + 1, item.title, item.minutes);
    }
    let _ = shell;
}

fn print_present(shell: &Shell, v: &PresentView) {
    outln!();
    outln!("{}", v.heading);
    outln!();
    outln!("{}", v.item.title.to_uppercase());
    outln!();
    outln!(
        "{}: {}",
        shell.number_text("workshop-label-activity", vec![]),
        v.item.activity
    );
    outln!();
    outln!(
        "{}: {}",
        shell.number_text("workshop-label-notes", vec![]),
        v.item.notes
    );
    if !v.item.prompts.is_empty() {
        outln!("\n{}:", shell.number_text("workshop-label-prompts", vec![]));
        for p in &v.item.prompts {
            outln!("  - {p}");
        }
    }
    if !v.item.cards.is_empty() {
        outln!("\n{}:", shell.number_text("workshop-label-cards", vec![]));
        for c in &v.item.cards {
            outln!("  [ {c} ]");
        }
    }
    if !v.hands.is_empty() {
        outln!("\n{}:", shell.number_text("workshop-label-hands", vec![]));
        for h in &v.hands {
            outln!("  - {}", h.prompt);
        }
    }
    for (i, q) in v.quiz.iter().enumerate() {
        outln!("\n{}. {}", i + 1, q.prompt);
        for c in &q.choices {
            outln!("   {}) {}", c.id, c.text);
        }
    }
}

pub fn run(shell: &Shell, cmd: WorkshopCommand) -> Result<(), WaymarkError> {
    // Sessions live in the vault: with a PIN set, unlock first (WAYMARK_PIN or stdin).
    // Plans are content and need no PIN.
    let content_only = matches!(
        cmd,
        WorkshopCommand::Plans | WorkshopCommand::Plan { .. } | WorkshopCommand::Present { .. }
    );
    if !content_only {
        crate::vault_cmd::ensure_unlocked(shell, &mut Default::default())?;
    }
    let w = &shell.waymark;
    let out = shell.out;
    let session_saved = |s: waymark::SessionView, id: &str, count: f64| {
        if out.json {
            return out.json(&s);
        }
        outln!("{}", shell.number_text(id, vec![("count", count)]));
        crate::vault_cmd::kept_until_close(shell);
        Ok(())
    };
    match cmd {
        WorkshopCommand::Plans => {
            let plans = w.workshop_plans()?;
            if out.json {
                return out.json(&plans);
            }
            for p in &plans {
                print_plan(shell, p);
            }
        }
        WorkshopCommand::Plan { id } => {
            let p = w.workshop_plan(id)?;
            if out.json {
                return out.json(&p);
            }
            print_plan(shell, &p);
        }
        WorkshopCommand::Present { plan, item } => {
            // Items count from 1 for people; 0 is simply not an item.
            let v = w.workshop_present(plan, item.checked_sub(1).unwrap_or(u32::MAX))?;
            if out.json {
                return out.json(&v);
            }
            print_present(shell, &v);
        }
        WorkshopCommand::Start { plan, region } => {
            let s = w.workshop_start(plan, region)?;
            if out.json {
                return out.json(&s);
            }
            outln!("{}", shell.number_text("workshop-session-started", vec![]));
            outln!("{}", s.session);
            crate::vault_cmd::kept_until_close(shell);
        }
        WorkshopCommand::Attendance { session, count } => {
            let s = w.workshop_attendance(session, number(shell, &count)?)?;
            let n = f64::from(s.participants);
            session_saved(s, "workshop-attendance-saved", n)?;
        }
        WorkshopCommand::Quiz {
            session,
            phase,
            scores,
            missed,
        } => {
            let scores = numbers(shell, &scores)?;
            let n = scores.len() as f64;
            let missed = match missed {
                Some(m) => numbers(shell, &m)?,
                None => vec![],
            };
            let s = w.workshop_quiz(session, phase.into(), scores, missed)?;
            session_saved(s, "workshop-scores-saved", n)?;
        }
        WorkshopCommand::Answers {
            session,
            phase,
            answers,
        } => {
            let s = w.workshop_answers(session, phase.into(), answers)?;
            session_saved(s, "workshop-scores-saved", 1.0)?;
        }
        WorkshopCommand::Hands {
            session,
            question,
            count,
        } => {
            let count = number(shell, &count)?;
            let s = w.workshop_hands(session, question, count)?;
            session_saved(s, "workshop-hands-saved", count as f64)?;
        }
        WorkshopCommand::End { session } => {
            let s = w.workshop_end(session)?;
            session_saved(s, "workshop-session-ended", 0.0)?;
        }
        WorkshopCommand::Sessions => {
            let all = w.workshop_sessions()?;
            if out.json {
                return out.json(&all);
            }
            for s in all {
                outln!(
                    "{}\t{}\t{}\t{}\t{}",
                    s.session,
                    s.date,
                    s.plan,
                    s.participants,
                    if s.ended { "ended" } else { "open" }
                );
            }
        }
        WorkshopCommand::Export {
            format,
            output,
            force,
        } => {
            // `--json` asks for JSON unless a format is named.
            let format = match format {
                Some(FormatArg::Csv) => ExportFormat::Csv,
                Some(FormatArg::Json) => ExportFormat::Json,
                None if out.json => ExportFormat::Json,
                None => ExportFormat::Csv,
            };
            let mut text = w.workshop_export(format)?;
            if format == ExportFormat::Json {
                text.push('\n');
            }
            match output {
                Some(path) => {
                    crate::output::write_file_atomically(&path, text.as_bytes(), force)
                        .map_err(|e| export_file_error(shell, e))?;
                    if out.json {
                        return out.json(&serde_json::json!({"written": true}));
                    }
                    outln!("{}", shell.text("workshop-export-written"));
                }
                // The export is the output, in the format asked for: data, never wrapped.
                None => {
                    crate::output::set_raw();
                    out!("{text}");
                }
            }
        }
        WorkshopCommand::Clear => {
            w.workshop_clear()?;
            if out.json {
                return out.json(&serde_json::json!({"cleared": true}));
            }
        }
    }
    Ok(())
}

/// Why the export file could not be written, without its path (it may name the person).
fn export_file_error(shell: &Shell, e: std::io::Error) -> WaymarkError {
    if e.kind() == std::io::ErrorKind::AlreadyExists {
        WaymarkError::InvalidInput {
            message: shell.text("workshop-export-exists"),
        }
    } else {
        WaymarkError::Storage {
            message: shell.text("workshop-export-failed"),
        }
    }
}
