//! `waymark pin set|change|remove|set-duress|status` and `waymark wipe --yes`, and the
//! unlocking every command that needs the vault does first. PINs never come from an
//! argument (shell history, process lists): from `WAYMARK_PIN` (and `WAYMARK_NEW_PIN`,
//! `WAYMARK_DURESS_PIN`) for scripts, else one per line on stdin.

use std::io::{BufRead, IsTerminal};

use clap::{Args, Subcommand};
use serde::Serialize;
use waymark::WaymarkError;
use zeroize::Zeroizing;

use crate::Shell;

#[derive(Subcommand)]
pub enum PinCommand {
    /// Set a PIN (read from WAYMARK_PIN or stdin).
    Set,
    /// Change the PIN: the current one, then the new one (WAYMARK_PIN, WAYMARK_NEW_PIN).
    Change,
    /// Remove the PIN (the current one from WAYMARK_PIN or stdin).
    Remove,
    /// Set an emergency (duress) PIN: it opens an empty vault and destroys the real data.
    /// Reads the current PIN, then the duress PIN (WAYMARK_PIN, WAYMARK_DURESS_PIN).
    SetDuress,
    /// Whether a vault exists, is locked, has a PIN.
    Status,
}

#[derive(Args)]
pub struct WipeArgs {
    /// Confirms: delete everything saved, now and for good.
    #[arg(long)]
    yes: bool,
}

/// Where PINs come from: an environment variable, else the next line of stdin.
#[derive(Default)]
pub struct Pins {
    stdin: Option<std::io::Lines<std::io::StdinLock<'static>>>,
}

impl Pins {
    pub fn read(&mut self, shell: &Shell, env: &str, prompt_id: &str) -> Option<Zeroizing<String>> {
        if !env.is_empty()
            && let Ok(v) = std::env::var(env)
            && !v.is_empty()
        {
            return Some(Zeroizing::new(v));
        }
        if std::io::stdin().is_terminal() {
            // Typed at a terminal: not shown on the screen.
            err!("{} ", shell.text(prompt_id));
            return rpassword::read_password().ok().map(Zeroizing::new);
        }
        let lines = self
            .stdin
            .get_or_insert_with(|| std::io::stdin().lock().lines());
        let line = Zeroizing::new(lines.next()?.ok()?);
        Some(Zeroizing::new(
            line.trim_end_matches(['\r', '\n']).to_owned(),
        ))
    }
}

/// While leave no trace is on, what a command "saved" is kept in memory only: says so
/// (instead of "Saved.") so nobody believes it is still there after Waymark closes.
pub fn kept_until_close(shell: &Shell) -> bool {
    if shell.waymark.leave_no_trace_active() {
        if !shell.out.json {
            outln!("{}", shell.text("vault-kept-until-close"));
        }
        return true;
    }
    false
}

/// A new PIN: read once from `WAYMARK_PIN`-style variables (scripts), or typed twice at a
/// terminal, where a typo would otherwise lock a person out of their own vault.
fn read_new_pin(
    shell: &Shell,
    pins: &mut Pins,
    env: &str,
    prompt_id: &str,
) -> Result<Zeroizing<String>, WaymarkError> {
    let from_env = std::env::var(env).is_ok_and(|v| !v.is_empty());
    let pin = pins
        .read(shell, env, prompt_id)
        .ok_or_else(|| missing_pin(shell, false))?;
    if !from_env && std::io::stdin().is_terminal() {
        let again = pins
            .read(shell, "", &format!("{prompt_id}-again"))
            .ok_or_else(|| missing_pin(shell, false))?;
        if *again != *pin {
            return Err(pins_differ(shell));
        }
    }
    Ok(pin)
}

fn pins_differ(shell: &Shell) -> WaymarkError {
    WaymarkError::InvalidInput {
        message: shell.text("shell-pin-mismatch"),
    }
}

fn missing_pin(shell: &Shell, locked: bool) -> WaymarkError {
    if locked {
        WaymarkError::Locked {
            message: shell.text("error-locked"),
        }
    } else {
        WaymarkError::InvalidInput {
            message: shell.text("error-invalid-input"),
        }
    }
}

/// Unlocks the vault with WAYMARK_PIN or a PIN from stdin when a PIN is set and not yet
/// entered; does nothing otherwise.
pub fn ensure_unlocked(shell: &Shell, pins: &mut Pins) -> Result<(), WaymarkError> {
    if shell.waymark.vault_status()?.locked {
        let pin = pins
            .read(shell, "WAYMARK_PIN", "vault-enter-pin")
            .ok_or_else(|| missing_pin(shell, true))?;
        shell.waymark.unlock(pin.to_string())?;
    }
    Ok(())
}

fn done(shell: &Shell, message_id: &str) -> Result<(), WaymarkError> {
    if shell.out.json {
        return shell.out.json(&shell.waymark.vault_status()?);
    }
    outln!("{}", shell.text(message_id));
    Ok(())
}

pub fn pin(shell: &Shell, cmd: PinCommand) -> Result<(), WaymarkError> {
    let mut pins = Pins::default();
    let w = &shell.waymark;
    match cmd {
        PinCommand::Status => {
            let s = w.vault_status()?;
            if shell.out.json {
                return shell.out.json(&s);
            }
            outln!(
                "exists: {}\nlocked: {}\nhas_pin: {}\nretry_after_seconds: {}",
                s.exists,
                s.locked,
                s.has_pin,
                s.retry_after_seconds
            );
            Ok(())
        }
        PinCommand::Set => {
            let new = read_new_pin(shell, &mut pins, "WAYMARK_PIN", "vault-enter-new-pin")?;
            w.set_pin(new.to_string())?;
            done(shell, "vault-pin-set")
        }
        PinCommand::Change => {
            let old = pins
                .read(shell, "WAYMARK_PIN", "vault-enter-pin")
                .ok_or_else(|| missing_pin(shell, true))?;
            w.unlock(old.to_string())?;
            let new = read_new_pin(shell, &mut pins, "WAYMARK_NEW_PIN", "vault-enter-new-pin")?;
            w.change_pin(old.to_string(), new.to_string())?;
            done(shell, "vault-pin-changed")
        }
        PinCommand::Remove => {
            let old = pins
                .read(shell, "WAYMARK_PIN", "vault-enter-pin")
                .ok_or_else(|| missing_pin(shell, true))?;
            w.unlock(old.to_string())?;
            w.remove_pin(old.to_string())?;
            done(shell, "vault-pin-removed")
        }
        PinCommand::SetDuress => {
            ensure_unlocked(shell, &mut pins)?;
            let duress = read_new_pin(
                shell,
                &mut pins,
                "WAYMARK_DURESS_PIN",
                "vault-enter-duress-pin",
            )?;
            w.set_duress_pin(duress.to_string())?;
            done(shell, "vault-duress-set")
        }
    }
}

pub fn wipe(shell: &Shell, args: WipeArgs) -> Result<(), WaymarkError> {
    if !args.yes {
        return Err(WaymarkError::InvalidInput {
            message: shell.text("vault-wipe-needs-yes"),
        });
    }
    shell.waymark.wipe()?;
    if shell.out.json {
        #[derive(Serialize)]
        struct Wiped {
            wiped: bool,
        }
        return shell.out.json(&Wiped { wiped: true });
    }
    outln!("{}", shell.text("vault-wiped"));
    Ok(())
}
