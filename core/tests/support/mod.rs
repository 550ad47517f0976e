//! What the scan tests share: the shipped content's scan, read with the chain the app
//! gives a locale.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use waymark_core::content::ContentSource;
use waymark_core::screening::Screening;

/// The chain the app gives a locale (content/manifest.toml): Creole reads French too,
/// every language English.
pub fn chain(locale: &str) -> Vec<String> {
    let mut c = vec![locale.to_owned()];
    if locale == "ht" {
        c.push("fr".into());
    }
    if locale != "en" {
        c.push("en".into());
    }
    c
}

/// The flags the shipped content raises on `text` for a person reading `locale`.
pub fn flags(locale: &str, text: &str) -> Vec<String> {
    static LOADED: std::sync::OnceLock<Screening> = std::sync::OnceLock::new();
    let s = LOADED.get_or_init(|| Screening::load(&ContentSource::embedded()).unwrap());
    s.scan(text, &chain(locale))
        .unwrap()
        .hits
        .into_iter()
        .map(|(h, _)| h.flag)
        .collect()
}
