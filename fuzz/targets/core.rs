//! Fuzz targets over the core, as plain functions: `fuzz/fuzz_targets/*.rs` hands them
//! libFuzzer's bytes, and `core/tests/fuzz_corpus.rs` replays `tests/fuzz-corpus/` through
//! them on stable without a sanitizer. Each must return (with an error, never a panic) on
//! any input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use waymark_core::content::{Content, ContentSource, MANIFEST, check};
use waymark_core::i18n;
use waymark_core::screening::{Answer, Screening};
use waymark_core::store::Store;
use waymark_core::vault::{self, KdfParams, Vault, VaultOptions};

const DEV: [u8; 32] = [7u8; 32];
const PIN: &str = "2468";

fn embedded_files() -> &'static [(String, String)] {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let source = ContentSource::embedded();
        source
            .paths()
            .map(|p| (p.to_owned(), source.get(p).unwrap_or_default().to_owned()))
            .collect()
    })
}

/// The part of the embedded tree a picked file needs: the manifest, every locale's
/// `app.ftl` (the loader formats `app-title` in each), and the picked file's feature (its
/// TOML folder and its `<feature>.ftl` in every locale, so the translation check compares
/// like with like instead of calling every other file missing). Workshop plans refer to
/// learning modules and learning expects plans, so those two come together; the checklist
/// (one small file, reported missing otherwise) comes with everything. Unchanged, each such
/// tree checks clean (`core/tests/fuzz_corpus.rs`); checking it instead of the whole tree
/// makes an input many times cheaper, so a bounded run tries many more.
pub fn tree_for(picked: &str) -> Vec<(String, String)> {
    let feature = match picked.strip_prefix("l10n/") {
        Some(rest) => rest
            .split('/')
            .nth(1)
            .and_then(|f| f.strip_suffix(".ftl"))
            .unwrap_or("app"),
        None => picked.split_once('/').map_or("app", |(dir, _)| dir),
    };
    let features = match feature {
        // The learn modules' stories are in `stories.ftl`.
        "workshop" | "learn" | "stories" => vec!["workshop", "learn", "stories", "checklist"],
        f => vec![f, "checklist"],
    };
    let needed = |path: &str| match path.strip_prefix("l10n/") {
        Some(rest) => rest
            .split('/')
            .nth(1)
            .and_then(|f| f.strip_suffix(".ftl"))
            .is_some_and(|f| f == "app" || features.contains(&f)),
        None => {
            path == MANIFEST
                || path
                    .split_once('/')
                    .is_some_and(|(d, _)| features.contains(&d))
        }
    };
    embedded_files()
        .iter()
        .filter(|(p, _)| needed(p))
        .cloned()
        .collect()
}

/// The content loader and checker (a content pack is exactly this: files by path).
/// First byte `0xff`: a whole pack from the input (`path\0text\0path\0text...`); any other
/// first byte picks one embedded file (manifest, a `.ftl` or a `.toml`) whose text the rest
/// of the input replaces, inside the smallest tree that file needs (`tree_for`), so the
/// other files keep the loader going past the manifest.
pub fn content_loader(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let source = if pick == 0xff {
        let parts: Vec<&str> = text.split('\0').collect();
        ContentSource::from_files(
            parts
                .chunks(2)
                .map(|c| (c[0].to_owned(), c.get(1).copied().unwrap_or("").to_owned())),
        )
    } else {
        // The index runs over the whole embedded tree, so a kept input keeps its file.
        let files = embedded_files();
        let picked = &files[pick as usize % files.len()].0;
        let mut source = ContentSource::from_files(tree_for(picked));
        source.set(picked, text.into_owned());
        source
    };
    let report = check::check(&source);
    let _ = report.is_ok();
    if let Ok(content) = Content::load(source) {
        for locale in content.l10n.locales(true) {
            let chain = content.l10n.resolve(&[locale.id.as_str()], true).chain;
            let _ = content.l10n.text(&chain, "app-title");
        }
    }
}

/// A vault made with a cheap KDF, a PIN and a few records: the file the byte patches of
/// `vault_open` start from.
fn vault_template() -> &'static [u8] {
    static TEMPLATE: OnceLock<Vec<u8>> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let options = VaultOptions {
            kdf: KdfParams::INSECURE_TEST,
        };
        let v = Vault::open(dir.path(), &DEV, None, options).unwrap();
        for i in 0..8 {
            v.put(
                "checklist",
                &format!("item_{i}"),
                format!("value {i}").as_bytes(),
            )
            .unwrap();
        }
        v.put("progress", "m1", b"{\"done\":true}").unwrap();
        v.set_pin(PIN).unwrap();
        v.close();
        drop(v);
        std::fs::read(vault::vault_path(dir.path())).unwrap()
    })
}

