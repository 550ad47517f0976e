//! The encrypted vault: everything Waymark keeps about a person, in one SQLite file
//! (`<data_dir>/vault.db`, WAL mode, one transaction per operation).
//!
//! Keys: a random data key (DK) encrypts the records; it is stored only wrapped
//! (XChaCha20-Poly1305) by a wrapping key derived from the device key the shell's key
//! store gives us, and, when a PIN is set, from the PIN stretched with Argon2id. Each
//! record is one row: a keyed-hash row key (collection + id, so ids do not leak), a
//! keyed-hash collection tag, and one sealed blob whose associated data binds the table,
//! both keys and the record format, padded to a size bucket. See `docs/ARCHITECTURE.md`.

pub mod crypto;
mod manifest;
pub mod pin;
mod schema;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub use crypto::KdfParams;
use crypto::{Deriver, KEY_LEN, Key, SALT_LEN, derive, open, open_into, seal};
use manifest::{Manifest, RowKey, State};

use crate::error::{ErrorKind, UserFacing};
use crate::store::{Readable, Store, StoreError};

pub use schema::CURRENT as SCHEMA_VERSION;

pub const FILE_NAME: &str = "vault.db";
/// Shortest and longest PIN accepted (characters).
pub const PIN_MIN: usize = 4;
pub const PIN_MAX: usize = 64;
/// Wrong PINs allowed before the back-off starts.
pub const FREE_ATTEMPTS: u32 = 3;
/// Where a damaged, missing or replayed attempt counter restarts: at the cap (the longest
/// wait), never lower than a real one.
pub const TAMPERED_FAILURES: u32 = FREE_ATTEMPTS + 7;

const AD_WRAPPED_NONE: &[u8] = b"waymark/meta/wrapped_key/none";
const AD_WRAPPED_PIN: &[u8] = b"waymark/meta/wrapped_key/pin";
const AD_DURESS: &[u8] = b"waymark/meta/duress";
const AD_ATTEMPTS: &[u8] = b"waymark/meta/attempts";
const AD_SETTINGS: &[u8] = b"waymark/meta/settings";
const AD_CHECK: &[u8] = b"waymark/meta/check";
const AD_MANIFEST_PREFIX: &[u8] = b"waymark/manifests/";
/// The record format version bound into every record's associated data.
const RECORD_FORMAT: u8 = 1;
const RECORD_AD_PREFIX: &[u8] = b"waymark/records/";
const RECORD_AD_LEN: usize = RECORD_AD_PREFIX.len() + 1 + 2 * KEY_LEN;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the vault is locked")]
    Locked,
    #[error("the PIN is not right")]
    WrongPin,
    #[error("too many wrong PINs; wait {retry_after} s")]
    TooManyAttempts { retry_after: u64 },
    #[error("the vault failed its integrity check")]
    Integrity,
    #[error("the vault file cannot be read or written")]
    Storage,
    #[error("the key store gave a key of the wrong length")]
    BadDeviceKey,
    #[error("the key store is not available")]
    KeyStore,
    /// The data folder is a file, or cannot be created or written (a bad `--data-dir`).
    #[error("the data folder cannot be used")]
    DataDir,
    #[error("no PIN is set")]
    NoPin,
    #[error("a PIN is already set")]
    PinAlreadySet,
    #[error("a PIN must have {PIN_MIN} to {PIN_MAX} characters")]
    PinFormat,
    #[error("the duress PIN must differ from the PIN")]
    DuressSameAsPin,
    #[error("the PIN is one of the first anyone would try")]
    CommonPin,
    /// The file's sealed check value does not open with the key store's key: the wrong
    /// device key or passphrase (told apart from a wrong PIN before the counter is touched).
    #[error("the key store's key does not open this vault")]
    WrongDeviceKey,
}

impl UserFacing for VaultError {
    fn kind(&self) -> ErrorKind {
        match self {
            VaultError::Locked => ErrorKind::Locked,
            VaultError::WrongPin | VaultError::TooManyAttempts { .. } => ErrorKind::WrongPin,
            VaultError::Integrity => ErrorKind::Integrity,
            VaultError::Storage
            | VaultError::BadDeviceKey
            | VaultError::KeyStore
            | VaultError::DataDir => ErrorKind::Storage,
            VaultError::NoPin
            | VaultError::PinAlreadySet
            | VaultError::PinFormat
            | VaultError::DuressSameAsPin
            | VaultError::CommonPin => ErrorKind::InvalidInput,
            VaultError::WrongDeviceKey => ErrorKind::KeyStore,
        }
    }

    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            VaultError::TooManyAttempts { retry_after } => (
                "vault-error-too-many-attempts",
                vec![("seconds", retry_after.to_string())],
            ),
            VaultError::BadDeviceKey => ("vault-error-device-key", vec![]),
            VaultError::KeyStore => ("vault-error-key-store", vec![]),
            VaultError::DataDir => ("vault-error-data-dir", vec![]),
            VaultError::NoPin => ("vault-error-no-pin", vec![]),
            VaultError::PinAlreadySet => ("vault-error-pin-already-set", vec![]),
            VaultError::PinFormat => (
                "vault-error-pin-format",
                vec![("min", PIN_MIN.to_string()), ("max", PIN_MAX.to_string())],
            ),
            VaultError::DuressSameAsPin => ("vault-error-duress-same", vec![]),
            VaultError::CommonPin => ("vault-error-common-pin", vec![]),
            VaultError::WrongDeviceKey => ("vault-error-wrong-device-key", vec![]),
            _ => return None,
        })
    }
}

impl From<VaultError> for StoreError {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::Locked => StoreError::Locked,
            VaultError::Integrity => StoreError::Integrity,
            other => StoreError::Storage(other.to_string()),
        }
    }
}

fn sql(e: rusqlite::Error) -> VaultError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => VaultError::Integrity,
        _ => VaultError::Storage,
    }
}

/// Seconds since the epoch (the back-off clock).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// How long to wait after `failures` wrong PINs: 3 free tries, then 30 s doubling to 1 h.
pub fn backoff_seconds(failures: u32) -> u64 {
    if failures < FREE_ATTEMPTS {
        0
    } else {
        (30u64 << (failures - FREE_ATTEMPTS).min(7)).min(3600)
    }
}

/// What can be known about a vault without its PIN.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VaultStatus {
    pub exists: bool,
    pub has_pin: bool,
    pub failures: u32,
    pub retry_after_seconds: u64,
}

/// How the vault is opened: the Argon2id cost for PINs set from now on.
#[derive(Debug, Clone, Copy)]
pub struct VaultOptions {
    pub kdf: KdfParams,
}

impl Default for VaultOptions {
    fn default() -> Self {
        Self {
            kdf: KdfParams::PRODUCT,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct PinSettings {
    kdf: KdfParams,
    #[serde(with = "hex_bytes")]
    salt: Vec<u8>,
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&b.iter().map(|x| format!("{x:02x}")).collect::<String>())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        (0..s.len())
            .step_by(2)
            .map(|i| {
                s.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| serde::de::Error::custom("bad hex"))
            })
            .collect()
    }
}

fn device_key(bytes: &[u8]) -> Result<Key, VaultError> {
    let arr: [u8; KEY_LEN] = bytes.try_into().map_err(|_| VaultError::BadDeviceKey)?;
    Ok(Zeroizing::new(arr))
}

/// A PIN being set: normalised ([`pin::normalize`]), 4 to 64 characters, no control
/// character, and not one of the first guesses ([`pin::is_common`]).
pub fn new_pin(pin: &str) -> Result<Zeroizing<String>, VaultError> {
    let pin = pin::normalize(pin);
    let n = pin.chars().count();
    if !(PIN_MIN..=PIN_MAX).contains(&n) || pin.chars().any(char::is_control) {
        return Err(VaultError::PinFormat);
    }
    if pin::is_common(&pin) {
        return Err(VaultError::CommonPin);
    }
    Ok(pin)
}

