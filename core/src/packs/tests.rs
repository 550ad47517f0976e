//! Every refusal changes nothing and says why; a good pack installs, lists, exports the
//! same bytes and removes back to the embedded content.

use ed25519_dalek::{Signer, SigningKey};

use super::format::{self, HEADER_LEN, Kind};
use super::*;
use crate::content::ContentSource;
use crate::directory::Directory;

/// The test key: derived from a fixed seed here, never trusted by a release build.
fn test_key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn public(key: &SigningKey) -> [u8; 32] {
    key.verifying_key().to_bytes()
}

fn build_with(
    key: &SigningKey,
    id: &str,
    kind: &Kind,
    version: u64,
    files: &[(&str, &str)],
) -> Vec<u8> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    format::write(id, kind, version, "0.1.0", &files, &public(key), |m| {
        key.sign(m).to_bytes()
    })
    .unwrap()
}

/// `directory/KE.toml` with its 911 entry's number replaced. "+254000000000" is a test
/// number, not a service.
fn kenya(number: &str) -> String {
    let text = ContentSource::embedded()
        .get("directory/KE.toml")
        .unwrap()
        .to_owned();
    text.replacen("number = \"911\"", &format!("number = \"{number}\""), 1)
}

fn directory_pack(version: u64, number: &str) -> Vec<u8> {
    build_with(
        &test_key(),
        "directory",
        &Kind::Directory,
        version,
        &[("directory/KE.toml", &kenya(number))],
    )
}

fn store(dir: &tempfile::TempDir) -> PackStore {
    PackStore::new(dir.path(), Some(public(&test_key())))
}

fn ke_numbers(store: &PackStore) -> Vec<String> {
    let content = store.content().unwrap();
    Directory::load(&content.source).unwrap();
    let text = content.source.get("directory/KE.toml").unwrap();
    ["\"+254000000000\"", "\"911\""]
        .iter()
        .filter(|n| text.contains(*n))
        .map(|n| (*n).to_owned())
        .collect()
}

/// Installing nothing changed: no pack listed, the embedded content in force.
fn unchanged(store: &PackStore) {
    assert!(store.list().is_empty());
    assert_eq!(ke_numbers(store), vec!["\"911\"".to_owned()]);
}

#[test]
fn a_directory_pack_changes_a_number_and_removing_it_restores_the_embedded_one() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    unchanged(&s);
    let bytes = directory_pack(1, "+254000000000");
    let info = s.install(&bytes).unwrap();
    assert_eq!(
        (info.id.as_str(), info.kind.as_str(), info.version),
        ("directory", "directory", 1)
    );
    assert_eq!(ke_numbers(&s), vec!["\"+254000000000\"".to_owned()]);
    assert_eq!(s.list(), vec![info]);
    assert_eq!(s.export("directory").unwrap(), bytes);
    s.remove("directory").unwrap();
    unchanged(&s);
    assert!(matches!(
        s.remove("directory"),
        Err(PackError::NotInstalled)
    ));
    assert!(matches!(
        s.export("directory"),
        Err(PackError::NotInstalled)
    ));
}

