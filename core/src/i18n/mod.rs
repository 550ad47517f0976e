//! Localization: locale negotiation over the shipped locales, explicit fallback chains
//! from the manifest, and Fluent bundles built once per locale and shared across threads.

pub mod nesting;
mod pseudo;

use std::collections::BTreeMap;
use std::str::FromStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use once_cell::sync::OnceCell;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::{FluentArgs as Args, FluentValue as Value};
pub use pseudo::{PSEUDO_LOCALES, accented, mirrored};

use crate::content::{ContentError, ContentSource, Direction, LocaleInfo, Manifest};
use crate::error::{ErrorKind, UserFacing};

/// The locale every chain ends in; its bundle is complete by rule.
pub const DEFAULT_LOCALE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("no message with id {0}")]
    UnknownMessage(String),
    #[error("the language tag is not well formed")]
    MalformedTag,
    #[error("no content in the requested language")]
    UnsupportedLocale,
    #[error("the message needs the argument {0}")]
    MissingArgument(String),
}

impl UserFacing for I18nError {
    fn kind(&self) -> ErrorKind {
        match self {
            I18nError::UnknownMessage(_) => ErrorKind::NotFound,
            I18nError::MalformedTag
            | I18nError::UnsupportedLocale
            | I18nError::MissingArgument(_) => ErrorKind::InvalidInput,
        }
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            // Message ids come from content or code, never from what a person typed.
            I18nError::UnknownMessage(id) => ("error-unknown-message", vec![("id", id.clone())]),
            I18nError::MalformedTag => ("error-malformed-locale", vec![]),
            I18nError::UnsupportedLocale => ("error-unsupported-locale", vec![]),
            // Argument names come from the message text, never from what a person typed.
            I18nError::MissingArgument(name) => {
                ("error-missing-argument", vec![("name", name.clone())])
            }
        })
    }
}

/// The outcome of negotiating the tags a person or a phone asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// Locales to look messages up in, most preferred first, always ending in `en`.
    pub chain: Vec<String>,
    /// Requested tags that are not well formed.
    pub ignored: Vec<String>,
    /// The region of the first requested tag that names one (`JM` for `en-JM`), which
    /// selects regional scenarios.
    pub region: Option<String>,
    /// Whether any requested tag matched a shipped locale or a declared chain.
    #[serde(skip)]
    pub matched: bool,
}

/// A formatted message and the locale that answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localized {
    pub text: String,
    pub locale: String,
}

/// One locale the content ships, or a pseudo-locale in developer mode.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleEntry {
    pub id: String,
    pub native_name: String,
    pub english_name: String,
    pub direction: Direction,
    pub status: crate::content::ReviewStatus,
    pub chain: Vec<String>,
    pub pseudo: bool,
}

pub struct Localizer {
    locales: Vec<LocaleInfo>,
    chains: BTreeMap<String, Vec<String>>,
    /// The content's files: a locale's `.ftl` texts are read when its bundle is first
    /// built, so a start reads (and, embedded, inflates) only the languages it uses.
    source: ContentSource,
    bundles: BTreeMap<String, OnceCell<Bundle>>,
}

/// Parses a tag the way every entry point does: `unic-langid`, with `_` accepted for `-`.
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier, I18nError> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > 35 {
        return Err(I18nError::MalformedTag);
    }
    LanguageIdentifier::from_str(tag).map_err(|_| I18nError::MalformedTag)
}

impl Localizer {
    pub fn new(source: &ContentSource, manifest: &Manifest) -> Result<Self, ContentError> {
        if manifest.locale(DEFAULT_LOCALE).is_none() {
            return Err(ContentError::Invalid {
                file: crate::content::MANIFEST.into(),
                message: format!("the manifest must ship `{DEFAULT_LOCALE}`"),
            });
        }
        let mut bundles = BTreeMap::new();
        for locale in &manifest.locales {
            bundles.insert(locale.id.clone(), OnceCell::new());
        }
        for p in &PSEUDO_LOCALES {
            bundles.insert(p.id.to_owned(), OnceCell::new());
        }
        Ok(Self {
            locales: manifest.locales.clone(),
            chains: manifest.chains.clone(),
            source: source.clone(),
            bundles,
        })
    }

    pub fn is_shipped(&self, id: &str) -> bool {
        self.locales.iter().any(|l| l.id == id)
    }

