//! What the facade's integration tests share: a fresh app in a temporary folder and the
//! shared vectors of `tests/vectors/`.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;
use waymark::{FileKeyStore, Waymark, WaymarkConfig};

/// An app speaking `locales`, with its data in `dir/data` and its key file in `dir/keys`.
pub fn app_in(dir: &Path, locales: &[&str]) -> Arc<Waymark> {
    let config = WaymarkConfig {
        preferred_locales: locales.iter().map(|s| s.to_string()).collect(),
        data_dir: dir.join("data").to_string_lossy().into_owned(),
        content_dir: None,
        developer_mode: false,
        developer_pack_key: None,
    };
    let keys = FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned());
    Waymark::new(config, keys).unwrap()
}

pub fn app(dir: &Path) -> Arc<Waymark> {
    app_in(dir, &["en"])
}

/// `tests/vectors/<name>`.
pub fn vectors(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}
