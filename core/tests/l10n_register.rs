//! One voice per language (see the comments on each locale in `content/manifest.toml`). A
//! screen that switches between "tú" and "usted", "tela" and "ecrã", or two words for
//! trafficking reads as two voices. Each test here finds one rule's violations in every
//! file of its locale; `python3 tools/voice.py` fixes what can be fixed by rule.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// Every message line of a locale, as (file:line, text): comments and ids left out, and
/// each placeable `{ ... }` replaced by `X` so only words a person reads are checked.
fn texts(locale: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content/l10n")
        .join(locale);
    let mut out = Vec::new();
    // The terminal's own messages (`terminal/`) are read in the same voice.
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("terminal")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') || trimmed.is_empty() {
                continue;
            }
            // An id or attribute line keeps only its value; a variant drops its key.
            let value = if !line.starts_with(char::is_whitespace) || trimmed.starts_with('.') {
                line.split_once('=').map_or(line, |(_, t)| t)
            } else if let Some(rest) = trimmed
                .strip_prefix('*')
                .unwrap_or(trimmed)
                .strip_prefix('[')
            {
                rest.split_once(']').map_or(rest, |(_, t)| t)
            } else {
                line
            };
            out.push((
                format!("{locale}/{name}:{}", n + 1),
                without_placeables(value),
            ));
        }
    }
    assert!(!out.is_empty(), "no messages for {locale}");
    out
}

fn without_placeables(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push('X');
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn report(found: Vec<String>, rule: &str) {
    assert!(
        found.is_empty(),
        "{rule} ({} places; `python3 tools/voice.py` fixes most):\n{}",
        found.len(),
        found.join("\n")
    );
}

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

#[test]
fn spanish_says_tu_never_usted() {
    let mut found = Vec::new();
    for (at, text) in texts("es") {
        for w in words(&text).filter(|w| USTED.contains(&w.as_str())) {
            found.push(format!("{at}: {w}"));
        }
    }
    report(found, "\"usted\" forms");
}

/// Phrases that speak to the reader as a man ("No estoy seguro"); the reader may be a
/// woman, so Spanish says it in words that fit both ("No lo sé", "tienes dudas").
const ES_MASCULINE_READER: &[&str] = &[
    "estoy seguro",
    "estás seguro",
    "estás solo",
    "decidir solo",
    "todo solo",
    "tú solo",
    "salir solo",
    "sentirte seguro",
    "estás encerrado",
    "esté preocupado",
    "estás listo",
    "bienvenido",
];

#[test]
fn spanish_does_not_assume_the_reader_is_a_man() {
    let mut found = Vec::new();
    for (at, text) in texts("es") {
        let lower = text.to_lowercase();
        for p in ES_MASCULINE_READER.iter().filter(|p| lower.contains(*p)) {
            found.push(format!("{at}: {p}"));
        }
    }
    report(found, "Spanish words that assume a man");
}

/// French puts a narrow no-break space (U+202F) before ? ! : ; and inside « », so the
/// mark never starts a line and the spacing is the one French readers expect.
#[test]
fn french_uses_a_narrow_no_break_space_before_high_punctuation() {
    let mut found = Vec::new();
    for (at, text) in texts("fr") {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                '?' | '!' | ';' => before.is_some_and(|b| b != '\u{202f}' && b != c),
                // A colon inside a word or a URL ("10:30", "https://") is not punctuation.
                ':' => {
                    before.is_some_and(|b| b != '\u{202f}') && after.is_none_or(char::is_whitespace)
                }
                '«' => after.is_some_and(|a| a != '\u{202f}'),
                '»' => before.is_some_and(|b| b != '\u{202f}'),
                _ => false,
            };
            if bad {
                found.push(format!("{at}: {c:?} in {text:?}"));
            }
        }
    }
    report(found, "French punctuation without U+202F");
}

/// "Trafiquant" alone also names a drug or migrant smuggler; the person who exploits is
/// "trafiquant d'êtres humains" (or "auteur de la traite").
#[test]
fn french_names_the_trafficker_in_full() {
    let mut found = Vec::new();
    for (at, text) in texts("fr") {
        let lower = text.to_lowercase();
        for (i, _) in lower.match_indices("trafiquant") {
            let rest = lower[i + "trafiquant".len()..].trim_start_matches('s');
            let rest = rest.trim_start();
            if !(rest.starts_with("d'êtres humains")
                || rest.starts_with("d’êtres humains")
                || rest.starts_with("de migrants"))
            {
                found.push(format!("{at}: {text}"));
            }
        }
    }
    report(found, "bare \"trafiquant\"");
}

/// Portuguese is Brazilian Portuguese; these are the European forms it replaced.
const PT_EUROPEAN: &[&str] = &[
    "ecrã",
    "ecrãs",
    "telemóvel",
    "telemóveis",
    "contactar",
    "contacte",
    "contacto",
    "contactos",
    "ficheiro",
    "ficheiros",
    "planear",
    "quénia",
    "desporto",
    "definições",
    "partilhar",
    "partilhe",
    "morada",
    "equipa",
    "utilizador",
    "autocarro",
    "rapariga",
    "registo",
    "facto",
    "aceder",
    "encontrámos",
    "carregue",
];

#[test]
fn portuguese_uses_brazilian_forms_only() {
    let mut found = Vec::new();
    for (at, text) in texts("pt") {
        for w in words(&text).filter(|w| PT_EUROPEAN.contains(&w.as_str())) {
            found.push(format!("{at}: {w}"));
        }
        for p in [" tem de ", " têm de ", " ter de ", "tem de ", " está a "] {
            if text.to_lowercase().contains(p) {
                found.push(format!("{at}: {p:?}"));
            }
        }
    }
    report(found, "European Portuguese forms");
}

