//! The `.wmpack` file: a fixed header (magic, format, signer key, signature), a binary
//! manifest, then the files deflated one after another. The signature covers the header
//! and the manifest, and the manifest holds each file's length and BLAKE2b-256 hash, so one
//! Ed25519 check vouches for every byte. Reading checks the signature before it parses
//! anything, and inflates no more than the (signed) declared sizes. See
//! docs/CONTENT-PACKS.md.

use blake2::Blake2b;
use blake2::digest::Digest;
use blake2::digest::consts::U32;
use ed25519_dalek::{Signature, VerifyingKey};

use super::PackError;

pub const MAGIC: &[u8; 6] = b"WMPACK";
/// 2: the manifest is fixed binary records (1 was JSON, whose deserializer for it was
/// about 12 KB of the library; docs/PERFORMANCE.md).
pub const FORMAT: u16 = 2;
/// Magic, format, signer key, signature, manifest length.
pub const HEADER_LEN: usize = 6 + 2 + 32 + 64 + 4;
/// Domain separation: a pack signature can never be mistaken for another signed thing.
/// (The format version is in the signed header, so this stays as it was.)
const SIGNING_CONTEXT: &[u8] = b"waymark content pack v1\0";
/// Larger packs are refused before anything is read (a phone may be sent anything).
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_MANIFEST_BYTES: usize = 256 * 1024;
/// The most a pack may inflate to, all files together: a deflate bomb stops here.
pub const MAX_UNPACKED_BYTES: u64 = 16 * 1024 * 1024;
pub const MAX_FILES: usize = 2000;
const MAX_PATH_LEN: usize = 200;

/// BLAKE2b-256 of `bytes`.
pub fn hash(bytes: &[u8]) -> [u8; 32] {
    Blake2b::<U32>::digest(bytes).into()
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// What a pack replaces or adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Any content file (a whole content update).
    Full,
    /// Files under `directory/` (help numbers and services).
    Directory,
    /// A language: files under `l10n/<id>/`, with its `locale.toml`.
    Locale(String),
}

impl Kind {
    pub fn parse(word: &str) -> Option<Kind> {
        match word {
            "full" => Some(Kind::Full),
            "directory" => Some(Kind::Directory),
            _ => {
                let id = word.strip_prefix("locale:")?;
                crate::i18n::parse_tag(id).ok()?;
                (!id.is_empty() && id.len() <= 20).then(|| Kind::Locale(id.to_owned()))
            }
        }
    }

    pub fn as_string(&self) -> String {
        match self {
            Kind::Full => "full".into(),
            Kind::Directory => "directory".into(),
            Kind::Locale(id) => format!("locale:{id}"),
        }
    }

    /// Whether a file at `path` belongs in a pack of this kind.
    pub fn allows(&self, path: &str) -> bool {
        match self {
            Kind::Full => true,
            Kind::Directory => path.starts_with("directory/"),
            Kind::Locale(id) => path
                .strip_prefix("l10n/")
                .and_then(|p| p.strip_prefix(id.as_str()))
                .is_some_and(|p| p.starts_with('/')),
        }
    }

    /// The order packs are laid over the embedded content: a full pack first, so a
    /// directory or locale pack installed with it still wins for its own files.
    pub fn rank(&self) -> u8 {
        match self {
            Kind::Full => 0,
            Kind::Directory => 1,
            Kind::Locale(_) => 2,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    pub path: String,
    /// Inflated length in bytes.
    pub size: u32,
    /// Deflated length in the pack.
    pub deflated: u32,
    /// BLAKE2b-256 of the inflated bytes.
    pub blake2b: [u8; 32],
}

/// The manifest. Binary, all integers little-endian (docs/CONTENT-PACKS.md): `id`, `kind`
/// and `min_core` each a byte length and UTF-8; `version` u64; a u16 file count; per file
/// a u16 path length and the path, u32 `size`, u32 `deflated`, 32 bytes of BLAKE2b-256.
/// Paths in strictly ascending byte order, so none can be listed twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub id: String,
    /// `full`, `directory` or `locale:<id>`.
    pub kind: String,
    /// Monotonic: a phone only installs a higher version than the one it has.
    pub version: u64,
    /// The oldest core (`major.minor.patch`) that can use this content.
    pub min_core: String,
    pub files: Vec<FileEntry>,
}

/// The bytes of a manifest, read front to back; `None` once anything is missing.
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    fn text(&mut self, len: usize) -> Option<String> {
        std::str::from_utf8(self.take(len)?).ok().map(str::to_owned)
    }

