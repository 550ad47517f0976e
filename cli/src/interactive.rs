//! Reading what a person types in the interactive session (`app_shell.rs` renders the
//! app core's screens): plain lines, no colour, no cursor tricks, so it works with screen
//! readers; PINs unseen at a terminal. `q` at any prompt is the quick exit: the screen is
//! cleared (on a terminal) and the program ends.

use std::io::{BufRead, IsTerminal};

use zeroize::Zeroizing;

use crate::Shell;

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
        self.shell.text(id)
    }

    /// A message with one text argument.
    pub fn text_with(&self, id: &str, name: &str, value: &str) -> String {
        self.shell.text_with(id, name, value)
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
