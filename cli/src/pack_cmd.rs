//! `waymark pack`: signed content packs. Authors make a key and build packs
//! (`keygen`, `build`, `inspect`, `verify`); anyone installs, lists, removes and passes
//! packs on (`install`, `list`, `remove`, `export`). Only this shell signs: the library
//! verifies. See docs/CONTENT-PACKS.md.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use ed25519_dalek::{Signer, SigningKey};
use serde::Serialize;
use waymark::{ContentPackView, MessageArg, WaymarkError};
use waymark_core::ErrorKind;
use waymark_core::packs::format::{self, CORE_VERSION, Kind};
use waymark_core::packs::{PackError, PackInfo, PackStore, TRUSTED_KEYS};
use zeroize::Zeroizing;

use crate::Shell;

#[derive(Subcommand)]
pub enum PackCommand {
    /// Make a signing key: writes the private key to KEY (never commit it) and prints the
    /// public key to add to the trusted list.
    Keygen {
        /// Where to write the new private key (a file that does not exist yet).
        #[arg(long, value_name = "KEY")]
        out: PathBuf,
    },
    /// Build and sign a pack from a content-shaped folder (DIR/directory/KE.toml, ...).
    Build {
        /// The folder with the pack's files, laid out like content/ (e.g. directory/KE.toml).
        dir: PathBuf,
        /// full, directory or locale:<id>.
        #[arg(long)]
        kind: String,
        /// Must be higher than the version phones have installed.
        #[arg(long)]
        version: u64,
        /// The private key file made by `pack keygen`.
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
        /// Where to write the signed pack (.wmpack; a file that does not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The pack's id (default: from the kind: `directory`, `full`, `locale-<id>`).
        #[arg(long)]
        id: Option<String>,
        /// The oldest core that can use it (default: this one).
        #[arg(long)]
        min_core: Option<String>,
    },
    /// Check a pack as `install` would, without installing it.
    Verify {
        /// The .wmpack file.
        file: PathBuf,
    },
    /// Show a pack's manifest and signer (the signature is checked first).
    Inspect {
        /// The .wmpack file.
        file: PathBuf,
    },
    /// Install a pack: only a genuine, newer pack whose content passes the checks.
    Install {
        /// The .wmpack file.
        file: PathBuf,
    },
    /// List the installed packs.
    List,
    /// Remove an installed pack: its files return to the built-in content.
    Remove {
        /// The pack's id, as `pack list` shows it.
        id: String,
    },
    /// Write the exact installed pack to a file, to pass it on.
    Export {
        /// The pack's id, as `pack list` shows it.
        id: String,
        /// Where to write the pack (a file that does not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

fn text_arg(name: &str, value: impl ToString) -> MessageArg {
    MessageArg::Text {
        name: name.to_owned(),
        value: value.to_string(),
    }
}

fn failure(shell: &Shell, kind: ErrorKind, message_id: &str) -> WaymarkError {
    WaymarkError::new(kind, shell.text(message_id))
}

fn read_file(shell: &Shell, path: &Path) -> Result<Vec<u8>, WaymarkError> {
    std::fs::read(path).map_err(|_| failure(shell, ErrorKind::InvalidInput, "error-pack-file"))
}

/// Writes a new file; never replaces one (a key or a pack someone keeps).
fn write_new(shell: &Shell, path: &Path, bytes: &[u8], private: bool) -> Result<(), WaymarkError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    options
        .open(path)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .map_err(|_| failure(shell, ErrorKind::Storage, "error-pack-file"))
}

/// The core's pack store for this run: the data folder, the release keys and the
/// `--trusted-key` of a developer run.
/// The terminal judges packs with the whole content checker (file and line).
fn store(shell: &Shell) -> PackStore {
    PackStore::new(&shell.data_dir, shell.pack_key).with_content_checker()
}

fn print_pack(shell: &Shell, message_id: &str, p: &ContentPackView) {
    outln!(
        "{}",
        shell.text_args(
            message_id,
            vec![
                text_arg("id", &p.id),
                text_arg("kind", &p.kind),
                MessageArg::Number {
                    name: "version".into(),
                    value: p.version as f64
                },
                MessageArg::Number {
                    name: "files".into(),
                    value: f64::from(p.files)
                },
            ],
        )
    );
}

pub fn run(shell: &Shell, cmd: PackCommand) -> Result<(), WaymarkError> {
    let w = &shell.waymark;
    match cmd {
        PackCommand::Keygen { out } => keygen(shell, &out),
        PackCommand::Build {
            dir,
            kind,
            version,
            key,
            out,
            id,
            min_core,
        } => build(shell, &dir, &kind, version, &key, &out, id, min_core),
        PackCommand::Verify { file } => {
            let bytes = read_file(shell, &file)?;
            let pack = store(shell).check(&bytes).map_err(|e| shell.error(&e))?;
            let p = ContentPackView::from(PackInfo::of(&pack, bytes.len()));
            if shell.out.json {
                return shell.out.json(&p);
            }
            print_pack(shell, "pack-verified", &p);
            Ok(())
        }
        PackCommand::Inspect { file } => inspect(shell, &file),
        PackCommand::Install { file } => {
            let bytes = read_file(shell, &file)?;
            crate::vault_cmd::ensure_unlocked(shell, &mut Default::default())?;
            // As the FFI's install_content_pack, with the whole content checker.
            if w.discretion_settings()?.leave_no_trace {
                return Err(w.error(&PackError::LeaveNoTrace));
            }
            let p =
                ContentPackView::from(store(shell).install(&bytes).map_err(|e| shell.error(&e))?);
            if shell.out.json {
                return shell.out.json(&p);
            }
            print_pack(shell, "pack-installed", &p);
            Ok(())
        }
        PackCommand::List => {
            let list = w.content_packs()?;
            if shell.out.json {
                return shell.out.json(&list);
            }
            if list.is_empty() {
                outln!("{}", shell.text("pack-none"));
            }
            for p in &list {
                print_pack(shell, "pack-list-item", p);
            }
            Ok(())
        }
        PackCommand::Remove { id } => {
            w.remove_content_pack(id.clone())?;
            if shell.out.json {
                return shell.out.json(&serde_json::json!({ "removed": id }));
            }
            outln!("{}", shell.text_with("pack-removed", "id", id));
            Ok(())
        }
        PackCommand::Export { id, out } => {
            let bytes = w.export_content_pack(id.clone())?;
            write_new(shell, &out, &bytes, false)?;
            if shell.out.json {
                return shell
                    .out
                    .json(&serde_json::json!({ "exported": id, "bytes": bytes.len() }));
            }
            outln!("{}", shell.text_with("pack-exported", "id", id));
            Ok(())
        }
    }
}

fn keygen(shell: &Shell, out: &Path) -> Result<(), WaymarkError> {
    let seed = Zeroizing::new(rand::random::<[u8; 32]>());
    let key = SigningKey::from_bytes(&seed);
    let secret = Zeroizing::new(format!("{}\n", format::hex(seed.as_slice())));
    write_new(shell, out, secret.as_bytes(), true)?;
    let public = format::hex(&key.verifying_key().to_bytes());
    if shell.out.json {
        return shell.out.json(&serde_json::json!({ "public_key": public }));
    }
    outln!("{}", shell.text("pack-keygen-private"));
    outln!("{}", shell.text_with("pack-keygen-public", "key", &public));
    outln!("{public}");
    Ok(())
}

fn read_key(shell: &Shell, path: &Path) -> Result<SigningKey, WaymarkError> {
    let bad = || failure(shell, ErrorKind::InvalidInput, "error-pack-key-file");
    let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|_| bad())?);
    let text = text.trim();
    if text.len() != 64 {
        return Err(bad());
    }
    let mut seed = Zeroizing::new([0u8; 32]);
    for (i, byte) in seed.iter_mut().enumerate() {
        let pair = text.get(2 * i..2 * i + 2).ok_or_else(bad)?;
        *byte = u8::from_str_radix(pair, 16).map_err(|_| bad())?;
    }
    Ok(SigningKey::from_bytes(&seed))
}

