//! Lays installed packs over a content tree. Files replace or add; a locale pack's
//! `l10n/<id>/locale.toml` (its name, direction, status and fallback chain) becomes an
//! entry of the merged `manifest.toml`, so the language is offered like a shipped one.

use serde::Deserialize;

use super::{Kind, Pack, PackError};
use crate::content::{ContentSource, MANIFEST};

/// A locale pack's description of its language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleFile {
    native_name: String,
    english_name: String,
    direction: String,
    status: String,
    /// Fallbacks after the locale; must end in `en` (the content checker says so).
    #[serde(default)]
    chain: Vec<String>,
}

pub const LOCALE_FILE: &str = "locale.toml";

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `base` with `packs` laid over it, in their rank order (full, directory, locales).
pub fn merged_source(base: &ContentSource, packs: &[&Pack]) -> Result<ContentSource, PackError> {
    let mut source = base.clone();
    // Inserted one by one: `collect` into a map sorts with a routine of its own (size).
    let mut ordered = std::collections::BTreeMap::new();
    for pack in packs {
        ordered.insert((pack.kind.rank(), pack.manifest.id.as_str()), *pack);
    }
    for pack in ordered.into_values() {
        let locale_file = match &pack.kind {
            Kind::Locale(id) => Some(format!("l10n/{id}/{LOCALE_FILE}")),
            _ => None,
        };
        for (path, text) in &pack.files {
            if Some(path) == locale_file.as_ref() {
                continue;
            }
            source.set(path, text.clone());
        }
        if let (Kind::Locale(id), Some(file)) = (&pack.kind, &locale_file)
            && let Some((_, text)) = pack.files.iter().find(|(p, _)| p == file)
        {
            add_locale(&mut source, id, file, text)?;
        }
    }
    Ok(source)
}

/// Adds a locale to the manifest's text (once: a locale the manifest already lists keeps
/// its entry). Text, not a rewritten manifest: the checker then reads it like any other.
fn add_locale(
    source: &mut ContentSource,
    id: &str,
    file: &str,
    text: &str,
) -> Result<(), PackError> {
    let invalid = |message: String| PackError::Content {
        file: file.to_owned(),
        line: None,
        message,
    };
    // Through `parse_toml`, the library's one TOML path (see `ContentSource::parse_toml`).
    let info: LocaleFile = ContentSource::from_files([(file.to_owned(), text.to_owned())])
        .parse_toml(file)
        .map_err(|e| invalid(e.to_string()))?;
    let listed: crate::content::Manifest =
        source
            .parse_toml(MANIFEST)
            .map_err(|e| PackError::Content {
                file: MANIFEST.into(),
                line: None,
                message: e.to_string(),
            })?;
    let manifest = source.get(MANIFEST).unwrap_or_default().to_owned();
    if listed.locale(id).is_some() {
        return Ok(());
    }
    let chain = info
        .chain
        .iter()
        .map(|c| quoted(c))
        .collect::<Vec<_>>()
        .join(", ");
    let chain_line = format!("{} = [{chain}]\n", quoted(id));
    let mut merged = match manifest.find("\n[chains]\n") {
        Some(at) => {
            let split = at + "\n[chains]\n".len();
            format!("{}{chain_line}{}", &manifest[..split], &manifest[split..])
        }
        None => format!("{manifest}\n[chains]\n{chain_line}"),
    };
    merged.push_str(&format!(
        "\n[[locales]]\nid = {}\nnative_name = {}\nenglish_name = {}\ndirection = {}\nstatus = {}\n",
        quoted(id),
        quoted(&info.native_name),
        quoted(&info.english_name),
        quoted(&info.direction),
        quoted(&info.status),
    ));
    source.set(MANIFEST, merged);
    Ok(())
}