#[cfg(unix)]
#[test]
fn the_packs_folder_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    store(&dir)
        .install(&directory_pack(1, "+254000000000"))
        .unwrap();
    let mode = std::fs::metadata(dir.path().join("packs"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
    // The pack, and no temporary file left beside it; a stray one is not read as a pack.
    let names = |dir: &tempfile::TempDir| -> Vec<String> {
        std::fs::read_dir(dir.path().join("packs"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect()
    };
    assert_eq!(names(&dir), ["directory.wmpack"]);
    std::fs::write(dir.path().join("packs/directory.wmpack.tmp"), b"partial").unwrap();
    assert_eq!(store(&dir).list().len(), 1);
}

#[test]
fn an_unknown_key_is_refused_and_a_release_store_does_not_trust_the_test_key() {
    let dir = tempfile::tempdir().unwrap();
    let release_only = PackStore::new(dir.path(), None);
    let err = release_only
        .install(&directory_pack(1, "+254000000000"))
        .unwrap_err();
    assert!(matches!(err, PackError::UnknownKey));
    assert_eq!(err.kind(), crate::ErrorKind::Integrity);
    let other = SigningKey::from_bytes(&[9u8; 32]);
    let bytes = build_with(
        &other,
        "directory",
        &Kind::Directory,
        1,
        &[("directory/KE.toml", &kenya("+254000000000"))],
    );
    assert!(matches!(
        store(&dir).install(&bytes),
        Err(PackError::UnknownKey)
    ));
    unchanged(&store(&dir));
}

#[test]
fn a_pack_installed_with_a_developer_key_is_not_loaded_without_it() {
    let dir = tempfile::tempdir().unwrap();
    store(&dir)
        .install(&directory_pack(1, "+254000000000"))
        .unwrap();
    let release_only = PackStore::new(dir.path(), None);
    assert!(release_only.list().is_empty());
    assert_eq!(ke_numbers(&release_only), vec!["\"911\"".to_owned()]);
}

#[test]
fn the_release_keys_are_real_ed25519_keys() {
    assert!(!TRUSTED_KEYS.is_empty());
    for key in TRUSTED_KEYS {
        assert!(ed25519_dalek::VerifyingKey::from_bytes(key).is_ok());
        assert_ne!(key, &public(&test_key()));
    }
}

/// Flipping any one byte of the signed part (header key excepted) or of the payload is
/// refused before anything changes.
#[test]
fn a_forged_or_damaged_pack_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let bytes = directory_pack(1, "+254000000000");
    let manifest_len = u32::from_le_bytes(bytes[104..108].try_into().unwrap()) as usize;
    // The signature, the manifest length and the manifest: a forgery.
    for at in (40..HEADER_LEN + manifest_len).step_by(7) {
        let mut forged = bytes.clone();
        forged[at] ^= 0x01;
        let err = s.install(&forged).unwrap_err();
        assert!(
            matches!(
                err,
                PackError::Signature | PackError::Truncated | PackError::Manifest
            ),
            "byte {at}: {err:?}"
        );
        assert_eq!(
            err.kind(),
            crate::ErrorKind::Integrity,
            "byte {at}: {err:?}"
        );
    }
    // The payload: the hash no longer matches (or the stream no longer inflates).
    let mut damaged = bytes.clone();
    let last = damaged.len() - 3;
    damaged[last] ^= 0x40;
    let err = s.install(&damaged).unwrap_err();
    assert!(
        matches!(err, PackError::Hash(ref f) if f == "directory/KE.toml"),
        "{err:?}"
    );
    assert_eq!(err.kind(), crate::ErrorKind::Integrity);
    unchanged(&s);
}

#[test]
fn a_truncated_or_extended_pack_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let bytes = directory_pack(1, "+254000000000");
    for len in [0, 5, 6, 50, HEADER_LEN, HEADER_LEN + 10, bytes.len() - 1] {
        let err = s.install(&bytes[..len]).unwrap_err();
        assert!(
            matches!(err, PackError::Truncated | PackError::NotAPack),
            "{len}: {err:?}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(s.install(&longer), Err(PackError::Truncated)));
    assert!(matches!(
        s.install(b"PK\x03\x04 a zip file"),
        Err(PackError::NotAPack)
    ));
    unchanged(&s);
}

#[test]
fn an_older_or_replayed_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let v2 = directory_pack(2, "+254000000000");
    s.install(&v2).unwrap();
    for (version, bytes) in [(2, v2.clone()), (1, directory_pack(1, "+254000000001"))] {
        let err = s.install(&bytes).unwrap_err();
        assert!(
            matches!(err, PackError::Rollback { installed: 2, offered } if offered == version),
            "{err:?}"
        );
    }
    assert_eq!(s.export("directory").unwrap(), v2);
    let v3 = directory_pack(3, "+254000000001");
    assert_eq!(s.install(&v3).unwrap().version, 3);
}

#[test]
fn a_pack_for_a_newer_core_is_refused() {
    let key = test_key();
    let files = vec![("directory/KE.toml".to_owned(), kenya("+254000000000"))];
    let bytes = format::write(
        "directory",
        &Kind::Directory,
        1,
        "99.0.0",
        &files,
        &public(&key),
        |m| key.sign(m).to_bytes(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let err = store(&dir).install(&bytes).unwrap_err();
    assert!(
        matches!(err, PackError::NewerCore(ref v) if v == "99.0.0"),
        "{err:?}"
    );
    unchanged(&store(&dir));

    // The build-time numbers are this core's version; the next patch is already too new.
    assert_eq!(
        format::parse_version(format::CORE_VERSION),
        Some(format::CORE)
    );
    let (major, minor, patch) = format::CORE;
    let s = store(&dir);
    for (min_core, accepted) in [
        (format::CORE_VERSION.to_owned(), true),
        (format!("{major}.{minor}.{}", patch + 1), false),
    ] {
        let bytes = format::write(
            "directory",
            &Kind::Directory,
            1,
            &min_core,
            &files,
            &public(&key),
            |m| key.sign(m).to_bytes(),
        )
        .unwrap();
        assert_eq!(s.check(&bytes).is_ok(), accepted, "{min_core}");
    }
}

/// A signed manifest that lies about its files: packs a careless or hostile author could
/// sign, refused all the same.
fn signed_manifest(entries: &[(&str, &[u8])], kind: &str, declared_size: Option<u32>) -> Vec<u8> {
    let key = test_key();
    let mut payload = Vec::new();
    let mut files = Vec::new();
    for (path, text) in entries {
        let deflated = miniz_oxide::deflate::compress_to_vec(text, 6);
        files.push(format::FileEntry {
            path: (*path).to_owned(),
            size: declared_size.unwrap_or(text.len() as u32),
            deflated: deflated.len() as u32,
            blake2b: format::hash(text),
        });
        payload.extend_from_slice(&deflated);
    }
    let manifest = format::Manifest {
        id: "directory".into(),
        kind: kind.into(),
        version: 1,
        min_core: "0.1.0".into(),
        files,
    };
    let manifest = manifest.encode().unwrap();
    format::assemble(&public(&key), &manifest, &payload, |m| {
        key.sign(m).to_bytes()
    })
}

#[test]
fn unsafe_duplicate_and_out_of_place_paths_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let text = b"x = 1\n".as_slice();
    for path in [
        "../directory/KE.toml",
        "directory/../manifest.toml",
        "/etc/directory.toml",
        "directory//KE.toml",
        "directory/./KE.toml",
        "directory/KE\0.toml",
        "directory\\KE.toml",
        "C:/directory/KE.toml",
        "directory/KE.sh",
        "manifest.toml",
        "l10n/en/app.ftl",
    ] {
        let err = s
            .install(&signed_manifest(&[(path, text)], "directory", None))
            .unwrap_err();
        assert!(
            matches!(err, PackError::Path(ref p) if p == path),
            "{path:?}: {err:?}"
        );
    }
    let dup = signed_manifest(
        &[("directory/KE.toml", text), ("directory/KE.toml", text)],
        "directory",
        None,
    );
    assert!(matches!(s.install(&dup), Err(PackError::Path(_))));
    unchanged(&s);
}

#[test]
fn a_deflate_bomb_stops_at_its_declared_size_and_oversized_packs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    // 4 MB of one byte deflates to a few kilobytes; the manifest declares 100 bytes.
    let bomb = vec![b'a'; 4 * 1024 * 1024];
    let bytes = signed_manifest(&[("directory/KE.toml", &bomb)], "directory", Some(100));
    assert!(bytes.len() < 64 * 1024);
    assert!(matches!(s.install(&bytes), Err(PackError::Hash(_))));
    // Declaring more than the limit is refused before inflating anything.
    let bytes = signed_manifest(
        &[("directory/KE.toml", &bomb)],
        "directory",
        Some(format::MAX_UNPACKED_BYTES as u32 + 1),
    );
    assert!(matches!(s.install(&bytes), Err(PackError::TooLarge)));
    let huge = vec![0u8; format::MAX_PACK_BYTES + 1];
    assert!(matches!(s.install(&huge), Err(PackError::TooLarge)));
    unchanged(&s);
}

#[test]
fn a_content_check_failure_names_file_and_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir).with_content_checker();
    let bytes = build_with(
        &test_key(),
        "directory",
        &Kind::Directory,
        1,
        &[("directory/KE.toml", &kenya("call-this-agent"))],
    );
    let err = s.install(&bytes).unwrap_err();
    let PackError::Content {
        file,
        line: Some(line),
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(file, "directory/KE.toml");
    let expected = kenya("call-this-agent")
        .lines()
        .position(|l| l.contains("call-this-agent"))
        .unwrap()
        + 1;
    assert!(
        *line > 1 && *line <= expected + 1,
        "line {line}, number on {expected}"
    );
    assert_eq!(err.kind(), crate::ErrorKind::Content);
    unchanged(&s);
}

fn locale_pack(version: u64, chain: &str) -> Vec<u8> {
    // "qaa" is reserved for local use (ISO 639-2), so no real language is claimed; the
    // messages are the English ones with the app's name marked.
    let source = ContentSource::embedded();
    let mut files: Vec<(String, String)> = source
        .under("l10n/en/")
        .map(|(p, t)| {
            let text = if p == "l10n/en/app.ftl" {
                t.replacen("app-name = ", "app-name = [qaa] ", 1)
            } else {
                t.to_owned()
            };
            (p.replacen("l10n/en/", "l10n/qaa/", 1), text)
        })
        .collect();
    files.push((
        "l10n/qaa/locale.toml".into(),
        format!(
            "native_name = \"Test\"\nenglish_name = \"Test language\"\ndirection = \"ltr\"\nstatus = \"draft\"\nchain = {chain}\n"
        ),
    ));
    let key = test_key();
    format::write(
        "locale-qaa",
        &Kind::Locale("qaa".into()),
        version,
        "0.1.0",
        &files,
        &public(&key),
        |m| key.sign(m).to_bytes(),
    )
    .unwrap()
}

#[test]
fn a_locale_pack_adds_a_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    s.install(&locale_pack(1, "[\"en\"]")).unwrap();
    let content = s.content().unwrap();
    assert!(content.manifest.locale("qaa").is_some());
    let chain = content.l10n.resolve(&["qaa"], false).chain;
    assert_eq!(chain, vec!["qaa".to_owned(), "en".to_owned()]);
    assert!(content.l10n.text(&chain, "app-name").starts_with("[qaa]"));
    s.remove("locale-qaa").unwrap();
    assert!(s.content().unwrap().manifest.locale("qaa").is_none());
}

