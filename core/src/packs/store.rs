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
    /// The release keys, then the extra key of this run if there is one: the first
    /// `trusted_count` (in place, not a list on the heap: size).
    trusted: [[u8; 32]; super::TRUSTED_KEYS.len() + 1],
    trusted_count: usize,
    check: fn(ContentSource, &Pack) -> Result<(), PackError>,
}

impl PackStore {
    /// `extra_key`: one more trusted key for this run (developer mode only; shells decide).
    pub fn new(data_dir: &Path, extra_key: Option<[u8; 32]>) -> Self {
        let release = super::TRUSTED_KEYS.len();
        let mut trusted = [[0; 32]; super::TRUSTED_KEYS.len() + 1];
        trusted[..release].copy_from_slice(super::TRUSTED_KEYS);
        if let Some(key) = extra_key {
            trusted[release] = key;
        }
        Self {
            dir: data_dir.join("packs"),
            trusted,
            trusted_count: release + usize::from(extra_key.is_some()),
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
        self.dir.join(format!("{id}.wmpack"))
    }

    /// Reads and verifies a pack with this store's keys.
    pub fn verify(&self, bytes: &[u8]) -> Result<Pack, PackError> {
        format::read(bytes, &self.trusted[..self.trusted_count])
    }

    /// The installed packs that still verify, with their byte sizes, in id order. A pack
    /// that no longer verifies (a damaged file, or a developer key not trusted this run)
    /// is left out: the content falls back to what is embedded.
    pub fn installed(&self) -> Vec<(Pack, usize)> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        // Ids in order, each inserted in its place: no sort routine of its own (size).
        let mut ids: Vec<String> = Vec::new();
        for name in entries.filter_map(|e| e.ok()?.file_name().into_string().ok()) {
            if let Some(id) = name.strip_suffix(".wmpack")
                && format::valid_id(id)
                && let Err(at) = ids.binary_search_by(|i| i.as_str().cmp(id))
            {
                ids.insert(at, id.to_owned());
            }
        }
        ids.iter()
            .filter_map(|id| {
                let bytes = read_pack(&self.path(id))?;
                let pack = self.verify(&bytes).ok()?;
                // The file name is the id it was installed under; a renamed file is not it.
                (pack.manifest.id == *id).then_some((pack, bytes.len()))
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
        match merged_source(ContentSource::embedded(), &packs).map(Content::load) {
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
        let merged = merged_source(ContentSource::embedded(), &packs)?;
        (self.check)(merged, &pack)?;
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
        let bytes = read_pack(&self.path(id)).ok_or(PackError::NotInstalled)?;
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
        // `<id>.wmpack.tmp`: never read as a pack (`installed` takes `.wmpack` names only).
        let mut tmp = path.clone().into_os_string();
        tmp.push(".tmp");
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

/// The part of the merged content the terminal's checker needs to judge `pack`: the
/// manifest, every locale's `app.ftl`, and each feature the pack touches (its folder and its
/// `.ftl` in every locale; learning, workshops and the checklist refer to each other, so
/// they go together). A pack touching the manifest or a top-level file is checked against
/// everything. A directory pack is then checked in milliseconds instead of the whole tree's
/// third of a second (mostly the screening validator's example scans; docs/PERFORMANCE.md).
/// The phones' load check needs no such cut: it loads every feature in a few milliseconds,
/// and the library is spared this code (size).
pub(super) fn scope(mut merged: ContentSource, pack: &Pack) -> ContentSource {
    /// The part of `path` before its first `/`, and the rest (a byte search, not a
    /// string splitter: size).
    fn head(path: &str) -> Option<(&str, &str)> {
        let at = path.bytes().position(|b| b == b'/')?;
        Some((&path[..at], &path[at + 1..]))
    }
    /// `directory/KE.toml` → `directory`, `l10n/fr/learn.ftl` → `learn`.
    fn feature(path: &str) -> Option<&str> {
        match path.strip_prefix("l10n/") {
            Some(rest) => {
                let (_, file) = head(rest)?;
                head(file).map_or(file, |(dir, _)| dir).strip_suffix(".ftl")
            }
            None => head(path).map(|(dir, _)| dir),
        }
    }
    let mut features = vec!["app", "checklist"];
    for (path, _) in &pack.files {
        // A locale's `locale.toml` becomes part of the manifest, which is always checked.
        if path.starts_with("l10n/") && path.ends_with("/locale.toml") {
            continue;
        }
        match feature(path) {
            Some(f) if !features.contains(&f) => features.push(f),
            Some(_) => {}
            None => return merged,
        }
    }
    if features.contains(&"learn") || features.contains(&"workshop") {
        features.extend(["learn", "workshop"]);
    }
    merged.retain(|path| {
        path == crate::content::MANIFEST || feature(path).is_some_and(|f| features.contains(&f))
    });
    merged
}

/// The content checker over the part of the merged content `pack` can affect; its first
/// problem, with file and line.
fn check_merged(source: ContentSource, pack: &Pack) -> Result<(), PackError> {
    let report = check::check(&scope(source, pack));
    match report.problems.into_iter().next() {
        None => Ok(()),
        Some(p) => Err(PackError::Content {
            file: p.file,
            line: p.line,
            message: p.message,
        }),
    }
}

/// What the phones' library checks: the whole merged content loads the way the app will
/// load it, every feature's files parsing into their types (the manifest, the localizer,
/// the help directory, learning, workshops, screening, the checklist) and the packs'
/// Fluent files parsing. The file is named; the loaders know no line.
fn load_check(source: ContentSource, _pack: &Pack) -> Result<(), PackError> {
    fn invalid(e: ContentError) -> PackError {
        let (file, message) = match e {
            ContentError::Invalid { file, message } => (file, message),
            ContentError::Missing(file) => (file, "missing".into()),
            ContentError::Unreadable => (crate::content::MANIFEST.into(), "unreadable".into()),
        };
        PackError::Content {
            file,
            line: None,
            message,
        }
    }
    let refused = |file: &str| PackError::content(file, "does not load");
    let content = Arc::new(Content::load(source).map_err(invalid)?);
    let source = &content.source;
    // The Fluent syntax of the files that came from packs (the embedded ones are checked
    // by the build's tests; the localizer parses lazily, so nothing else parses them now).
    for (path, text) in source.under("l10n/") {
        if path.ends_with(".ftl") && !source.is_embedded(path) {
            fluent_bundle::FluentResource::try_new(text.to_owned()).map_err(|_| refused(path))?;
        }
    }
    // The same entry points the app uses (not the loaders behind them), so the library
    // gains no second copy of each loader; a feature that does not load is named by its
    // folder (the terminal's checker names file and line). Called in one match, not
    // through a table of closures (a function each: size).
    let folders = [
        "directory/",
        "learn/",
        "workshop/",
        "screening/",
        "checklist/",
    ];
    for (i, folder) in folders.into_iter().enumerate() {
        let loads = source.under(folder).next().is_none()
            || match i {
                0 => crate::directory::query::directory_of(&content).is_ok(),
                1 => crate::learn::Catalog::of(&content).is_ok(),
                2 => crate::workshop::Plans::of(&content).is_ok(),
                3 => crate::screening::Screening::of(&content).is_ok(),
                _ => crate::checklist::Checklist::load(&content).is_ok(),
            };
        if !loads {
            return Err(refused(folder));
        }
    }
    Ok(())
}

/// An installed pack's bytes, at most one more than a pack may have (the reader refuses
/// that): read the way `content::from_dir` reads a file, so the library has one such
/// routine.
fn read_pack(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| {
            f.take(crate::content::MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
        })
        .ok()?;
    Some(bytes)
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
