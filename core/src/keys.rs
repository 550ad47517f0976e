//! The terminal shell's key-encryption key: a random 256-bit key in a file only its owner
//! can read (0600). The phones keep theirs in the Android Keystore / iOS Keychain instead.

use std::io::Write;
use std::path::{Path, PathBuf};

use rand::RngCore;
use zeroize::Zeroizing;

use crate::error::{ErrorKind, UserFacing};

pub const KEY_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the key file cannot be read or written")]
    Io,
    #[error("the key file is damaged")]
    Damaged,
}

impl UserFacing for KeyError {
    fn kind(&self) -> ErrorKind {
        match self {
            KeyError::Io => ErrorKind::Storage,
            KeyError::Damaged => ErrorKind::Integrity,
        }
    }
}

/// Key files in one folder, one per alias (`<alias>.key`).
#[derive(Debug, Clone)]
pub struct KeyFiles {
    dir: PathBuf,
}

impl KeyFiles {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    fn path(&self, alias: &str) -> Result<PathBuf, KeyError> {
        // Aliases come from code, but keep them to a safe file name anyway.
        if alias.is_empty()
            || !alias
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(KeyError::Io);
        }
        Ok(self.dir.join(format!("{alias}.key")))
    }

    /// The key for `alias`, created with the OS random generator on first use.
    pub fn get_or_create(&self, alias: &str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
        let path = self.path(alias)?;
        match std::fs::read(&path) {
            Ok(bytes) => {
                let bytes = Zeroizing::new(bytes);
                if bytes.len() != KEY_LEN {
                    return Err(KeyError::Damaged);
                }
                Ok(bytes)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut key = Zeroizing::new(vec![0u8; KEY_LEN]);
                rand::rngs::OsRng.fill_bytes(&mut key);
                write_private(&path, &key)?;
                Ok(key)
            }
            Err(_) => Err(KeyError::Io),
        }
    }

    /// Whether the key for `alias` exists (nothing is created).
    pub fn exists(&self, alias: &str) -> Result<bool, KeyError> {
        Ok(self.path(alias)?.exists())
    }

    /// Overwrites the key file in place with random bytes, syncs that to the disk, then
    /// removes it (and the key folder once it is empty): without it the vault cannot be
    /// opened. On flash storage the old blocks may survive anyway (docs/SECURITY.md).
    pub fn delete(&self, alias: &str) -> Result<(), KeyError> {
        let path = self.path(alias)?;
        if path.exists() {
            overwrite_in_place(&path)?;
            std::fs::remove_file(&path).map_err(|_| KeyError::Io)?;
            sync_dir(&self.dir);
        }
        // Only an empty folder goes; another alias's key keeps it.
        let _ = std::fs::remove_dir(&self.dir);
        Ok(())
    }
}

/// Writes random bytes over the whole file, without truncating it first (a truncating
/// write frees the old blocks with the key still in them), and syncs.
fn overwrite_in_place(path: &Path) -> Result<(), KeyError> {
    let len = std::fs::metadata(path).map_err(|_| KeyError::Io)?.len() as usize;
    let mut noise = Zeroizing::new(vec![0u8; len.max(KEY_LEN)]);
    rand::rngs::OsRng.fill_bytes(&mut noise);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|_| KeyError::Io)?;
    file.write_all(&noise[..len]).map_err(|_| KeyError::Io)?;
    file.sync_all().map_err(|_| KeyError::Io)
}

/// Makes a removal in `dir` durable (best effort: not every platform opens folders).
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The shortest passphrase accepted for the terminal's key store.
pub const PASSPHRASE_MIN: usize = 10;

/// The terminal shell's key derived from a passphrase (`WAYMARK_PASSPHRASE`) instead of
/// a key file: Argon2id over the passphrase and a random salt kept in `<alias>.salt`
/// (0600). The salt is not secret; without the passphrase the vault cannot be opened.
pub struct PassphraseKeys {
    files: KeyFiles,
    passphrase: Zeroizing<String>,
    params: crate::vault::KdfParams,
}