/// Every `.ftl` and `.toml` file under `dir`, as (content path, text), in path order;
/// not the terminal's own messages (`l10n/<locale>/terminal/`): a pack carries what the
/// phones show, and the terminal's words come with the terminal.
fn pack_files(shell: &Shell, dir: &Path) -> Result<Vec<(String, String)>, WaymarkError> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            let path = entry.path();
            if waymark_core::content::terminal_only(&rel) {
                continue;
            }
            if path.is_dir() {
                walk(&path, &rel, out)?;
            } else if name.ends_with(".ftl") || name.ends_with(".toml") {
                let text = std::fs::read_to_string(&path)?;
                out.push((rel, text));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, "", &mut files)
        .map_err(|_| failure(shell, ErrorKind::InvalidInput, "error-pack-file"))?;
    files.sort();
    Ok(files)
}

#[allow(clippy::too_many_arguments)]
fn build(
    shell: &Shell,
    dir: &Path,
    kind: &str,
    version: u64,
    key_file: &Path,
    out: &Path,
    id: Option<String>,
    min_core: Option<String>,
) -> Result<(), WaymarkError> {
    let invalid = |id: &str| failure(shell, ErrorKind::InvalidInput, id);
    let kind = Kind::parse(kind).ok_or_else(|| invalid("error-pack-kind"))?;
    let id = id.unwrap_or_else(|| kind.as_string().replace(':', "-").to_lowercase());
    if !format::valid_id(&id) {
        return Err(invalid("error-pack-manifest"));
    }
    let min_core = min_core.unwrap_or_else(|| CORE_VERSION.to_owned());
    if format::parse_version(&min_core).is_none() {
        return Err(invalid("error-pack-manifest"));
    }
    let key = read_key(shell, key_file)?;
    let files = pack_files(shell, dir)?;
    if files.is_empty() {
        return Err(invalid("error-pack-manifest"));
    }
    if let Some((path, _)) = files
        .iter()
        .find(|(p, _)| !format::safe_path(p) || !kind.allows(p))
    {
        return Err(shell
            .waymark
            .error(&waymark_core::packs::PackError::Path(path.clone())));
    }
    let public = key.verifying_key().to_bytes();
    let bytes = format::write(&id, &kind, version, &min_core, &files, &public, |m| {
        key.sign(m).to_bytes()
    })
    .ok_or_else(|| invalid("error-pack-manifest"))?;
    // What was written must read back under its own key, and the content it makes with the
    // embedded content must pass the content checker: a pack is checked before it is signed.
    PackStore::new(&shell.data_dir, Some(public))
        .with_content_checker()
        .check(&bytes)
        .map_err(|e| shell.waymark.error(&e))?;
    write_new(shell, out, &bytes, false)?;
    let p = ContentPackView {
        id,
        kind: kind.as_string(),
        version,
        files: u32::try_from(files.len()).unwrap_or(u32::MAX),
        bytes: bytes.len() as u64,
        signer: format::hex(&public[..8]),
    };
    if shell.out.json {
        return shell.out.json(&p);
    }
    print_pack(shell, "pack-built", &p);
    Ok(())
}

