//! The interactive session as a renderer of the app core (`waymark::App`): each `Screen`
//! becomes text and a numbered menu, each typed line an `Event`, and each `Effect` what a
//! terminal can do. No routes or rules live here: the same core drives both phones.
//!
//! Typing: a number picks from the list (Back is the last number); on a screen that asks
//! for something, any other line is the answer (a PIN is not shown while typed); `q` is
//! the quick exit everywhere. On a screen that asks for a number, every line is the answer
//! and an empty line goes back. A long text (a pasted advert) is every line up to an empty one.

use std::path::Path;

use waymark::{ActionStyle, App, Block, Effect, Event, InputKind, Screen, Update, WaymarkError};

use crate::Shell;
use crate::interactive::Prompt;

pub fn run(shell: &Shell) -> Result<(), WaymarkError> {
    let app = App::new(shell.waymark.clone(), shell.locale.is_none())?;
    let mut prompt = Prompt::new(shell);
    prompt.say("menu-quick-exit-hint");
    let mut update = app.handle(Event::Start)?;
    loop {
        // In the current language: the session pauses before a long screen scrolls away.
        if crate::layout::is_terminal() {
            crate::layout::set_pause_text(prompt.text("terminal-press-enter"));
        }
        match perform(&mut prompt, &update) {
            Next::Show => {}
            Next::End => return Ok(()),
            Next::Send(event) => {
                update = app.handle(event)?;
                continue;
            }
        }
        show(&update.screen);
        let event = loop {
            match read(&mut prompt, &update.screen) {
                Read::Event(e) => break e,
                Read::Invalid => prompt.say("menu-invalid-choice"),
                Read::End => {
                    // `q` (or the input ended): forget every flow before leaving.
                    let _ = app.handle(Event::QuickExit);
                    return Ok(());
                }
            }
        };
        update = app.handle(event)?;
    }
}

/// What comes after the effects.
enum Next {
    Show,
    End,
    /// An answer the terminal gives the core at once (a chosen file).
    Send(Event),
}

/// Does what the core asks.
fn perform(prompt: &mut Prompt, update: &Update) -> Next {
    for effect in &update.effects {
        match effect {
            Effect::QuickExit => {
                crate::interactive::quick_exit();
                return Next::End;
            }
            Effect::Close => {
                prompt.say("menu-goodbye");
                return Next::End;
            }
            // A terminal's file picker: the path, typed.
            Effect::ChooseContentPack => return choose_file(prompt),
            // A terminal cannot dial or open apps: the number is on the screen to copy.
            Effect::Dial { number } | Effect::SendText { number } => outln!("{number}"),
            Effect::OpenLink { url } => outln!("{url}"),
            Effect::Copy { text } => outln!("{text}"),
            Effect::Speak { text, .. } => outln!("{text}"),
            Effect::Share {
                file_name, data, ..
            } => save(prompt, file_name, data),
            // Phone-only: the screenshot flag, the launcher icon, the saved language (the
            // terminal takes the language from `--locale` or the environment).
            Effect::SetSecure { .. }
            | Effect::SetDisguise { .. }
            | Effect::RememberLanguage { .. } => {}
        }
    }
    Next::Show
}

/// Asks for a file's path and reads it; an empty line (or a file that cannot be read,
/// which is said) goes back to the screen.
fn choose_file(prompt: &mut Prompt) -> Next {
    prompt.say("terminal-file-path");
    let Some(path) = prompt.line() else {
        return if prompt.exited { Next::End } else { Next::Show };
    };
    if path.is_empty() {
        return Next::Show;
    }
    match std::fs::read(&path) {
        Ok(data) => Next::Send(Event::FileChosen { data }),
        Err(_) => {
            prompt.say("terminal-file-unreadable");
            Next::Show
        }
    }
}

/// A shared file (the workshop summary: numbers only) is written to the current folder,
/// never over an existing file.
fn save(prompt: &Prompt, file_name: &str, data: &[u8]) {
    let name = Path::new(file_name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "waymark-export".to_owned());
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&name)
        .and_then(|mut f| std::io::Write::write_all(&mut f, data));
    match written {
        Ok(()) => outln!("{}", prompt.text_with("terminal-file-saved", "file", &name)),
        Err(_) => outln!(
            "{}",
            prompt.text_with("terminal-file-not-saved", "file", &name)
        ),
    }
}

