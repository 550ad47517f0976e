//! Spanish speaks to the reader in one register, "tú" (see the comment on `es` in
//! `content/manifest.toml`). A screen that switches between "tú" and "usted" reads as two
//! voices; this finds the unmistakable "usted" forms in every Spanish file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// Words that only "usted" uses: the pronoun, its imperatives, and "-le" forms that mean
/// "you" in these texts. Third-person "su"/"le"/"puede" are left alone, and so are forms
/// that are also everyday subjunctives ("que alguien pida ayuda", "que el empleador
/// pague"): they are about other people too.
const USTED: &[&str] = &[
    "usted",
    "escriba",
    "elija",
    "pulse",
    "presione",
    "pegue",
    "averigüe",
    "use",
    "guarde",
    "busque",
    "pregunte",
    "anote",
    "contacte",
    "verifique",
    "compare",
    "responda",
    "observe",
    "piense",
    "ponga",
    "tómese",
    "infórmese",
    "compruébelo",
    "déjela",
    "ayudarle",
    "escucharle",
    "aconsejarle",
    "decirle",
    "juzgarle",
    "explicarle",
    "contactarle",
    "denunciarle",
    "obligarle",
    "impedirle",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[test]
fn spanish_says_tu_never_usted() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/l10n/es");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            // Only the text of a message, not its id.
            let text = line.split_once('=').map_or(line, |(_, t)| t);
            for w in words(text).filter(|w| USTED.contains(&w.as_str())) {
                found.push(format!("{}:{}: {w}", path.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "\"usted\" forms:\n{}", found.join("\n"));
}
