//! The installed packs: `<data folder>/packs/<id>.wmpack`, the exact signed bytes that
//! were installed (so `export` passes on the same file). Installing writes a temporary
//! file, syncs it, renames it over the old one and syncs the folder: a crash leaves the
//! old pack or the new one, never half of one. Every open verifies each pack again.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::format;
use super::{Pack, PackError, merged_source};
use crate::content::{Content, ContentError, ContentSource, check};

const EXTENSION: &str = "wmpack";

/// What `pack list` and `content_packs()` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    pub id: String,
    pub kind: String,
    pub version: u64,
    pub files: usize,
    /// The signed file's size in bytes.
    pub bytes: u64,
    /// The first 16 hex digits of the signer's public key.
    pub signer: String,
}

impl PackInfo {
    pub fn of(pack: &Pack, bytes: usize) -> Self {
        Self {
            id: pack.manifest.id.clone(),
            kind: pack.manifest.kind.clone(),
            version: pack.manifest.version,
            files: pack.files.len(),
            bytes: bytes as u64,
            signer: format::hex(&pack.key[..8]),
        }
    }
}

/// The packs folder of one data folder, the keys trusted for this run, and how the merged
/// content is judged before a pack is installed.
pub struct PackStore {
    dir: PathBuf,
    trusted: Vec<[u8; 32]>,
    check: fn(&ContentSource) -> Result<(), PackError>,
}

impl PackStore {
    /// `extra_key`: one more trusted key for this run (developer mode only; shells decide).
    pub fn new(data_dir: &Path, extra_key: Option<[u8; 32]>) -> Self {
        let mut trusted = super::TRUSTED_KEYS.to_vec();
        trusted.extend(extra_key);
        Self {
            dir: data_dir.join("packs"),
            trusted,
            check: load_check,
        }
    }

    /// Judges packs with the whole content checker (`waymark content check`) instead of
    /// the loaders: the terminal shell, `pack build` and tests. Not the phones' library:
    /// the checker's typed TOML parsing is over half a megabyte of code, ten times the
    /// size budget of this feature (docs/CONTENT-PACKS.md, "What installing checks").
    pub fn with_content_checker(mut self) -> Self {
        self.check = check_merged;
        self
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.{EXTENSION}"))
    }

    /// Reads and verifies a pack with this store's keys.
    pub fn verify(&self, bytes: &[u8]) -> Result<Pack, PackError> {
        format::read(bytes, &self.trusted)
    }