impl PassphraseKeys {
    pub fn new(
        dir: impl Into<PathBuf>,
        passphrase: Zeroizing<String>,
        params: crate::vault::KdfParams,
    ) -> Self {
        Self {
            files: KeyFiles::new(dir),
            passphrase,
            params,
        }
    }

    pub fn get_or_create(&self, alias: &str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
        if self.passphrase.chars().count() < PASSPHRASE_MIN {
            return Err(KeyError::Io);
        }
        let salt = self.files.get_or_create(&format!("{alias}-salt"))?;
        let key =
            crate::vault::crypto::stretch(self.passphrase.as_bytes(), &salt[..16], self.params)
                .ok_or(KeyError::Io)?;
        Ok(Zeroizing::new(key.to_vec()))
    }

    pub fn exists(&self, alias: &str) -> Result<bool, KeyError> {
        self.files.exists(&format!("{alias}-salt"))
    }

    pub fn delete(&self, alias: &str) -> Result<(), KeyError> {
        self.files.delete(&format!("{alias}-salt"))
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    if let Some(parent) = path.parent() {
        crate::vault::create_private_dir(parent).map_err(|_| KeyError::Io)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|_| KeyError::Io)?;
    file.write_all(bytes).map_err(|_| KeyError::Io)?;
    file.sync_all().map_err(|_| KeyError::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_is_created_once_private_and_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let keys = KeyFiles::new(dir.path());
        let a = keys.get_or_create("vault").unwrap();
        let b = keys.get_or_create("vault").unwrap();
        assert_eq!(a.len(), KEY_LEN);
        assert_eq!(*a, *b);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("vault.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        keys.delete("vault").unwrap();
        assert!(!dir.path().join("vault.key").exists());
        assert_ne!(*keys.get_or_create("vault").unwrap(), *a);
    }

    #[test]
    fn the_key_folder_is_private_and_delete_overwrites_in_place_then_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data").join("keys");
        let keys = KeyFiles::new(&folder);
        let key = keys.get_or_create("vault").unwrap();
        assert!(keys.exists("vault").unwrap() && !keys.exists("other").unwrap());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for d in [&folder, &dir.path().join("data")] {
                let mode = std::fs::metadata(d).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o700, "{}", d.display());
            }
            // A second name for the same file shows what happened to its blocks: they
            // were overwritten in place, not freed with the key still in them.
            let link = dir.path().join("link");
            std::fs::hard_link(folder.join("vault.key"), &link).unwrap();
            keys.delete("vault").unwrap();
            let left = std::fs::read(&link).unwrap();
            assert_eq!(left.len(), KEY_LEN);
            assert_ne!(&left[..], &key[..]);
            assert_ne!(left, vec![0u8; KEY_LEN], "random, not zeros");
        }
        #[cfg(not(unix))]
        keys.delete("vault").unwrap();
        assert!(!folder.exists(), "the empty key folder goes too");
    }

    #[test]
    fn a_passphrase_gives_the_same_key_until_deleted_and_writes_no_key() {
        let dir = tempfile::tempdir().unwrap();
        let p = |s: &str| {
            PassphraseKeys::new(
                dir.path(),
                Zeroizing::new(s.to_owned()),
                crate::vault::KdfParams::INSECURE_TEST,
            )
        };
        let a = p("correct horse").get_or_create("vault").unwrap();
        assert_eq!(*a, *p("correct horse").get_or_create("vault").unwrap());
        assert_ne!(*a, *p("wrong horse").get_or_create("vault").unwrap());
        assert!(
            p("too short").get_or_create("vault").is_err(),
            "9 characters"
        );
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            assert!(!bytes.windows(8).any(|w| w == &a[..8]));
        }
        p("x").delete("vault").unwrap();
        assert_ne!(*a, *p("correct horse").get_or_create("vault").unwrap());
    }

    #[test]
    fn a_short_key_file_is_damaged_and_bad_aliases_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("vault.key"), b"short").unwrap();
        let keys = KeyFiles::new(dir.path());
        assert!(matches!(
            keys.get_or_create("vault"),
            Err(KeyError::Damaged)
        ));
        assert!(keys.get_or_create("../x").is_err());
    }
}