#[test]
fn a_locale_pack_with_a_broken_chain_is_refused_with_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir).with_content_checker();
    let err = s.install(&locale_pack(1, "[\"fr\"]")).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Content, "{err:?}");
    assert!(s.list().is_empty());
}

#[test]
fn kinds_and_ids_parse_strictly() {
    assert_eq!(
        Kind::parse("locale:sw-KE"),
        Some(Kind::Locale("sw-KE".into()))
    );
    assert_eq!(Kind::parse("locale:"), None);
    assert_eq!(Kind::parse("locale:../x"), None);
    assert_eq!(Kind::parse("lessons"), None);
    assert!(format::valid_id("locale-qaa"));
    assert!(!format::valid_id("../x") && !format::valid_id("") && !format::valid_id("A"));
    assert_eq!(
        parse_public_key(&format::hex(&public(&test_key()))),
        Some(public(&test_key()))
    );
    assert_eq!(parse_public_key("zz"), None);
}

/// The checker sees what a pack can affect: a directory pack's scope holds the directory,
/// the manifest and every locale's directory messages, not the screening content; a pack
/// with a top-level file is checked against everything.
#[test]
fn the_check_scope_follows_the_features_a_pack_touches() {
    let embedded = ContentSource::embedded();
    let pack = format::read(&directory_pack(1, "+254000000000"), &[public(&test_key())]).unwrap();
    let scoped = super::store::scope(embedded.clone(), &pack);
    let paths: Vec<&str> = scoped.paths().collect();
    assert!(paths.contains(&"directory/KE.toml") && paths.contains(&"manifest.toml"));
    assert!(paths.contains(&"l10n/sw/directory.ftl") && paths.contains(&"l10n/ar/app.ftl"));
    assert!(
        !paths
            .iter()
            .any(|p| p.starts_with("screening/") || p.ends_with("/screening.ftl"))
    );
    assert!(crate::content::check::check(&scoped).is_ok());
    let locale = format::read(&locale_pack(1, "[\"en\"]"), &[public(&test_key())]).unwrap();
    assert!(
        super::store::scope(embedded, &locale)
            .paths()
            .any(|p| p.starts_with("screening/"))
    );
}