/// Swahili says "biashara haramu ya binadamu" for trafficking and "usafirishaji haramu wa
/// wahamiaji" for smuggling; "usafirishaji haramu wa binadamu" reads as smuggling and
/// "magendo" as contraband.
#[test]
fn swahili_has_one_term_for_trafficking_and_keeps_smuggling_apart() {
    let mut found = Vec::new();
    for (at, text) in texts("sw") {
        let lower = text.to_lowercase();
        if words(&lower).any(|w| w == "magendo") {
            found.push(format!("{at}: magendo"));
        }
        for (i, _) in lower.match_indices("usafirishaji haramu") {
            if !lower[i + "usafirishaji haramu".len()..].starts_with(" wa wahamiaji") {
                found.push(format!("{at}: {text}"));
            }
        }
    }
    report(found, "a second word for trafficking or smuggling");
}

/// Masculine imperatives that must carry the feminine ending too ("اكتب/ي"): many
/// readers are women. The list is the one `tools/voice.py` applies.
const AR_IMPERATIVES: &[&str] = &[
    "اكتب",
    "اعرف",
    "اختر",
    "اسأل",
    "احتفظ",
    "اطلب",
    "اضغط",
    "اتصل",
    "ابحث",
    "احذف",
    "أخبر",
    "افحص",
    "استمع",
    "احفظ",
    "اترك",
    "احصل",
    "أرسل",
    "أجب",
    "امسح",
    "حاول",
    "تأكد",
    "تحقّق",
    "تحدّث",
    "ابقَ",
    "خذ",
    "استخدم",
    "تواصل",
    "لا تدفع",
    "لا تسافر",
];

/// Phrases that speak to the reader as a man where a neutral one says the same; the
/// neutral ones are in `tools/voice.py`.
const AR_MASCULINE_PHRASES: &[&str] = &[
    "لست متأكدًا",
    "إذا لم تكن متأكدًا",
    "شخص بالغ تثق به",
    "شخص تثق به",
    "قبل أن تسافر",
    "لست مضطرًا",
    "ماذا تريد أن تفعل",
];

fn ar_clause_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![text.len() - text.trim_start().len()];
    for (i, c) in text.char_indices() {
        if ".،؛:!؟(«".contains(c) {
            let j = i + c.len_utf8();
            starts.push(j + (text[j..].len() - text[j..].trim_start().len()));
        }
    }
    for sep in [" ثم ", " أو "] {
        starts.extend(text.match_indices(sep).map(|(i, _)| i + sep.len()));
    }
    starts
}

#[test]
fn arabic_speaks_to_women_and_men() {
    let is_letter = |c: char| ('\u{0621}'..='\u{065f}').contains(&c) || c == '\u{0670}';
    let mut found = Vec::new();
    for (at, text) in texts("ar") {
        if at.contains("/stories.ftl") {
            continue; // third-person stories; their questions use neutral forms
        }
        for p in AR_MASCULINE_PHRASES.iter().filter(|p| text.contains(*p)) {
            found.push(format!("{at}: {p}"));
        }
        for start in ar_clause_starts(&text) {
            let rest = &text[start..];
            let rest = rest
                .strip_prefix('و')
                .or_else(|| rest.strip_prefix('ف'))
                .filter(|r| AR_IMPERATIVES.iter().any(|v| r.starts_with(v)))
                .unwrap_or(rest);
            for verb in AR_IMPERATIVES {
                if let Some(after) = rest.strip_prefix(verb) {
                    let next = after.chars().next();
                    if next.is_none_or(|c| !is_letter(c) && c != '/') {
                        found.push(format!("{at}: {verb}"));
                    }
                }
            }
        }
    }
    report(found, "Arabic imperatives for men only");
}

/// Smuggling is "تهريب المهاجرين" (smuggling of migrants), never bare "التهريب", which
/// also means smuggling goods; and numbers use the Arabic thousands separator or none.
#[test]
fn arabic_names_migrant_smuggling_and_writes_numbers_without_ascii_commas() {
    let mut found = Vec::new();
    for (at, text) in texts("ar") {
        for (i, _) in text.match_indices("تهريب") {
            let rest = &text[i + "تهريب".len()..];
            let rest = rest.strip_prefix("ًا").unwrap_or(rest);
            if !(rest.starts_with(" المهاجرين") || rest.starts_with(" للمهاجرين"))
            {
                found.push(format!("{at}: {text}"));
            }
        }
        let chars: Vec<char> = text.chars().collect();
        // A thousands comma: a digit, a comma, exactly three digits ("20,000"); a list of
        // small numbers ("3,5,4") is a list.
        for (i, w) in chars.windows(5).enumerate() {
            let grouped = w[0].is_ascii_digit()
                && w[1] == ','
                && w[2..].iter().all(char::is_ascii_digit)
                && !chars.get(i + 5).is_some_and(char::is_ascii_digit);
            if grouped {
                found.push(format!("{at}: {}", w.iter().collect::<String>()));
            }
        }
    }
    report(found, "bare smuggling or ASCII thousands separators");
}

/// The key is labelled Enter on every keyboard, so Haitian Creole says "peze Enter".
#[test]
fn haitian_creole_names_the_enter_key_as_it_is_labelled() {
    let mut found = Vec::new();
    for (at, text) in texts("ht") {
        let lower = text.to_lowercase();
        if lower.contains("peze antre") {
            found.push(format!("{at}: {text}"));
        }
    }
    report(found, "\"peze Antre\"");
}
