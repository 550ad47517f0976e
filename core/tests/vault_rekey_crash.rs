//! Re-keying is crash-safe: a child process that sets and removes a PIN over and over
//! (each time a new data key and every record sealed again) is killed with SIGKILL at
//! random points. The vault must always open, with the PIN or without it as the last
//! commit left it, with every record whole: the old key stays valid until the commit.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use rand::Rng;
use waymark_core::store::Store;
use waymark_core::vault::{KdfParams, Vault, VaultError, VaultOptions};

const DEV: [u8; 32] = [4u8; 32];
const PIN: &str = "4071";
const RECORDS: usize = 60;
const ROUNDS: usize = 40;

fn options() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    }
}

fn value(i: usize) -> Vec<u8> {
    format!("record {i} {}", "x".repeat(i * 13 % 300)).into_bytes()
}

/// Opens the vault with or without the PIN, whichever it has.
fn open_any(dir: &Path) -> Vault {
    match Vault::open(dir, &DEV, None, options()) {
        Ok(v) => v,
        Err(VaultError::Locked) => Vault::open(dir, &DEV, Some(PIN), options()).unwrap(),
        Err(e) => panic!("the vault does not open: {e}"),
    }
}

/// The child: toggles the PIN forever, reporting each commit.
#[test]
fn rekey_child() {
    let Ok(dir) = std::env::var("WAYMARK_REKEY_CHILD_DIR") else {
        return;
    };
    let v = open_any(Path::new(&dir));
    let mut out = std::io::stdout().lock();
    loop {
        if v.has_pin().unwrap() {
            v.remove_pin(PIN).unwrap();
            writeln!(out, "removed").unwrap();
        } else {
            v.set_pin(PIN).unwrap();
            writeln!(out, "set").unwrap();
        }
        out.flush().unwrap();
    }
}

#[test]
fn a_killed_rekey_never_loses_a_record_or_the_key() {
    let dir = tempfile::tempdir().unwrap();
    {
        let v = Vault::open(dir.path(), &DEV, None, options()).unwrap();
        for i in 0..RECORDS {
            v.put("checklist", &format!("item{i:03}"), &value(i))
                .unwrap();
        }
    }
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::thread_rng();
    for _ in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args(["rekey_child", "--exact", "--nocapture", "--test-threads=1"])
            .env("WAYMARK_REKEY_CHILD_DIR", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Let a few re-keys commit first (or none: killed while opening).
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for _ in 0..rng.gen_range(0..4) {
            if !matches!(lines.next(), Some(Ok(_))) {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..4000)));
        child.kill().unwrap();
        child.wait().unwrap();
        let v = open_any(dir.path());
        let records = v.list("checklist").unwrap();
        assert_eq!(records.len(), RECORDS, "a record was lost");
        for (i, (id, val)) in records.iter().enumerate() {
            assert_eq!(id, &format!("item{i:03}"));
            assert_eq!(val, &value(i), "record {i} is whole");
        }
    }
}