/// Creates `dir` (and its parents) readable by its owner only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn connect(path: &Path) -> Result<Connection, VaultError> {
    let conn = Connection::open(path).map_err(sql)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sql)?;
    // Locked down: nothing planted in the file runs (no trigger fires, no view or
    // schema-defined function is trusted), and this connection cannot edit the schema
    // behind SQLite's back. `schema::looks_like_vault` then refuses any planted object.
    use rusqlite::config::DbConfig;
    for (option, on) in [
        (DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false),
        (DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false),
        (DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false),
        (DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true),
    ] {
        if conn.set_db_config(option, on).map_err(sql)? != on {
            return Err(VaultError::Storage);
        }
    }
    conn.execute_batch("PRAGMA trusted_schema = OFF;")
        .map_err(sql)?;
    // secure_delete: freed pages are zeroed, so deleted blobs and old wrapped keys do not
    // linger. FULL sync: a committed record survives power loss too.
    conn.execute_batch("PRAGMA secure_delete = ON; PRAGMA synchronous = FULL;")
        .map_err(sql)?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(sql)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(VaultError::Storage);
    }
    Ok(conn)
}

/// Creates the empty vault file readable by its owner only (SQLite gives the WAL and
/// shared-memory files the same permissions).
fn create_private(path: &Path) -> Result<(), VaultError> {
    if path.exists() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(_) => Err(VaultError::Storage),
    }
}

fn meta_get(conn: &Connection, name: &str) -> Result<Option<Vec<u8>>, VaultError> {
    conn.prepare_cached("SELECT value FROM meta WHERE name = ?1")
        .and_then(|mut st| st.query_row([name], |r| r.get::<_, Vec<u8>>(0)).optional())
        .map_err(sql)
}

fn meta_put(conn: &Connection, name: &str, value: &[u8]) -> Result<(), VaultError> {
    conn.execute(
        "INSERT INTO meta (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![name, value],
    )
    .map_err(sql)?;
    Ok(())
}

fn meta_delete(conn: &Connection, name: &str) -> Result<(), VaultError> {
    conn.execute("DELETE FROM meta WHERE name = ?1", [name])
        .map_err(sql)?;
    Ok(())
}

fn seal_or_fail(key: &[u8; KEY_LEN], plain: &[u8], ad: &[u8]) -> Result<Vec<u8>, VaultError> {
    seal(key, plain, ad).ok_or(VaultError::Storage)
}

/// The sealed attempt counter: failures and the time of the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Attempts {
    failures: u32,
    last: u64,
    /// Read from a missing, damaged or replayed record (not stored).
    tampered: bool,
}

impl Attempts {
    const RESET: Attempts = Attempts {
        failures: 0,
        last: 0,
        tampered: false,
    };
}

/// The device key's check value (`meta/check`, sealed with a key derived from the device
/// key): whether the key store gave the right key, known before any PIN is tried. It
/// holds a random number that the attempt counter repeats, rewritten with the counter
/// in one transaction, so an older counter written back alone no longer matches.
/// `None` for a file from before check values (until its first unlock).
fn verify_device(conn: &Connection, dev: &Key) -> Result<Option<u64>, VaultError> {
    let Some(blob) = meta_get(conn, "check")? else {
        return Ok(None);
    };
    let plain =
        open(&derive(dev, b"check", b""), &blob, AD_CHECK).ok_or(VaultError::WrongDeviceKey)?;
    let seq: [u8; 8] = plain[..]
        .try_into()
        .map_err(|_| VaultError::WrongDeviceKey)?;
    Ok(Some(u64::from_le_bytes(seq)))
}

/// `check` is what [`verify_device`] read: a counter must carry its number; a counter in
/// the old 12-byte format is trusted only in a file that has no check value yet.
fn read_attempts(
    conn: &Connection,
    dev: &Key,
    now: u64,
    check: Option<u64>,
) -> Result<Attempts, VaultError> {
    let key = derive(dev, b"attempts", b"");
    let tampered = Attempts {
        failures: TAMPERED_FAILURES,
        last: now,
        tampered: true,
    };
    let Some(blob) = meta_get(conn, "attempts")? else {
        return Ok(tampered);
    };
    let Some(plain) = open(&key, &blob, AD_ATTEMPTS) else {
        return Ok(tampered);
    };
    let seq = match (plain.len(), check) {
        (12, None) => None,
        (20, Some(_)) => plain[12..20].try_into().ok().map(u64::from_le_bytes),
        _ => return Ok(tampered),
    };
    if seq != check {
        return Ok(tampered);
    }
    let mut f = [0u8; 4];
    let mut l = [0u8; 8];
    f.copy_from_slice(&plain[..4]);
    l.copy_from_slice(&plain[4..12]);
    Ok(Attempts {
        failures: u32::from_le_bytes(f),
        last: u64::from_le_bytes(l),
        tampered: false,
    })
}

/// Writes the counter and, when the device key is known to be right (`verified`), a new
/// check value bound to it, in one transaction. An unverified key (a file from before
/// check values, before its first unlock) writes the old format and no check value, so a
/// wrong key store key can never become the file's check value.
fn write_attempts(
    conn: &Connection,
    dev: &Key,
    a: Attempts,
    verified: bool,
) -> Result<(), VaultError> {
    let key = derive(dev, b"attempts", b"");
    let mut plain = Vec::with_capacity(20);
    plain.extend_from_slice(&a.failures.to_le_bytes());
    plain.extend_from_slice(&a.last.to_le_bytes());
    atomically(conn, || {
        if verified {
            let seq = u64::from_le_bytes(crypto::random_bytes::<8>());
            plain.extend_from_slice(&seq.to_le_bytes());
            write_check(conn, dev, seq)?;
        }
        meta_put(conn, "attempts", &seal_or_fail(&key, &plain, AD_ATTEMPTS)?)
    })
}

/// Runs `f` as one savepoint: all of its writes or none, inside a transaction or not.
fn atomically<T>(
    conn: &Connection,
    f: impl FnOnce() -> Result<T, VaultError>,
) -> Result<T, VaultError> {
    conn.execute_batch("SAVEPOINT waymark_step").map_err(sql)?;
    match f() {
        Ok(v) => {
            conn.execute_batch("RELEASE waymark_step").map_err(sql)?;
            Ok(v)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO waymark_step; RELEASE waymark_step");
            Err(e)
        }
    }
}

fn write_check(conn: &Connection, dev: &Key, seq: u64) -> Result<(), VaultError> {
    let key = derive(dev, b"check", b"");
    meta_put(
        conn,
        "check",
        &seal_or_fail(&key, &seq.to_le_bytes(), AD_CHECK)?,
    )
}

fn retry_after(a: Attempts, now: u64) -> u64 {
    let wait = backoff_seconds(a.failures);
    // A clock set back does not shorten the wait.
    let elapsed = now.saturating_sub(a.last);
    wait.saturating_sub(elapsed)
}

fn pin_settings(conn: &Connection) -> Result<Option<PinSettings>, VaultError> {
    match meta_get(conn, "pin")? {
        None => Ok(None),
        Some(bytes) => {
            let s: PinSettings =
                serde_json::from_slice(&bytes).map_err(|_| VaultError::Integrity)?;
            if !s.kdf.is_sane() || s.salt.len() != SALT_LEN {
                return Err(VaultError::Integrity);
            }
            Ok(Some(s))
        }
    }
}

/// A decoy the same size as a real duress marker, so the file does not tell whether a
/// duress PIN is set.
fn duress_decoy() -> Vec<u8> {
    crypto::random_bytes::<{ crypto::NONCE_LEN + KEY_LEN + 16 }>().to_vec()
}

/// The keys a PIN gives: the wrapping key for the data key and the duress key, and the
/// stretched PIN itself (for the duress path, which wraps under a new device key).
struct PinKeys {
    wrap: Key,
    duress: Key,
    stretched: Key,
}

fn pin_keys(dev: &Key, pin: &str, settings: &PinSettings) -> Result<PinKeys, VaultError> {
    let stretched = crypto::stretch(pin.as_bytes(), &settings.salt, settings.kdf)
        .ok_or(VaultError::Integrity)?;
    Ok(PinKeys::from_stretched(dev, stretched))
}

impl PinKeys {
    fn from_stretched(dev: &Key, stretched: Key) -> Self {
        Self {
            wrap: derive(dev, b"wrap/pin", &*stretched),
            duress: derive(dev, b"wrap/duress", &*stretched),
            stretched,
        }
    }
}

/// The keys the data key gives.
struct DataKeys {
    dk: Key,
    records: Key,
    index: Key,
    manifests: Key,
    settings: Key,
}