/// The phones' library judges a pack by loading the merged content: a file that does not
/// parse into its feature's types is refused, naming it; nothing changes.
#[test]
fn the_library_refuses_content_that_does_not_load() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let broken = kenya("+254000000000").replacen("[[emergency]]", "[[emergency]]\nnumber = 5", 1);
    let bytes = build_with(
        &test_key(),
        "directory",
        &Kind::Directory,
        1,
        &[("directory/KE.toml", &broken)],
    );
    let err = s.install(&bytes).unwrap_err();
    assert!(
        matches!(err, PackError::Content { line: None, .. }),
        "{err:?}"
    );
    assert_eq!(err.kind(), crate::ErrorKind::Content);
    let ftl = build_with(
        &test_key(),
        "locale-fr",
        &Kind::Locale("fr".into()),
        1,
        &[("l10n/fr/directory.ftl", "this is { not fluent\n")],
    );
    let err = s.install(&ftl).unwrap_err();
    assert!(
        matches!(err, PackError::Content { ref file, .. } if file == "l10n/fr/directory.ftl"),
        "{err:?}"
    );
    unchanged(&s);
}

/// The binary manifest reads back what was written, and refuses anything cut short, any
/// byte after the last file, and paths out of order; a format 1 (JSON) pack is refused as
/// another format before its signature is even checked.
#[test]
fn the_manifest_is_exact_and_ordered() {
    let bytes = directory_pack(1, "+254000000000");
    let len = u32::from_le_bytes(bytes[104..108].try_into().unwrap()) as usize;
    let manifest = &bytes[HEADER_LEN..HEADER_LEN + len];
    let decoded = format::Manifest::decode(manifest).unwrap();
    assert_eq!(decoded.id, "directory");
    assert_eq!(decoded.files[0].path, "directory/KE.toml");
    assert_eq!(decoded.encode().unwrap(), manifest);
    for cut in 0..manifest.len() {
        assert_eq!(format::Manifest::decode(&manifest[..cut]), None, "{cut}");
    }
    let mut longer = manifest.to_vec();
    longer.push(0);
    assert_eq!(format::Manifest::decode(&longer), None);

    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let key = test_key();
    let payload_of = |text: &[u8]| miniz_oxide::deflate::compress_to_vec(text, 6);
    let mut extra = decoded.clone();
    extra.files[0].deflated = payload_of(kenya("+254000000000").as_bytes()).len() as u32;
    let mut manifest = extra.encode().unwrap();
    manifest.push(0);
    let pack = format::assemble(
        &public(&key),
        &manifest,
        &payload_of(kenya("+254000000000").as_bytes()),
        |m| key.sign(m).to_bytes(),
    );
    assert!(matches!(s.install(&pack), Err(PackError::Manifest)));

    let text = b"x = 1\n".as_slice();
    let unordered = signed_manifest(
        &[("directory/UG.toml", text), ("directory/KE.toml", text)],
        "directory",
        None,
    );
    assert!(
        matches!(s.install(&unordered), Err(PackError::Path(ref p)) if p == "directory/KE.toml")
    );

    let mut format_1 = bytes.clone();
    format_1[6] = 1;
    assert!(matches!(s.install(&format_1), Err(PackError::Format)));
    unchanged(&s);
}

