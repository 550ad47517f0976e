//! Long screens on a terminal: lines wrap at word boundaries to the terminal's width, and
//! an interactive session pauses ("Press Enter") before a screen scrolls its top out of
//! sight. Output that is not a terminal (a pipe, a file, a script) is never wrapped or
//! paused, so scripts get whole lines.
//!
//! `WAYMARK_FORCE_TERMINAL=1` treats stdout as a terminal (for tests, which read through
//! a pipe); `COLUMNS` and `LINES` give the size, else the terminal is asked, else 80×24.

use std::io::IsTerminal;
use std::sync::Mutex;

/// The narrowest width wrapped to: below it, words would be broken more than kept.
const MIN_WIDTH: usize = 20;

struct State {
    /// `None` when output is not a terminal: text passes through untouched.
    width: Option<usize>,
    rows: usize,
    /// Display columns used on the current line.
    column: usize,
    /// Where continuation lines start: the line's own indent, or after `  1. `.
    indent: usize,
    /// Spaces seen after a word, written only if another word follows on this line.
    spaces: usize,
    /// Whether the current line holds only its indentation so far.
    line_start: bool,
    /// The first word on the line was a list number (`12.`): the next space ends the hang.
    numbered: bool,
    /// Lines written since the person last answered.
    lines: usize,
    /// The localized "Press Enter" text, set by the interactive session: pausing is on
    /// only then (a one-shot command ends and leaves its output to scroll back to).
    pause_text: Option<String>,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

fn env_number(name: &str) -> Option<usize> {
    std::env::var(name)
        .ok()?
        .trim()
        .parse()
        .ok()
        .filter(|n| *n > 0)
}

fn forced() -> bool {
    std::env::var_os("WAYMARK_FORCE_TERMINAL").is_some_and(|v| v == "1")
}

/// Whether stdout is a terminal (or is treated as one by the test switch).
pub fn is_terminal() -> bool {
    forced() || std::io::stdout().is_terminal()
}

#[cfg(unix)]
fn terminal_size() -> Option<(usize, usize)> {
    // SAFETY: TIOCGWINSZ writes one `winsize` into the struct it is given, which lives for
    // the call; on failure (not a terminal) it returns -1 and the struct is ignored.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0 && size.ws_row > 0)
        .then(|| (usize::from(size.ws_col), usize::from(size.ws_row)))
}

#[cfg(not(unix))]
fn terminal_size() -> Option<(usize, usize)> {
    None
}

fn new_state() -> State {
    let (width, rows) = if is_terminal() {
        let asked = terminal_size();
        let width = env_number("COLUMNS").or(asked.map(|a| a.0)).unwrap_or(80);
        let rows = env_number("LINES").or(asked.map(|a| a.1)).unwrap_or(24);
        (Some(width.max(MIN_WIDTH)), rows.max(3))
    } else {
        (None, 0)
    };
    State {
        width,
        rows,
        column: 0,
        indent: 0,
        spaces: 0,
        line_start: true,
        numbered: false,
        lines: 0,
        pause_text: None,
    }
}

/// The columns a character takes: none for combining marks (Arabic vowel signs, accents
/// typed apart), direction marks and control characters; one otherwise.
pub fn char_width(c: char) -> usize {
    let zero = c.is_control()
        || matches!(c as u32,
            0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0591..=0x05BD
            | 0x0610..=0x061A
            | 0x061C
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7..=0x06E8
            | 0x06EA..=0x06ED
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2069
            | 0xFE00..=0xFE0F
            | 0xFEFF);
    usize::from(!zero)
}

/// `text` wrapped to `width`, on its own (the pause prompt).
fn wrapped(text: &str, width: usize) -> String {
    let mut state = State {
        width: Some(width),
        rows: usize::MAX,
        column: 0,
        indent: 0,
        spaces: 0,
        line_start: true,
        numbered: false,
        lines: 0,
        pause_text: None,
    };
    state.feed(text, &mut |_, _| {})
}

pub fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// Turns on the pause before a screen scrolls away, with its localized prompt.
pub fn set_pause_text(text: String) {
    if let Ok(mut state) = STATE.lock() {
        state.get_or_insert_with(new_state).pause_text = Some(text);
    }
}

/// The person answered: the next screen starts counting from the top. A terminal echoed
/// their Enter, so the next text starts a new line; piped answers are not echoed.
pub fn answered() {
    if let Ok(mut state) = STATE.lock()
        && let Some(s) = state.as_mut()
    {
        s.lines = 0;
        if std::io::stdin().is_terminal() {
            s.column = 0;
            s.indent = 0;
            s.spaces = 0;
            s.line_start = true;
            s.numbered = false;
        }
    }
}

/// What to write for `text`: wrapped on a terminal, as given otherwise. `pause` is called
/// with the text written so far whenever a full screen is reached.
pub fn layout(text: &str, pause: &mut dyn FnMut(&str, &str)) -> String {
    let Ok(mut guard) = STATE.lock() else {
        return text.to_owned();
    };
    let state = guard.get_or_insert_with(new_state);
    if state.width.is_none() {
        return text.to_owned();
    }
    state.feed(text, pause)
}

impl State {
    fn feed(&mut self, text: &str, pause: &mut dyn FnMut(&str, &str)) -> String {
        let width = self.width.unwrap_or(usize::MAX);
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if c == '\n' {
                self.newline(&mut out, pause);
                rest = &rest[1..];
            } else if c == ' ' {
                if self.line_start {
                    out.push(' ');
                    self.column += 1;
                    self.indent = self.column;
                } else {
                    self.spaces += 1;
                    if self.numbered {
                        self.numbered = false;
                        self.indent = (self.column + 1).min(width / 2);
                    }
                }
                rest = &rest[1..];
            } else {
                let end = rest.find([' ', '\n']).unwrap_or(rest.len());
                self.word(&rest[..end], width, &mut out, pause);
                rest = &rest[end..];
            }
        }
        // A prompt (`> `) ends in a space: keep it if it fits.
        if self.spaces > 0 && self.column + self.spaces <= width {
            out.push_str(&" ".repeat(self.spaces));
            self.column += self.spaces;
        }
        self.spaces = 0;
        out
    }

