//! `waymark locales`, `waymark locale resolve`, `waymark message`.

use clap::{Args, Subcommand};
use serde::Serialize;
use waymark::{MessageArg, WaymarkError};

use crate::Shell;

#[derive(Subcommand)]
pub enum LocaleCommand {
    /// Negotiate language tags (most preferred first) into a fallback chain.
    Resolve {
        /// Language tags like fr-HT, sw or en_JM, most preferred first.
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

/// Why an argument could not be used.
pub enum BadArg {
    /// Not `name=value`.
    Shape,
    /// A number past the one maximum every typed number has.
    TooLarge,
}

/// `name=value`: a number (digits of any script, or a decimal like `-2.5`) is passed as a
/// number so plurals select; anything else as text. Numbers beyond
/// [`waymark_core::number::MAX_COUNT`] are refused rather than printed as `1e23`.
pub fn parse_arg(raw: &str) -> Result<MessageArg, BadArg> {
    use waymark_core::number::{MAX_COUNT, NumberError, parse_count};
    let (name, value) = raw.split_once('=').ok_or(BadArg::Shape)?;
    if name.is_empty() {
        return Err(BadArg::Shape);
    }
    let number = match parse_count(value) {
        Ok(n) => Some(f64::from(n)),
        Err(NumberError::TooLarge { .. }) => return Err(BadArg::TooLarge),
        Err(_) => value.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
    };
    Ok(match number {
        Some(n) if n.abs() > f64::from(MAX_COUNT) => return Err(BadArg::TooLarge),
        Some(n) => MessageArg::Number {
            name: name.to_owned(),
            value: n,
        },
        None => MessageArg::Text {
            name: name.to_owned(),
            value: value.to_owned(),
        },
    })
}

pub fn message(shell: &Shell, args: MessageArgs) -> Result<(), WaymarkError> {
    let mut parsed = Vec::new();
    for raw in &args.args {
        match parse_arg(raw) {
            Ok(a) => parsed.push(a),
            Err(BadArg::Shape) => {
                let text = shell.message("error-bad-argument", vec![])?;
                return Err(WaymarkError::InvalidInput { message: text.text });
            }
            Err(BadArg::TooLarge) => {
                // The same refusal as any typed number past the maximum.
                let max = waymark_core::number::MAX_COUNT.to_string();
                return Err(WaymarkError::InvalidInput {
                    message: shell.text_with("error-number-too-large", "max", max),
                });
            }
        }
    }
    let chain = shell.chain()?;
    // Strict: a message missing one of its arguments is an error, not `{$count}`.
    let view = shell.message_strict(&args.id, chain, parsed)?;
    if shell.out.json {
        return shell.out.json(&view);
    }
    outln!("{}", view.text);
    Ok(())
}