#[derive(Serialize)]
struct Inspection {
    manifest: InspectedManifest,
    signer: String,
    trusted: bool,
}

/// The manifest as `pack inspect --json` shows it (hashes in hex).
#[derive(Serialize)]
struct InspectedManifest {
    id: String,
    kind: String,
    version: u64,
    min_core: String,
    files: Vec<InspectedFile>,
}

#[derive(Serialize)]
struct InspectedFile {
    path: String,
    size: u32,
    deflated: u32,
    blake2b: String,
}

impl From<format::Manifest> for InspectedManifest {
    fn from(m: format::Manifest) -> Self {
        Self {
            id: m.id,
            kind: m.kind,
            version: m.version,
            min_core: m.min_core,
            files: m
                .files
                .into_iter()
                .map(|f| InspectedFile {
                    blake2b: format::hex(&f.blake2b),
                    path: f.path,
                    size: f.size,
                    deflated: f.deflated,
                })
                .collect(),
        }
    }
}

/// The signature is checked against the key the pack names before the manifest is read;
/// whether that key is trusted here is reported, not required.
fn inspect(shell: &Shell, file: &Path) -> Result<(), WaymarkError> {
    let bytes = read_file(shell, file)?;
    let signer: [u8; 32] = bytes
        .get(8..40)
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| {
            shell
                .waymark
                .error(&waymark_core::packs::PackError::NotAPack)
        })?;
    let pack = format::read(&bytes, &[signer]).map_err(|e| shell.waymark.error(&e))?;
    let trusted = TRUSTED_KEYS.contains(&signer) || shell.pack_key == Some(signer);
    let inspection = Inspection {
        manifest: pack.manifest.into(),
        signer: format::hex(&signer),
        trusted,
    };
    if shell.out.json {
        return shell.out.json(&inspection);
    }
    let m = &inspection.manifest;
    outln!(
        "{}",
        shell.text_args(
            "pack-inspect-summary",
            vec![
                text_arg("id", &m.id),
                text_arg("kind", &m.kind),
                MessageArg::Number {
                    name: "version".into(),
                    value: m.version as f64
                },
                text_arg("core", &m.min_core),
            ],
        )
    );
    let trust = shell.text(if trusted {
        "pack-signer-trusted"
    } else {
        "pack-signer-untrusted"
    });
    outln!(
        "{}",
        shell.text_args(
            "pack-inspect-signer",
            vec![
                text_arg("key", &inspection.signer),
                text_arg("trust", trust)
            ],
        )
    );
    for f in &m.files {
        outln!("  {}\t{}\t{}", f.path, f.size, f.blake2b);
    }
    Ok(())
}