    fn newline(&mut self, out: &mut String, pause: &mut dyn FnMut(&str, &str)) {
        out.push('\n');
        self.column = 0;
        self.indent = 0;
        self.spaces = 0;
        self.line_start = true;
        self.numbered = false;
        self.lines += 1;
        // Leave the last rows for the pause prompt itself (wrapped like any text).
        if let Some(prompt) = &self.pause_text {
            let prompt = wrapped(prompt, self.width.unwrap_or(usize::MAX));
            if self.lines + prompt.lines().count() >= self.rows {
                pause(out, &prompt);
                out.clear();
                self.lines = 0;
            }
        }
    }

    fn word(
        &mut self,
        word: &str,
        width: usize,
        out: &mut String,
        pause: &mut dyn FnMut(&str, &str),
    ) {
        let w = text_width(word);
        let first = self.line_start;
        if !first && self.column + self.spaces + w > width {
            self.wrap(out, pause);
        } else {
            out.push_str(&" ".repeat(self.spaces));
            self.column += self.spaces;
        }
        self.spaces = 0;
        self.line_start = false;
        if first {
            // `12.` or a bullet: continuation lines hang under the text after it.
            self.numbered = matches!(word, "-" | "•" | "*")
                || (word.len() > 1
                    && word.ends_with('.')
                    && word[..word.len() - 1].bytes().all(|b| b.is_ascii_digit()));
        }
        // A word longer than the line (a long address) is cut where the line ends.
        for c in word.chars() {
            let cw = char_width(c);
            if self.column + cw > width && self.column > self.indent {
                self.wrap(out, pause);
            }
            out.push(c);
            self.column += cw;
        }
    }

    /// Ends the line and starts a continuation line at the indent.
    fn wrap(&mut self, out: &mut String, pause: &mut dyn FnMut(&str, &str)) {
        let indent = self.indent;
        self.newline(out, pause);
        out.push_str(&" ".repeat(indent));
        self.column = indent;
        self.indent = indent;
        self.line_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> String {
        wrapped(text, width)
    }

    #[test]
    fn words_wrap_whole_with_their_indent() {
        assert_eq!(
            wrap("Waymark keeps nothing you type here.\n", 20),
            "Waymark keeps\nnothing you type\nhere.\n"
        );
        assert_eq!(
            wrap("  3. Check a job offer privately\n", 20),
            "  3. Check a job\n     offer privately\n"
        );
        assert_eq!(wrap("abcdefghijkl\n", 5), "abcde\nfghij\nkl\n");
        assert_eq!(wrap("- one two three\n", 10), "- one two\n  three\n");
    }

    #[test]
    fn arabic_wraps_at_spaces_and_marks_take_no_room() {
        let text = "هذا نص عربي طويل يلتف عند المسافات\n";
        for line in wrap(text, 12).lines() {
            assert!(text_width(line) <= 12, "{line}");
            assert!(!line.starts_with(' '));
        }
        assert_eq!(text_width("\u{2068}12\u{2069}"), 2);
        assert_eq!(text_width("مُ"), 1);
    }
}
