//! The interactive session: numbered menus over a plain terminal. No colour, no cursor
//! tricks, one question at a time, so it works with screen readers. `q` at any prompt is
//! the quick exit: the screen is cleared (on a terminal) and the program ends.

use std::io::{BufRead, IsTerminal};

use waymark::{MessageArg, WaymarkError};
use zeroize::Zeroizing;

use crate::Shell;

/// What a menu action asks the session to do next.
pub enum Flow {
    Continue,
    Quit,
}

/// What `Prompt::pick` got.
pub enum Pick {
    One(usize),
    /// The list was empty ("nothing here yet" was shown): go back.
    Nothing,
    /// Quick exit or end of input.
    Leave,
}

/// Reads answers line by line; `None` means quick exit or end of input.
pub struct Prompt<'a> {
    shell: &'a Shell,
    /// Set by `q`: the session ends with nothing more on the screen (no goodbye).
    pub exited: bool,
}

impl<'a> Prompt<'a> {
    pub fn new(shell: &'a Shell) -> Self {
        Self {
            shell,
            exited: false,
        }
    }

    pub fn text(&self, id: &str) -> String {
        self.shell
            .waymark
            .message(id.to_owned(), vec![])
            .map(|m| m.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    /// A message with one text argument.
    pub fn text_with(&self, id: &str, name: &str, value: &str) -> String {
        let arg = MessageArg::Text {
            name: name.to_owned(),
            value: value.to_owned(),
        };
        self.shell
            .waymark
            .message(id.to_owned(), vec![arg])
            .map(|m| m.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    pub fn say(&self, id: &str) {
        outln!("{}", self.text(id));
    }

    /// One line of input, trimmed; `None` for quick exit (`q`) or end of input.
    pub fn line(&mut self) -> Option<String> {
        if crate::output::quit_requested() {
            // `q` at a "Press Enter" pause.
            return self.unless_quit(String::from("q"));
        }
        if crate::output::closed() {
            // Nobody reads the screen any more (`waymark | head`): end the session.
            return None;
        }
        out!("> ");
        // Bytes that are not UTF-8 (a terminal in another encoding) become U+FFFD: the
        // answer is then simply not a choice, instead of ending the session.
        let mut bytes = Zeroizing::new(Vec::new());
        // Locked per line: a "Press Enter" pause reads from the same buffered stdin.
        let read = std::io::stdin().lock().read_until(b'\n', &mut bytes);
        crate::layout::answered();
        match read {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        let line = String::from_utf8_lossy(&bytes).trim().to_owned();
        self.unless_quit(line)
    }

    /// A PIN: like `line`, but on a terminal what is typed is not shown (anyone nearby
    /// could read it). Piped input (scripts, tests) is read as plain lines.
    pub fn secret(&mut self) -> Option<Zeroizing<String>> {
        if !std::io::stdin().is_terminal() {
            return self.line().map(Zeroizing::new);
        }
        if crate::output::closed() || crate::output::quit_requested() {
            return self.line().map(Zeroizing::new);
        }
        out!("> ");
        let typed = Zeroizing::new(rpassword::read_password().ok()?);
        crate::layout::answered();
        let pin = Zeroizing::new(typed.trim().to_owned());
        if pin.eq_ignore_ascii_case("q") {
            self.unless_quit(String::from("q"));
            return None;
        }
        Some(pin)
    }

    /// `q` is the quick exit: clears the screen and ends the session.
    fn unless_quit(&mut self, line: String) -> Option<String> {
        if line.eq_ignore_ascii_case("q") {
            // Never fails (the core's quick exit forgets in memory only).
            let _ = self.shell.waymark.quick_exit();
            self.exited = true;
            quick_exit();
            return None;
        }
        Some(line)
    }

    /// Shows numbered choices and returns the index picked; `None` to leave. For fixed
    /// menus (they always have "Back"); a list built from data, which can be empty, uses
    /// `pick`.
    pub fn choose(&mut self, title: &str, choices: &[String]) -> Option<usize> {
        match self.pick(title, choices) {
            Pick::One(i) => Some(i),
            Pick::Nothing | Pick::Leave => None,
        }
    }

    /// Like `choose`, for a list that can be empty: then it says "nothing here yet" and
    /// gives `Pick::Nothing` (go back) instead of asking for a number no one can type.
    pub fn pick(&mut self, title: &str, choices: &[String]) -> Pick {
        if choices.is_empty() {
            outln!();
            outln!("{title}");
            self.say("terminal-nothing-here");
            return Pick::Nothing;
        }
        loop {
            outln!();
            outln!("{title}");
            for (i, c) in choices.iter().enumerate() {
                outln!("  {}. {c}", i + 1);
            }
            self.say("menu-prompt");
            let Some(answer) = self.line() else {
                return Pick::Leave;
            };
            // Digits of any script: `١` picks the first entry in Arabic.
            match waymark_core::number::parse_count(&answer).map(|n| n as usize) {
                Ok(n) if (1..=choices.len()).contains(&n) => return Pick::One(n - 1),
                _ => self.say("menu-invalid-choice"),
            }
        }
    }
}

/// Clears the screen on a terminal so nothing stays visible, then ends the session.
pub fn quick_exit() {
    if std::io::stdout().is_terminal() {
        // Written directly: output may be stopped already (`q` at a pause).
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(b"\x1b[2J\x1b[3J\x1b[H");
        let _ = stdout.flush();
    }
}

type Action = fn(&Shell, &mut Prompt) -> Result<Flow, WaymarkError>;

/// The main menu, in order. Each feature adds its entry here.
fn main_menu() -> Vec<(&'static str, Action)> {
    vec![
        ("menu-language", choose_language),
        ("menu-quit", |_, _| Ok(Flow::Quit)),
    ]
}

fn choose_language(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    let locales = shell.waymark.locales()?;
    let names: Vec<String> = locales.iter().map(|l| l.native_name.clone()).collect();
    let title = prompt.text("menu-choose-language");
    let Some(i) = prompt.choose(&title, &names) else {
        return Ok(Flow::Quit);
    };
    shell.waymark.set_locales(vec![locales[i].id.clone()])?;
    Ok(Flow::Continue)
}

pub fn run(shell: &Shell) -> Result<(), WaymarkError> {
    let mut prompt = Prompt::new(shell);
    prompt.say("app-name");
    prompt.say("app-tagline");
    prompt.say("app-offline-note");
    prompt.say("menu-quick-exit-hint");
    if shell.locale.is_none()
        && let Flow::Quit = choose_language(shell, &mut prompt)?
    {
        return Ok(());
    }
    let menu = main_menu();
    loop {
        // In the current language: the session pauses before a long screen scrolls away.
        if crate::layout::is_terminal() {
            crate::layout::set_pause_text(prompt.text("terminal-press-enter"));
        }
        let current = shell.waymark.current_locale()?;
        if let Some(note) = &current.review_note {
            outln!();
            outln!("({note})");
        }
        let name = shell
            .waymark
            .locales()?
            .into_iter()
            .find(|l| l.id == current.id)
            .map(|l| l.native_name)
            .unwrap_or_default();
        let language = shell.waymark.message(
            "menu-current-language".into(),
            vec![MessageArg::Text {
                name: "language".into(),
                value: name,
            }],
        )?;
        outln!("{}", language.text);
        let labels: Vec<String> = menu.iter().map(|(id, _)| prompt.text(id)).collect();
        let title = prompt.text("menu-main-title");
        let Some(i) = prompt.choose(&title, &labels) else {
            return Ok(());
        };
        match (menu[i].1)(shell, &mut prompt) {
            Ok(Flow::Continue) => {}
            Ok(Flow::Quit) => {
                if !prompt.exited {
                    prompt.say("menu-goodbye");
                }
                return Ok(());
            }
            // Something went wrong inside a screen (a locked vault, a full disk): say why
            // and come back to the main menu instead of closing the whole session.
            Err(e) => {
                outln!();
                outln!("{}", e.message());
            }
        }
    }
}
