//! Compiles in the terminal's own messages (`content/l10n/<locale>/terminal/*.ftl`), which
//! the core's embedded content leaves out so that the phones' library does not carry
//! them. Generates `$OUT_DIR/terminal_messages.rs`: `(content path, text)` pairs.

use std::path::PathBuf;
use std::{env, fs};

fn main() -> std::io::Result<()> {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?);
    let l10n = manifest_dir.join("../content/l10n");
    println!("cargo:rerun-if-changed={}", l10n.display());
    let mut files = Vec::new();
    let mut locales: Vec<_> = fs::read_dir(&l10n)?.collect::<Result<_, _>>()?;
    locales.sort_by_key(|e| e.file_name());
    for locale in locales {
        let dir = locale.path().join("terminal");
        println!("cargo:rerun-if-changed={}", dir.display());
        if !dir.is_dir() {
            continue;
        }
        let mut entries: Vec<_> = fs::read_dir(&dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let rel = format!(
                "l10n/{}/terminal/{name}",
                locale.file_name().to_string_lossy()
            );
            files.push((rel, path));
        }
    }
    let mut code = String::from("&[\n");
    for (rel, path) in files {
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("]\n");
    let out = PathBuf::from(env::var("OUT_DIR").map_err(std::io::Error::other)?);
    fs::write(out.join("terminal_messages.rs"), code)
}
