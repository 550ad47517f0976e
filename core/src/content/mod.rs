//! Content is data: Fluent messages under `l10n/<locale>/*.ftl` and TOML for structure.
//! [`ContentSource`] is the set of files (embedded at build time, or a directory a shell
//! loads at run time); [`Content`] is that set parsed: the manifest and the localizer.
//! Feature modules parse their own TOML from [`Content::source`].

pub mod check;
#[cfg(test)]
mod comments;
mod de;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use once_cell::sync::OnceCell;
use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, UserFacing};
use crate::i18n::Localizer;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("content directory cannot be read")]
    Unreadable,
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("content file missing: {0}")]
    Missing(String),
}

impl UserFacing for ContentError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Content
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        match self {
            ContentError::Unreadable => Some(("error-content-unreadable", vec![])),
            ContentError::Invalid { file, .. } | ContentError::Missing(file) => {
                Some(("error-content-file", vec![("file", file.clone())]))
            }
        }
    }
}

/// One deflated chunk of the embedded content (`core/build.rs`), inflated on first read
/// and kept for the process: `None` if it does not inflate, which a build cannot produce;
/// its files then read as missing, a content error rather than a panic.
#[derive(Debug)]
pub(crate) struct Chunk {
    deflated: &'static [u8],
    len: usize,
    text: OnceCell<Option<String>>,
}

impl Chunk {
    pub(crate) const fn new(deflated: &'static [u8], len: usize) -> Self {
        Self {
            deflated,
            len,
            text: OnceCell::new(),
        }
    }

    fn text(&self) -> Option<&str> {
        self.text
            .get_or_init(|| String::from_utf8(inflate(self.deflated, self.len)?).ok())
            .as_deref()
    }
}

/// Inflates a raw DEFLATE stream that must give exactly `len` bytes (the embedded
/// content's chunks, a content pack's files): `None` if it is damaged, ends early, or
/// would give more. One pass into a buffer of the known size, no growing and copying; and
/// the library's one inflate-to-memory routine (miniz's growing one is a second copy).
pub(crate) fn inflate(deflated: &[u8], len: usize) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::TINFLStatus;
    use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};
    let mut out = vec![0u8; len];
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, _, written) = decompress(&mut state, deflated, &mut out, 0, flags);
    (status == TINFLStatus::Done && written == len).then_some(out)
}

/// A file's text: its own, or a range of an embedded chunk.
#[derive(Debug, Clone)]
enum Text {
    Owned(String),
    Embedded {
        chunk: &'static Chunk,
        start: usize,
        end: usize,
    },
}

impl Text {
    fn as_str(&self) -> Option<&str> {
        match self {
            Text::Owned(text) => Some(text),
            Text::Embedded { chunk, start, end } => chunk.text()?.get(*start..*end),
        }
    }
}

/// The files of one content tree, keyed by their path relative to the tree's root,
/// always with `/` separators (`l10n/fr/app.ftl`).
#[derive(Debug, Clone, Default)]
pub struct ContentSource {
    files: BTreeMap<String, Text>,
}

impl ContentSource {
    /// The content compiled into this binary. It is stored deflated, in chunks (a locale's
    /// messages, a feature's folder: 0.9 MB of text is a quarter of that in the library),
    /// and a chunk is inflated once per process, when one of its files is first read.
    pub fn embedded() -> Self {
        Self::from_entries(
            embedded::EMBEDDED_FILES
                .iter()
                .filter_map(|&(path, chunk, start, end)| {
                    let chunk = embedded::CHUNKS.get(chunk)?;
                    Some((path.to_owned(), Text::Embedded { chunk, start, end }))
                })
                .collect(),
        )
    }

    pub fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Self {
        Self::from_entries(
            files
                .into_iter()
                .map(|(path, text)| (path, Text::Owned(text)))
                .collect(),
        )
    }

    /// The one way a tree is built from a list of files: `BTreeMap`'s `FromIterator`
    /// (a stable sort, then the last file of each path). Every tree the library makes (the
    /// embedded one, a folder's, packs laid over one, a part of one) goes through here, so
    /// it carries one copy of that code and none of the map's insertion code (size).
    #[inline(never)]
    fn from_entries(entries: Vec<(String, Text)>) -> Self {
        Self {
            files: entries.into_iter().collect(),
        }
    }