    fn short_text(&mut self) -> Option<String> {
        let len = self.array::<1>()?[0];
        self.text(usize::from(len))
    }
}

impl Manifest {
    /// Parses a manifest's bytes: every field present, nothing after the last file.
    pub fn decode(bytes: &[u8]) -> Option<Manifest> {
        let mut c = Cursor(bytes);
        let id = c.short_text()?;
        let kind = c.short_text()?;
        let version = u64::from_le_bytes(c.array()?);
        let min_core = c.short_text()?;
        let count = usize::from(u16::from_le_bytes(c.array()?));
        if count == 0 || count > MAX_FILES {
            return None;
        }
        let mut files = Vec::with_capacity(count);
        for _ in 0..count {
            let len = u16::from_le_bytes(c.array()?);
            files.push(FileEntry {
                path: c.text(usize::from(len))?,
                size: u32::from_le_bytes(c.array()?),
                deflated: u32::from_le_bytes(c.array()?),
                blake2b: c.array()?,
            });
        }
        c.0.is_empty().then_some(Manifest {
            id,
            kind,
            version,
            min_core,
            files,
        })
    }

    /// The manifest's bytes; `None` if a text is too long for its length field (the reader
    /// refuses far shorter ones anyway).
    pub fn encode(&self) -> Option<Vec<u8>> {
        fn short(out: &mut Vec<u8>, text: &str) -> Option<()> {
            out.push(u8::try_from(text.len()).ok()?);
            out.extend_from_slice(text.as_bytes());
            Some(())
        }
        let mut out = Vec::new();
        short(&mut out, &self.id)?;
        short(&mut out, &self.kind)?;
        out.extend_from_slice(&self.version.to_le_bytes());
        short(&mut out, &self.min_core)?;
        out.extend_from_slice(&u16::try_from(self.files.len()).ok()?.to_le_bytes());
        for f in &self.files {
            out.extend_from_slice(&u16::try_from(f.path.len()).ok()?.to_le_bytes());
            out.extend_from_slice(f.path.as_bytes());
            out.extend_from_slice(&f.size.to_le_bytes());
            out.extend_from_slice(&f.deflated.to_le_bytes());
            out.extend_from_slice(&f.blake2b);
        }
        Some(out)
    }
}

/// A pack whose signature, paths, sizes and hashes all checked out.
#[derive(Debug, Clone)]
pub struct Pack {
    pub manifest: Manifest,
    pub kind: Kind,
    /// The signer's public key.
    pub key: [u8; 32],
    /// The files, inflated, in manifest order.
    pub files: Vec<(String, String)>,
}

/// `1.2.3` as numbers, for comparing versions: three runs of ASCII digits. One pass over
/// the bytes (a split and three integer parses were 0.7 KB of the library).
pub fn parse_version(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = [0u64; 3];
    let mut part = 0;
    let mut digits = 0;
    for b in text.bytes() {
        if b == b'.' && digits > 0 && part < 2 {
            part += 1;
            digits = 0;
            continue;
        }
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        parts[part] = parts[part].checked_mul(10)?.checked_add(u64::from(digit))?;
        digits += 1;
    }
    (part == 2 && digits > 0).then_some((parts[0], parts[1], parts[2]))
}