/// A locale pack's `locale.toml` with a field the format does not have, or a name that is
/// not text, is refused naming that file.
#[test]
fn a_locale_file_with_unknown_or_wrong_fields_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    for locale in [
        "native_name = \"T\"\nenglish_name = \"T\"\ndirection = \"ltr\"\nstatus = \"draft\"\nchain = [\"en\"]\nhotline = \"+1\"\n",
        "native_name = 5\nenglish_name = \"T\"\ndirection = \"ltr\"\nstatus = \"draft\"\nchain = [\"en\"]\n",
        "native_name = \"T\"\nenglish_name = \"T\"\ndirection = \"ltr\"\nstatus = \"draft\"\nchain = \"en\"\n",
    ] {
        let bytes = build_with(
            &test_key(),
            "locale-qaa",
            &Kind::Locale("qaa".into()),
            1,
            &[
                ("l10n/qaa/app.ftl", "app-name = Q\n"),
                ("l10n/qaa/locale.toml", locale),
            ],
        );
        let err = s.install(&bytes).unwrap_err();
        assert!(
            matches!(err, PackError::Content { ref file, .. } if file == "l10n/qaa/locale.toml"),
            "{err:?}"
        );
    }
    assert!(s.list().is_empty());
}

#[test]
fn a_core_version_is_three_runs_of_digits() {
    for (text, parsed) in [
        ("0.1.0", Some((0, 1, 0))),
        ("10.20.30", Some((10, 20, 30))),
        ("007.0.1", Some((7, 0, 1))),
        ("18446744073709551615.0.0", Some((u64::MAX, 0, 0))),
    ] {
        assert_eq!(format::parse_version(text), parsed, "{text}");
    }
    for text in [
        "",
        "1",
        "1.2",
        "1.2.3.4",
        "1..3",
        ".1.2",
        "1.2.",
        "+1.2.3",
        "1.2.x",
        "1.2.3-beta",
        " 1.2.3",
        "18446744073709551616.0.0",
        "١.٢.٣",
    ] {
        assert_eq!(format::parse_version(text), None, "{text}");
    }
}

