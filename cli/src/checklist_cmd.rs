//! `waymark checklist show|add|done|note|remove`: the private safe-migration checklist.
//! The interactive screens are the app core's (bindings/src/app/checklist.rs).

use clap::Subcommand;
use serde::Serialize;
use waymark::WaymarkError;

use crate::Shell;
use crate::vault_cmd::{Pins, ensure_unlocked};

#[derive(Subcommand)]
pub enum ChecklistCommand {
    /// Every stage with its items, ticks and notes.
    Show,
    /// Add your own item to a stage: `checklist add --stage on_arrival "text"`.
    Add {
        /// The stage's id, as `checklist show --json` lists them (e.g. before_you_go).
        #[arg(long)]
        stage: String,
        /// The item's text (kept only in the encrypted vault).
        text: String,
    },
    /// Tick an item (`--undo` to untick).
    Done {
        /// The item's id, as `checklist show --json` lists them (e.g. pay_no_fees).
        item: String,
        /// Untick the item instead.
        #[arg(long)]
        undo: bool,
    },
    /// Write a private note on an item ("" removes it).
    Note {
        /// The item's id, as `checklist show --json` lists them.
        item: String,
        /// The note (kept only in the encrypted vault); "" removes it.
        text: String,
    },
    /// Remove one of your own items.
    Remove {
        /// The id `checklist add` printed (also in `checklist show --json`).
        item: String,
    },
}

#[derive(Serialize)]
struct Ok {
    ok: bool,
}

#[derive(Serialize)]
struct Added {
    id: String,
}

fn say(shell: &Shell, id: &str) {
    outln!("{}", shell.text(id));
}

fn acted(shell: &Shell, message_id: &str) -> Result<(), WaymarkError> {
    if shell.out.json {
        return shell.out.json(&Ok { ok: true });
    }
    if !crate::vault_cmd::kept_until_close(shell) {
        say(shell, message_id);
    }
    Ok(())
}

pub fn run(shell: &Shell, cmd: ChecklistCommand) -> Result<(), WaymarkError> {
    ensure_unlocked(shell, &mut Pins::default())?;
    let w = &shell.waymark;
    match cmd {
        ChecklistCommand::Show => {
            let view = w.checklist()?;
            if shell.out.json {
                return shell.out.json(&view);
            }
            let done = w.message("checklist-done".into(), vec![])?.text;
            if view.damaged > 0 {
                let count = waymark::MessageArg::Number {
                    name: "count".into(),
                    value: f64::from(view.damaged),
                };
                outln!("{}", shell.message("checklist-damaged", vec![count])?.text);
            }
            for stage in view.stages {
                outln!();
                outln!("{}", stage.title);
                for item in stage.items {
                    let mark = if item.done {
                        format!(" ({done})")
                    } else {
                        String::new()
                    };
                    outln!("  - {}{mark}  [{}]", item.title, item.id);
                    if let Some(note) = item.note {
                        outln!("    {note}");
                    }
                }
            }
            Ok(())
        }
        ChecklistCommand::Add { stage, text } => {
            let id = w.checklist_add(stage, text)?;
            if shell.out.json {
                return shell.out.json(&Added { id });
            }
            say(shell, "checklist-added");
            outln!("{id}");
            crate::vault_cmd::kept_until_close(shell);
            Ok(())
        }
        ChecklistCommand::Done { item, undo } => {
            w.checklist_set_done(item, !undo)?;
            acted(shell, "checklist-saved")
        }
        ChecklistCommand::Note { item, text } => {
            w.checklist_set_note(item, text)?;
            acted(shell, "checklist-saved")
        }
        ChecklistCommand::Remove { item } => {
            w.checklist_remove(item)?;
            acted(shell, "checklist-removed")
        }
    }
}
