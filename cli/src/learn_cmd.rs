//! `waymark modules`, `waymark module <id>`, `waymark learn …`: tracks, lessons, the
//! regional scenario, and quizzes with explanations, for scripts. The interactive Learn
//! screens are the app core's (bindings/src/app/learn.rs).

use clap::{Args, Subcommand};
use waymark::{MessageArg, ModuleView, WaymarkError};

use crate::Shell;

#[derive(Args)]
pub struct ModulesArgs {
    /// Only the modules of one track: migrants, students or leaders.
    #[arg(long)]
    audience: Option<String>,
}

#[derive(Args)]
pub struct ModuleArgs {
    /// The module id, e.g. how_recruiters_lie.
    id: String,
    /// A two-letter country code for the regional scenario (default: the language's region).
    #[arg(long)]
    region: Option<String>,
}

#[derive(Subcommand)]
pub enum LearnCommand {
    /// The tracks, one per audience.
    Tracks,
    /// Mark a lesson as seen: `waymark learn seen getting_help l1`.
    Seen {
        /// The module's id, as `waymark modules` lists them (e.g. getting_help).
        module: String,
        /// The lesson's id, as `waymark module ID --json` lists them (e.g. l1).
        lesson: String,
    },
    /// Score a quiz: `waymark learn quiz rights_at_work --answers b,a,b,a,b`.
    Quiz {
        /// The module's id, as `waymark modules` lists them.
        module: String,
        /// One choice id per question, in order, separated by commas.
        #[arg(long, value_delimiter = ',', required = true)]
        answers: Vec<String>,
    },
    /// The words lessons and explanations use, each with a plain definition.
    Glossary,
    /// Lessons seen and best quiz scores.
    Progress,
    /// Forget learning progress (nothing else).
    Clear,
}

fn review_note(shell: &Shell) {
    if let Some(note) = shell
        .waymark
        .current_locale()
        .ok()
        .and_then(|l| l.review_note)
    {
        outln!("({note})");
    }
}

pub fn modules(shell: &Shell, args: ModulesArgs) -> Result<(), WaymarkError> {
    let modules = shell.waymark.learn_modules(args.audience)?;
    if shell.out.json {
        return shell.out.json(&modules);
    }
    review_note(shell);
    for m in modules {
        let count = shell.number_text("learn-lessons-count", vec![("count", f64::from(m.lessons))]);
        outln!("{}\t{} ({count})\n\t{}", m.id, m.title, m.summary);
    }
    Ok(())
}

fn print_module(shell: &Shell, m: &ModuleView) {
    review_note(shell);
    outln!("{}\n{}\n", m.title, m.summary);
    let total = m.lessons.len() as f64;
    for (i, l) in m.lessons.iter().enumerate() {
        print_lesson(shell, l, i, total);
    }
    outln!(
        "{}\n{}\n{}\n",
        shell.number_text("learn-menu-scenario", vec![]),
        m.scenario.title,
        m.scenario.body
    );
    outln!("{}", shell.number_text("learn-menu-quiz", vec![]));
    for (i, q) in m.quiz.iter().enumerate() {
        outln!("{}. {}", i + 1, q.prompt);
        for c in &q.choices {
            outln!("   {}) {}", c.id, c.text);
        }
    }
}

fn print_lesson(shell: &Shell, l: &waymark::LessonView, i: usize, total: f64) {
    let heading = shell.number_text(
        "learn-lesson-heading",
        vec![("number", (i + 1) as f64), ("total", total)],
    );
    outln!("{heading}\n{}\n{}", l.title, l.body);
    outln!("{}", shell.number_text("learn-key-points", vec![]));
    for p in &l.points {
        outln!("  - {p}");
    }
    outln!();
}

pub fn module(shell: &Shell, args: ModuleArgs) -> Result<(), WaymarkError> {
    let m = shell.waymark.learn_module(args.id, args.region)?;
    if shell.out.json {
        return shell.out.json(&m);
    }
    print_module(shell, &m);
    Ok(())
}