    /// This tree with `files` laid over it in order: each replaces the file of its path
    /// or is added, and of two with one path the later wins (content packs).
    pub fn overlaid(self, files: Vec<(String, String)>) -> Self {
        let mut entries = Vec::with_capacity(self.files.len() + files.len());
        for entry in self.files {
            entries.push(entry);
        }
        for (path, text) in files {
            entries.push((path, Text::Owned(text)));
        }
        Self::from_entries(entries)
    }

    /// Reads every `.ftl` and `.toml` file under `dir` (symbolic links, pipes and devices
    /// are skipped), refusing a file that is not UTF-8 or too large and a folder without a
    /// manifest.
    pub fn from_dir(dir: &Path) -> Result<Self, ContentError> {
        let (raw, issues) = read_dir(dir)?;
        for issue in issues {
            if let ReadIssue::TooLarge { path } = issue {
                return Err(ContentError::Invalid {
                    file: path,
                    message: format!("larger than {} MB", MAX_FILE_BYTES / (1024 * 1024)),
                });
            }
        }
        let mut files = Vec::with_capacity(raw.len());
        for (path, bytes) in raw {
            let text = String::from_utf8(bytes).map_err(|e| ContentError::Invalid {
                message: format!("line {}: not valid UTF-8", utf8_error_line(&e)),
                file: path.clone(),
            })?;
            files.push((path, Text::Owned(text)));
        }
        Ok(Self::from_entries(files))
    }

    /// Like [`ContentSource::from_dir`] for the content checker, which reports what the
    /// loader would refuse or skip and checks everything else: a file that is not UTF-8 is
    /// read with U+FFFD in place of the bad bytes.
    pub fn from_dir_for_check(dir: &Path) -> Result<(Self, Vec<ReadIssue>), ContentError> {
        let (raw, mut issues) = read_dir(dir)?;
        let mut files = BTreeMap::new();
        for (path, bytes) in raw {
            let text = match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    issues.push(ReadIssue::NotUtf8 {
                        path: path.clone(),
                        line: utf8_error_line(&e),
                    });
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
            };
            files.insert(path, Text::Owned(text));
        }
        Ok((Self { files }, issues))
    }

    /// Adds or replaces one file (tests and tools that patch a tree).
    pub fn set(&mut self, path: &str, text: impl Into<String>) {
        self.files.insert(path.to_owned(), Text::Owned(text.into()));
    }

    /// Keeps only the files whose path `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        // Into a new map, not `BTreeMap::retain` (its removal code is 4 KB: size).
        let mut kept = Vec::new();
        for (path, text) in std::mem::take(&mut self.files) {
            if keep(&path) {
                kept.push((path, text));
            }
        }
        *self = Self::from_entries(kept);
    }

    pub fn remove(&mut self, path: &str) {
        self.files.remove(path);
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).and_then(Text::as_str)
    }

    /// Whether `path` is compiled into this binary (content the build's own tests
    /// check) rather than read at run time.
    pub(crate) fn is_embedded(&self, path: &str) -> bool {
        matches!(self.files.get(path), Some(Text::Embedded { .. }))
    }

    /// Files whose path starts with `prefix`, in path order.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files
            .range(prefix.to_owned()..)
            .take_while(move |(p, _)| p.starts_with(prefix))
            .filter_map(|(p, t)| Some((p.as_str(), t.as_str()?)))
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Refuses content from outside the binary (a folder, a pack) with a `.ftl` entry
    /// nested deeper than the Fluent parser's stack allows. The embedded content is not
    /// inflated here just to scan it: the content check over it is a test of every build,
    /// and a bundle leaves such an entry out whatever its source.
    fn refuse_too_deep(&self) -> Result<(), ContentError> {
        for (path, text) in &self.files {
            let Text::Owned(text) = text else {
                continue;
            };
            if !path.ends_with(".ftl") {
                continue;
            }
            if let Some(deep) = crate::i18n::nesting::too_deep(text).first() {
                return Err(ContentError::Invalid {
                    file: path.clone(),
                    message: format!(
                        "line {}: placeables nested more than {} levels deep",
                        deep.line,
                        crate::i18n::nesting::MAX_NESTING
                    ),
                });
            }
        }
        Ok(())
    }

    /// Parses a TOML file of this tree into `T`, naming the file on error.
    pub fn parse_toml<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
    ) -> Result<T, ContentError> {
        let text = self
            .get(path)
            .ok_or_else(|| ContentError::Missing(path.to_owned()))?;
        parse_toml_text(path, text)
    }
}