impl DataKeys {
    fn new(dk: Key) -> Self {
        Self {
            records: derive(&dk, b"records", b""),
            index: derive(&dk, b"index", b""),
            manifests: derive(&dk, b"manifests", b""),
            settings: derive(&dk, b"settings", b""),
            dk,
        }
    }

    fn from_plain(plain: &[u8]) -> Result<Self, VaultError> {
        let arr: [u8; KEY_LEN] = plain.try_into().map_err(|_| VaultError::Integrity)?;
        Ok(Self::new(Zeroizing::new(arr)))
    }
}

/// The outcome of checking a PIN against the file.
enum PinCheck {
    Right(DataKeys),
    Duress(PinKeys),
}

struct Inner {
    conn: Connection,
    dev: Key,
    keys: DataKeys,
    /// Per collection: its tag and its row-key hash state, derived once while the vault
    /// is open, so a read or write hashes one BLAKE2b block. A handful of collections.
    collections: Vec<Collection>,
    /// Where records are decrypted, reused so a read allocates only the value it returns;
    /// zeroized after each use and when the vault closes.
    scratch: Zeroizing<Vec<u8>>,
    /// The last `settings` blob read and what it said, so a read that finds it unchanged
    /// does not open it again.
    state: Option<(Vec<u8>, Arc<State>)>,
    /// Opened manifests by their tag (which the authenticated root names).
    manifests: BTreeMap<manifest::Tag, Manifest>,
}

/// More collections than the app has; past this, their keys are derived each time.
const MAX_CACHED_COLLECTIONS: usize = 32;

/// What a collection's records need from the keys: its tag (the `coll` column, stored in
/// the clear in the file anyway) and the keyed state of [`Vault::row_key`] after the
/// collection's name, so a row key costs one more block.
struct Collection {
    name: String,
    tag: [u8; KEY_LEN],
    rows: Deriver,
}

impl Collection {
    fn new(keys: &DataKeys, name: &str) -> Result<Self, VaultError> {
        let rows = Deriver::new(&keys.index, b"row", &Vault::row_key_prefix(name))
            .ok_or(VaultError::Storage)?;
        Ok(Self {
            name: name.to_owned(),
            tag: Vault::coll_key(keys, name),
            rows,
        })
    }
}

impl Inner {
    fn new(conn: Connection, dev: Key, keys: DataKeys) -> Self {
        Self {
            conn,
            dev,
            keys,
            collections: Vec::new(),
            scratch: Zeroizing::new(Vec::new()),
            state: None,
            manifests: BTreeMap::new(),
        }
    }

    /// The vault's state (duress flag, root of the manifests), from `conn` (the caller's
    /// transaction).
    fn state(&mut self) -> Result<Arc<State>, VaultError> {
        let blob = meta_get(&self.conn, "settings")?.ok_or(VaultError::Integrity)?;
        if let Some((raw, state)) = &self.state
            && *raw == blob
        {
            return Ok(state.clone());
        }
        let state = Arc::new(open_state(&self.keys, &blob)?);
        self.state = Some((blob, state.clone()));
        Ok(state)
    }

    /// The manifest of the collection tagged `ckey`, checked against the root: a missing,
    /// changed, extra or older manifest is `Integrity`.
    /// Returns the cache key of the opened manifest (`None`: the collection is empty).
    fn load_manifest(
        &mut self,
        root: &BTreeMap<RowKey, manifest::Tag>,
        ckey: &RowKey,
    ) -> Result<Option<manifest::Tag>, VaultError> {
        // Named by the root and opened before: the authenticated copy in memory is it.
        if let Some(want) = root.get(ckey)
            && self.manifests.contains_key(want)
        {
            return Ok(Some(*want));
        }
        let stored: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT blob FROM manifests WHERE coll = ?1")
            .and_then(|mut st| st.query_row([&ckey[..]], |r| r.get(0)).optional())
            .map_err(sql)?;
        let Some(want) = root.get(ckey) else {
            return match stored {
                None => Ok(None),
                Some(_) => Err(VaultError::Integrity),
            };
        };
        let blob = stored.ok_or(VaultError::Integrity)?;
        if manifest::blob_tag(&blob).as_ref() != Some(want) {
            return Err(VaultError::Integrity);
        }
        let plain =
            open(&self.keys.manifests, &blob, &manifest_ad(ckey)).ok_or(VaultError::Integrity)?;
        let m = manifest::decode_manifest(&plain)?;
        if self.manifests.len() >= MAX_CACHED_COLLECTIONS {
            self.manifests.clear();
        }
        self.manifests.insert(*want, m);
        Ok(Some(*want))
    }

    /// Runs `f` in one write transaction (taken at once, so two writers queue instead of
    /// failing on the upgrade), committed only if it succeeds.
    fn write_tx<T>(
        &mut self,
        f: impl FnOnce(&mut Inner) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        self.exec_cached("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(v) => {
                self.exec_cached("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                // What was cached during the failed transaction may not be in the file.
                self.state = None;
                self.manifests.clear();
                Err(e)
            }
        }
    }

    /// Runs `f` in one read transaction, so what it reads is one consistent state.
    fn read_tx<T>(
        &mut self,
        f: impl FnOnce(&mut Inner) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        self.exec_cached("BEGIN")?;
        let r = f(self);
        let end = self.exec_cached("COMMIT");
        let v = r?;
        end?;
        Ok(v)
    }

    fn exec_cached(&self, statement: &str) -> Result<(), VaultError> {
        self.conn
            .prepare_cached(statement)
            .and_then(|mut st| st.execute([]))
            .map(|_| ())
            .map_err(sql)
    }

    /// At unlock: the records' index must agree with the table. An index is derived data,
    /// so a damaged one is rebuilt from the table; if that does not make them agree, the
    /// file is damaged.
    fn check_index(&mut self) -> Result<(), VaultError> {
        if schema::index_matches_table(&self.conn).map_err(sql)? {
            return Ok(());
        }
        self.conn
            .execute_batch("REINDEX records_coll;")
            .map_err(sql)?;
        if schema::index_matches_table(&self.conn).map_err(sql)? {
            Ok(())
        } else {
            Err(VaultError::Integrity)
        }
    }

    /// The rows of the file that open and are where they should be (their row keys and
    /// collection tag re-derived from what they hold), with their collection and id. With
    /// `manifests`, a row must also be the one its collection's manifest names.
    fn sound_rows(
        &mut self,
        manifests: Option<&BTreeMap<RowKey, manifest::Tag>>,
    ) -> Result<Vec<SoundRow>, VaultError> {
        let rows: Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> = self
            .conn
            .prepare("SELECT rkey, coll, blob FROM records")
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .map_err(sql)?;
        let mut out = Vec::new();
        for (rkey, ckey, blob) in rows {
            let (Ok(rk), Ok(ck)) = (<RowKey>::try_from(&rkey[..]), <RowKey>::try_from(&ckey[..]))
            else {
                continue;
            };
            if let Some(root) = manifests {
                let listed = match self.load_manifest(root, &manifest_key(&ck, &rk)) {
                    Ok(Some(tag)) => self.manifests.get(&tag).and_then(|m| m.get(&rk)).copied(),
                    _ => None,
                };
                if listed.is_none() || listed != manifest::blob_tag(&blob) {
                    continue;
                }
            }
            let mut buf = Zeroizing::new(Vec::new());
            let Ok((c, id, value)) = Vault::open_record(&self.keys, &rk, &ck, &blob, &mut buf)
            else {
                continue;
            };
            let (Ok(c), Ok(id)) = (std::str::from_utf8(c), std::str::from_utf8(id)) else {
                continue;
            };
            let (c, id, value) = (c.to_owned(), id.to_owned(), Zeroizing::new(value.to_vec()));
            if self.keys_of(&c, &id)? == (ck, rk) {
                out.push(SoundRow {
                    collection: c,
                    id,
                    value,
                    ckey: ck,
                    rkey: rk,
                    blob,
                });
            }
        }
        Ok(out)
    }