pub fn run(shell: &Shell, cmd: LearnCommand) -> Result<(), WaymarkError> {
    // Progress lives in the vault: with a PIN set, unlock first (WAYMARK_PIN or stdin).
    if !matches!(cmd, LearnCommand::Tracks | LearnCommand::Glossary) {
        crate::vault_cmd::ensure_unlocked(shell, &mut Default::default())?;
    }
    let w = &shell.waymark;
    match cmd {
        LearnCommand::Tracks => {
            let tracks = w.learn_tracks()?;
            if shell.out.json {
                return shell.out.json(&tracks);
            }
            for t in tracks {
                outln!("{}\t{}\n\t{}", t.id, t.title, t.summary);
            }
        }
        LearnCommand::Glossary => {
            let terms = w.learn_glossary()?;
            if shell.out.json {
                return shell.out.json(&terms);
            }
            print_glossary(shell, &terms);
        }
        LearnCommand::Seen { module, lesson } => {
            let p = w.learn_lesson_seen(module, lesson)?;
            if shell.out.json {
                return shell.out.json(&p);
            }
            print_progress(shell, &[p]);
            crate::vault_cmd::kept_until_close(shell);
        }
        LearnCommand::Quiz { module, answers } => {
            let r = w.learn_submit_quiz(module, answers)?;
            if shell.out.json {
                return shell.out.json(&r);
            }
            print_result(shell, &r);
            crate::vault_cmd::kept_until_close(shell);
        }
        LearnCommand::Progress => {
            let p = w.learn_progress()?;
            if shell.out.json {
                return shell.out.json(&p);
            }
            print_progress(shell, &p);
        }
        LearnCommand::Clear => {
            w.learn_clear_progress()?;
            if shell.out.json {
                return shell.out.json(&serde_json::json!({"cleared": true}));
            }
            outln!("{}", shell.number_text("learn-progress-cleared", vec![]));
        }
    }
    Ok(())
}

fn print_glossary(shell: &Shell, terms: &[waymark::GlossaryTermView]) {
    review_note(shell);
    outln!("{}\n", shell.number_text("learn-glossary-title", vec![]));
    for t in terms {
        outln!("{}\n  {}", t.term, t.text);
    }
}

fn print_result(shell: &Shell, r: &waymark::QuizResultView) {
    for (i, q) in r.questions.iter().enumerate() {
        let verdict = if q.correct {
            shell.number_text("learn-quiz-correct", vec![])
        } else {
            shell
                .waymark
                .message(
                    "learn-quiz-wrong".into(),
                    vec![MessageArg::Text {
                        name: "answer".into(),
                        value: q.answer.clone(),
                    }],
                )
                .map(|m| m.text)
                .unwrap_or_default()
        };
        outln!("{}. {verdict} {}", i + 1, q.explanation);
    }
    let (score, total) = (f64::from(r.score), f64::from(r.total));
    outln!(
        "{}",
        shell.number_text("learn-quiz-score", vec![("score", score), ("total", total)])
    );
    outln!(
        "{}",
        shell.number_text(
            "learn-quiz-best",
            vec![("score", f64::from(r.best_score)), ("total", total)]
        )
    );
}

fn print_progress(shell: &Shell, all: &[waymark::ModuleProgressView]) {
    if all.is_empty() {
        outln!("{}", shell.number_text("learn-progress-none", vec![]));
    }
    for p in all {
        let line = shell
            .message(
                "learn-progress-line",
                vec![
                    MessageArg::Text {
                        name: "module".into(),
                        value: shell.module_title(&p.module),
                    },
                    MessageArg::Number {
                        name: "seen".into(),
                        value: p.lessons_seen.len() as f64,
                    },
                    MessageArg::Number {
                        name: "total".into(),
                        value: f64::from(p.lessons_total),
                    },
                ],
            )
            .map(|m| m.text)
            .unwrap_or_default();
        outln!("{line}");
        if let Some(best) = p.best_score {
            let (s, t) = (f64::from(best), f64::from(p.quiz_total));
            outln!(
                "  {}",
                shell.number_text("learn-quiz-best", vec![("score", s), ("total", t)])
            );
        }
    }
}