    /// The locales a person can choose, with their fallback chains; pseudo-locales only
    /// when `developer` is on.
    pub fn locales(&self, developer: bool) -> Vec<LocaleEntry> {
        let mut out: Vec<LocaleEntry> = self
            .locales
            .iter()
            .map(|l| LocaleEntry {
                id: l.id.clone(),
                native_name: l.native_name.clone(),
                english_name: l.english_name.clone(),
                direction: l.direction,
                status: l.status,
                chain: self.resolve(&[l.id.as_str()], false).chain,
                pseudo: false,
            })
            .collect();
        if developer {
            for p in &PSEUDO_LOCALES {
                out.push(LocaleEntry {
                    id: p.id.to_owned(),
                    native_name: p.id.to_owned(),
                    english_name: format!("Pseudo-locale {}", p.id),
                    direction: p.direction,
                    status: crate::content::ReviewStatus::Draft,
                    chain: vec![p.id.to_owned(), DEFAULT_LOCALE.to_owned()],
                    pseudo: true,
                });
            }
        }
        out
    }

    pub fn direction(&self, id: &str) -> Direction {
        pseudo::find(id)
            .map(|p| p.direction)
            .or_else(|| {
                self.locales
                    .iter()
                    .find(|l| l.id == id)
                    .map(|l| l.direction)
            })
            .unwrap_or(Direction::Ltr)
    }