    /// A file from before manifests: at its first unlock, the rows that open and are in
    /// their place become the manifests (what an attacker changed before this is not
    /// caught; from here on it is).
    fn adopt_rows_without_manifest(&mut self) -> Result<(), VaultError> {
        if self.state()?.root.is_some() {
            return Ok(());
        }
        self.write_tx(|i| {
            let mut state = (*i.state()?).clone();
            if state.root.is_some() {
                return Ok(());
            }
            let mut manifests: BTreeMap<RowKey, Manifest> = BTreeMap::new();
            for row in i.sound_rows(None)? {
                let tag = manifest::blob_tag(&row.blob).ok_or(VaultError::Integrity)?;
                manifests
                    .entry(manifest_key(&row.ckey, &row.rkey))
                    .or_default()
                    .insert(row.rkey, tag);
            }
            state.root = Some(BTreeMap::new());
            for (mkey, m) in manifests {
                i.put_manifest(&mut state, &mkey, m)?;
            }
            i.put_state(state)
        })
    }

    /// A new data key for every change of trust (PIN set, changed or removed): every sound
    /// record is opened with the old keys and sealed again under the new ones, the
    /// manifests rebuilt, and `wrap` stores the new key wrapped as the caller says, all in
    /// one transaction: until it commits the old key opens the old file, after it only the
    /// new one opens anything. Rows that were already damaged are not carried over.
    fn rekey(
        &mut self,
        duress: bool,
        wrap: impl FnOnce(&Connection, &DataKeys) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        let new_keys = DataKeys::new(crypto::random_key());
        let result = self.write_tx(|i| {
            let root = i.state()?.root.clone().unwrap_or_default();
            let rows = i.sound_rows(Some(&root))?;
            i.conn
                .execute_batch("DELETE FROM records; DELETE FROM manifests;")
                .map_err(sql)?;
            let old = std::mem::replace(&mut i.keys, DataKeys::new(Zeroizing::new(*new_keys.dk)));
            i.collections.clear();
            i.manifests.clear();
            i.state = None;
            let written = (|| {
                let mut manifests: BTreeMap<RowKey, Manifest> = BTreeMap::new();
                for row in &rows {
                    let (ckey, rkey) = i.keys_of(&row.collection, &row.id)?;
                    let blob = Vault::seal_record(
                        &i.keys,
                        &row.collection,
                        &row.id,
                        &row.value,
                        &rkey,
                        &ckey,
                    )?;
                    let tag = manifest::blob_tag(&blob).ok_or(VaultError::Storage)?;
                    i.conn
                        .prepare_cached(
                            "INSERT INTO records (rkey, coll, blob) VALUES (?1, ?2, ?3)",
                        )
                        .and_then(|mut st| st.execute(params![&rkey[..], &ckey[..], blob]))
                        .map_err(sql)?;
                    manifests
                        .entry(manifest_key(&ckey, &rkey))
                        .or_default()
                        .insert(rkey, tag);
                }
                let mut state = State {
                    duress,
                    root: Some(BTreeMap::new()),
                };
                for (mkey, m) in manifests {
                    i.put_manifest(&mut state, &mkey, m)?;
                }
                i.put_state(state)?;
                wrap(&i.conn, &i.keys)
            })();
            if written.is_err() {
                i.keys = old;
                i.collections.clear();
            }
            written
        });
        if result.is_err() {
            self.collections.clear();
        }
        result?;
        flush_old_pages(&self.conn)
    }

    /// A copy of the collection's manifest, to change and write back.
    fn manifest(
        &mut self,
        root: &BTreeMap<RowKey, manifest::Tag>,
        ckey: &RowKey,
    ) -> Result<Manifest, VaultError> {
        Ok(match self.load_manifest(root, ckey)? {
            Some(tag) => self.manifests.get(&tag).cloned().unwrap_or_default(),
            None => Manifest::new(),
        })
    }

    /// Writes the collection's new manifest and the root naming it (the caller holds the
    /// transaction and writes the state afterwards).
    fn put_manifest(
        &mut self,
        state: &mut State,
        ckey: &RowKey,
        m: Manifest,
    ) -> Result<(), VaultError> {
        let root = state.root.get_or_insert_with(BTreeMap::new);
        if m.is_empty() {
            self.conn
                .execute("DELETE FROM manifests WHERE coll = ?1", [&ckey[..]])
                .map_err(sql)?;
            root.remove(ckey);
            return Ok(());
        }
        let blob = seal_or_fail(
            &self.keys.manifests,
            &manifest::encode_manifest(&m),
            &manifest_ad(ckey),
        )?;
        let tag = manifest::blob_tag(&blob).ok_or(VaultError::Storage)?;
        self.conn
            .prepare_cached(
                "INSERT INTO manifests (coll, blob) VALUES (?1, ?2)
                 ON CONFLICT (coll) DO UPDATE SET blob = excluded.blob",
            )
            .and_then(|mut st| st.execute(params![&ckey[..], blob]))
            .map_err(sql)?;
        root.insert(*ckey, tag);
        if self.manifests.len() >= MAX_CACHED_COLLECTIONS {
            self.manifests.clear();
        }
        self.manifests.insert(tag, m);
        Ok(())
    }

    fn put_state(&mut self, state: State) -> Result<(), VaultError> {
        let blob = seal_state(&self.keys, &state)?;
        meta_put(&self.conn, "settings", &blob)?;
        self.state = Some((blob, Arc::new(state)));
        Ok(())
    }

    /// The collection's tag and row-key state, derived once per collection while the
    /// vault is open.
    fn collection(&mut self, name: &str) -> Result<&Collection, VaultError> {
        let at = match self.collections.iter().position(|c| c.name == name) {
            Some(at) => at,
            None => {
                let c = Collection::new(&self.keys, name)?;
                if self.collections.len() >= MAX_CACHED_COLLECTIONS {
                    // Rare: replace the oldest rather than grow without bound.
                    self.collections.remove(0);
                }
                self.collections.push(c);
                self.collections.len() - 1
            }
        };
        self.collections.get(at).ok_or(VaultError::Storage)
    }

    /// The collection tag and the row key of `id` in it.
    fn keys_of(&mut self, collection: &str, id: &str) -> Result<RowKeys, VaultError> {
        let c = self.collection(collection)?;
        Ok((c.tag, c.rows.derive(id.as_bytes())))
    }
}

/// An open (unlocked) vault. Closing or wiping it drops and zeroizes its keys; a
/// [`Store`] call after that is `Locked`.
pub struct Vault {
    path: PathBuf,
    options: VaultOptions,
    inner: Mutex<Option<Inner>>,
}

pub fn vault_path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// What the file says without the PIN. Needs the device key only to read the sealed
/// attempt counter when a PIN is set.
pub fn status(dir: &Path, device_key_bytes: &[u8], now: u64) -> Result<VaultStatus, VaultError> {
    status_with(dir, || Ok(Zeroizing::new(device_key_bytes.to_vec())), now)
}

/// [`status`] asking for the device key only when it is needed (a PIN is set), so looking
/// at a vault without a PIN never touches the key store.
pub fn status_with(
    dir: &Path,
    device_key_bytes: impl FnOnce() -> Result<Zeroizing<Vec<u8>>, VaultError>,
    now: u64,
) -> Result<VaultStatus, VaultError> {
    let path = vault_path(dir);
    if !path.exists() {
        return Ok(VaultStatus::default());
    }
    let conn = connect(&path)?;
    let version = schema::user_version(&conn).map_err(sql)?;
    if version == 0 {
        return Ok(VaultStatus::default());
    }
    if !schema::looks_like_vault(&conn, version).map_err(sql)? {
        return Err(VaultError::Integrity);
    }
    let has_pin = pin_settings(&conn)?.is_some();
    let mut s = VaultStatus {
        exists: true,
        has_pin,
        ..Default::default()
    };
    if has_pin {
        let dev = device_key(&device_key_bytes()?)?;
        let check = verify_device(&conn, &dev)?;
        let a = read_attempts(&conn, &dev, now, check)?;
        s.failures = a.failures;
        s.retry_after_seconds = retry_after(a, now);
    }
    Ok(s)
}

/// Whether the vault file exists (without opening it).
pub fn exists(dir: &Path) -> bool {
    vault_path(dir).exists()
}

