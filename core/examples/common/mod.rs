//! What the two trainers share: the corpus lines they read and the language chain the app
//! gives a locale (content/manifest.toml: Creole reads French too, every language English).

use std::path::Path;

use serde::Deserialize;

/// One corpus line, the fields the trainers use.
#[derive(Deserialize)]
pub struct Case {
    pub locale: String,
    pub text: String,
    pub flags: Vec<String>,
}

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

/// Every line of each of `files` in `dir`, with the index of its file.
pub fn read_cases(dir: &Path, files: &[&str]) -> Vec<(usize, Case)> {
    let mut out = Vec::new();
    for (k, name) in files.iter().enumerate() {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            out.push((k, serde_json::from_str(line).unwrap()));
        }
    }
    out
}
