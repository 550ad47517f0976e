//! Lays installed packs over a content tree. Files replace or add; a locale pack's
//! `l10n/<id>/locale.toml` (its name, direction, status and fallback chain) becomes an
//! entry of the merged `manifest.toml`, so the language is offered like a shipped one.

use toml::{Table, Value};

use super::{Kind, Pack, PackError};
use crate::content::{ContentSource, MANIFEST};

pub const LOCALE_FILE: &str = "locale.toml";

/// The keys of a locale pack's `locale.toml` (docs/CONTENT-PACKS.md); `chain` is the
/// fallbacks after the locale, which must end in `en` (the content checker says so).
const LOCALE_TEXT_KEYS: [&str; 4] = ["native_name", "english_name", "direction", "status"];
const LOCALE_CHAIN_KEY: &str = "chain";

/// `text` if it can be written as a TOML basic string as it is: a language's name or tag
/// never needs an escape, so one that would (a quote, a backslash, a control character)
/// is refused.
fn plain(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.contains(|c: char| c == '"' || c == '\\' || c.is_control()))
}

/// `base` with `packs` laid over it, in rank order (full, directory, locales), then by id.
pub fn merged_source(base: ContentSource, packs: &[&Pack]) -> Result<ContentSource, PackError> {
    // An insertion sort: a handful of packs, and no sort routine of its own (size).
    let mut ordered = packs.to_vec();
    fn key(p: &Pack) -> (u8, &str) {
        (p.kind.rank(), &p.manifest.id)
    }
    for i in 1..ordered.len() {
        let mut j = i;
        while j > 0 && key(ordered[j - 1]) > key(ordered[j]) {
            ordered.swap(j - 1, j);
            j -= 1;
        }
    }
    // The files to lay over `base`, in order, and the manifest as the packs leave it (a
    // full pack's, then each new locale's entry added).
    let mut files = Vec::new();
    let mut manifest: Option<String> = None;
    for pack in ordered {
        let locale = match &pack.kind {
            Kind::Locale(id) => Some(id.as_str()),
            _ => None,
        };
        for (path, text) in &pack.files {
            match locale {
                Some(id) if is_locale_file(path, id) => {
                    let current = manifest.as_deref().or_else(|| base.get(MANIFEST));
                    if let Some(added) = add_locale(current.unwrap_or_default(), id, path, text)? {
                        manifest = Some(added);
                    }
                }
                _ => {
                    if path == MANIFEST {
                        manifest = Some(text.clone());
                    }
                    files.push((path.clone(), text.clone()));
                }
            }
        }
    }
    files.extend(manifest.map(|m| (MANIFEST.to_owned(), m)));
    Ok(base.overlaid(files))
}

/// Whether `path` is `l10n/<id>/locale.toml`.
fn is_locale_file(path: &str, id: &str) -> bool {
    path.strip_prefix("l10n/")
        .and_then(|p| p.strip_prefix(id))
        .and_then(|p| p.strip_prefix('/'))
        == Some(LOCALE_FILE)
}

/// The manifest's text with a locale added; `None` if it already lists the locale (which
/// keeps its entry). Text, not a rewritten manifest: the checker then reads it like any other.
/// Both files are read as plain TOML tables, through the same parser call the library's
/// `parse_toml` makes (no typed parsing of their own: size).
fn add_locale(
    manifest: &str,
    id: &str,
    file: &str,
    text: &str,
) -> Result<Option<String>, PackError> {
    let invalid = PackError::content;
    // Read as the app reads it (the same parsing code): is the locale listed already?
    let listed: crate::content::Manifest = crate::content::parse_toml_text(MANIFEST, manifest)
        .map_err(|_| invalid(MANIFEST, "does not load"))?;
    if listed.locale(id).is_some() {
        return Ok(None);
    }
    let info: Table = toml::from_str(text).map_err(|e| invalid(file, e.message()))?;
    // One pass over the file's keys (a lookup per key is a tree search inlined each time).
    let mut texts: [Option<&str>; 4] = [None; 4];
    let mut links: &[Value] = &[];
    for (key, value) in &info {
        let ok = if key == LOCALE_CHAIN_KEY {
            value.as_array().map(|a| links = a)
        } else {
            LOCALE_TEXT_KEYS
                .iter()
                .position(|k| k == key)
                .zip(value.as_str())
                .map(|(i, v)| texts[i] = Some(v))
        };
        ok.ok_or_else(|| invalid(file, key))?;
    }
    // Every text is checked first, then written with `format!` (one formatting routine
    // the library has anyway, not a string append inlined per piece: size).
    let id = plain(Some(id)).ok_or_else(|| invalid(file, "id"))?;
    let mut names = [""; 4];
    for ((name, text), key) in names.iter_mut().zip(texts).zip(LOCALE_TEXT_KEYS) {
        *name = plain(text).ok_or_else(|| invalid(file, key))?;
    }
    let mut chain = Vec::with_capacity(links.len());
    for link in links {
        chain.push(plain(link.as_str()).ok_or_else(|| invalid(file, LOCALE_CHAIN_KEY))?);
    }
    let chain = match chain.is_empty() {
        true => format!("\"{id}\" = []\n"),
        false => format!("\"{id}\" = [\"{}\"]\n", chain.join("\", \"")),
    };
    let [native_name, english_name, direction, status] = names;
    let entry = format!(
        "\n[[locales]]\nid = \"{id}\"\nnative_name = \"{native_name}\"\nenglish_name = \"{english_name}\"\ndirection = \"{direction}\"\nstatus = \"{status}\"\n"
    );
    const CHAINS: &str = "\n[chains]\n";
    // A plain byte search (no substring searcher of its own: size).
    let at = manifest
        .as_bytes()
        .windows(CHAINS.len())
        .position(|w| w == CHAINS.as_bytes());
    let merged = match at {
        Some(at) => {
            let (head, tail) = manifest.split_at(at + CHAINS.len());
            format!("{head}{chain}{tail}{entry}")
        }
        None => format!("{manifest}{CHAINS}{chain}{entry}"),
    };
    Ok(Some(merged))
}