/// Parses the text of the TOML file `path` into `T`, naming the file on error: what
/// [`ContentSource::parse_toml`] does with a file of its tree (content packs read a
/// manifest being put together with it, through the same code).
pub(crate) fn parse_toml_text<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
) -> Result<T, ContentError> {
    // Through `toml::Table` rather than `toml::from_str::<T>`: the TOML parser's own
    // deserializers, instantiated for every content type, were over half a megabyte of
    // the library; from the parsed value, `de::ValueDe` compiles one small path per
    // type. (The content checker keeps `from_str` for its line numbers; the library
    // never runs it.)
    let invalid = |e: toml::de::Error| ContentError::Invalid {
        file: path.to_owned(),
        message: e.message().to_owned(),
    };
    let table: toml::Table = toml::from_str(text).map_err(invalid)?;
    T::deserialize(de::ValueDe(toml::Value::Table(table))).map_err(invalid)
}

pub const MANIFEST: &str = "manifest.toml";

/// Whether `path` holds messages only the terminal shows (`l10n/<locale>/terminal/…`: its
/// commands, prompts and pack authoring). The embedded content leaves them out (the phones'
/// library does not carry them); the terminal compiles them in itself, and the content
/// checker checks them with every other message.
pub fn terminal_only(path: &str) -> bool {
    let mut parts = path.split('/');
    parts.next() == Some("l10n") && parts.next().is_some() && parts.next() == Some("terminal")
}

/// What reading a content folder left out or had to repair: the loader skips symbolic
/// links and refuses text that is not UTF-8; the content checker reports each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadIssue {
    /// A symbolic link, not followed (a link loop made the walk repeat the tree).
    Symlink { path: String },
    /// Not UTF-8 from this line on.
    NotUtf8 { path: String, line: usize },
    /// A folder deeper than [`MAX_FOLDER_DEPTH`], not read.
    TooDeep { path: String },
    /// A `.ftl` or `.toml` name on something that is not a regular file (a pipe, a device).
    NotAFile { path: String },
    /// A file larger than [`MAX_FILE_BYTES`], not read.
    TooLarge { path: String },
}

/// The shipped content's largest file is under 100 KB; this leaves room for any real one.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Content trees are three levels deep (`l10n/fr/app.ftl`); a walk stops well below this.
pub const MAX_FOLDER_DEPTH: usize = 8;

/// Files by their path relative to the tree's root, as bytes.
type RawFiles = BTreeMap<String, Vec<u8>>;

/// The `.ftl` and `.toml` files under `dir`, by relative path, as bytes. A folder without
/// `manifest.toml` is refused before anything is walked, so pointing the checker at the
/// wrong folder (a home folder, `/`) ends at once; symbolic links are never followed.
fn read_dir(dir: &Path) -> Result<(RawFiles, Vec<ReadIssue>), ContentError> {
    fn walk(
        dir: &Path,
        prefix: &str,
        depth: usize,
        files: &mut RawFiles,
        issues: &mut Vec<ReadIssue>,
    ) -> Result<(), ContentError> {
        let entries = std::fs::read_dir(dir).map_err(|_| ContentError::Unreadable)?;
        for entry in entries {
            let entry = entry.map_err(|_| ContentError::Unreadable)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            // The entry's own type: a link is not followed to what it points at.
            let kind = entry.file_type().map_err(|_| ContentError::Unreadable)?;
            if kind.is_symlink() {
                issues.push(ReadIssue::Symlink { path: rel });
            } else if kind.is_dir() {
                if depth >= MAX_FOLDER_DEPTH {
                    issues.push(ReadIssue::TooDeep { path: rel });
                } else {
                    walk(&entry.path(), &rel, depth + 1, files, issues)?;
                }
            } else if !(name.ends_with(".ftl") || name.ends_with(".toml")) {
                continue;
            } else if !kind.is_file() {
                // A pipe or a device would block the read, or never end.
                issues.push(ReadIssue::NotAFile { path: rel });
            } else {
                use std::io::Read;
                let mut bytes = Vec::new();
                std::fs::File::open(entry.path())
                    .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
                    .map_err(|_| ContentError::Unreadable)?;
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    issues.push(ReadIssue::TooLarge { path: rel });
                } else {
                    files.insert(rel, bytes);
                }
            }
        }
        Ok(())
    }
    let manifest = std::fs::symlink_metadata(dir.join(MANIFEST));
    if !manifest.is_ok_and(|m| m.is_file()) {
        return Err(ContentError::Missing(MANIFEST.into()));
    }
    let mut files = BTreeMap::new();
    let mut issues = Vec::new();
    walk(dir, "", 1, &mut files, &mut issues)?;
    Ok((files, issues))
}

