//! The terminal's own messages (`content/l10n/<locale>/terminal/`): the words of its
//! commands and prompts and of pack authoring, which the phones never show. The core's
//! embedded content leaves them out, so the phones' library does not carry them; they are
//! compiled in here (`cli/build.rs`) and used when the content in use has no such message
//! (a `--content-dir` folder's own `terminal/` files come first). `waymark content check`
//! checks them with every other message.

use std::sync::OnceLock;

use waymark::{MessageArg, MessageView};
use waymark_core::content::{ContentSource, MANIFEST, Manifest};
use waymark_core::i18n::{Args, I18nError, Localizer, Value};

/// `(content path, text)` of every `l10n/<locale>/terminal/*.ftl`.
pub static FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/terminal_messages.rs"));

/// The terminal's messages in the embedded content's languages (their directions and
/// fallbacks), built on first use.
fn localizer() -> Option<&'static Localizer> {
    static L10N: OnceLock<Option<Localizer>> = OnceLock::new();
    L10N.get_or_init(|| {
        let manifest: Manifest = ContentSource::embedded().parse_toml(MANIFEST).ok()?;
        let files = FILES
            .iter()
            .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()));
        Localizer::new(&ContentSource::from_files(files), &manifest).ok()
    })
    .as_ref()
}

/// Formats a terminal message in `chain` (resolved language ids, most preferred first);
/// `strict`: a variable `args` lacks is an error, as for `waymark message`.
pub fn format(
    chain: &[String],
    id: &str,
    args: &[MessageArg],
    strict: bool,
) -> Result<MessageView, I18nError> {
    let l10n = localizer().ok_or_else(|| I18nError::UnknownMessage(id.to_owned()))?;
    let mut fluent = Args::new();
    for a in args {
        match a {
            MessageArg::Text { name, value } => {
                fluent.set(name.clone(), Value::from(value.clone()))
            }
            MessageArg::Number { name, value } => fluent.set(name.clone(), Value::from(*value)),
        }
    }
    let localized = if strict {
        l10n.format_strict(chain, id, Some(&fluent))
    } else {
        l10n.format(chain, id, Some(&fluent))
    }?;
    Ok(MessageView {
        text: localized.text,
        locale: localized.locale,
    })
}