/// Packs are laid over the content in rank order whatever order they come in: a full
/// pack, then a directory pack (which wins for its files), then locale packs, whose
/// `locale.toml` becomes a manifest entry (of the full pack's manifest, here).
#[test]
fn packs_are_laid_over_in_rank_order_and_a_locale_joins_the_manifest() {
    let pack = |id: &str, kind: Kind, files: &[(&str, &str)]| Pack {
        manifest: format::Manifest {
            id: id.into(),
            kind: String::new(),
            version: 1,
            min_core: "0.1.0".into(),
            files: Vec::new(),
        },
        kind,
        key: [0; 32],
        files: files
            .iter()
            .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
            .collect(),
    };
    let manifest = |version: &str| {
        format!(
            "[content]\nversion = \"{version}\"\n\n[[locales]]\nid = \"en\"\nnative_name = \"English\"\n\
             english_name = \"English\"\ndirection = \"ltr\"\nstatus = \"reviewed\"\n"
        )
    };
    let full_manifest = manifest("2");
    let base = ContentSource::from_files([
        ("manifest.toml".to_owned(), manifest("1")),
        ("directory/KE.toml".to_owned(), "embedded".to_owned()),
        ("directory/UG.toml".to_owned(), "embedded".to_owned()),
    ]);
    let full = pack(
        "full",
        Kind::Full,
        &[
            ("directory/KE.toml", "full"),
            ("directory/TZ.toml", "full"),
            ("manifest.toml", &full_manifest),
        ],
    );
    let directory = pack(
        "directory",
        Kind::Directory,
        &[("directory/KE.toml", "directory")],
    );
    let locale = pack(
        "locale-qaa",
        Kind::Locale("qaa".into()),
        &[
            ("l10n/qaa/app.ftl", "app-name = Qaa\n"),
            (
                "l10n/qaa/locale.toml",
                "native_name = \"Qaa\"\nenglish_name = \"Qaa\"\ndirection = \"ltr\"\nstatus = \"draft\"\nchain = [\"fr\", \"en\"]\n",
            ),
        ],
    );
    let merged = merged_source(base.clone(), &[&locale, &directory, &full]).unwrap();
    assert_eq!(merged.get("directory/KE.toml"), Some("directory"));
    assert_eq!(merged.get("directory/TZ.toml"), Some("full"));
    assert_eq!(merged.get("directory/UG.toml"), Some("embedded"));
    assert_eq!(merged.get("l10n/qaa/app.ftl"), Some("app-name = Qaa\n"));
    assert_eq!(merged.get("l10n/qaa/locale.toml"), None);
    let manifest = merged.get("manifest.toml").unwrap();
    assert!(manifest.starts_with(&full_manifest), "{manifest}");
    let added = "\n[chains]\n\"qaa\" = [\"fr\", \"en\"]\n\n[[locales]]\nid = \"qaa\"\n\
                 native_name = \"Qaa\"\nenglish_name = \"Qaa\"\ndirection = \"ltr\"\n\
                 status = \"draft\"\n";
    assert!(manifest.ends_with(added), "{manifest}");
    let parsed: crate::content::Manifest = toml::from_str(manifest).unwrap();
    assert_eq!(parsed.locales.len(), 2);
    assert_eq!(parsed.chains["qaa"], ["fr", "en"]);
    // The embedded base is untouched.
    assert_eq!(base.get("directory/KE.toml"), Some("embedded"));
}

#[test]
fn a_safe_path_is_relative_plain_and_a_content_file() {
    for path in [
        "directory/KE.toml",
        "l10n/fr/app.ftl",
        "manifest.toml",
        "a/.../b.toml",
        "a/.b/c.ftl",
        "l10n/ar/عربي.ftl",
    ] {
        assert!(format::safe_path(path), "{path}");
    }
    for path in [
        "",
        "/",
        "/etc/x.toml",
        "x.toml/",
        "a//b.toml",
        "./a.toml",
        "a/./b.toml",
        "../a.toml",
        "a/../b.toml",
        "a/..",
        ".",
        "..",
        "a\\b.toml",
        "c:x.toml",
        "a/b\0.toml",
        "a/b\n.toml",
        "a/b\u{85}.toml",
        "a/b.sh",
        &format!("{}.toml", "a".repeat(200)),
    ] {
        assert!(!format::safe_path(path), "{path:?}");
    }
}