/// The vault open path on an arbitrary `vault.db`. First byte even: the rest is the file.
/// Odd: the rest is patches (`offset_lo offset_hi xor`) applied to a real vault file with a
/// PIN and records. Every open must end in a vault or an error.
pub fn vault_open(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode & 1 == 0 {
        rest.to_vec()
    } else {
        let mut b = vault_template().to_vec();
        for p in rest.chunks_exact(3) {
            let at = u16::from_le_bytes([p[0], p[1]]) as usize % b.len();
            b[at] ^= p[2];
        }
        b
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(vault::vault_path(dir.path()), &bytes).unwrap();
    let _ = vault::status(dir.path(), &DEV, 0);
    let options = VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    };
    if let Ok(v) = Vault::open_at(dir.path(), &DEV, None, options, 0) {
        use_vault(&v);
    }
    // The PIN path stretches with the file's own (bounded) Argon2 cost; only try it while
    // the cheap test cost is intact so a patched cost of 1 GiB does not stall the fuzzer.
    let cheap = bytes
        .windows(20)
        .any(|w| w == b"\"m_kib\":64,\"t\":1,\"p\"");
    if cheap {
        for pin in [PIN, "1357"] {
            if let Ok(v) = Vault::open_at(dir.path(), &DEV, Some(pin), options, 0) {
                use_vault(&v);
            }
        }
    }
}

fn use_vault(v: &Vault) {
    let _ = v.has_pin();
    let _ = v.list("checklist");
    let _ = v.list_readable("progress");
    let _ = v.get("checklist", "item_3");
    let _ = v.put("checklist", "item_new", b"x");
    let _ = v.delete("checklist", "item_1");
}

/// Locale negotiation and message lookup on arbitrary strings (lines of the input): tags
/// as a shell or a person might send them, and message ids.
pub fn locale_strings(data: &[u8]) {
    let Ok(content) = Content::embedded() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let lines: Vec<&str> = text.split('\n').collect();
    let l10n = &content.l10n;
    for allow_pseudo in [false, true] {
        let r = l10n.resolve(&lines, allow_pseudo);
        for id in &lines {
            let _ = l10n.format(&r.chain, id, None);
            let _ = l10n.format_with(
                &r.chain,
                id,
                &[
                    ("count", (lines.len() as f64).into()),
                    ("name", (*id).into()),
                ],
            );
        }
    }
    for line in &lines {
        let _ = i18n::parse_tag(line);
        let _ = i18n::split_id(line);
        let _ = i18n::strip_isolation(line);
        let _ = l10n.is_shipped(line);
        let _ = l10n.direction(line);
        let _ = l10n.info(line);
        let _ = l10n.has_message(line, line);
    }
}

fn screening() -> Option<&'static Screening> {
    static SCREENING: OnceLock<Option<Screening>> = OnceLock::new();
    SCREENING
        .get_or_init(|| Screening::load(&ContentSource::embedded()).ok())
        .as_ref()
}

/// The screening engine on arbitrary input. The first byte picks the scan's languages;
/// the rest is pasted text for the red-flag scanner, and also, line by line,
/// `question=answer` pairs for both questionnaires and indicator ids for the rule engine.
pub fn text_scanner(data: &[u8]) {
    let Some(s) = screening() else {
        return;
    };
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    const LOCALES: [&str; 8] = ["en", "fr", "es", "pt", "ht", "sw", "ar", "xx"];
    let chain: Vec<String> = LOCALES
        .iter()
        .enumerate()
        .filter(|(i, _)| pick & (1 << i) != 0)
        .map(|(_, l)| (*l).to_owned())
        .collect();
    let text = String::from_utf8_lossy(rest);
    let _ = s.scan(&text, &chain);
    let lines: Vec<&str> = text.lines().collect();
    let _ = s.assess(&lines, pick & 1 != 0);
    for kind in [
        "job_offer",
        "my_situation",
        text.lines().next().unwrap_or(""),
    ] {
        let answers: BTreeMap<String, Answer> = lines
            .iter()
            .filter_map(|l| {
                let (q, a) = l.split_once('=')?;
                Some((q.to_owned(), Answer::parse(a).ok()?))
            })
            .collect();
        let _ = s.answer(kind, &answers);
        // Every question answered the risky way, whatever the text said.
        if let Ok(q) = s.questionnaire(kind) {
            let all: BTreeMap<String, Answer> = q
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let a = rest.get(i).map_or(Answer::Yes, |b| match b % 3 {
                        0 => Answer::Yes,
                        1 => Answer::No,
                        _ => Answer::Unsure,
                    });
                    (q.id.clone(), a)
                })
                .collect();
            let _ = s.answer(kind, &all);
        }
    }
}

/// The content-pack reader (`waymark_core::packs::format::read`). The first byte picks how
/// far in an input starts: `0`, the rest is a whole `.wmpack` file (magic, signer,
/// signature: most inputs stop at the signature, as a forgery must); otherwise the rest is
/// `u16` manifest length, manifest, payload, signed here with the test key so the fuzzer
/// reaches what comes after the signature: the manifest, paths, sizes, inflating and
/// hashes. A pack that reads is then laid over the embedded content.
pub fn pack_reader(data: &[u8]) {
    use ed25519_dalek::{Signer, SigningKey};
    use waymark_core::packs::{self, format};
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let key = SigningKey::from_bytes(&DEV);
    let public = key.verifying_key().to_bytes();
    let bytes = if mode == 0 {
        rest.to_vec()
    } else {
        let Some((len, rest)) = rest.split_first_chunk::<2>() else {
            return;
        };
        let len = usize::from(u16::from_le_bytes(*len)).min(rest.len());
        let (manifest, payload) = rest.split_at(len);
        format::assemble(&public, manifest, payload, |m| key.sign(m).to_bytes())
    };
    if let Ok(pack) = format::read(&bytes, &[public]) {
        let _ = packs::merged_source(ContentSource::embedded(), &[&pack]);
    }
}
