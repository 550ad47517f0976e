//! The attacks of issue #15, each played against a real vault file with `rusqlite` as the
//! attacker (someone with the phone's files and Python's sqlite3, or a disk image). Each
//! test names the attack; docs/SECURITY.md maps them to MASVS controls.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use rusqlite::{Connection, params};
use waymark_core::ErrorKind;
use waymark_core::UserFacing;
use waymark_core::store::Store;
use waymark_core::vault::{
    self, KdfParams, TAMPERED_FAILURES, Vault, VaultError, VaultOptions, backoff_seconds, status,
    vault_path,
};

const DEV: [u8; 32] = [11u8; 32];
const PIN: &str = "2468";

fn options() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    }
}

fn open(dir: &Path, pin: Option<&str>) -> Result<Vault, VaultError> {
    Vault::open(dir, &DEV, pin, options())
}

fn kind<T>(r: Result<T, VaultError>) -> ErrorKind {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.kind(),
    }
}

/// The attacker's connection: plain SQLite, triggers and all.
fn attacker(dir: &Path) -> Connection {
    Connection::open(vault_path(dir)).unwrap()
}

fn meta(dir: &Path, name: &str) -> Option<Vec<u8>> {
    attacker(dir)
        .query_row("SELECT value FROM meta WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .ok()
}

fn set_meta(dir: &Path, name: &str, value: Option<&[u8]>) {
    let c = attacker(dir);
    match value {
        Some(v) => c
            .execute(
                "INSERT INTO meta (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                params![name, v],
            )
            .unwrap(),
        None => c
            .execute("DELETE FROM meta WHERE name = ?1", [name])
            .unwrap(),
    };
}

fn rows(dir: &Path) -> Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    attacker(dir)
        .prepare("SELECT rkey, coll, blob FROM records ORDER BY rkey")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn readable(v: &Vault, collection: &str) -> (Vec<String>, usize) {
    let (records, damaged) = v.list_readable(collection).unwrap();
    (records.into_iter().map(|(id, _)| id).collect(), damaged)
}

// 1. The data key is never replaced.

#[test]
fn an_old_wrapped_key_put_back_opens_nothing_after_pin_set_or_change() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    v.put("checklist", "before", b"written before the PIN")
        .unwrap();
    let no_pin_key = meta(dir.path(), "wrapped_key").unwrap();
    v.set_pin(PIN).unwrap();
    v.put("checklist", "after", b"written after the PIN")
        .unwrap();
    let first_pin_key = meta(dir.path(), "wrapped_key").unwrap();
    let first_pin = meta(dir.path(), "pin").unwrap();
    v.change_pin(PIN, "1357").unwrap();
    v.put("checklist", "later", b"written after the change")
        .unwrap();
    drop(v);

    // The no-PIN wrapped key back, the PIN rows gone: no PIN opens anything.
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(vault_path(dir.path()), vault_path(copy.path())).unwrap();
    set_meta(copy.path(), "wrapped_key", Some(&no_pin_key));
    for name in ["pin", "attempts", "duress"] {
        set_meta(copy.path(), name, None);
    }
    let r = open(copy.path(), None).and_then(|v| {
        v.list("checklist")
            .map_err(|_| VaultError::Integrity)
            .map(|_| ())
    });
    assert_eq!(kind(r), ErrorKind::Integrity);

    // The first PIN's wrapped key back: the revoked PIN opens nothing.
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(vault_path(dir.path()), vault_path(copy.path())).unwrap();
    set_meta(copy.path(), "wrapped_key", Some(&first_pin_key));
    set_meta(copy.path(), "pin", Some(&first_pin));
    let r = open(copy.path(), Some(PIN)).and_then(|v| {
        v.get("checklist", "later")
            .map_err(|_| VaultError::Integrity)
            .map(|_| ())
    });
    assert!(r.is_err(), "the revoked PIN opened current data");

    // The real vault, untouched, has everything under the new PIN.
    let v = open(dir.path(), Some("1357")).unwrap();
    assert_eq!(
        readable(&v, "checklist"),
        (vec!["after".into(), "before".into(), "later".into()], 0)
    );
    drop(v);
    // And removing the PIN re-keys too: the PIN's wrapped key opens nothing after it.
    let pin_key = meta(dir.path(), "wrapped_key").unwrap();
    let pin_row = meta(dir.path(), "pin").unwrap();
    let v = open(dir.path(), Some("1357")).unwrap();
    v.remove_pin("1357").unwrap();
    v.put("checklist", "open", b"no PIN now").unwrap();
    drop(v);
    set_meta(dir.path(), "wrapped_key", Some(&pin_key));
    set_meta(dir.path(), "pin", Some(&pin_row));
    let r = open(dir.path(), Some("1357")).and_then(|v| {
        v.get("checklist", "open")
            .map_err(|_| VaultError::Integrity)
            .map(|_| ())
    });
    assert!(r.is_err());
}

