//! `waymark checklist show|add|done|note|remove`: the private safe-migration checklist.

use clap::Subcommand;
use serde::Serialize;
use waymark::WaymarkError;

use crate::Shell;
use crate::interactive::{Flow, Pick, Prompt};
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
                outln!(
                    "{}",
                    w.message("checklist-damaged".into(), vec![count])?.text
                );
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

/// The checklist in the interactive session: show it, then tick, add, note or remove.
pub fn interactive(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    let w = &shell.waymark;
    if let Some(flow) = crate::vault_cmd::unlock_or_leave(shell, prompt)? {
        return Ok(flow);
    }
    loop {
        let view = match w.checklist() {
            Ok(v) => v,
            Err(e) => {
                outln!("{}", e.message());
                return Ok(Flow::Continue);
            }
        };
        if view.damaged > 0 {
            let count = waymark::MessageArg::Number {
                name: "count".into(),
                value: f64::from(view.damaged),
            };
            if let Ok(m) = w.message("checklist-damaged".into(), vec![count]) {
                outln!("{}", m.text);
            }
        }
        let done = prompt.text("checklist-done");
        let not_done = prompt.text("checklist-not-done");
        let mut items = Vec::new();
        outln!();
        outln!("{}", prompt.text("checklist-title"));
        for stage in &view.stages {
            outln!();
            outln!("{}", stage.title);
            for item in &stage.items {
                let state = if item.done { &done } else { &not_done };
                outln!("  - {} ({state})", item.title);
                if let Some(note) = &item.note {
                    outln!("    {note}");
                }
                items.push(item.clone());
            }
        }
        let actions = [
            "checklist-menu-tick",
            "checklist-menu-add",
            "checklist-menu-note",
            "checklist-menu-remove",
            "menu-back",
        ];
        let labels: Vec<String> = actions.iter().map(|id| prompt.text(id)).collect();
        let title = prompt.text("checklist-title");
        let Some(action) = prompt.choose(&title, &labels) else {
            return Ok(Flow::Quit);
        };
        let label = |i: &waymark::ChecklistItemView| {
            format!("{} ({})", i.title, if i.done { &done } else { &not_done })
        };
        let result = match actions[action] {
            "checklist-menu-tick" => {
                let labels: Vec<String> = items.iter().map(label).collect();
                let i = match prompt.pick(&prompt.text("checklist-choose-item"), &labels) {
                    Pick::One(i) => i,
                    Pick::Nothing => continue,
                    Pick::Leave => return Ok(Flow::Quit),
                };
                w.checklist_set_done(items[i].id.clone(), !items[i].done)
            }
            "checklist-menu-add" => {
                let labels: Vec<String> = view.stages.iter().map(|s| s.title.clone()).collect();
                let s = match prompt.pick(&prompt.text("checklist-choose-stage"), &labels) {
                    Pick::One(s) => s,
                    Pick::Nothing => continue,
                    Pick::Leave => return Ok(Flow::Quit),
                };
                prompt.say("checklist-type-text");
                let Some(text) = prompt.line() else {
                    return Ok(Flow::Quit);
                };
                w.checklist_add(view.stages[s].id.clone(), text).map(|_| ())
            }
            "checklist-menu-note" => {
                let labels: Vec<String> = items.iter().map(label).collect();
                let i = match prompt.pick(&prompt.text("checklist-choose-item"), &labels) {
                    Pick::One(i) => i,
                    Pick::Nothing => continue,
                    Pick::Leave => return Ok(Flow::Quit),
                };
                prompt.say("checklist-type-note");
                let Some(text) = prompt.line() else {
                    return Ok(Flow::Quit);
                };
                w.checklist_set_note(items[i].id.clone(), text)
            }
            "checklist-menu-remove" => {
                // Only your own items can be removed; with none, "nothing here yet".
                let own: Vec<_> = items.iter().filter(|i| i.custom).collect();
                let labels: Vec<String> = own.iter().map(|i| label(i)).collect();
                let i = match prompt.pick(&prompt.text("checklist-choose-item"), &labels) {
                    Pick::One(i) => i,
                    Pick::Nothing => continue,
                    Pick::Leave => return Ok(Flow::Quit),
                };
                w.checklist_remove(own[i].id.clone())
            }
            _ => return Ok(Flow::Continue),
        };
        match result {
            Ok(()) => {
                if !crate::vault_cmd::kept_until_close(shell) {
                    prompt.say("checklist-saved");
                }
            }
            Err(e) => outln!("{}", e.message()),
        }
    }
}
