//! What the scan tests share: the shipped content's scan, read with the chain the app
//! gives a locale.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use waymark_core::content::ContentSource;
use waymark_core::screening::{Risk, Screening};

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

/// A corpus or attack line's `min_risk`.
pub fn risk(s: &str) -> Risk {
    match s {
        "high" => Risk::High,
        "caution" => Risk::Caution,
        "urgent" => Risk::Urgent,
        _ => Risk::Low,
    }
}

/// The content the scan tests read: the embedded content, as shipped, or the folder in
/// `WAYMARK_CONTENT_DIR` (a tuning aid: try a change to the concepts without rebuilding).
pub fn content() -> ContentSource {
    std::env::var_os("WAYMARK_CONTENT_DIR").map_or_else(ContentSource::embedded, |d| {
        ContentSource::from_dir(std::path::Path::new(&d)).unwrap()
    })
}

/// The scan of [`content`], loaded once per test binary.
pub fn screening() -> &'static Screening {
    static LOADED: std::sync::OnceLock<Screening> = std::sync::OnceLock::new();
    LOADED.get_or_init(|| Screening::load(&content()).unwrap())
}

/// The flags the shipped content raises on `text` for a person reading `locale`.
pub fn flags(locale: &str, text: &str) -> Vec<String> {
    screening()
        .scan(text, &chain(locale))
        .unwrap()
        .hits
        .into_iter()
        .map(|(h, _)| h.flag)
        .collect()
}

/// Asserts that none of `cases` (locale, text) raises a flag; lists every one that does.
pub fn assert_quiet(cases: &[(&str, &str)]) {
    let flagged: Vec<String> = cases
        .iter()
        .filter_map(|(locale, text)| {
            let f = flags(locale, text);
            (!f.is_empty()).then(|| format!("{locale}: {text} -> {f:?}"))
        })
        .collect();
    assert!(flagged.is_empty(), "{flagged:#?}");
}

/// Asserts that each of `cases` (locale, text, flag) raises its flag; lists every miss.
pub fn assert_flagged(cases: &[(&str, &str, &str)]) {
    let missed: Vec<String> = cases
        .iter()
        .filter_map(|&(locale, text, flag)| miss(locale, text, flag))
        .collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

/// Asserts that each of `cases` (locale, text) raises `flag`; lists every miss.
pub fn assert_each_flagged(flag: &str, cases: &[(&str, &str)]) {
    let missed: Vec<String> = cases
        .iter()
        .filter_map(|&(locale, text)| miss(locale, text, flag))
        .collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

/// Asserts that none of `cases` (locale, text) raises `flag` (other flags may be raised).
pub fn assert_none_flagged(flag: &str, cases: &[(&str, &str)]) {
    let flagged: Vec<String> = cases
        .iter()
        .filter_map(|&(locale, text)| {
            let f = flags(locale, text);
            f.iter()
                .any(|x| x == flag)
                .then(|| format!("{locale}: {text} -> {f:?}"))
        })
        .collect();
    assert!(flagged.is_empty(), "{flagged:#?}");
}

/// The line to report when `text` does not raise `flag`.
fn miss(locale: &str, text: &str, flag: &str) -> Option<String> {
    let f = flags(locale, text);
    (!f.iter().any(|x| x == flag)).then(|| format!("{locale}: {text} -> {f:?}, want {flag}"))
}