/// The version of this core.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// [`CORE_VERSION`] as numbers, from Cargo at build time (not parsed on every read).
pub const CORE: (u64, u64, u64) = (
    decimal(env!("CARGO_PKG_VERSION_MAJOR")),
    decimal(env!("CARGO_PKG_VERSION_MINOR")),
    decimal(env!("CARGO_PKG_VERSION_PATCH")),
);

const fn decimal(digits: &str) -> u64 {
    let digits = digits.as_bytes();
    let mut value = 0;
    let mut i = 0;
    while i < digits.len() {
        value = value * 10 + (digits[i] - b'0') as u64;
        i += 1;
    }
    value
}

/// A pack id: lowercase letters, digits and `-`, 1 to 40 of them (it names a file).
pub fn valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// A relative content path of `.ftl`/`.toml` files with `/` separators: no `..`, `.`,
/// empty parts, backslashes, NUL or control characters, nor a leading `/`.
pub fn safe_path(path: &str) -> bool {
    // Each `/`-separated part: its length, and how many of its bytes are dots. One pass
    // over the bytes (a string splitter is generic code of its own: size).
    let (mut len, mut dots) = (0, 0);
    for b in path.bytes().chain([b'/']) {
        if b == b'/' {
            if len == 0 || (dots == len && len <= 2) {
                return false;
            }
            (len, dots) = (0, 0);
        } else {
            len += 1;
            dots += usize::from(b == b'.');
        }
    }
    path.len() <= MAX_PATH_LEN
        && !path
            .chars()
            .any(|c| c.is_control() || c == '\\' || c == ':')
        && (path.ends_with(".ftl") || path.ends_with(".toml"))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The bytes the signature covers: the context, the header before the signature, and the
/// manifest with its length.
fn signed_message(head: &[u8], manifest_len: &[u8], manifest: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(SIGNING_CONTEXT.len() + head.len() + 4 + manifest.len());
    message.extend_from_slice(SIGNING_CONTEXT);
    message.extend_from_slice(head);
    message.extend_from_slice(manifest_len);
    message.extend_from_slice(manifest);
    message
}

/// Reads and verifies a pack. The order matters: the size, the magic, the signer (must be
/// one of `trusted`) and the signature come before the manifest is parsed or a byte is
/// inflated, so a forged pack is never read further.
pub fn read(bytes: &[u8], trusted: &[[u8; 32]]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge);
    }
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(PackError::NotAPack);
    }
    if bytes.len() < HEADER_LEN {
        return Err(PackError::Truncated);
    }
    let format = u16::from_le_bytes([bytes[6], bytes[7]]);
    if format != FORMAT {
        return Err(PackError::Format);
    }
    let mut key = [0u8; 32];
    key.copy_from_slice(&bytes[8..40]);
    if !trusted.contains(&key) {
        return Err(PackError::UnknownKey);
    }
    let mut signature = [0u8; 64];
    signature.copy_from_slice(&bytes[40..104]);
    let manifest_len = u32_at(bytes, 104).ok_or(PackError::Truncated)? as usize;
    if manifest_len > MAX_MANIFEST_BYTES {
        return Err(PackError::Manifest);
    }
    let manifest_bytes = bytes
        .get(HEADER_LEN..HEADER_LEN + manifest_len)
        .ok_or(PackError::Truncated)?;
    let verifying = VerifyingKey::from_bytes(&key).map_err(|_| PackError::UnknownKey)?;
    let message = signed_message(&bytes[..40], &bytes[104..108], manifest_bytes);
    verifying
        .verify_strict(&message, &Signature::from_bytes(&signature))
        .map_err(|_| PackError::Signature)?;

    // Signed from here on: what remains are an author's mistakes or a damaged payload.
    let manifest = Manifest::decode(manifest_bytes).ok_or(PackError::Manifest)?;
    let kind = Kind::parse(&manifest.kind).ok_or(PackError::Manifest)?;
    if !valid_id(&manifest.id) {
        return Err(PackError::Manifest);
    }
    let needs = parse_version(&manifest.min_core).ok_or(PackError::Manifest)?;
    if needs > CORE {
        return Err(PackError::NewerCore(manifest.min_core.clone()));
    }
    let mut unpacked: u64 = 0;
    let mut deflated: u64 = 0;
    let mut previous: Option<&str> = None;
    for file in &manifest.files {
        // In ascending order: a path listed twice (or out of order) is refused here.
        let in_order = previous.is_none_or(|p| p < file.path.as_str());
        if !safe_path(&file.path) || !kind.allows(&file.path) || !in_order {
            return Err(PackError::Path(file.path.clone()));
        }
        previous = Some(&file.path);
        unpacked += u64::from(file.size);
        deflated += u64::from(file.deflated);
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(PackError::TooLarge);
    }
    let payload = &bytes[HEADER_LEN + manifest_len..];
    if deflated != payload.len() as u64 {
        return Err(PackError::Truncated);
    }
    let mut rest = payload;
    let mut files = Vec::with_capacity(manifest.files.len());
    for file in &manifest.files {
        let damaged = || PackError::Hash(file.path.clone());
        // The lengths add up to the payload's (checked above).
        let (chunk, after) = rest
            .split_at_checked(file.deflated as usize)
            .ok_or(PackError::Truncated)?;
        rest = after;
        // Into a buffer of the signed size: a bomb fails here, at that size.
        let inflated = crate::content::inflate(chunk, file.size as usize).ok_or_else(damaged)?;
        if hash(&inflated) != file.blake2b {
            return Err(damaged());
        }
        let text = String::from_utf8(inflated).map_err(|_| damaged())?;
        files.push((file.path.clone(), text));
    }
    Ok(Pack {
        manifest,
        kind,
        key,
        files,
    })
}