/// The 1-based line of the first byte that is not UTF-8.
fn utf8_error_line(e: &std::string::FromUtf8Error) -> usize {
    let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
    valid.iter().filter(|b| **b == b'\n').count() + 1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Draft,
    Reviewed,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "draft",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    pub id: String,
    pub native_name: String,
    pub english_name: String,
    pub direction: Direction,
    pub status: ReviewStatus,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentInfo {
    pub version: String,
}

/// `content/manifest.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub content: ContentInfo,
    pub locales: Vec<LocaleInfo>,
    /// Fallbacks after a tag, e.g. `ht = ["fr", "en"]`, `"fr-HT" = ["ht", "fr", "en"]`.
    /// Every chain ends in `en`; a tag may be a regional variant that ships no files.
    #[serde(default)]
    pub chains: BTreeMap<String, Vec<String>>,
}

impl Manifest {
    pub fn locale(&self, id: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.id == id)
    }
}

/// A parsed content tree: the manifest, the localizer, and the files for features.
pub struct Content {
    pub source: ContentSource,
    pub manifest: Manifest,
    pub l10n: Localizer,
}

impl Content {
    pub fn load(source: ContentSource) -> Result<Self, ContentError> {
        let manifest: Manifest = source.parse_toml(MANIFEST)?;
        source.refuse_too_deep()?;
        let l10n = Localizer::new(&source, &manifest)?;
        Ok(Self {
            source,
            manifest,
            l10n,
        })
    }

    /// The embedded content, parsed once per process.
    pub fn embedded() -> Result<Arc<Content>, ContentError> {
        static EMBEDDED: OnceCell<Arc<Content>> = OnceCell::new();
        EMBEDDED
            .get_or_try_init(|| Content::load(ContentSource::embedded()).map(Arc::new))
            .cloned()
    }

    pub fn from_dir(dir: &Path) -> Result<Content, ContentError> {
        Content::load(ContentSource::from_dir(dir)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deflated chunks give back every file as it is in the repository, without its
    /// comments and with every line in its place; the terminal's own messages left out.
    #[test]
    fn embedded_content_inflates_to_the_files_on_disk() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let mut on_disk = ContentSource::from_dir(&dir).unwrap();
        // The terminal's own messages are compiled into the terminal, not here.
        assert!(on_disk.paths().any(terminal_only));
        on_disk.retain(|p| !terminal_only(p));
        let embedded = ContentSource::embedded();
        assert!(!embedded.paths().any(terminal_only));
        assert_eq!(
            embedded.paths().collect::<Vec<_>>(),
            on_disk.paths().collect::<Vec<_>>()
        );
        for path in on_disk.paths() {
            let file = on_disk.get(path).unwrap();
            let text = embedded.get(path).unwrap();
            assert_eq!(text, comments::without_comments(path, file), "{path}");
            assert_eq!(text.lines().count(), file.lines().count(), "{path}");
        }
        assert_eq!(
            embedded.under("l10n/fr/").count(),
            on_disk.under("l10n/fr/").count()
        );
    }
}