fn show(screen: &Screen) {
    outln!();
    if let Some(note) = &screen.review_note {
        outln!("({note})");
    }
    if let Some(notice) = &screen.notice {
        outln!("{}", notice.text);
        outln!();
    }
    outln!("{}", screen.title);
    for block in &screen.blocks {
        match block {
            Block::Heading { text } => {
                outln!();
                outln!("{text}");
            }
            Block::Text { text } => outln!("{text}"),
            Block::Note { text } => outln!("({text})"),
            Block::Warning { text } => outln!("! {text}"),
            Block::Fact { label, value } => outln!("{label}: {value}"),
            Block::Progress { label, .. } => outln!("{label}"),
        }
    }
    let numbered = !matches!(
        screen.input.as_ref().map(|i| i.kind),
        Some(InputKind::Number)
    );
    // A heading right before the list introduces it: no blank line between them.
    let introduced = matches!(screen.blocks.last(), Some(Block::Heading { .. }));
    if numbered {
        if (!screen.actions.is_empty() || screen.back.is_some()) && !introduced {
            outln!();
        }
        for (i, a) in screen.actions.iter().enumerate() {
            let mark = match a.style {
                ActionStyle::Choice { selected: true } => " *",
                ActionStyle::Toggle { on: true } => " [x]",
                ActionStyle::Toggle { on: false } => " [ ]",
                _ => "",
            };
            outln!("  {}. {}{mark}", i + 1, a.label);
            if let Some(detail) = &a.detail {
                outln!("     {detail}");
            }
        }
        if let Some(back) = &screen.back {
            outln!("  {}. {back}", screen.actions.len() + 1);
        }
    }
    if let Some(input) = &screen.input {
        outln!();
        outln!("{}", input.label);
        if let Some(hint) = &input.hint {
            outln!("({hint})");
        }
        if !input.value.is_empty() {
            outln!("[{}]", input.value);
        }
    }
}

enum Read {
    Event(Event),
    Invalid,
    /// Quick exit (`q`) or the end of input.
    End,
}

fn read(prompt: &mut Prompt, screen: &Screen) -> Read {
    let kind = screen.input.as_ref().map(|i| i.kind);
    match kind {
        None => prompt.say("menu-prompt"),
        Some(InputKind::Number) => prompt.say("terminal-number-prompt"),
        Some(_) if screen.actions.is_empty() && screen.back.is_none() => {}
        Some(InputKind::LongText) => prompt.say("screening-paste-prompt"),
        Some(_) => prompt.say("terminal-answer-prompt"),
    }
    let line = if kind == Some(InputKind::Pin) {
        prompt.secret().map(|s| s.to_string())
    } else {
        prompt.line()
    };
    let Some(line) = line else {
        return Read::End;
    };
    if kind == Some(InputKind::Number) {
        if line.is_empty() && screen.back.is_some() {
            return Read::Event(Event::Back);
        }
        return Read::Event(Event::Submit { text: line });
    }
    // Digits of any script: `١` picks the first entry in Arabic.
    let count = screen.actions.len() + usize::from(screen.back.is_some());
    if let Ok(n) = waymark_core::number::parse_count(&line).map(|n| n as usize)
        && (1..=count).contains(&n)
    {
        return Read::Event(match screen.actions.get(n - 1) {
            Some(a) => Event::Choose {
                action: a.id.clone(),
            },
            None => Event::Back,
        });
    }
    if kind == Some(InputKind::LongText) {
        // A pasted advert has several lines: read them all, up to an empty line.
        let mut text = zeroize::Zeroizing::new(line);
        while !text.is_empty() {
            let Some(more) = prompt.line() else {
                return Read::End;
            };
            if more.is_empty() {
                break;
            }
            text.push('\n');
            text.push_str(&more);
        }
        return Read::Event(Event::Submit {
            text: text.to_string(),
        });
    }
    if kind.is_some() {
        return Read::Event(Event::Submit { text: line });
    }
    Read::Invalid
}