/// Whether `dir` can hold the vault: it is created if missing, must be a folder, and must
/// take a new file (an empty probe file, removed at once). Otherwise `DataDir`. The facade
/// asks this only after the key store or the vault failed, to tell a bad data folder from
/// a key-store failure (the terminal's key files live in the same folder).
pub fn prepare_dir(dir: &Path) -> Result<(), VaultError> {
    create_private_dir(dir).map_err(|_| VaultError::DataDir)?;
    if !std::fs::metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Err(VaultError::DataDir);
    }
    let probe = dir.join(format!(".write-check-{:016x}", rand::random::<u64>()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .map_err(|_| VaultError::DataDir)?;
    std::fs::remove_file(&probe).map_err(|_| VaultError::DataDir)
}

impl Vault {
    /// Opens the vault in `dir`, creating it on first use. `pin` is needed exactly when
    /// one is set (else `Locked`, or `NoPin` for a PIN that is not needed).
    pub fn open(
        dir: &Path,
        device_key: &[u8],
        pin: Option<&str>,
        options: VaultOptions,
    ) -> Result<Vault, VaultError> {
        Self::open_at(dir, device_key, pin, options, now())
    }

    /// [`Vault::open`] with an explicit clock (tests of the back-off).
    pub fn open_at(
        dir: &Path,
        device_key_bytes: &[u8],
        pin: Option<&str>,
        options: VaultOptions,
        now: u64,
    ) -> Result<Vault, VaultError> {
        Self::open_renewing(dir, device_key_bytes, pin, options, now, None)
    }

    /// [`Vault::open_at`], and when the duress PIN is entered, `renew` replaces the device
    /// key in the key store (the shell destroys the old key and makes a new one) before the
    /// empty vault is wrapped under it: a copy of the key store taken earlier opens nothing.
    pub fn open_renewing(
        dir: &Path,
        device_key_bytes: &[u8],
        pin: Option<&str>,
        options: VaultOptions,
        now: u64,
        renew: Option<&dyn Fn() -> Result<Vec<u8>, VaultError>>,
    ) -> Result<Vault, VaultError> {
        let mut dev = device_key(device_key_bytes)?;
        create_private_dir(dir).map_err(|_| VaultError::DataDir)?;
        let path = vault_path(dir);
        create_private(&path)?;
        let mut conn = connect(&path)?;
        Self::create_or_migrate(&mut conn, &dev, pin.is_some())?;
        let settings = pin_settings(&conn)?;
        let keys = match (&settings, pin) {
            (None, Some(_)) => return Err(VaultError::NoPin),
            (Some(_), None) => return Err(VaultError::Locked),
            (None, None) => {
                let check = verify_device(&conn, &dev)?;
                let wrapped = meta_get(&conn, "wrapped_key")?.ok_or(VaultError::Integrity)?;
                let wrap = derive(&dev, b"wrap/none", b"");
                let plain = open(&wrap, &wrapped, AD_WRAPPED_NONE).ok_or(VaultError::Integrity)?;
                if check.is_none() {
                    // A file from before check values: the key just proved right.
                    write_check(&conn, &dev, u64::from_le_bytes(crypto::random_bytes::<8>()))?;
                }
                DataKeys::from_plain(&plain)?
            }
            (Some(settings), Some(pin)) => match check_pin(&conn, &dev, pin, settings, now)? {
                PinCheck::Right(keys) => keys,
                PinCheck::Duress(pin_keys) => {
                    let (keys, new_dev) = shred_for_duress(&mut conn, &dev, pin_keys, renew)?;
                    dev = new_dev;
                    keys
                }
            },
        };
        let mut inner = Inner::new(conn, dev, keys);
        inner.check_index()?;
        inner.adopt_rows_without_manifest()?;
        Ok(Vault {
            path,
            options,
            inner: Mutex::new(Some(inner)),
        })
    }

    fn create_or_migrate(
        conn: &mut Connection,
        dev: &Key,
        with_pin: bool,
    ) -> Result<(), VaultError> {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let version = schema::user_version(&tx).map_err(sql)?;
        if !schema::looks_like_vault(&tx, version).map_err(sql)? {
            return Err(VaultError::Integrity);
        }
        if version == 0 {
            if with_pin {
                return Err(VaultError::NoPin);
            }
            schema::migrate_to(&tx, schema::CURRENT).map_err(sql)?;
            let keys = DataKeys::new(crypto::random_key());
            let wrap = derive(dev, b"wrap/none", b"");
            meta_put(
                &tx,
                "wrapped_key",
                &seal_or_fail(&wrap, &*keys.dk, AD_WRAPPED_NONE)?,
            )?;
            write_settings(&tx, &keys, &empty_state())?;
            write_check(&tx, dev, u64::from_le_bytes(crypto::random_bytes::<8>()))?;
        } else if version < schema::CURRENT {
            schema::migrate_to(&tx, schema::CURRENT).map_err(sql)?;
        }
        tx.commit().map_err(sql)
    }

    fn inner(&self) -> Result<MutexGuard<'_, Option<Inner>>, VaultError> {
        self.inner.lock().map_err(|_| VaultError::Storage)
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut Inner) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        let mut guard = self.inner()?;
        let inner = guard.as_mut().ok_or(VaultError::Locked)?;
        f(inner)
    }

    /// Forgets the keys; the next use needs `open` (and the PIN) again.
    pub fn close(&self) {
        if let Ok(mut g) = self.inner.lock() {
            *g = None;
        }
    }

    pub fn is_open(&self) -> bool {
        self.inner().map(|g| g.is_some()).unwrap_or(false)
    }

    pub fn has_pin(&self) -> Result<bool, VaultError> {
        self.with(|i| Ok(pin_settings(&i.conn)?.is_some()))
    }

    /// Whether a duress PIN is set: known only while unlocked (the file keeps a same-size
    /// decoy either way).
    pub fn has_duress_pin(&self) -> Result<bool, VaultError> {
        self.with(|i| Ok(read_settings(&i.conn, &i.keys)?.duress))
    }

    /// Sets the first PIN: a new data key, wrapped by the device key and the PIN, and
    /// every record sealed again under it (a copy of the file from before the PIN, or its
    /// old wrapped key put back, opens nothing written from now on).
    pub fn set_pin(&self, pin: &str) -> Result<(), VaultError> {
        let pin = new_pin(pin)?;
        let kdf = self.options.kdf;
        self.with(|i| {
            if pin_settings(&i.conn)?.is_some() {
                return Err(VaultError::PinAlreadySet);
            }
            let settings = PinSettings {
                kdf,
                salt: crypto::random_bytes::<SALT_LEN>().to_vec(),
            };
            let pk = pin_keys(&i.dev, &pin, &settings)?;
            let json = serde_json::to_vec(&settings).map_err(|_| VaultError::Storage)?;
            let dev = Zeroizing::new(*i.dev);
            i.rekey(false, |conn, keys| {
                meta_put(conn, "pin", &json)?;
                meta_put(
                    conn,
                    "wrapped_key",
                    &seal_or_fail(&pk.wrap, &*keys.dk, AD_WRAPPED_PIN)?,
                )?;
                meta_put(conn, "duress", &duress_decoy())?;
                write_attempts(conn, &dev, Attempts::RESET, true)
            })
        })
    }

    pub fn change_pin(&self, old: &str, new: &str) -> Result<(), VaultError> {
        self.change_pin_at(old, new, now())
    }

    /// Changes the PIN: a new data key too, so the old PIN with an old copy of the wrapped
    /// key opens nothing written from now on. A duress PIN stays set.
    pub fn change_pin_at(&self, old: &str, new: &str, now: u64) -> Result<(), VaultError> {
        let new = new_pin(new)?;
        self.with(|i| {
            let settings = pin_settings(&i.conn)?.ok_or(VaultError::NoPin)?;
            let PinCheck::Right(_) = check_pin(&i.conn, &i.dev, old, &settings, now)? else {
                return Err(VaultError::WrongPin);
            };
            let pk = pin_keys(&i.dev, &new, &settings)?;
            if let Some(d) = meta_get(&i.conn, "duress")?
                && open(&pk.duress, &d, AD_DURESS).is_some()
            {
                return Err(VaultError::DuressSameAsPin);
            }
            let duress = read_settings(&i.conn, &i.keys)?.duress;
            i.rekey(duress, |conn, keys| {
                meta_put(
                    conn,
                    "wrapped_key",
                    &seal_or_fail(&pk.wrap, &*keys.dk, AD_WRAPPED_PIN)?,
                )
            })
        })
    }

    /// Checks the PIN and changes nothing: "change PIN" asks for the current one first and
    /// says at once when it is wrong. A try counts toward the back-off as at unlock; the
    /// duress PIN is refused as wrong here (as by `change_pin`), destroying nothing.
    pub fn verify_pin(&self, pin: &str) -> Result<(), VaultError> {
        let now = now();
        self.with(|i| {
            let settings = pin_settings(&i.conn)?.ok_or(VaultError::NoPin)?;
            match check_pin(&i.conn, &i.dev, pin, &settings, now)? {
                PinCheck::Right(_) => Ok(()),
                _ => Err(VaultError::WrongPin),
            }
        })
    }

    /// Removes the PIN (and any duress PIN, which needs one), with a new data key.
    pub fn remove_pin(&self, pin: &str) -> Result<(), VaultError> {
        let now = now();
        self.with(|i| {
            let settings = pin_settings(&i.conn)?.ok_or(VaultError::NoPin)?;
            let PinCheck::Right(_) = check_pin(&i.conn, &i.dev, pin, &settings, now)? else {
                return Err(VaultError::WrongPin);
            };
            let wrap = derive(&i.dev, b"wrap/none", b"");
            i.rekey(false, |conn, keys| {
                meta_put(
                    conn,
                    "wrapped_key",
                    &seal_or_fail(&wrap, &*keys.dk, AD_WRAPPED_NONE)?,
                )?;
                for name in ["pin", "duress", "attempts"] {
                    meta_delete(conn, name)?;
                }
                Ok(())
            })
        })
    }

    /// Sets the duress PIN: entering it instead of the PIN opens an empty vault and
    /// destroys the real data. Needs a PIN; must differ from it.
    pub fn set_duress_pin(&self, duress: &str) -> Result<(), VaultError> {
        let duress = new_pin(duress)?;
        self.with(|i| {
            let settings = pin_settings(&i.conn)?.ok_or(VaultError::NoPin)?;
            let pk = pin_keys(&i.dev, &duress, &settings)?;
            let wrapped = meta_get(&i.conn, "wrapped_key")?.ok_or(VaultError::Integrity)?;
            if open(&pk.wrap, &wrapped, AD_WRAPPED_PIN).is_some() {
                return Err(VaultError::DuressSameAsPin);
            }
            let marker = crypto::random_key();
            i.write_tx(|i| {
                meta_put(
                    &i.conn,
                    "duress",
                    &seal_or_fail(&pk.duress, &*marker, AD_DURESS)?,
                )?;
                let mut state = (*i.state()?).clone();
                state.duress = true;
                i.put_state(state)
            })?;
            flush_old_pages(&i.conn)
        })
    }

    /// "Delete everything": destroys the wrapped key first (crypto-shred), then the rows
    /// (zeroed by secure_delete), checkpoints and truncates the WAL, VACUUMs, overwrites
    /// and removes the files. The shell deletes its key-store key afterwards.
    pub fn wipe(&self) -> Result<(), VaultError> {
        let taken = self.inner()?.take();
        drop(taken);
        wipe_file(&self.path)
    }

    #[cfg(test)]
    fn row_keys(keys: &DataKeys, collection: &str, id: &str) -> ([u8; KEY_LEN], [u8; KEY_LEN]) {
        (
            Self::row_key(keys, collection, id),
            Self::coll_key(keys, collection),
        )
    }

    /// The row key: keyed BLAKE2b of the collection's length and name, then the id. The
    /// vault computes it through [`Collection::rows`]; this whole-input form is what the
    /// tests write records with, so they check that the two agree.
    #[cfg(test)]
    fn row_key(keys: &DataKeys, collection: &str, id: &str) -> [u8; KEY_LEN] {
        let mut name = Self::row_key_prefix(collection);
        name.extend_from_slice(id.as_bytes());
        *derive(&keys.index, b"row", &name)
    }

    /// What the row key hashes before the id: the collection's length and name.
    fn row_key_prefix(collection: &str) -> Vec<u8> {
        let mut name = Vec::with_capacity(collection.len() + 4 + 64);
        name.extend_from_slice(&(collection.len() as u32).to_le_bytes());
        name.extend_from_slice(collection.as_bytes());
        name
    }

    /// The collection tag: keyed BLAKE2b of the collection.
    fn coll_key(keys: &DataKeys, collection: &str) -> [u8; KEY_LEN] {
        *derive(&keys.index, b"coll", collection.as_bytes())
    }

    /// Binds a record to the table, its row key, its collection tag and the format.
    fn record_ad(rkey: &[u8], ckey: &[u8]) -> Result<[u8; RECORD_AD_LEN], VaultError> {
        if rkey.len() != KEY_LEN || ckey.len() != KEY_LEN {
            return Err(VaultError::Integrity);
        }
        let mut ad = [0u8; RECORD_AD_LEN];
        let (prefix, rest) = ad.split_at_mut(RECORD_AD_PREFIX.len());
        prefix.copy_from_slice(RECORD_AD_PREFIX);
        let (format, rest) = rest.split_at_mut(1);
        format.copy_from_slice(&[RECORD_FORMAT]);
        let (c, r) = rest.split_at_mut(KEY_LEN);
        c.copy_from_slice(ckey);
        r.copy_from_slice(rkey);
        Ok(ad)
    }

    fn seal_record(
        keys: &DataKeys,
        collection: &str,
        id: &str,
        value: &[u8],
        rkey: &[u8],
        ckey: &[u8],
    ) -> Result<Vec<u8>, VaultError> {
        let too_long = |n: usize| n > u16::MAX as usize;
        if too_long(collection.len()) || too_long(id.len()) || value.len() > u32::MAX as usize {
            return Err(VaultError::Storage);
        }
        let len = 1 + 2 + collection.len() + 2 + id.len() + 4 + value.len();
        let mut plain = Zeroizing::new(Vec::with_capacity(crypto::bucket(len)));
        plain.push(RECORD_FORMAT);
        plain.extend_from_slice(&(collection.len() as u16).to_le_bytes());
        plain.extend_from_slice(collection.as_bytes());
        plain.extend_from_slice(&(id.len() as u16).to_le_bytes());
        plain.extend_from_slice(id.as_bytes());
        plain.extend_from_slice(&(value.len() as u32).to_le_bytes());
        plain.extend_from_slice(value);
        plain.resize(crypto::bucket(len), 0);
        seal_or_fail(&keys.records, &plain, &Self::record_ad(rkey, ckey)?)
    }

    /// Opens one row into `buf` (decrypted in place there): the collection, id and value
    /// bytes it holds, or `Integrity`. The caller checks they are the ones the row keys
    /// stand for ([`Vault::get`] compares them with what it asked for; `list` re-derives
    /// the row key).
    fn open_record<'b>(
        keys: &DataKeys,
        rkey: &[u8],
        ckey: &[u8],
        blob: &[u8],
        buf: &'b mut Zeroizing<Vec<u8>>,
    ) -> Result<RecordParts<'b>, VaultError> {
        let ad = Self::record_ad(rkey, ckey)?;
        if !open_into(&keys.records, blob, &ad, buf) {
            return Err(VaultError::Integrity);
        }
        let mut r = Reader {
            buf: buf.as_slice(),
            pos: 0,
        };
        if r.take(1)? != [RECORD_FORMAT] {
            return Err(VaultError::Integrity);
        }
        let n = r.u16()?;
        let collection = r.take(n)?;
        let n = r.u16()?;
        let id = r.take(n)?;
        let n = r.u32()?;
        let value = r.take(n)?;
        Ok((collection, id, value))
    }
}

