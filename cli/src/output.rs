//! Printing: JSON with stable field names for scripts, plain text for people. Errors go
//! to stdout as `{"error":{"kind","message"}}` with `--json`, else to stderr; exit 1.

use std::process::ExitCode;

use serde::Serialize;
use waymark::WaymarkError;

#[derive(Clone, Copy)]
pub struct Out {
    pub json: bool,
}

impl Out {
    pub fn json<T: Serialize>(&self, value: &T) -> Result<(), WaymarkError> {
        let text = serde_json::to_string_pretty(value).map_err(|_| WaymarkError::Storage {
            message: "output could not be written".into(),
        })?;
        println!("{text}");
        Ok(())
    }

    pub fn error(&self, e: &WaymarkError) -> ExitCode {
        print_error(e.kind().as_str(), e.message(), self.json)
    }
}

pub fn print_error(kind: &str, message: &str, json: bool) -> ExitCode {
    if json {
        let value = serde_json::json!({"error": {"kind": kind, "message": message}});
        println!("{value}");
    } else {
        eprintln!("waymark: {message}");
    }
    ExitCode::from(1)
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
            let first = e.to_string();
            let first = first.lines().next().unwrap_or("invalid arguments");
            print_error("invalid_input", first.trim_start_matches("error: "), true)
        }
        _ => {
            let _ = e.print();
            ExitCode::from(1)
        }
    }
}
