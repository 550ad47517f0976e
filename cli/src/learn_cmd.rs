//! `waymark modules`, `waymark module <id>`, `waymark learn …` and the interactive
//! "Learn" menu: tracks, lessons, the regional scenario, and quizzes with explanations.

use clap::{Args, Subcommand};
use waymark::{MessageArg, ModuleView, WaymarkError};

use crate::Shell;
use crate::interactive::{Flow, Pick, Prompt};
use crate::vault_cmd::unlock_interactive;

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
            .waymark
            .message(
                "learn-progress-line".into(),
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

/// The interactive "Learn" entry: a track, then a module, then its parts.
pub fn menu(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    loop {
        let tracks = shell.waymark.learn_tracks()?;
        let mut labels: Vec<String> = tracks.iter().map(|t| t.title.clone()).collect();
        labels.push(prompt.text("learn-menu-progress"));
        labels.push(prompt.text("learn-menu-clear-progress"));
        labels.push(prompt.text("learn-menu-glossary"));
        labels.push(prompt.text("menu-back"));
        let Some(i) = prompt.choose(&prompt.text("learn-menu-choose-track"), &labels) else {
            return Ok(Flow::Quit);
        };
        if i == tracks.len() + 2 {
            // The glossary is content, not saved data: no PIN.
            outln!();
            print_glossary(shell, &shell.waymark.learn_glossary()?);
        } else if i == tracks.len() || i == tracks.len() + 1 {
            // Progress lives in the vault: with a PIN set, ask for it (as the checklist
            // does); a wrong PIN is explained and this menu comes back.
            if !unlock_interactive(shell, prompt)? {
                if prompt.exited {
                    return Ok(Flow::Quit);
                }
                continue;
            }
            if i == tracks.len() {
                print_progress(shell, &shell.waymark.learn_progress()?);
            } else {
                shell.waymark.learn_clear_progress()?;
                prompt.say("learn-progress-cleared");
            }
        } else if i > tracks.len() + 2 {
            return Ok(Flow::Continue);
        } else if let Flow::Quit = track_menu(shell, prompt, &tracks[i].id)? {
            return Ok(Flow::Quit);
        }
    }
}

fn track_menu(shell: &Shell, prompt: &mut Prompt, track: &str) -> Result<Flow, WaymarkError> {
    loop {
        let modules = shell.waymark.learn_modules(Some(track.to_owned()))?;
        let mut labels: Vec<String> = modules.iter().map(|m| m.title.clone()).collect();
        labels.push(prompt.text("menu-back"));
        let Some(i) = prompt.choose(&prompt.text("learn-menu-choose-module"), &labels) else {
            return Ok(Flow::Quit);
        };
        if i == modules.len() {
            return Ok(Flow::Continue);
        }
        if let Flow::Quit = module_menu(shell, prompt, &modules[i].id)? {
            return Ok(Flow::Quit);
        }
    }
}

fn module_menu(shell: &Shell, prompt: &mut Prompt, id: &str) -> Result<Flow, WaymarkError> {
    let m = shell.waymark.learn_module(id.to_owned(), None)?;
    'menu: loop {
        outln!();
        review_note(shell);
        let labels = vec![
            prompt.text("learn-menu-lessons"),
            prompt.text("learn-menu-scenario"),
            prompt.text("learn-menu-quiz"),
            prompt.text("menu-back"),
        ];
        let Some(i) = prompt.choose(&m.title, &labels) else {
            return Ok(Flow::Quit);
        };
        // Lessons seen and quiz scores are saved: with a PIN set, ask for it before the
        // lessons or the first question, so a wrong PIN loses no answers.
        if (i == 0 || i == 2) && !unlock_interactive(shell, prompt)? {
            if prompt.exited {
                return Ok(Flow::Quit);
            }
            continue;
        }
        match i {
            0 => {
                let total = m.lessons.len() as f64;
                for (n, l) in m.lessons.iter().enumerate() {
                    print_lesson(shell, l, n, total);
                    shell
                        .waymark
                        .learn_lesson_seen(m.id.clone(), l.id.clone())?;
                    prompt.say("learn-press-enter");
                    if prompt.line().is_none() {
                        return Ok(Flow::Quit);
                    }
                }
            }
            1 => outln!("\n{}\n{}", m.scenario.title, m.scenario.body),
            2 => {
                // Each attempt has its own choice order: fetch it at the quiz's start.
                let m = shell.waymark.learn_module(id.to_owned(), None)?;
                let mut answers = Vec::new();
                let total = m.quiz.len() as f64;
                for (n, q) in m.quiz.iter().enumerate() {
                    let heading = shell.number_text(
                        "learn-quiz-question-heading",
                        vec![("number", (n + 1) as f64), ("total", total)],
                    );
                    outln!("\n{heading}");
                    let texts: Vec<String> = q.choices.iter().map(|c| c.text.clone()).collect();
                    let c = match prompt.pick(&q.prompt, &texts) {
                        Pick::One(c) => c,
                        Pick::Nothing => continue 'menu,
                        Pick::Leave => return Ok(Flow::Quit),
                    };
                    answers.push(q.choices[c].id.clone());
                }
                let r = shell.waymark.learn_submit_quiz(m.id.clone(), answers)?;
                // Name the right answer by its text, not its letter.
                for (q, res) in m.quiz.iter().zip(&r.questions) {
                    outln!();
                    outln!("{}", q.prompt);
                    if res.correct {
                        prompt.say("learn-quiz-correct");
                    } else {
                        let right = q
                            .choices
                            .iter()
                            .find(|c| c.id == res.answer)
                            .map(|c| c.text.clone())
                            .unwrap_or_default();
                        let wrong = shell.waymark.message(
                            "learn-quiz-wrong".into(),
                            vec![MessageArg::Text {
                                name: "answer".into(),
                                value: right,
                            }],
                        )?;
                        outln!("{}", wrong.text);
                    }
                    outln!("{}", res.explanation);
                }
                outln!();
                let (s, t, b) = (
                    f64::from(r.score),
                    f64::from(r.total),
                    f64::from(r.best_score),
                );
                outln!(
                    "{}",
                    shell.number_text("learn-quiz-score", vec![("score", s), ("total", t)])
                );
                outln!(
                    "{}",
                    shell.number_text("learn-quiz-best", vec![("score", b), ("total", t)])
                );
            }
            _ => return Ok(Flow::Continue),
        }
    }
}