#[test]
fn rekeying_carries_every_record_and_leaves_no_old_key_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    for i in 0..50 {
        v.put(
            "checklist",
            &format!("item{i}"),
            format!("note {i}").as_bytes(),
        )
        .unwrap();
    }
    v.put("progress", "m1", b"done").unwrap();
    let old_key = meta(dir.path(), "wrapped_key").unwrap();
    let old_rows = rows(dir.path());
    v.set_pin(PIN).unwrap();
    let (ids, damaged) = readable(&v, "checklist");
    assert_eq!((ids.len(), damaged), (50, 0));
    assert_eq!(v.get("progress", "m1").unwrap(), Some(b"done".to_vec()));
    drop(v);
    let new_rows = rows(dir.path());
    assert_eq!(new_rows.len(), old_rows.len());
    for (path, bytes) in files(dir.path()) {
        assert!(
            !bytes.windows(32).any(|w| w == &old_key[24..56]),
            "old wrapped key in {}",
            path.display()
        );
        for (rkey, _, blob) in &old_rows {
            assert!(!bytes.windows(32).any(|w| w == &rkey[..]), "old row key");
            assert!(!bytes.windows(32).any(|w| w == &blob[24..56]), "old blob");
        }
    }
}

fn files(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
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

#[test]
fn the_duress_pin_replaces_the_device_key_and_resets_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    v.put("checklist", "note", b"real").unwrap();
    v.set_pin(PIN).unwrap();
    v.set_duress_pin("1357").unwrap();
    drop(v);
    let t = vault::now();
    for _ in 0..2 {
        assert_eq!(
            kind(Vault::open_at(dir.path(), &DEV, Some("0000"), options(), t)),
            ErrorKind::WrongPin
        );
    }
    let new_dev = [42u8; 32];
    let renewed = std::cell::Cell::new(false);
    let renew = || {
        renewed.set(true);
        Ok(new_dev.to_vec())
    };
    let v =
        Vault::open_renewing(dir.path(), &DEV, Some("1357"), options(), t, Some(&renew)).unwrap();
    assert!(renewed.get());
    assert!(v.list("checklist").unwrap().is_empty());
    drop(v);
    // Exactly as after the real PIN: no failures left over, under the new key only.
    let s = status(dir.path(), &new_dev, t).unwrap();
    assert_eq!((s.failures, s.retry_after_seconds), (0, 0));
    assert_eq!(kind(status(dir.path(), &DEV, t)), ErrorKind::KeyStore);
    assert_eq!(
        kind(Vault::open_at(dir.path(), &DEV, Some("1357"), options(), t)),
        ErrorKind::KeyStore,
        "the old device key opens nothing"
    );
    assert!(Vault::open_at(dir.path(), &new_dev, Some("1357"), options(), t).is_ok());
}

// 2. The file accepts planted objects.