    pub fn info(&self, id: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.id == id)
    }

    /// Negotiates `requested` (most preferred first) into one fallback chain.
    pub fn resolve<S: AsRef<str>>(&self, requested: &[S], allow_pseudo: bool) -> Resolution {
        let available: Vec<LanguageIdentifier> = self
            .locales
            .iter()
            .filter_map(|l| LanguageIdentifier::from_str(&l.id).ok())
            .collect();
        let mut chain: Vec<String> = Vec::new();
        let mut ignored = Vec::new();
        let mut region = None;
        let mut matched = false;
        // Once English is asked for by name (en, en-JM), later tags cannot answer: `en` is
        // complete. They are still checked, so malformed ones are reported.
        let mut english_reached = false;
        for tag in requested {
            let tag = tag.as_ref();
            let Ok(langid) = parse_tag(tag) else {
                ignored.push(tag.to_owned());
                continue;
            };
            let canonical = langid.to_string();
            if region.is_none() && pseudo::find(&canonical).is_none() {
                region = langid.region.map(|r| r.as_str().to_ascii_uppercase());
            }
            if english_reached {
                continue;
            }
            if let Some(p) = pseudo::find(&canonical) {
                if allow_pseudo {
                    chain.push(p.id.to_owned());
                    matched = true;
                }
                continue;
            }
            let mut found: Vec<String> = Vec::new();
            if self.chains.contains_key(&canonical) || self.is_shipped(&canonical) {
                found.push(canonical.clone());
            } else {
                let matches = negotiate_languages(
                    std::slice::from_ref(&langid),
                    &available,
                    None,
                    NegotiationStrategy::Filtering,
                );
                found.extend(matches.into_iter().map(|m| m.to_string()));
            }
            if !found.is_empty() {
                matched = true;
                english_reached = langid.language.as_str() == DEFAULT_LOCALE;
            }
            for id in found {
                if self.is_shipped(&id) {
                    chain.push(id.clone());
                }
                // `en` is added once, last: a later preference (fr after sw) should answer
                // before the English fallback.
                if let Some(rest) = self.chains.get(&id) {
                    chain.extend(rest.iter().filter(|l| *l != DEFAULT_LOCALE).cloned());
                }
            }
        }
        chain.retain(|id| id != DEFAULT_LOCALE);
        chain.push(DEFAULT_LOCALE.to_owned());
        let mut seen = std::collections::HashSet::new();
        chain.retain(|id| seen.insert(id.clone()));
        Resolution {
            chain,
            ignored,
            region,
            matched,
        }
    }

    fn bundle(&self, id: &str) -> Option<&Bundle> {
        let cell = self.bundles.get(id)?;
        Some(cell.get_or_init(|| self.build_bundle(id)))
    }

    /// Builds one locale's bundle. Broken resources still load what parses: the content
    /// checker, not the running app, is where syntax errors are reported.
    fn build_bundle(&self, id: &str) -> Bundle {
        let pseudo = pseudo::find(id);
        let source_locale = if pseudo.is_some() { DEFAULT_LOCALE } else { id };
        let langid = LanguageIdentifier::from_str(id).unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Only fails if NUMBER is already registered, which it cannot be on a new bundle.
        let _ = bundle.add_builtins();
        if let Some(p) = pseudo {
            bundle.set_transform(Some(p.transform));
        }
        // Direction isolation is decided here, once: a right-to-left message isolates its
        // placeables (Latin names and numbers inside Arabic text keep their order); a
        // left-to-right message needs marks only around an argument that carries
        // right-to-left text, which `format` wraps itself (see `isolate_rtl_arguments`).
        // Marks everywhere showed as boxes in many terminals and leaked into JSON.
        bundle.set_use_isolating(self.direction(id) == Direction::Rtl);
        let prefix = format!("l10n/{source_locale}/");
        for (path, text) in self
            .source
            .under(&prefix)
            .filter(|(p, _)| p.ends_with(".ftl"))
        {
            // The parser recurses: an entry nested too deep would overflow the stack, so it
            // is left out (`Content::load` refuses such a folder; this covers content put
            // together in-process too). The embedded content is not scanned on every start:
            // the content check over it is one of the build's tests.
            let deep = if self.source.is_embedded(path) {
                Vec::new()
            } else {
                nesting::too_deep(text)
            };
            let text = if deep.is_empty() {
                text.to_owned()
            } else {
                nesting::without_too_deep(text, &deep)
            };
            let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            // First definition wins; duplicates are reported by the content checker.
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    /// Whether `locale` itself defines `id` (a message, or `message.attribute`).
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        let (msg, attr) = split_id(id);
        self.bundle(locale)
            .and_then(|b| b.get_message(msg))
            .is_some_and(|m| match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    /// Formats `id` with the first locale of `chain` that defines it. A variable the caller
    /// did not give shows as `{$name}` (the phones show a text with a hole rather than no
    /// text); scripts use [`Localizer::format_strict`].
    pub fn format(
        &self,
        chain: &[String],
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Localized, I18nError> {
        self.format_checked(chain, id, args, false)
    }

    /// Like [`Localizer::format`], but a variable the caller did not give is an error
    /// (`waymark message items-count` without `--arg count=…`).
    pub fn format_strict(
        &self,
        chain: &[String],
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Localized, I18nError> {
        self.format_checked(chain, id, args, true)
    }

    fn format_checked(
        &self,
        chain: &[String],
        id: &str,
        args: Option<&FluentArgs>,
        strict: bool,
    ) -> Result<Localized, I18nError> {
        let (msg, attr) = split_id(id);
        for locale in chain {
            let Some(bundle) = self.bundle(locale) else {
                continue;
            };
            let Some(message) = bundle.get_message(msg) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let isolated = match args {
                    Some(a) if self.direction(locale) == Direction::Ltr => isolate_rtl_arguments(a),
                    _ => None,
                };
                let args = isolated.as_ref().or(args);
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                // Strict: a variable the caller did not give would show as `{$count}`.
                if strict && let Some(name) = errors.iter().find_map(missing_variable) {
                    return Err(I18nError::MissingArgument(name));
                }
                return Ok(Localized {
                    text,
                    locale: locale.clone(),
                });
            }
        }
        Err(I18nError::UnknownMessage(id.to_owned()))
    }

    /// Like [`Localizer::format`] with named string or number arguments.
    pub fn format_with(
        &self,
        chain: &[String],
        id: &str,
        args: &[(&str, Value<'_>)],
    ) -> Result<Localized, I18nError> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.format(chain, id, Some(&fargs))
    }

    /// The message text only; `id` itself if no locale defines it (for code paths that
    /// must show something, never for content the checker has not proven).
    pub fn text(&self, chain: &[String], id: &str) -> String {
        self.format(chain, id, None)
            .map(|l| l.text)
            .unwrap_or_else(|_| id.to_owned())
    }
}

/// The name of a variable the message uses but was not given, if that is the error.
fn missing_variable(error: &fluent_bundle::FluentError) -> Option<String> {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    match error {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { id })) => {
            Some(id.clone())
        }
        _ => None,
    }
}

/// `message.attribute` → (`message`, Some(`attribute`)).
pub fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// First strong isolate and pop directional isolate (U+2068, U+2069).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Whether `c` is a strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko
/// and the other right-to-left blocks, their presentation forms, and the RTL marks).
pub fn is_strong_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF
        | 0x200F | 0x202B | 0x202E | 0x2067
        | 0xFB1D..=0xFDFF
        | 0xFE70..=0xFEFF
        | 0x10800..=0x10FFF
        | 0x1E800..=0x1EFFF)
}

/// For a left-to-right message: the arguments again, with every text argument that holds
/// right-to-left characters wrapped in FSI…PDI; `None` when no argument needs it (the
/// common case, formatted with the arguments as given).
fn isolate_rtl_arguments(args: &FluentArgs) -> Option<FluentArgs<'static>> {
    let needs = |v: &Value| matches!(v, Value::String(s) if s.chars().any(is_strong_rtl));
    if !args.iter().any(|(_, v)| needs(v)) {
        return None;
    }
    let mut out = FluentArgs::new();
    for (name, value) in args.iter() {
        let value: Value<'static> = match value {
            Value::String(s) if needs(value) => Value::from(format!("{FSI}{s}{PDI}")),
            Value::String(s) => Value::from(s.to_string()),
            Value::Number(n) => Value::Number(n.clone()),
            // Only strings and numbers are ever passed as arguments.
            _ => Value::None,
        };
        out.set(name.to_owned(), value);
    }
    Some(out)
}

/// Removes bidi isolation marks (U+2068, U+2069): for plain-text comparisons and for JSON
/// output, whose consumers lay text out themselves.
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

#[cfg(test)]
mod tests;