/// Writes a pack, its files in path order. The core never signs: `sign` is given the
/// message and returns the Ed25519 signature (the CLI's `pack build`, and tests, hold the
/// key). `None` if a text is too long for the format (`pack build` checks first).
pub fn write(
    id: &str,
    kind: &Kind,
    version: u64,
    min_core: &str,
    files: &[(String, String)],
    public_key: &[u8; 32],
    sign: impl FnOnce(&[u8]) -> [u8; 64],
) -> Option<Vec<u8>> {
    let mut sorted: Vec<&(String, String)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut payload = Vec::new();
    let mut entries = Vec::with_capacity(files.len());
    for (path, text) in sorted {
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
        entries.push(FileEntry {
            path: path.clone(),
            size: u32::try_from(text.len()).ok()?,
            deflated: u32::try_from(deflated.len()).ok()?,
            blake2b: hash(text.as_bytes()),
        });
        payload.extend_from_slice(&deflated);
    }
    let manifest = Manifest {
        id: id.to_owned(),
        kind: kind.as_string(),
        version,
        min_core: min_core.to_owned(),
        files: entries,
    };
    Some(assemble(public_key, &manifest.encode()?, &payload, sign))
}

/// Lays out a pack from a manifest's bytes and the payload (also used by tests to make
/// packs whose manifest lies).
pub fn assemble(
    public_key: &[u8; 32],
    manifest: &[u8],
    payload: &[u8],
    sign: impl FnOnce(&[u8]) -> [u8; 64],
) -> Vec<u8> {
    let mut head = Vec::with_capacity(40);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&FORMAT.to_le_bytes());
    head.extend_from_slice(public_key);
    let len = (manifest.len() as u32).to_le_bytes();
    let signature = sign(&signed_message(&head, &len, manifest));
    let mut out = head;
    out.extend_from_slice(&signature);
    out.extend_from_slice(&len);
    out.extend_from_slice(manifest);
    out.extend_from_slice(payload);
    out
}