#[test]
fn planted_triggers_views_and_tables_are_refused_and_never_run() {
    let plants = [
        "CREATE TRIGGER keep_trying AFTER UPDATE ON meta BEGIN
           UPDATE meta SET value = x'00' WHERE name = 'attempts'; END;",
        "CREATE TABLE shadow (rkey BLOB, blob BLOB);
         CREATE TRIGGER copy_out BEFORE DELETE ON records BEGIN
           INSERT INTO shadow VALUES (old.rkey, old.blob); END;",
        "CREATE VIEW everything AS SELECT * FROM records;",
        "CREATE INDEX records_blob ON records (blob);",
        "CREATE TABLE extra (x);",
    ];
    for plant in plants {
        let dir = tempfile::tempdir().unwrap();
        let v = open(dir.path(), None).unwrap();
        v.put("checklist", "note", b"real").unwrap();
        v.set_pin(PIN).unwrap();
        v.set_duress_pin("1357").unwrap();
        drop(v);
        attacker(dir.path()).execute_batch(plant).unwrap();
        assert_eq!(
            kind(open(dir.path(), Some(PIN))),
            ErrorKind::Integrity,
            "{plant}"
        );
        assert_eq!(
            kind(open(dir.path(), Some("1357"))),
            ErrorKind::Integrity,
            "{plant}"
        );
        assert_eq!(
            kind(status(dir.path(), &DEV, 0)),
            ErrorKind::Integrity,
            "{plant}"
        );
        // Nothing ran: no row was copied out, no counter rewritten.
        let c = attacker(dir.path());
        if plant.contains("shadow") {
            let n: i64 = c
                .query_row("SELECT count(*) FROM shadow", [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0);
        }
        // A refused vault can still be wiped.
        vault::wipe_file(&vault_path(dir.path())).unwrap();
        assert!(!vault_path(dir.path()).exists());
    }
}

#[test]
fn a_changed_table_definition_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path(), None).unwrap());
    let c = attacker(dir.path());
    c.execute_batch(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_master SET sql = 'CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL DEFAULT 0)'
           WHERE name = 'meta';
         PRAGMA writable_schema = OFF;",
    )
    .unwrap();
    drop(c);
    assert_eq!(kind(open(dir.path(), None)), ErrorKind::Integrity);
}

#[test]
fn a_damaged_index_hides_no_record() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    for id in ["a", "b", "c", "d"] {
        v.put("checklist", id, id.as_bytes()).unwrap();
    }
    drop(v);
    let c = attacker(dir.path());
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let root: i64 = c
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'records_coll'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let page: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    drop(c);
    // One bit flipped in the last cell of the index page (a collection tag).
    let path = vault_path(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    let at = (root * page - 40) as usize;
    bytes[at] ^= 0x01;
    std::fs::write(&path, bytes).unwrap();
    let report: String = attacker(dir.path())
        .query_row("PRAGMA integrity_check(records)", [], |r| r.get(0))
        .unwrap();
    assert_ne!(report, "ok", "the flip damaged the index");
    let v = open(dir.path(), None).unwrap();
    assert_eq!(
        readable(&v, "checklist"),
        (vec!["a".into(), "b".into(), "c".into(), "d".into()], 0)
    );
}

// 3. The attempt counter can be lowered.

#[test]
fn a_deleted_or_replayed_counter_restarts_at_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    v.set_pin(PIN).unwrap();
    drop(v);
    let fresh = meta(dir.path(), "attempts").unwrap();
    let t0 = 10_000;
    for _ in 0..3 {
        let _ = Vault::open_at(dir.path(), &DEV, Some("0000"), options(), t0);
    }
    assert_eq!(status(dir.path(), &DEV, t0).unwrap().failures, 3);
    let cap = backoff_seconds(TAMPERED_FAILURES);
    assert_eq!(cap, 3600, "the cap is the longest wait");

    // The old, zero-failure counter written back: a replay, so the cap.
    set_meta(dir.path(), "attempts", Some(&fresh));
    let s = status(dir.path(), &DEV, t0).unwrap();
    assert_eq!(
        (s.failures, s.retry_after_seconds),
        (TAMPERED_FAILURES, cap)
    );
    // The right PIN waits too (the raised counter is stored, so its wait runs out).
    assert_eq!(
        kind(Vault::open_at(
            dir.path(),
            &DEV,
            Some(PIN),
            options(),
            t0 + 1
        )),
        ErrorKind::WrongPin
    );
    assert!(Vault::open_at(dir.path(), &DEV, Some(PIN), options(), t0 + 1 + cap).is_ok());

    // Deleted: the cap, never lower.
    set_meta(dir.path(), "attempts", None);
    let s = status(dir.path(), &DEV, t0).unwrap();
    assert_eq!(
        (s.failures, s.retry_after_seconds),
        (TAMPERED_FAILURES, cap)
    );
}

