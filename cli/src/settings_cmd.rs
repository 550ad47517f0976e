//! `waymark settings`: the discretion settings (disguise, notifications, leave no trace).
//! The interactive screen is the app core's (bindings/src/app/settings.rs).

use clap::Subcommand;
use waymark::{DiscretionView, MessageArg, WaymarkError};

use crate::Shell;

#[derive(Subcommand)]
pub enum SettingsCommand {
    /// Show the discretion settings.
    Show,
    /// List the neutral names and icons the app can take.
    Disguises,
    /// Choose how the app looks on the home screen (an id from `settings disguises`).
    Disguise {
        /// The disguise's id, as `settings disguises` lists them.
        choice: String,
    },
    /// No notifications at all: on or off.
    Notifications {
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
    /// Leave no trace: while on, nothing at all is written. on or off.
    LeaveNoTrace {
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
}

pub fn run(shell: &Shell, cmd: SettingsCommand) -> Result<(), WaymarkError> {
    // The settings record lives in the vault: with a PIN set, unlock first.
    if !matches!(cmd, SettingsCommand::Disguises) {
        crate::vault_cmd::ensure_unlocked(shell, &mut Default::default())?;
    }
    let w = &shell.waymark;
    let view = match cmd {
        SettingsCommand::Show => w.discretion_settings()?,
        SettingsCommand::Disguises => {
            let list = w.disguises()?;
            if shell.out.json {
                return shell.out.json(&list);
            }
            for d in list {
                outln!("{}\t{}", d.id, d.name);
            }
            return Ok(());
        }
        SettingsCommand::Disguise { choice } => {
            w.discretion_settings()?;
            w.set_disguise(choice)?
        }
        // Turning notifications *off* is `notifications off`.
        SettingsCommand::Notifications { state } => {
            w.discretion_settings()?;
            w.set_notifications_off(state == "off")?
        }
        SettingsCommand::LeaveNoTrace { state } => {
            w.discretion_settings()?;
            w.set_leave_no_trace(state == "on")?
        }
    };
    if shell.out.json {
        return shell.out.json(&view);
    }
    print_settings(shell, &view);
    Ok(())
}

fn on_off(shell: &Shell, on: bool) -> String {
    shell
        .message(
            if on {
                "discretion-on"
            } else {
                "discretion-off"
            },
            vec![],
        )
        .map(|m| m.text)
        .unwrap_or_default()
}

fn line(shell: &Shell, id: &str, name: &str, value: String) -> String {
    shell
        .message(
            id,
            vec![MessageArg::Text {
                name: name.into(),
                value,
            }],
        )
        .map(|m| m.text)
        .unwrap_or_else(|_| id.to_owned())
}

fn print_settings(shell: &Shell, v: &DiscretionView) {
    outln!(
        "{}",
        line(
            shell,
            "discretion-disguise",
            "name",
            v.disguise.name.clone()
        )
    );
    outln!(
        "{}",
        line(
            shell,
            // "Notifications: on", never the double negative "No notifications: off".
            "discretion-notifications",
            "state",
            on_off(shell, !v.notifications_off)
        )
    );
    outln!(
        "{}",
        line(
            shell,
            "discretion-leave-no-trace",
            "state",
            on_off(shell, v.leave_no_trace)
        )
    );
}
