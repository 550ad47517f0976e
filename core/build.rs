//! Embeds every file under the repository's `content/` into the core, so the app works
//! with no files beside it. The files are joined into one text and deflated (one stream
//! compresses the seven locales' similar Fluent files far better than file by file);
//! `ContentSource::embedded` inflates it once. Generates `$OUT_DIR/embedded_content.rs`
//! and `$OUT_DIR/content.deflate`.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(&path, root, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl" | "toml")
        ) {
            let rel = path
                .strip_prefix(root)
                .map_err(std::io::Error::other)?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?);
    let root = manifest_dir.join("../content");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files)?;
    // One text, each file a range of it. `read_to_string` rejects a file that is not UTF-8,
    // so the ranges fall on character boundaries of valid UTF-8.
    let mut text = String::new();
    let mut code = String::from("pub(crate) static EMBEDDED_FILES: &[(&str, usize, usize)] = &[\n");
    for (rel, abs) in files {
        let start = text.len();
        text.push_str(&fs::read_to_string(&abs)?);
        code.push_str(&format!("    ({rel:?}, {start}, {}),\n", text.len()));
    }
    code.push_str("];\n");
    code.push_str(&format!(
        "pub(crate) const EMBEDDED_LEN: usize = {};\n\
         pub(crate) static EMBEDDED_DEFLATED: &[u8] = \
         include_bytes!(concat!(env!(\"OUT_DIR\"), \"/content.deflate\"));\n",
        text.len()
    ));
    let out = PathBuf::from(env::var("OUT_DIR").map_err(std::io::Error::other)?);
    // Level 10 is miniz's best ratio; it runs once per build on under a megabyte.
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    fs::write(out.join("content.deflate"), deflated)?;
    fs::write(out.join("embedded_content.rs"), code)
}
