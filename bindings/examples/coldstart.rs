//! The cold-start probe `tests/bench` times: `coldstart open <dir>` does what an app does
//! at launch through the facade (parse the embedded content, build the bundle for one
//! locale by formatting a message, open the vault with the key from the key store) and
//! exits; `coldstart noop` exits at once, so the difference is the core's own start.
//! Also run under `/usr/bin/time -v` for the peak memory of opening the vault.
use std::process::ExitCode;

use waymark::{FileKeyStore, Waymark, WaymarkConfig};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [mode] if mode == "noop" => ExitCode::SUCCESS,
        [mode, dir] if mode == "open" => match open(dir, None) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
        // With content packs in `<dir>/data/packs` signed by this (developer) key: the
        // cold open with packs installed (docs/CONTENT-PACKS.md).
        [mode, dir, key] if mode == "open" => match open(dir, Some(key.clone())) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: coldstart noop | coldstart open <dir> [pack-key]");
            ExitCode::from(2)
        }
    }
}

fn open(dir: &str, pack_key: Option<String>) -> Result<(), waymark::WaymarkError> {
    let config = WaymarkConfig {
        preferred_locales: vec!["fr".into()],
        data_dir: format!("{dir}/data"),
        content_dir: None,
        developer_mode: pack_key.is_some(),
        developer_pack_key: pack_key,
    };
    let app = Waymark::new(config, FileKeyStore::new(format!("{dir}/keys")))?;
    app.message("app-name".into(), vec![])?;
    app.store()?;
    Ok(())
}