// 4. A wrong or missing device key is reported as a wrong PIN.

#[test]
fn a_wrong_device_key_is_key_store_and_burns_no_try() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    v.put("checklist", "note", b"x").unwrap();
    drop(v);
    let wrong = [12u8; 32];
    assert_eq!(
        kind(Vault::open(dir.path(), &wrong, None, options())),
        ErrorKind::KeyStore
    );
    let v = open(dir.path(), None).unwrap();
    v.set_pin(PIN).unwrap();
    drop(v);
    let t = 50_000;
    for _ in 0..6 {
        assert_eq!(
            kind(Vault::open_at(dir.path(), &wrong, Some(PIN), options(), t)),
            ErrorKind::KeyStore
        );
    }
    assert_eq!(kind(status(dir.path(), &wrong, t)), ErrorKind::KeyStore);
    // The right key back: no try was counted, no wait.
    let s = status(dir.path(), &DEV, t).unwrap();
    assert_eq!((s.failures, s.retry_after_seconds), (0, 0));
    assert!(Vault::open_at(dir.path(), &DEV, Some(PIN), options(), t).is_ok());
}

// 5. Silent loss.

#[test]
fn deleted_rolled_back_and_resurrected_rows_are_integrity_for_that_collection_only() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    for id in ["a", "b", "c"] {
        v.put("checklist", id, b"one").unwrap();
    }
    v.put("progress", "m", b"kept").unwrap();
    let before = rows(dir.path());
    v.put("checklist", "b", b"two").unwrap();
    v.delete("checklist", "c").unwrap();
    drop(v);
    let now = rows(dir.path());
    let find = |set: &[(Vec<u8>, Vec<u8>, Vec<u8>)], rkey: &[u8]| {
        set.iter().find(|r| r.0 == rkey).cloned().unwrap()
    };
    let gone = before
        .iter()
        .find(|r| !now.iter().any(|n| n.0 == r.0))
        .cloned()
        .unwrap();
    let changed = now
        .iter()
        .find(|n| before.iter().any(|b| b.0 == n.0 && b.2 != n.2))
        .cloned()
        .unwrap();
    let check = |attack: &dyn Fn(&Connection), what: &str| {
        let copy = tempfile::tempdir().unwrap();
        std::fs::copy(vault_path(dir.path()), vault_path(copy.path())).unwrap();
        attack(&attacker(copy.path()));
        let v = open(copy.path(), None).unwrap();
        let (_, damaged) = readable(&v, "checklist");
        assert_eq!(damaged, 1, "{what}");
        assert_eq!(
            v.list("checklist").unwrap_err().kind(),
            ErrorKind::Integrity,
            "{what}"
        );
        assert_eq!(
            v.get("progress", "m").unwrap(),
            Some(b"kept".to_vec()),
            "{what}"
        );
        assert_eq!(v.list("progress").unwrap().len(), 1, "{what}");
    };
    // A row deleted behind the vault's back.
    check(
        &|c| {
            c.execute("DELETE FROM records WHERE rkey = ?1", [&changed.0])
                .unwrap();
        },
        "deleted",
    );
    // One row rolled back to its older blob.
    let old = find(&before, &changed.0);
    check(
        &|c| {
            c.execute(
                "UPDATE records SET blob = ?1 WHERE rkey = ?2",
                params![old.2, old.0],
            )
            .unwrap();
        },
        "rolled back",
    );
    // A deleted row put back.
    check(
        &|c| {
            c.execute(
                "INSERT INTO records (rkey, coll, blob) VALUES (?1, ?2, ?3)",
                params![gone.0, gone.1, gone.2],
            )
            .unwrap();
        },
        "resurrected",
    );
    // get says so too.
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(vault_path(dir.path()), vault_path(copy.path())).unwrap();
    attacker(copy.path())
        .execute("DELETE FROM records WHERE rkey = ?1", [&changed.0])
        .unwrap();
    let v = open(copy.path(), None).unwrap();
    assert_eq!(
        v.get("checklist", "b").unwrap_err().kind(),
        ErrorKind::Integrity
    );
    assert_eq!(v.get("checklist", "a").unwrap(), Some(b"one".to_vec()));
    // Clearing the collection is the way back.
    v.clear("checklist").unwrap();
    assert_eq!(readable(&v, "checklist"), (vec![], 0));
}

