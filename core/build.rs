//! Embeds every file under the repository's `content/` into the core, so the app works
//! with no files beside it. The files are deflated in chunks (a locale's messages, a
//! feature's folder), each chunk inflated the first time one of its files is read, so a
//! start inflates only its own languages. Generates `$OUT_DIR/embedded_content.rs`, the
//! chunks `$OUT_DIR/chunk<N>.deflate` and their total size in `content.deflate.bytes`
//! (the text's in `content.bytes`).
//! Comments are left out too (`src/content/comments.rs`), each line kept in its place.
//! Messages only the terminal shows (`l10n/<locale>/terminal/`) are left out: the terminal
//! compiles them in itself (`cli/build.rs`), so the phones' library does not carry them.

#[path = "src/content/comments.rs"]
mod comments;

use std::collections::BTreeMap;
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

/// Whether `rel` is one of the terminal's own messages (`l10n/<locale>/terminal/…`).
fn terminal_only(rel: &str) -> bool {
    matches!(
        rel.split('/').collect::<Vec<_>>().as_slice(),
        ["l10n", _, "terminal", _, ..]
    )
}

/// The chunk a file is deflated in: one per locale's messages (`l10n/fr`), one per
/// feature folder, one for the top level. A start inflates only the chunks it reads.
fn chunk_of(rel: &str) -> String {
    let parts: Vec<&str> = rel.split('/').collect();
    match parts.as_slice() {
        ["l10n", locale, _, ..] => format!("l10n/{locale}"),
        [folder, _, ..] => (*folder).to_owned(),
        _ => String::new(),
    }
}

fn main() -> std::io::Result<()> {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?);
    let root = manifest_dir.join("../content");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/content/comments.rs");
    let mut files = Vec::new();
    collect(&root, &root, &mut files)?;
    files.retain(|(rel, _)| !terminal_only(rel));
    // Each chunk is its files joined into one text, each file a range of it.
    // `read_to_string` rejects a file that is not UTF-8, so the ranges fall on character
    // boundaries of valid UTF-8.
    let mut chunks: BTreeMap<String, String> = BTreeMap::new();
    let mut index = Vec::new();
    for (rel, abs) in files {
        let text = chunks.entry(chunk_of(&rel)).or_default();
        let start = text.len();
        text.push_str(&comments::without_comments(
            &rel,
            &fs::read_to_string(&abs)?,
        ));
        index.push((rel.clone(), chunk_of(&rel), start, text.len()));
    }
    let out = PathBuf::from(env::var("OUT_DIR").map_err(std::io::Error::other)?);
    let names: Vec<&String> = chunks.keys().collect();
    let mut code = format!(
        "pub(crate) static CHUNKS: [super::Chunk; {}] = [\n",
        chunks.len()
    );
    let mut deflated_total = 0;
    let text_total: usize = chunks.values().map(String::len).sum();
    for (i, text) in chunks.values().enumerate() {
        // Level 10 is miniz's best ratio; it runs once per build on under a megabyte.
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        deflated_total += deflated.len();
        fs::write(out.join(format!("chunk{i}.deflate")), deflated)?;
        code.push_str(&format!(
            "    super::Chunk::new(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/chunk{i}.deflate\")), {}),\n",
            text.len()
        ));
    }
    code.push_str("];\n");
    code.push_str("pub(crate) static EMBEDDED_FILES: &[(&str, usize, usize, usize)] = &[\n");
    for (rel, chunk, start, end) in index {
        let i = names.iter().position(|n| **n == chunk).unwrap_or_default();
        code.push_str(&format!("    ({rel:?}, {i}, {start}, {end}),\n"));
    }
    code.push_str("];\n");
    // The totals the size report reads.
    fs::write(
        out.join("content.deflate.bytes"),
        deflated_total.to_string(),
    )?;
    fs::write(out.join("content.bytes"), text_total.to_string())?;
    fs::write(out.join("embedded_content.rs"), code)
}
