//! Printing: JSON with stable field names for scripts, plain text for people. Errors go
//! to stdout as `{"error":{"kind","message"}}` with `--json`, else to stderr; exit 1.
//!
//! Everything the shell prints goes through `outln!`/`out!` (stdout) and `errln!`/`err!`
//! (stderr), never `println!`: those panic when the reader has gone away
//! (`waymark learn modules | head -1`). Here a closed stdout is a normal end: nothing
//! more is printed, prompts see the end of the session, and the exit code is unchanged.
//! Any other failure to write (a full disk behind `> file`) is reported once at the end.

use std::fmt;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use waymark::WaymarkError;

/// Prints to stdout like `println!`, without panicking (see the module comment).
macro_rules! outln {
    () => {
        $crate::output::write_stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::output::write_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Prints to stdout like `print!`, without panicking.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::write_stdout(format_args!($($arg)*))
    };
}

/// Prints to stderr like `eprintln!`, without panicking.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::output::write_stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Prints to stderr like `eprint!`, without panicking.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::output::write_stderr(format_args!($($arg)*))
    };
}

/// Set once stdout cannot take more: its reader is gone or writing failed.
static CLOSED: AtomicBool = AtomicBool::new(false);
/// Set when writing failed for another reason than a gone reader.
static FAILED: AtomicBool = AtomicBool::new(false);

/// Set when the person typed `q` at a "Press Enter" pause: nothing more is shown and the
/// next prompt performs the quick exit.
static QUIT: AtomicBool = AtomicBool::new(false);

/// Set for data meant for programs (`--json`, an export): never wrapped, even on a
/// terminal, since a line break inside a JSON string or a CSV row would change the data.
static RAW: AtomicBool = AtomicBool::new(false);

/// From now on, stdout is data: written exactly as given.
pub fn set_raw() {
    RAW.store(true, Ordering::Relaxed);
}

pub fn write_stdout(args: fmt::Arguments) {
    if CLOSED.load(Ordering::Relaxed) || QUIT.load(Ordering::Relaxed) {
        return;
    }
    if RAW.load(Ordering::Relaxed) {
        return emit(&args.to_string());
    }
    // On a terminal, long lines wrap at words and long screens pause (see `layout`).
    let text = crate::layout::layout(&args.to_string(), &mut pause);
    emit(&text);
}

fn emit(text: &str) {
    if CLOSED.load(Ordering::Relaxed) || QUIT.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    // A prompt (`> `) has no newline: flush so it shows before the answer is read.
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        CLOSED.store(true, Ordering::Relaxed);
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            FAILED.store(true, Ordering::Relaxed);
        }
    }
}

/// A full screen was written: show it, say "Press Enter", and wait for a line.
fn pause(so_far: &str, prompt: &str) {
    use std::io::BufRead;
    use std::io::IsTerminal;
    emit(so_far);
    emit(&format!("{prompt} "));
    let mut line = zeroize::Zeroizing::new(Vec::new());
    // End of input is not an answer, but the screen must not stop: go on.
    let _ = std::io::stdin().lock().read_until(b'\n', &mut line);
    // A terminal echoes the Enter; piped input does not, so end the prompt's line here.
    if !std::io::stdin().is_terminal() {
        emit("\n");
    }
    if String::from_utf8_lossy(&line)
        .trim()
        .eq_ignore_ascii_case("q")
    {
        QUIT.store(true, Ordering::Relaxed);
    }
}

/// Whether `q` was typed at a pause: the session must quick-exit.
pub fn quit_requested() -> bool {
    QUIT.load(Ordering::Relaxed)
}

pub fn write_stderr(args: fmt::Arguments) {
    // Nowhere left to tell about a failing stderr.
    let _ = std::io::stderr().lock().write_fmt(args);
}

/// Whether stdout's reader has gone away (or stdout failed): the session should end.
pub fn closed() -> bool {
    CLOSED.load(Ordering::Relaxed)
}

/// Whether some output was lost for another reason than a reader that stopped reading.
pub fn failed() -> bool {
    FAILED.load(Ordering::Relaxed)
}

/// Writes `bytes` to `path` whole or not at all: into a new file beside it, synced, then
/// moved into place. Without `force` an existing file is never replaced (`AlreadyExists`);
/// the final link fails atomically if someone created the file meanwhile.
pub fn write_file_atomically(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
) -> std::io::Result<()> {
    use std::io::ErrorKind;
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(ErrorKind::AlreadyExists.into());
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let name = path.file_name().ok_or(ErrorKind::InvalidInput)?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if force {
            std::fs::rename(&tmp, path)
        } else {
            std::fs::hard_link(&tmp, path)?;
            std::fs::remove_file(&tmp)
        }
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[derive(Clone, Copy)]
pub struct Out {
    pub json: bool,
}

impl Out {
    pub fn json<T: Serialize>(&self, value: &T) -> Result<(), WaymarkError> {
        let text = serde_json::to_string_pretty(value).map_err(|_| WaymarkError::Storage {
            message: "output could not be written".into(),
        })?;
        outln!("{}", json_text(&text));
        Ok(())
    }

    pub fn error(&self, e: &WaymarkError) -> ExitCode {
        print_error(e.kind().as_str(), e.message(), self.json)
    }
}

/// JSON never carries direction isolation marks: a script's consumer lays the text out
/// itself, and the marks would be part of its data. serde_json writes U+2068/U+2069 as
/// themselves, so removing them from the serialized text removes them from every string.
pub fn json_text(serialized: &str) -> String {
    waymark_core::i18n::strip_isolation(serialized)
}

pub fn print_error(kind: &str, message: &str, json: bool) -> ExitCode {
    if json {
        let value = serde_json::json!({"error": {"kind": kind, "message": message}});
        outln!("{}", json_text(&value.to_string()));
    } else {
        errln!("waymark: {message}");
    }
    ExitCode::from(1)
}

/// A command-line error for scripts: the whole explanation (which argument is missing or
/// wrong, the possible values) on one line, and the same facts as fields:
/// `{"error":{"kind":"invalid_input","message":…,"argument":…,"possible_values":[…]}}`.
fn clap_error_json(e: &clap::Error) -> serde_json::Value {
    use clap::error::{ContextKind, ContextValue};
    let rendered = e.to_string();
    // Everything before the usage lines, joined: clap puts the missing arguments and the
    // possible values on lines after the first.
    let message = rendered
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("tip:"))
        .collect::<Vec<_>>()
        .join(" ");
    let message = message.trim_start_matches("error: ").to_owned();
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => vec![],
    };
    let mut error = serde_json::json!({"kind": "invalid_input", "message": message});
    let argument = strings(ContextKind::InvalidArg);
    if !argument.is_empty() {
        error["argument"] = serde_json::json!(argument.join(" "));
    }
    let possible = strings(ContextKind::ValidValue);
    if !possible.is_empty() {
        error["possible_values"] = serde_json::json!(possible);
    }
    let subcommands = strings(ContextKind::ValidSubcommand);
    if !subcommands.is_empty() {
        error["possible_values"] = serde_json::json!(subcommands);
    }
    serde_json::json!({ "error": error })
}

/// Help and version print as usual; a malformed command line is `invalid_input`.
pub fn clap_error(e: clap::Error, json: bool) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ if json => {
            set_raw();
            let value = clap_error_json(&e);
            outln!("{value}");
            ExitCode::from(1)
        }
        _ => {
            let _ = e.print();
            ExitCode::from(1)
        }
    }
}