#[test]
fn a_whole_collection_rolled_back_is_integrity_for_that_collection() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    v.put("checklist", "a", b"one").unwrap();
    v.put("progress", "m", b"kept").unwrap();
    drop(v);
    let c = attacker(dir.path());
    let old_rows: Vec<(Vec<u8>, Vec<u8>)> = c
        .prepare("SELECT rkey, blob FROM records")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let old_manifests: Vec<(Vec<u8>, Vec<u8>)> = c
        .prepare("SELECT coll, blob FROM manifests")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(c);
    let v = open(dir.path(), None).unwrap();
    v.put("checklist", "a", b"two").unwrap();
    drop(v);
    // Rows and manifests both put back as they were: the root no longer names them.
    let c = attacker(dir.path());
    for (rkey, blob) in &old_rows {
        c.execute(
            "UPDATE records SET blob = ?1 WHERE rkey = ?2",
            params![blob, rkey],
        )
        .unwrap();
    }
    for (coll, blob) in &old_manifests {
        c.execute(
            "UPDATE manifests SET blob = ?1 WHERE coll = ?2",
            params![blob, coll],
        )
        .unwrap();
    }
    drop(c);
    let v = open(dir.path(), None).unwrap();
    assert!(v.list_readable("checklist").is_err());
    assert_eq!(v.get("progress", "m").unwrap(), Some(b"kept".to_vec()));
}

// 6. PINs.

#[test]
fn pins_are_normalised_and_the_first_guesses_refused() {
    let dir = tempfile::tempdir().unwrap();
    let v = open(dir.path(), None).unwrap();
    for common in ["0000", "1234", "123456", "7777", "9876", "1212"] {
        assert_eq!(kind(v.set_pin(common)), ErrorKind::InvalidInput, "{common}");
    }
    // Arabic-Indic digits, a trailing space: the same PIN as ASCII.
    v.set_pin("٤٠٧١ ").unwrap();
    drop(v);
    for form in ["4071", "٤٠٧١", "۴۰۷۱", "4071\t"] {
        assert!(open(dir.path(), Some(form)).is_ok(), "{form}");
    }
    let v = open(dir.path(), Some("4071")).unwrap();
    assert_eq!(kind(v.change_pin("4071", "0000")), ErrorKind::InvalidInput);
    // NFC and NFD spell the same PIN.
    v.change_pin("4071", "caf\u{e9}72").unwrap();
    drop(v);
    assert!(open(dir.path(), Some("cafe\u{301}72")).is_ok());
}

// 8. Folders.

#[test]
fn the_data_folder_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("a").join("data");
    let v = Vault::open(&data, &DEV, None, options()).unwrap();
    v.put("c", "a", b"x").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for d in [&data, &dir.path().join("a")] {
            let mode = std::fs::metadata(d).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{}", d.display());
        }
    }
}
