//! Languages and messages: what the language picker and every screen's text need.

use serde::Serialize;
use waymark_core::content::{Direction, ReviewStatus};
use waymark_core::i18n::{self, Args, Value};

use crate::{Waymark, WaymarkError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    Ltr,
    Rtl,
}

impl From<Direction> for TextDirection {
    fn from(d: Direction) -> Self {
        match d {
            Direction::Ltr => TextDirection::Ltr,
            Direction::Rtl => TextDirection::Rtl,
        }
    }
}

/// One language in the picker, named in its own language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct LocaleView {
    pub id: String,
    pub native_name: String,
    pub english_name: String,
    pub direction: TextDirection,
    /// `draft` or `reviewed`: draft locales show a "translation under review" note.
    pub status: String,
    pub chain: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct LocaleResolution {
    pub chain: Vec<String>,
    pub ignored: Vec<String>,
    pub region: Option<String>,
}

impl From<i18n::Resolution> for LocaleResolution {
    fn from(r: i18n::Resolution) -> Self {
        Self {
            chain: r.chain,
            ignored: r.ignored,
            region: r.region,
        }
    }
}

/// A named argument for a message: numbers stay numbers so plurals work.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum MessageArg {
    Text { name: String, value: String },
    Number { name: String, value: f64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct MessageView {
    pub text: String,
    /// The locale that answered (a fallback when the preferred one lacks the message).
    pub locale: String,
}

/// What the shell needs to lay out screens in the current language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurrentLocaleView {
    pub id: String,
    pub direction: TextDirection,
    pub chain: Vec<String>,
    pub region: Option<String>,
    /// The localized "translation under review" note for draft locales, else none.
    pub review_note: Option<String>,
}

pub(crate) fn fluent_args(args: &[MessageArg]) -> Args<'static> {
    let mut out = Args::new();
    for a in args {
        match a {
            MessageArg::Text { name, value } => out.set(name.clone(), Value::from(value.clone())),
            MessageArg::Number { name, value } => out.set(name.clone(), Value::from(*value)),
        }
    }
    out
}

#[uniffi::export]
impl Waymark {
    /// The languages the content ships (and pseudo-locales in developer mode).
    pub fn locales(&self) -> Result<Vec<LocaleView>, WaymarkError> {
        Ok(self
            .content
            .l10n
            .locales(self.developer)
            .into_iter()
            .map(|l| LocaleView {
                id: l.id,
                native_name: l.native_name,
                english_name: l.english_name,
                direction: l.direction.into(),
                status: l.status.as_str().to_owned(),
                chain: l.chain,
            })
            .collect())
    }

    /// Sets the language the app speaks; returns the chain now in use.
    pub fn set_locales(&self, tags: Vec<String>) -> Result<LocaleResolution, WaymarkError> {
        let resolution = self.content.l10n.resolve(&tags, self.developer);
        self.set_resolution(resolution.clone());
        Ok(resolution.into())
    }

    /// Formats a message in the current language.
    pub fn message(&self, id: String, args: Vec<MessageArg>) -> Result<MessageView, WaymarkError> {
        let chain = self.chain();
        self.format_in(&chain, &id, &args)
    }

    /// Formats a message in the given languages (most preferred first). A malformed tag or
    /// a language with no content is `invalid_input`.
    pub fn message_in(
        &self,
        id: String,
        locales: Vec<String>,
        args: Vec<MessageArg>,
    ) -> Result<MessageView, WaymarkError> {
        let chain = self.strict_chain(&locales)?;
        self.format_in(&chain, &id, &args)
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// Negotiates language tags (most preferred first) without changing anything.
    pub fn resolve_locales(&self, tags: Vec<String>) -> Result<LocaleResolution, WaymarkError> {
        Ok(self.content.l10n.resolve(&tags, self.developer).into())
    }

    pub fn current_locale(&self) -> Result<CurrentLocaleView, WaymarkError> {
        let (chain, region) = self.chain_and_region();
        let id = chain
            .first()
            .cloned()
            .unwrap_or_else(|| i18n::DEFAULT_LOCALE.to_owned());
        let draft = self
            .content
            .l10n
            .info(&id)
            .is_none_or(|l| l.status == ReviewStatus::Draft);
        let review_note = draft
            .then(|| {
                self.content
                    .l10n
                    .format(&chain, "translation-under-review", None)
                    .ok()
            })
            .flatten()
            .map(|l| l.text);
        Ok(CurrentLocaleView {
            direction: self.content.l10n.direction(&id).into(),
            id,
            chain,
            region,
            review_note,
        })
    }

    /// A whole number as a person typed it, in any script's digits (`١٢`, `१२`, `12`):
    /// 0 up to the documented maximum (1,000,000). For every numeric field (how many people
    /// are present, scores, a menu choice). Anything else is `invalid_input` saying what
    /// to type.
    pub fn parse_number(&self, text: String) -> Result<u32, WaymarkError> {
        waymark_core::number::parse_count(&text).map_err(|e| self.error(&e))
    }

    /// Several numbers typed as `3,5,4` (the Arabic comma `،` too), e.g. quiz scores.
    pub fn parse_numbers(&self, text: String) -> Result<Vec<u32>, WaymarkError> {
        waymark_core::number::parse_counts(&text).map_err(|e| self.error(&e))
    }

    /// The version of the content in use (from its manifest).
    pub fn content_version(&self) -> Result<String, WaymarkError> {
        Ok(self.content.manifest.content.version.clone())
    }
}

impl Waymark {
    /// Like `message_in`, but a variable the message needs and `args` lacks is an error
    /// (for scripts: the terminal shell's `waymark message`). Not exported: the phones
    /// always pass their arguments and fall back to the lenient form.
    pub fn message_in_strict(
        &self,
        id: String,
        locales: Vec<String>,
        args: Vec<MessageArg>,
    ) -> Result<MessageView, WaymarkError> {
        let chain = self.strict_chain(&locales)?;
        let args = fluent_args(&args);
        self.content
            .l10n
            .format_strict(&chain, &id, Some(&args))
            .map(|l| MessageView {
                text: l.text,
                locale: l.locale,
            })
            .map_err(|e| self.error(&e))
    }

    fn format_in(
        &self,
        chain: &[String],
        id: &str,
        args: &[MessageArg],
    ) -> Result<MessageView, WaymarkError> {
        let args = fluent_args(args);
        self.content
            .l10n
            .format(chain, id, Some(&args))
            .map(|l| MessageView {
                text: l.text,
                locale: l.locale,
            })
            .map_err(|e| self.error(&e))
    }

    /// A chain for tags a person typed: malformed or unknown languages are an error
    /// rather than a silent fall back to English.
    pub fn strict_chain(&self, tags: &[String]) -> Result<Vec<String>, WaymarkError> {
        let resolution = self.content.l10n.resolve(tags, self.developer);
        if !resolution.ignored.is_empty() {
            return Err(self.error(&i18n::I18nError::MalformedTag));
        }
        if !resolution.matched {
            return Err(self.error(&i18n::I18nError::UnsupportedLocale));
        }
        Ok(resolution.chain)
    }
}