/// A record that opened and is in its place, as [`Inner::sound_rows`] found it.
struct SoundRow {
    collection: String,
    id: String,
    value: Zeroizing<Vec<u8>>,
    ckey: RowKey,
    rkey: RowKey,
    blob: Vec<u8>,
}

/// A collection tag and a row key.
type RowKeys = ([u8; KEY_LEN], [u8; KEY_LEN]);

/// A record's collection, id and value bytes, borrowed from the buffer it was opened in.
type RecordParts<'b> = (&'b [u8], &'b [u8], &'b [u8]);

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], VaultError> {
        let end = self.pos.checked_add(n).ok_or(VaultError::Integrity)?;
        let s = self.buf.get(self.pos..end).ok_or(VaultError::Integrity)?;
        self.pos = end;
        Ok(s)
    }
    fn u16(&mut self) -> Result<usize, VaultError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]) as usize)
    }
    fn u32(&mut self) -> Result<usize, VaultError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
}

/// A collection's manifest is cut in 16 shards by the row key's first four bits, so a
/// write re-seals a sixteenth of it (a collection of 1,000 records: about 3 KB, not 48).
const MANIFEST_SHARDS: usize = 16;

/// Which manifest names a row: the collection tag with its last byte replaced by the
/// shard (the `manifests` table's key; the root's too).
fn manifest_key(ckey: &RowKey, rkey: &RowKey) -> RowKey {
    shard_key(ckey, rkey[0] >> 4)
}

