//! The checklist on the real vault: what a person saves never appears in any file (the
//! WAL included, while the vault is open), and one damaged record costs that record only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use waymark_core::checklist::Checklist;
use waymark_core::content::ContentSource;
use waymark_core::vault::{KdfParams, Vault, VaultOptions, vault_path};

const DEV: [u8; 32] = [11u8; 32];

fn options() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    }
}

fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

fn assert_nowhere(dir: &Path, needle: &str) {
    for (p, bytes) in files(dir) {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle:?} found in {}",
            p.display()
        );
    }
}

#[test]
fn saved_items_and_notes_are_in_no_file_wal_included() {
    let dir = tempfile::tempdir().unwrap();
    let c = Checklist::from_source(&ContentSource::embedded()).unwrap();
    let v = Vault::open(dir.path(), &DEV, None, options()).unwrap();
    let id = c
        .add(&v, "on_arrival", "Pastor Mensah, Elm Street chapel")
        .unwrap();
    c.set_note(&v, &id, "ask for Brother Kofi").unwrap();
    c.set_note(&v, "copy_documents", "copies in the red suitcase lining")
        .unwrap();
    c.set_done(&v, "verify_recruiter", true).unwrap();
    let wal = dir.path().join("vault.db-wal");
    assert!(
        wal.exists() && std::fs::metadata(&wal).unwrap().len() > 0,
        "the WAL holds the writes"
    );
    let needles = [
        "Pastor Mensah",
        "Brother Kofi",
        "red suitcase",
        "copy_documents",
        "verify_recruiter",
        "checklist",
        id.as_str(),
    ];
    for n in needles {
        assert_nowhere(dir.path(), n);
    }
    drop(v);
    for n in needles {
        assert_nowhere(dir.path(), n);
    }
}

#[test]
fn one_damaged_record_costs_that_record_only() {
    let dir = tempfile::tempdir().unwrap();
    let c = Checklist::from_source(&ContentSource::embedded()).unwrap();
    let v = Vault::open(dir.path(), &DEV, None, options()).unwrap();
    c.set_done(&v, "verify_recruiter", true).unwrap();
    c.set_note(&v, "know_embassy", "Embassy at 12 Rue Lepic")
        .unwrap();
    let mine = c.add(&v, "on_arrival", "Bus 14 to the church").unwrap();
    drop(v);
    // Flip one byte in one sealed blob.
    let conn = rusqlite::Connection::open(vault_path(dir.path())).unwrap();
    let (rowid, mut blob): (i64, Vec<u8>) = conn
        .query_row(
            "SELECT rowid, blob FROM records ORDER BY rowid LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    blob[40] ^= 1;
    conn.execute(
        "UPDATE records SET blob = ?1 WHERE rowid = ?2",
        rusqlite::params![blob, rowid],
    )
    .unwrap();
    drop(conn);
    let v = Vault::open(dir.path(), &DEV, None, options()).unwrap();
    let view = c.view(&v).unwrap();
    assert_eq!(view.damaged, 1);
    let items: Vec<_> = view.stages.iter().flat_map(|s| &s.items).collect();
    let readable = [
        items.iter().any(|i| i.id == "verify_recruiter" && i.done),
        items
            .iter()
            .any(|i| i.id == "know_embassy" && i.note.is_some()),
        items.iter().any(|i| i.id == mine),
    ];
    assert_eq!(
        readable.iter().filter(|r| **r).count(),
        2,
        "the other two stay readable"
    );
}