    /// The installed packs that still verify, with their byte sizes, in id order. A pack
    /// that no longer verifies (a damaged file, or a developer key not trusted this run)
    /// is left out: the content falls back to what is embedded.
    pub fn installed(&self) -> Vec<(Pack, usize)> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        // A set filled one by one, for id order without a sort routine of its own (size).
        let mut names = std::collections::BTreeSet::new();
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.extension().is_some_and(|e| e == EXTENSION) {
                names.insert(path);
            }
        }
        names
            .iter()
            .filter_map(|path| {
                let bytes = fs::read(path).ok()?;
                let pack = self.verify(&bytes).ok()?;
                // The file name is the id it was installed under; a renamed file is not it.
                (path.file_stem()? == pack.manifest.id.as_str()).then_some((pack, bytes.len()))
            })
            .collect()
    }

    pub fn list(&self) -> Vec<PackInfo> {
        self.installed()
            .iter()
            .map(|(pack, bytes)| PackInfo::of(pack, *bytes))
            .collect()
    }

    /// The embedded content with the installed packs over it; the embedded content alone
    /// when none is installed or the merged content does not load.
    pub fn content(&self) -> Result<Arc<Content>, crate::content::ContentError> {
        let installed = self.installed();
        if installed.is_empty() {
            return Content::embedded();
        }
        let packs: Vec<&Pack> = installed.iter().map(|(p, _)| p).collect();
        match merged_source(&ContentSource::embedded(), &packs).map(Content::load) {
            Ok(Ok(content)) => Ok(Arc::new(content)),
            _ => Content::embedded(),
        }
    }

    /// Checks a pack as `install` would, except that it may be the installed version:
    /// verified, and the merged content passes the content checker. Writes nothing.
    pub fn check(&self, bytes: &[u8]) -> Result<Pack, PackError> {
        self.prepare(bytes, false)
    }

    /// Verifies `bytes` and installs the pack if it makes things better: newer than the
    /// installed version of its id, and the merged content passes the content checker.
    /// Nothing changes on any refusal.
    pub fn install(&self, bytes: &[u8]) -> Result<PackInfo, PackError> {
        let pack = self.prepare(bytes, true)?;
        self.write(&pack.manifest.id, bytes)?;
        Ok(PackInfo::of(&pack, bytes.len()))
    }

    fn prepare(&self, bytes: &[u8], refuse_same_or_older: bool) -> Result<Pack, PackError> {
        let pack = self.verify(bytes)?;
        let others: Vec<(Pack, usize)> = self.installed();
        let same = others
            .iter()
            .find(|(p, _)| p.manifest.id == pack.manifest.id);
        if let (true, Some((old, _))) = (refuse_same_or_older, same)
            && pack.manifest.version <= old.manifest.version
        {
            return Err(PackError::Rollback {
                installed: old.manifest.version,
                offered: pack.manifest.version,
            });
        }
        let mut packs: Vec<&Pack> = others
            .iter()
            .map(|(p, _)| p)
            .filter(|p| p.manifest.id != pack.manifest.id)
            .collect();
        packs.push(&pack);
        let merged = merged_source(&ContentSource::embedded(), &packs)?;
        (self.check)(&scope(&merged, &pack))?;
        Ok(pack)
    }

    /// Removes an installed pack: its files fall back to the embedded content.
    pub fn remove(&self, id: &str) -> Result<(), PackError> {
        if !format::valid_id(id) {
            return Err(PackError::NotInstalled);
        }
        let path = self.path(id);
        if !path.is_file() {
            return Err(PackError::NotInstalled);
        }
        fs::remove_file(&path).map_err(|_| PackError::Storage)?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// The exact signed bytes of an installed pack, to pass on.
    pub fn export(&self, id: &str) -> Result<Vec<u8>, PackError> {
        if !format::valid_id(id) {
            return Err(PackError::NotInstalled);
        }
        let bytes = fs::read(self.path(id)).map_err(|_| PackError::NotInstalled)?;
        // Only what would load: a damaged file is not passed on.
        let pack = self.verify(&bytes).map_err(|_| PackError::NotInstalled)?;
        if pack.manifest.id != id {
            return Err(PackError::NotInstalled);
        }
        Ok(bytes)
    }

    fn write(&self, id: &str, bytes: &[u8]) -> Result<(), PackError> {
        create_private_dir(&self.dir)?;
        let path = self.path(id);
        let tmp = self.dir.join(format!(".{id}.{EXTENSION}.tmp"));
        let written = (|| {
            let mut file = fs::File::create(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            fs::rename(&tmp, &path)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
            return Err(PackError::Storage);
        }
        sync_dir(&self.dir);
        Ok(())
    }
}

/// The part of the merged content the checker needs to judge `pack`: the manifest, every
/// locale's `app.ftl`, and each feature the pack touches (its folder and its `.ftl` in every
/// locale; learning, workshops and the checklist refer to each other, so they go together).
/// A pack touching the manifest or a top-level file is checked against everything. A
/// directory pack is then checked in milliseconds instead of the whole tree's third of a
/// second (mostly the screening validator's example scans; docs/PERFORMANCE.md).
pub(super) fn scope(merged: &ContentSource, pack: &Pack) -> ContentSource {
    fn feature(path: &str) -> Option<&str> {
        match path.strip_prefix("l10n/") {
            Some(rest) => rest.split('/').nth(1)?.strip_suffix(".ftl"),
            None => path.split_once('/').map(|(dir, _)| dir),
        }
    }
    let mut features = std::collections::BTreeSet::from(["app", "checklist"]);
    for (path, _) in &pack.files {
        // A locale's `locale.toml` becomes part of the manifest, which is always checked.
        if path.starts_with("l10n/") && path.ends_with("/locale.toml") {
            continue;
        }
        match feature(path) {
            Some(f) => {
                features.insert(f);
            }
            None => return merged.clone(),
        }
    }
    if features.contains("learn") || features.contains("workshop") {
        features.extend(["learn", "workshop"]);
    }
    let needed = |path: &str| {
        path == crate::content::MANIFEST || feature(path).is_some_and(|f| features.contains(f))
    };
    ContentSource::from_files(
        merged
            .paths()
            .filter(|p| needed(p))
            .filter_map(|p| Some((p.to_owned(), merged.get(p)?.to_owned())))
            .collect::<Vec<_>>(),
    )
}

/// The content checker over the merged content; its first problem, with file and line.
fn check_merged(source: &ContentSource) -> Result<(), PackError> {
    let report = check::check(source);
    match report.problems.into_iter().next() {
        None => Ok(()),
        Some(p) => Err(PackError::Content {
            file: p.file,
            line: p.line,
            message: p.message,
        }),
    }
}

/// What the phones' library checks: the merged content loads the way the app will load
/// it, every feature's files parsing into their types (the manifest, the localizer, the
/// help directory, learning, workshops, screening, the checklist) and every locale's
/// messages parsing. The file is named; the loaders know no line.
fn load_check(source: &ContentSource) -> Result<(), PackError> {
    fn invalid(e: ContentError) -> PackError {
        match e {
            ContentError::Invalid { file, message } => PackError::Content {
                file,
                line: None,
                message,
            },
            ContentError::Missing(file) => PackError::Content {
                file,
                line: None,
                message: "missing".into(),
            },
            ContentError::Unreadable => PackError::Content {
                file: crate::content::MANIFEST.into(),
                line: None,
                message: "unreadable".into(),
            },
        }
    }
    let feature = |folder: &str, message: String| PackError::Content {
        file: folder.to_owned(),
        line: None,
        message,
    };
    let content = Arc::new(Content::load(source.clone()).map_err(invalid)?);
    for locale in &content.manifest.locales {
        for (path, text) in source.under(&format!("l10n/{}/", locale.id)) {
            if path.ends_with(".ftl") {
                fluent_bundle::FluentResource::try_new(text.to_owned()).map_err(
                    |(_, errors)| feature(path, format!("{} Fluent syntax error(s)", errors.len())),
                )?;
            }
        }
    }
    // The same entry points the app uses (not the loaders behind them), so the library
    // gains no second copy of each loader.
    let has = |folder: &str| source.under(folder).next().is_some();
    if has("directory/") {
        crate::directory::query::directory_of(&content)
            .map_err(|e| feature("directory/", e.to_string()))?;
    }
    if has("learn/") {
        crate::learn::Catalog::of(&content).map_err(|e| feature("learn/", e.to_string()))?;
    }
    if has("workshop/") {
        crate::workshop::Plans::of(&content).map_err(|e| feature("workshop/", e.to_string()))?;
    }
    if has("screening/") {
        crate::screening::Screening::of(&content)
            .map_err(|e| feature("screening/", e.to_string()))?;
    }
    if has("checklist/") {
        crate::checklist::Checklist::load(&content)
            .map_err(|e| feature("checklist/", e.to_string()))?;
    }
    Ok(())
}

/// The packs folder, private to the app's user (0700 where permissions exist).
fn create_private_dir(dir: &Path) -> Result<(), PackError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|_| PackError::Storage)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir).map_err(|_| PackError::Storage)
    }
}

/// Makes a rename or removal durable (the folder's entry); best effort where a folder
/// cannot be opened (not on Unix).
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