fn shard_key(ckey: &RowKey, shard: u8) -> RowKey {
    let mut k = *ckey;
    k[KEY_LEN - 1] = shard;
    k
}

fn manifest_ad(ckey: &RowKey) -> Vec<u8> {
    [AD_MANIFEST_PREFIX, &ckey[..]].concat()
}

fn seal_state(keys: &DataKeys, state: &State) -> Result<Vec<u8>, VaultError> {
    seal_or_fail(&keys.settings, &state.encode(), AD_SETTINGS)
}

fn open_state(keys: &DataKeys, blob: &[u8]) -> Result<State, VaultError> {
    let plain = open(&keys.settings, blob, AD_SETTINGS).ok_or(VaultError::Integrity)?;
    State::decode(&plain)
}

fn write_settings(conn: &Connection, keys: &DataKeys, state: &State) -> Result<(), VaultError> {
    meta_put(conn, "settings", &seal_state(keys, state)?)
}

fn read_settings(conn: &Connection, keys: &DataKeys) -> Result<State, VaultError> {
    let blob = meta_get(conn, "settings")?.ok_or(VaultError::Integrity)?;
    open_state(keys, &blob)
}

/// An empty vault's state: no duress PIN, no collection.
fn empty_state() -> State {
    State {
        duress: false,
        root: Some(BTreeMap::new()),
    }
}

/// The forms of a typed PIN to try: normalised, then as typed if that differs (a PIN set
/// before normalisation, e.g. with Arabic-Indic digits, must still open its vault).
fn pin_forms(pin: &str) -> Vec<Zeroizing<String>> {
    let normal = pin::normalize(pin);
    let mut forms = vec![normal];
    if forms[0].as_str() != pin {
        forms.push(Zeroizing::new(pin.to_owned()));
    }
    forms
}

/// Checks a PIN: first whether the device key is the right one (a wrong key store key is
/// `WrongDeviceKey` and touches no counter), then refuses during the back-off, counts the
/// try BEFORE the slow check (so killing the app mid-check still counts it), and resets
/// the count when right, for the duress PIN exactly as for the real one.
fn check_pin(
    conn: &Connection,
    dev: &Key,
    pin: &str,
    settings: &PinSettings,
    now: u64,
) -> Result<PinCheck, VaultError> {
    let check = verify_device(conn, dev)?;
    let verified = check.is_some();
    let attempts = read_attempts(conn, dev, now, check)?;
    if attempts.tampered {
        // A missing, unreadable or replayed counter: store the raised one so its wait can
        // run out.
        write_attempts(conn, dev, attempts, verified)?;
    }
    let wait = retry_after(attempts, now);
    if wait > 0 {
        return Err(VaultError::TooManyAttempts { retry_after: wait });
    }
    write_attempts(
        conn,
        dev,
        Attempts {
            failures: attempts.failures.saturating_add(1),
            last: now,
            tampered: false,
        },
        verified,
    )?;
    let wrapped = meta_get(conn, "wrapped_key")?.ok_or(VaultError::Integrity)?;
    let duress = meta_get(conn, "duress")?;
    for form in pin_forms(pin) {
        let pk = pin_keys(dev, &form, settings)?;
        if let Some(plain) = open(&pk.wrap, &wrapped, AD_WRAPPED_PIN) {
            let keys = DataKeys::from_plain(&plain)?;
            // The data key opened: the device key is right, so the check value can be
            // written (a file from before check values gets its first one here).
            write_attempts(conn, dev, Attempts::RESET, true)?;
            return Ok(PinCheck::Right(keys));
        }
        if let Some(d) = &duress
            && open(&pk.duress, d, AD_DURESS).is_some()
        {
            write_attempts(conn, dev, Attempts::RESET, true)?;
            return Ok(PinCheck::Duress(pk));
        }
    }
    Err(VaultError::WrongPin)
}

/// The duress PIN was entered: a new data key wrapped by that PIN, under a new device key
/// when the shell can give one (`renew`), replaces the real one in one transaction (the
/// real data is unreadable from the commit on), then the rows go and the file is
/// compacted. What remains looks like a vault with a PIN and nothing saved, its counter
/// reset as after any right PIN. Returns the new data keys and device key.
fn shred_for_duress(
    conn: &mut Connection,
    dev: &Key,
    pk: PinKeys,
    renew: Option<&dyn Fn() -> Result<Vec<u8>, VaultError>>,
) -> Result<(DataKeys, Key), VaultError> {
    let dev = match renew {
        Some(renew) => device_key(&Zeroizing::new(renew()?))?,
        None => Zeroizing::new(**dev),
    };
    let pk = PinKeys::from_stretched(&dev, pk.stretched);
    let keys = DataKeys::new(crypto::random_key());
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(sql)?;
    meta_put(
        &tx,
        "wrapped_key",
        &seal_or_fail(&pk.wrap, &*keys.dk, AD_WRAPPED_PIN)?,
    )?;
    tx.execute_batch("DELETE FROM records; DELETE FROM manifests;")
        .map_err(sql)?;
    meta_put(&tx, "duress", &duress_decoy())?;
    write_settings(&tx, &keys, &empty_state())?;
    write_attempts(&tx, &dev, Attempts::RESET, true)?;
    tx.commit().map_err(sql)?;
    flush_old_pages(conn)?;
    conn.execute_batch("VACUUM;").map_err(sql)?;
    flush_old_pages(conn)?;
    Ok((keys, dev))
}

/// Moves the WAL into the file and truncates it, so old page versions (an old wrapped key,
/// deleted blobs) are overwritten in the file and gone from the WAL.
fn flush_old_pages(conn: &Connection) -> Result<(), VaultError> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(sql)
}

/// Wipes the vault file at `path` whether or not it can be unlocked (a forgotten PIN, a
/// damaged file): no key is needed to destroy.
pub fn wipe_file(path: &Path) -> Result<(), VaultError> {
    if path.exists()
        && let Ok(mut conn) = connect(path)
    {
        let version = schema::user_version(&conn).unwrap_or(0);
        if version > 0 && schema::looks_like_vault(&conn, version).unwrap_or(false) {
            // Errors here do not stop the wipe: the files are overwritten below anyway.
            let _ = (|| -> Result<(), VaultError> {
                let tx = conn.transaction().map_err(sql)?;
                tx.execute("UPDATE meta SET value = zeroblob(length(value))", [])
                    .map_err(sql)?;
                tx.execute("DELETE FROM meta", []).map_err(sql)?;
                tx.execute("DELETE FROM records", []).map_err(sql)?;
                if version >= 4 {
                    tx.execute("DELETE FROM manifests", []).map_err(sql)?;
                }
                tx.commit().map_err(sql)?;
                flush_old_pages(&conn)?;
                conn.execute_batch("VACUUM;").map_err(sql)?;
                flush_old_pages(&conn)
            })();
        }
        drop(conn);
    }
    let mut result = Ok(());
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            overwrite_with_zeros(&p);
            if std::fs::remove_file(&p).is_err() {
                result = Err(VaultError::Storage);
            }
        }
    }
    result
}

fn overwrite_with_zeros(path: &Path) {
    use std::io::Write;
    let Ok(len) = std::fs::metadata(path).map(|m| m.len()) else {
        return;
    };
    if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(path) {
        let zeros = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            if f.write_all(&zeros[..n]).is_err() {
                break;
            }
            left -= n as u64;
        }
        let _ = f.sync_all();
    }
}

/// Whether a row's blob is the one the manifest names for its row key.
fn listed(m: Option<&Manifest>, rkey: &[u8], blob: &[u8]) -> bool {
    let Ok(rk) = <RowKey>::try_from(rkey) else {
        return false;
    };
    m.and_then(|m| m.get(&rk)).is_some()
        && m.and_then(|m| m.get(&rk)) == manifest::blob_tag(blob).as_ref()
}

