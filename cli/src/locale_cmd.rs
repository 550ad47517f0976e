//! `waymark locales`, `waymark locale resolve`, `waymark message`.

use clap::{Args, Subcommand};
use serde::Serialize;
use waymark::{MessageArg, WaymarkError};

use crate::Shell;

#[derive(Subcommand)]
pub enum LocaleCommand {
    /// Negotiate language tags (most preferred first) into a fallback chain.
    Resolve {
        #[arg(required = true)]
        tags: Vec<String>,
    },
}

#[derive(Args)]
pub struct MessageArgs {
    /// The message id, or `message.attribute`.
    id: String,
    /// A named argument; numbers are passed as numbers: `--arg count=3`.
    #[arg(long = "arg", value_name = "NAME=VALUE")]
    args: Vec<String>,
}

pub fn locales(shell: &Shell) -> Result<(), WaymarkError> {
    let locales = shell.waymark.locales()?;
    if shell.out.json {
        return shell.out.json(&locales);
    }
    for l in locales {
        outln!(
            "{}\t{}\t{}\t{}\t{}",
            l.id,
            l.native_name,
            l.english_name,
            l.status,
            l.chain.join(" → ")
        );
    }
    Ok(())
}

pub fn run(shell: &Shell, cmd: LocaleCommand) -> Result<(), WaymarkError> {
    match cmd {
        LocaleCommand::Resolve { tags } => {
            #[derive(Serialize)]
            struct Out {
                chain: Vec<String>,
                ignored: Vec<String>,
                region: Option<String>,
            }
            let r = shell.waymark.resolve_locales(tags)?;
            if shell.out.json {
                return shell.out.json(&Out {
                    chain: r.chain,
                    ignored: r.ignored,
                    region: r.region,
                });
            }
            outln!("{}", r.chain.join(" → "));
            if !r.ignored.is_empty() {
                outln!("ignored: {}", r.ignored.join(" "));
            }
            Ok(())
        }
    }
}

pub fn parse_arg(raw: &str) -> Option<MessageArg> {
    let (name, value) = raw.split_once('=')?;
    if name.is_empty() {
        return None;
    }
    Some(match value.parse::<f64>() {
        Ok(n) if n.is_finite() => MessageArg::Number {
            name: name.to_owned(),
            value: n,
        },
        _ => MessageArg::Text {
            name: name.to_owned(),
            value: value.to_owned(),
        },
    })
}

pub fn message(shell: &Shell, args: MessageArgs) -> Result<(), WaymarkError> {
    let mut parsed = Vec::new();
    for raw in &args.args {
        match parse_arg(raw) {
            Some(a) => parsed.push(a),
            None => {
                let text = shell.waymark.message("error-bad-argument".into(), vec![])?;
                return Err(WaymarkError::InvalidInput { message: text.text });
            }
        }
    }
    let chain = shell.chain()?;
    let view = shell.waymark.message_in(args.id, chain, parsed)?;
    if shell.out.json {
        return shell.out.json(&view);
    }
    outln!("{}", view.text);
    Ok(())
}