impl Store for Vault {
    fn put(&self, collection: &str, id: &str, value: &[u8]) -> Result<(), StoreError> {
        Ok(self.with(|i| {
            let (ckey, rkey) = i.keys_of(collection, id)?;
            let blob = Self::seal_record(&i.keys, collection, id, value, &rkey, &ckey)?;
            let tag = manifest::blob_tag(&blob).ok_or(VaultError::Storage)?;
            i.write_tx(|i| {
                let mut state = (*i.state()?).clone();
                let mkey = manifest_key(&ckey, &rkey);
                let mut m = i.manifest(&state.root.clone().unwrap_or_default(), &mkey)?;
                // Cached statements: parsing the SQL again on every call cost more than
                // the sealing (tests/bench, docs/PERFORMANCE.md).
                i.conn
                    .prepare_cached(
                        "INSERT INTO records (rkey, coll, blob) VALUES (?1, ?2, ?3)
                         ON CONFLICT (rkey) DO UPDATE SET coll = excluded.coll, blob = excluded.blob",
                    )
                    .and_then(|mut st| st.execute(params![&rkey[..], &ckey[..], blob]))
                    .map_err(sql)?;
                m.insert(rkey, tag);
                i.put_manifest(&mut state, &mkey, m)?;
                i.put_state(state)
            })
        })?)
    }

    /// One keyed hash of one block (the row key; the collection's part is cached), the
    /// state and the collection's manifest (opened once, then cached by tag), one indexed
    /// lookup, the blob borrowed from SQLite and decrypted in place in a reused buffer,
    /// and one copy: the value returned. A row the manifest does not name as it is (gone,
    /// older, or back after deletion) is `Integrity`.
    fn get(&self, collection: &str, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.with(|i| {
            let (ckey, rkey) = i.keys_of(collection, id)?;
            i.read_tx(|i| {
                let state = i.state()?;
                let m = i.load_manifest(
                    state.root.as_ref().ok_or(VaultError::Integrity)?,
                    &manifest_key(&ckey, &rkey),
                )?;
                let Inner {
                    conn,
                    keys,
                    scratch,
                    manifests,
                    ..
                } = i;
                let m = m.and_then(|tag| manifests.get(&tag));
                let expected = m.and_then(|m| m.get(&rkey));
                let mut stmt = conn
                    .prepare_cached("SELECT coll, blob FROM records WHERE rkey = ?1")
                    .map_err(sql)?;
                let mut rows = stmt.query([&rkey[..]]).map_err(sql)?;
                let Some(row) = rows.next().map_err(sql)? else {
                    // Named by the manifest but gone: deleted behind the vault's back.
                    return match expected {
                        None => Ok(None),
                        Some(_) => Err(VaultError::Integrity),
                    };
                };
                let blob_of = |n: usize| {
                    row.get_ref(n)
                        .map_err(sql)?
                        .as_blob()
                        .map_err(|_| VaultError::Storage)
                };
                if blob_of(0)? != ckey || !listed(m, &rkey, blob_of(1)?) {
                    return Err(VaultError::Integrity);
                }
                let opened = Self::open_record(keys, &rkey, &ckey, blob_of(1)?, scratch).and_then(
                    |(c, d, value)| {
                        // The sealed names must be the ones asked for (the AAD already
                        // binds the row key derived from them).
                        if c == collection.as_bytes() && d == id.as_bytes() {
                            Ok(value.to_vec())
                        } else {
                            Err(VaultError::Integrity)
                        }
                    },
                );
                zeroize::Zeroize::zeroize(&mut **scratch);
                opened.map(Some)
            })
        })?)
    }

    fn list(&self, collection: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        match self.list_readable(collection)? {
            (records, 0) => Ok(records),
            _ => Err(StoreError::Integrity),
        }
    }

    /// The collection's records that open and that its manifest names as they are; each
    /// other row, and each named row that is gone, counts as damaged. A manifest that
    /// does not match the root is `Integrity` for this collection only.
    fn list_readable(&self, collection: &str) -> Result<Readable, StoreError> {
        Ok(self.with(|i| {
            let (ckey, row_keys) = {
                let c = i.collection(collection)?;
                (c.tag, c.rows.clone())
            };
            i.read_tx(|i| {
                let state = i.state()?;
                let root = state.root.as_ref().ok_or(VaultError::Integrity)?;
                let mut shards = [None; MANIFEST_SHARDS];
                for (shard, slot) in shards.iter_mut().enumerate() {
                    *slot = i.load_manifest(root, &shard_key(&ckey, shard as u8))?;
                }
                let Inner {
                    conn,
                    keys,
                    scratch,
                    manifests,
                    ..
                } = i;
                let shard_of = |rkey: &[u8]| {
                    let shard = usize::from(rkey.first().copied().unwrap_or(0) >> 4);
                    shards[shard].and_then(|tag| manifests.get(&tag))
                };
                let named_total: usize = shards
                    .iter()
                    .filter_map(|tag| tag.and_then(|tag| manifests.get(&tag)))
                    .map(|m| m.len())
                    .sum();
                let mut out = Vec::new();
                let mut damaged = 0;
                let mut seen = 0;
                let mut stmt = conn
                    .prepare("SELECT rkey, blob FROM records WHERE coll = ?1")
                    .map_err(sql)?;
                let rows = stmt
                    .query_map([&ckey[..]], |r| {
                        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
                    })
                    .map_err(sql)?;
                for row in rows {
                    let (rkey, blob) = row.map_err(sql)?;
                    let m = shard_of(&rkey);
                    let named = <RowKey>::try_from(&rkey[..])
                        .is_ok_and(|rk| m.is_some_and(|m| m.contains_key(&rk)));
                    seen += usize::from(named);
                    if !listed(m, &rkey, &blob) {
                        damaged += 1;
                        continue;
                    }
                    let record = Self::open_record(keys, &rkey, &ckey, &blob, scratch).and_then(
                        |(c, d, value)| {
                            let id = std::str::from_utf8(d).map_err(|_| VaultError::Integrity)?;
                            // The row key must be the one this record would have.
                            if c == collection.as_bytes()
                                && row_keys.derive(id.as_bytes())[..] == rkey[..]
                            {
                                Ok((id.to_owned(), value.to_vec()))
                            } else {
                                Err(VaultError::Integrity)
                            }
                        },
                    );
                    zeroize::Zeroize::zeroize(&mut **scratch);
                    match record {
                        Ok(r) => out.push(r),
                        Err(VaultError::Integrity) => damaged += 1,
                        Err(other) => return Err(other),
                    }
                }
                // Named by the manifest but not found: deleted behind the vault's back.
                damaged += named_total.saturating_sub(seen);
                out.sort_by(|a, b| a.0.cmp(&b.0));
                Ok((out, damaged))
            })
        })?)
    }

    fn delete(&self, collection: &str, id: &str) -> Result<bool, StoreError> {
        Ok(self.with(|i| {
            let (ckey, rkey) = i.keys_of(collection, id)?;
            i.write_tx(|i| {
                let mut state = (*i.state()?).clone();
                let mkey = manifest_key(&ckey, &rkey);
                let mut m = i.manifest(&state.root.clone().unwrap_or_default(), &mkey)?;
                let n = i
                    .conn
                    .execute("DELETE FROM records WHERE rkey = ?1", [&rkey[..]])
                    .map_err(sql)?;
                if m.remove(&rkey).is_some() || n > 0 {
                    i.put_manifest(&mut state, &mkey, m)?;
                    i.put_state(state)?;
                }
                Ok(n > 0)
            })
        })?)
    }

    /// Empties the collection whatever its manifest says (the way back for a collection
    /// reported damaged).
    fn clear(&self, collection: &str) -> Result<(), StoreError> {
        Ok(self.with(|i| {
            let ckey = i.collection(collection)?.tag;
            i.write_tx(|i| {
                let mut state = (*i.state()?).clone();
                i.conn
                    .execute("DELETE FROM records WHERE coll = ?1", [&ckey[..]])
                    .map_err(sql)?;
                for shard in 0..MANIFEST_SHARDS {
                    i.put_manifest(&mut state, &shard_key(&ckey, shard as u8), Manifest::new())?;
                }
                i.put_state(state)
            })
        })?)
    }
}
