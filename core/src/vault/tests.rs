use super::*;

const DEV: [u8; 32] = [7u8; 32];

fn fast() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    }
}

fn open_plain(dir: &Path) -> Vault {
    Vault::open(dir, &DEV, None, fast()).unwrap()
}

fn kind<T>(r: Result<T, VaultError>) -> ErrorKind {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.kind(),
    }
}

/// Every file under `dir`, read whole.
pub fn all_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn assert_absent(dir: &Path, needle: &[u8]) {
    for (p, bytes) in all_bytes(dir) {
        assert!(!contains(&bytes, needle), "found in {}", p.display());
    }
}

#[test]
fn records_round_trip_by_collection() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put("checklist", "b", b"two").unwrap();
    v.put("checklist", "a", b"one").unwrap();
    v.put("progress", "a", b"other").unwrap();
    assert_eq!(v.get("checklist", "a").unwrap(), Some(b"one".to_vec()));
    assert_eq!(v.get("checklist", "zz").unwrap(), None);
    let list = v.list("checklist").unwrap();
    assert_eq!(
        list,
        vec![("a".into(), b"one".to_vec()), ("b".into(), b"two".to_vec())]
    );
    v.put("checklist", "a", b"changed").unwrap();
    assert_eq!(v.get("checklist", "a").unwrap(), Some(b"changed".to_vec()));
    assert!(v.delete("checklist", "a").unwrap());
    assert!(!v.delete("checklist", "a").unwrap());
    v.clear("checklist").unwrap();
    assert!(v.list("checklist").unwrap().is_empty());
    assert_eq!(v.list("progress").unwrap().len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for (p, _) in all_bytes(dir.path()) {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{} is private", p.display());
        }
    }
    drop(v);
    // Reopens with the same device key.
    let v = open_plain(dir.path());
    assert_eq!(v.get("progress", "a").unwrap(), Some(b"other".to_vec()));
}

#[test]
fn row_keys_from_the_cached_state_match_the_whole_hash_past_the_cache_size() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    // More collections than are cached, so some are evicted and derived again.
    let n = MAX_CACHED_COLLECTIONS + 5;
    for round in 0..2 {
        for c in 0..n {
            let (coll, id) = (format!("coll{c}"), format!("id{c}"));
            if round == 0 {
                v.put(&coll, &id, coll.as_bytes()).unwrap();
            }
            assert_eq!(v.get(&coll, &id).unwrap(), Some(coll.clone().into_bytes()));
        }
    }
    let mut g = v.inner.lock().unwrap();
    let i = g.as_mut().unwrap();
    assert_eq!(i.collections.len(), MAX_CACHED_COLLECTIONS);
    for (coll, id) in [("coll0", "id0"), ("checklist", "item_0001"), ("", "")] {
        let (ckey, rkey) = i.keys_of(coll, id).unwrap();
        assert_eq!((rkey, ckey), Vault::row_keys(&i.keys, coll, id));
    }
}

#[test]
fn no_plaintext_id_or_collection_reaches_any_file_and_sizes_are_bucketed() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put(
        "secret_collection",
        "secret-id-42",
        b"copies under the blue mattress",
    )
    .unwrap();
    // Before and after a checkpoint: the WAL and the main file.
    for needle in [
        &b"copies under the blue"[..],
        b"secret-id-42",
        b"secret_collection",
    ] {
        assert_absent(dir.path(), needle);
    }
    drop(v);
    let v = open_plain(dir.path());
    v.with(|i| i.conn.execute_batch("DELETE FROM records").map_err(sql))
        .unwrap();
    v.put("c", "short", b"x").unwrap();
    v.put("c", "longer", &[b'y'; 200]).unwrap();
    let lens: Vec<usize> = v
        .with(|i| {
            let mut s = i
                .conn
                .prepare("SELECT length(blob) FROM records")
                .map_err(sql)?;
            let rows = s
                .query_map([], |r| r.get::<_, i64>(0))
                .map_err(sql)?
                .map(|x| x.map(|n| n as usize))
                .collect::<Result<Vec<_>, _>>()
                .map_err(sql)?;
            Ok(rows)
        })
        .unwrap();
    assert_eq!(lens, vec![256 + 40, 256 + 40], "one bucket for both");
}

fn corrupt_blob(dir: &Path, which: usize, f: impl Fn(&mut Vec<u8>)) {
    let conn = Connection::open(vault_path(dir)).unwrap();
    let mut rows: Vec<(Vec<u8>, Vec<u8>)> = conn
        .prepare("SELECT rkey, blob FROM records ORDER BY rkey")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let (rkey, blob) = &mut rows[which];
    f(blob);
    conn.execute(
        "UPDATE records SET blob = ?1 WHERE rkey = ?2",
        params![&*blob, &*rkey],
    )
    .unwrap();
}

#[test]
fn a_flipped_byte_fails_only_that_record() {
    for byte in [0usize, 10, 30, 100, 295] {
        let dir = tempfile::tempdir().unwrap();
        let v = open_plain(dir.path());
        for id in ["a", "b", "c"] {
            v.put("c", id, id.as_bytes()).unwrap();
        }
        corrupt_blob(dir.path(), 1, |b| b[byte] ^= 0x01);
        let results: Vec<_> = ["a", "b", "c"].iter().map(|id| v.get("c", id)).collect();
        let bad = results.iter().filter(|r| r.is_err()).count();
        assert_eq!(bad, 1, "byte {byte}");
        for (r, id) in results.iter().zip(["a", "b", "c"]) {
            match r {
                Ok(Some(val)) => assert_eq!(val, id.as_bytes()),
                Err(e) => assert_eq!(e.kind(), ErrorKind::Integrity),
                Ok(None) => panic!("lost"),
            }
        }
        assert_eq!(v.list("c").unwrap_err().kind(), ErrorKind::Integrity);
        let (readable, damaged) = v.list_readable("c").unwrap();
        assert_eq!((readable.len(), damaged), (2, 1), "the rest stays readable");
    }
}

#[test]
fn swapped_blobs_between_rows_or_collections_fail() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put("c", "a", b"alpha").unwrap();
    v.put("c", "b", b"bravo").unwrap();
    v.put("d", "x", b"x-ray").unwrap();
    v.with(|i| {
        i.conn
            .execute_batch(
                "CREATE TEMP TABLE t AS SELECT rkey, blob FROM records;
                 UPDATE records SET blob = (SELECT blob FROM t WHERE t.rkey != records.rkey
                   AND t.rkey IN (SELECT rkey FROM records WHERE coll = records.coll) LIMIT 1)
                 WHERE coll = (SELECT coll FROM records GROUP BY coll HAVING count(*) = 2);",
            )
            .map_err(sql)
    })
    .unwrap();
    assert_eq!(v.get("c", "a").unwrap_err().kind(), ErrorKind::Integrity);
    assert_eq!(v.get("c", "b").unwrap_err().kind(), ErrorKind::Integrity);
    assert_eq!(v.get("d", "x").unwrap(), Some(b"x-ray".to_vec()));
    // Moving a row to another collection's tag fails too.
    v.with(|i| {
        i.conn
            .execute_batch(
                "UPDATE records SET coll = (SELECT coll FROM records GROUP BY coll HAVING count(*) = 2 LIMIT 1)
                 WHERE coll = (SELECT coll FROM records GROUP BY coll HAVING count(*) = 1);",
            )
            .map_err(sql)
    })
    .unwrap();
    assert_eq!(v.get("d", "x").unwrap_err().kind(), ErrorKind::Integrity);
}

#[test]
fn truncation_random_files_and_foreign_databases_are_integrity_errors() {
    // Truncated.
    let dir = tempfile::tempdir().unwrap();
    {
        let v = open_plain(dir.path());
        for i in 0..200 {
            v.put("c", &format!("{i}"), &[b'z'; 900]).unwrap();
        }
    }
    let path = vault_path(dir.path());
    let len = std::fs::metadata(&path).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.set_len(len / 2).unwrap();
    drop(f);
    let r = Vault::open(dir.path(), &DEV, None, fast()).and_then(|v| {
        v.list("c").map_err(|e| match e {
            StoreError::Integrity => VaultError::Integrity,
            _ => VaultError::Storage,
        })
    });
    assert_eq!(kind(r), ErrorKind::Integrity);

    // Random bytes.
    let dir = tempfile::tempdir().unwrap();
    let junk: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(vault_path(dir.path()), junk).unwrap();
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, None, fast())),
        ErrorKind::Integrity
    );
    assert_eq!(kind(status(dir.path(), &DEV, 0)), ErrorKind::Integrity);

    // Another program's database.
    let dir = tempfile::tempdir().unwrap();
    let c = Connection::open(vault_path(dir.path())).unwrap();
    c.execute_batch("CREATE TABLE contacts (name TEXT); PRAGMA user_version = 3;")
        .unwrap();
    drop(c);
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, None, fast())),
        ErrorKind::Integrity
    );

    // The wrong device key (the key store lost it): the key store's fault, told apart.
    let dir = tempfile::tempdir().unwrap();
    drop(open_plain(dir.path()));
    assert_eq!(
        kind(Vault::open(dir.path(), &[9u8; 32], None, fast())),
        ErrorKind::KeyStore
    );
    // A key of the wrong length is refused, never a panic.
    assert_eq!(
        kind(Vault::open(dir.path(), &[9u8; 31], None, fast())),
        ErrorKind::Storage
    );
}

#[test]
fn a_pin_locks_and_wrong_pins_back_off() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put("c", "a", b"alpha").unwrap();
    assert_eq!(kind(v.set_pin("12")), ErrorKind::InvalidInput);
    v.set_pin("2468").unwrap();
    assert_eq!(kind(v.set_pin("1357")), ErrorKind::InvalidInput);
    drop(v);

    let t0 = 1_000_000;
    let open = |pin: Option<&str>, t: u64| Vault::open_at(dir.path(), &DEV, pin, fast(), t);
    assert_eq!(kind(open(None, t0)), ErrorKind::Locked);
    let s = status(dir.path(), &DEV, t0).unwrap();
    assert!(s.exists && s.has_pin && s.retry_after_seconds == 0);

    for _ in 0..FREE_ATTEMPTS {
        assert!(matches!(open(Some("0000"), t0), Err(VaultError::WrongPin)));
    }
    // The back-off refuses even the right PIN until it has passed, and grows.
    match open(Some("2468"), t0 + 1) {
        Err(VaultError::TooManyAttempts { retry_after }) => assert_eq!(retry_after, 29),
        _ => panic!("expected back-off"),
    }
    assert_eq!(
        status(dir.path(), &DEV, t0 + 10)
            .unwrap()
            .retry_after_seconds,
        20
    );
    assert!(matches!(
        open(Some("0000"), t0 + 30),
        Err(VaultError::WrongPin)
    ));
    match open(Some("2468"), t0 + 31) {
        Err(VaultError::TooManyAttempts { retry_after }) => assert_eq!(retry_after, 59),
        _ => panic!("expected a longer back-off"),
    }
    let v = open(Some("2468"), t0 + 100).unwrap();
    assert_eq!(v.get("c", "a").unwrap(), Some(b"alpha".to_vec()));
    assert_eq!(status(dir.path(), &DEV, t0 + 100).unwrap().failures, 0);
}

#[test]
fn editing_the_file_cannot_reset_the_attempt_counter() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.set_pin("2468").unwrap();
    drop(v);
    let t0 = 5_000;
    let _ = Vault::open_at(dir.path(), &DEV, Some("4071"), fast(), t0);
    // Removing the counter, or replacing it with garbage, puts it HIGHER, not at zero.
    let c = Connection::open(vault_path(dir.path())).unwrap();
    c.execute("DELETE FROM meta WHERE name = 'attempts'", [])
        .unwrap();
    drop(c);
    let s = status(dir.path(), &DEV, t0).unwrap();
    assert!(s.failures >= TAMPERED_FAILURES && s.retry_after_seconds > 0);
    let c = Connection::open(vault_path(dir.path())).unwrap();
    c.execute(
        "INSERT INTO meta (name, value) VALUES ('attempts', x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899')",
        [],
    )
    .unwrap();
    drop(c);
    assert!(status(dir.path(), &DEV, t0).unwrap().failures >= TAMPERED_FAILURES);
    // The raised wait runs out like any other: then the right PIN opens.
    let open = |pin: &str, t: u64| Vault::open_at(dir.path(), &DEV, Some(pin), fast(), t);
    assert_eq!(kind(open("2468", t0)), ErrorKind::WrongPin, "waiting");
    let wait = backoff_seconds(TAMPERED_FAILURES);
    assert_eq!(
        kind(open("2468", t0 + wait / 2)),
        ErrorKind::WrongPin,
        "still waiting"
    );
    assert!(open("2468", t0 + wait).is_ok());
}

#[test]
fn verifying_the_pin_changes_nothing_and_a_duress_pin_is_not_it() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    assert_eq!(
        kind(v.verify_pin("4071")),
        ErrorKind::InvalidInput,
        "no PIN"
    );
    v.set_pin("4071").unwrap();
    v.put("c", "a", b"alpha").unwrap();
    assert_eq!(kind(v.verify_pin("7315")), ErrorKind::WrongPin);
    v.verify_pin("4071").unwrap();
    v.set_duress_pin("2468").unwrap();
    assert_eq!(kind(v.verify_pin("2468")), ErrorKind::WrongPin);
    assert_eq!(v.get("c", "a").unwrap().as_deref(), Some(&b"alpha"[..]));
    drop(v);
    let v = Vault::open(dir.path(), &DEV, Some("4071"), fast()).unwrap();
    assert_eq!(v.get("c", "a").unwrap().as_deref(), Some(&b"alpha"[..]));
}

#[test]
fn change_and_remove_pin() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put("c", "a", b"alpha").unwrap();
    assert_eq!(kind(v.change_pin("4071", "5930")), ErrorKind::InvalidInput);
    assert_eq!(kind(v.remove_pin("4071")), ErrorKind::InvalidInput);
    v.set_pin("4071").unwrap();
    assert_eq!(kind(v.change_pin("7315", "5930")), ErrorKind::WrongPin);
    v.change_pin("4071", "5930").unwrap();
    drop(v);
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, Some("4071"), fast())),
        ErrorKind::WrongPin
    );
    let v = Vault::open(dir.path(), &DEV, Some("5930"), fast()).unwrap();
    v.remove_pin("5930").unwrap();
    drop(v);
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, Some("5930"), fast())),
        ErrorKind::InvalidInput
    );
    let v = open_plain(dir.path());
    assert_eq!(v.get("c", "a").unwrap(), Some(b"alpha".to_vec()));
    assert!(!status(dir.path(), &DEV, 0).unwrap().has_pin);
}

#[test]
fn the_duress_pin_opens_an_empty_vault_and_shreds_the_real_one() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.put("checklist", "note", b"passport copy at Aunt Rose")
        .unwrap();
    assert_eq!(
        kind(v.set_duress_pin("7315")),
        ErrorKind::InvalidInput,
        "needs a PIN"
    );
    v.set_pin("3972").unwrap();
    let decoy_len = v
        .with(|i| Ok(meta_get(&i.conn, "duress")?.map(|d| d.len())))
        .unwrap();
    assert!(!v.has_duress_pin().unwrap());
    assert_eq!(
        kind(v.set_duress_pin("3972")),
        ErrorKind::InvalidInput,
        "must differ"
    );
    v.set_duress_pin("7315").unwrap();
    assert!(v.has_duress_pin().unwrap());
    let real_len = v
        .with(|i| Ok(meta_get(&i.conn, "duress")?.map(|d| d.len())))
        .unwrap();
    assert_eq!(
        decoy_len, real_len,
        "the file does not tell whether a duress PIN is set"
    );
    assert_eq!(kind(v.change_pin("3972", "7315")), ErrorKind::InvalidInput);
    let old_wrapped = v
        .with(|i| meta_get(&i.conn, "wrapped_key"))
        .unwrap()
        .unwrap();
    let old_blob: Vec<u8> = v
        .with(|i| {
            i.conn
                .query_row("SELECT blob FROM records", [], |r| r.get(0))
                .map_err(sql)
        })
        .unwrap();
    drop(v);

    let fake = Vault::open(dir.path(), &DEV, Some("7315"), fast()).unwrap();
    assert!(fake.list("checklist").unwrap().is_empty());
    assert!(!fake.has_duress_pin().unwrap());
    fake.put("checklist", "x", b"new").unwrap();
    drop(fake);
    // Ordinary-looking afterwards: a PIN vault; the real PIN is now just wrong.
    let s = status(dir.path(), &DEV, now()).unwrap();
    assert!(s.exists && s.has_pin);
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, Some("3972"), fast())),
        ErrorKind::WrongPin
    );
    let again = Vault::open(dir.path(), &DEV, Some("7315"), fast()).unwrap();
    assert_eq!(again.list("checklist").unwrap().len(), 1);
    drop(again);
    // Shredded for real: neither the old wrapped key nor the old record is in any file.
    assert_absent(dir.path(), &old_wrapped[24..56]);
    assert_absent(dir.path(), &old_blob[24..56]);
}

#[test]
fn wipe_leaves_no_file_and_no_residue() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.set_pin("3972").unwrap();
    for i in 0..50 {
        v.put("c", &format!("{i}"), format!("private note {i}").as_bytes())
            .unwrap();
    }
    let wrapped = v
        .with(|i| meta_get(&i.conn, "wrapped_key"))
        .unwrap()
        .unwrap();
    let blob: Vec<u8> = v
        .with(|i| {
            i.conn
                .query_row("SELECT blob FROM records LIMIT 1", [], |r| r.get(0))
                .map_err(sql)
        })
        .unwrap();
    v.wipe().unwrap();
    assert_eq!(
        kind(v.get("c", "1").map_err(|_| VaultError::Locked)),
        ErrorKind::Locked
    );
    assert!(all_bytes(dir.path()).is_empty(), "no file left");
    // A new vault in the same place holds nothing of the old one.
    let v2 = open_plain(dir.path());
    v2.put("c", "new", b"fresh").unwrap();
    drop(v2);
    for needle in [&wrapped[24..40], &blob[24..40], b"private note"] {
        assert_absent(dir.path(), needle);
    }
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, Some("3972"), fast())),
        ErrorKind::InvalidInput
    );
}

#[test]
fn a_locked_or_damaged_vault_can_still_be_wiped() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.set_pin("3972").unwrap();
    drop(v);
    wipe_file(&vault_path(dir.path())).unwrap();
    assert!(all_bytes(dir.path()).is_empty());
    std::fs::write(vault_path(dir.path()), b"garbage garbage").unwrap();
    wipe_file(&vault_path(dir.path())).unwrap();
    assert!(all_bytes(dir.path()).is_empty());
}

#[test]
fn close_forgets_the_keys() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    v.close();
    assert!(!v.is_open());
    assert!(matches!(v.get("c", "a"), Err(StoreError::Locked)));
}

/// Builds a vault file as release `version` left it, with one record, then opens it
/// with today's code.
fn vault_at_version(dir: &Path, version: u32) {
    let mut conn = connect(&vault_path(dir)).unwrap();
    let tx = conn.transaction().unwrap();
    schema::migrate_to(&tx, version).unwrap();
    if version > 0 {
        let dev = device_key(&DEV).unwrap();
        let keys = DataKeys::new(crypto::random_key());
        let wrap = derive(&dev, b"wrap/none", b"");
        meta_put(
            &tx,
            "wrapped_key",
            &seal(&wrap, &*keys.dk, AD_WRAPPED_NONE).unwrap(),
        )
        .unwrap();
        write_settings(&tx, &keys, &State::default()).unwrap();
        let (rkey, ckey) = Vault::row_keys(&keys, "c", "old");
        let blob = Vault::seal_record(&keys, "c", "old", b"kept", &rkey, &ckey).unwrap();
        tx.execute(
            "INSERT INTO records (rkey, coll, blob) VALUES (?1, ?2, ?3)",
            params![&rkey[..], &ckey[..], blob],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

#[test]
fn every_earlier_schema_version_upgrades() {
    for version in 0..schema::CURRENT {
        let dir = tempfile::tempdir().unwrap();
        vault_at_version(dir.path(), version);
        let v = open_plain(dir.path());
        let (uv, app, index): (u32, i32, i64) = v
            .with(|i| {
                Ok((
                    schema::user_version(&i.conn).map_err(sql)?,
                    schema::application_id(&i.conn).map_err(sql)?,
                    i.conn
                        .query_row(
                            "SELECT count(*) FROM sqlite_master WHERE name = 'records_coll'",
                            [],
                            |r| r.get(0),
                        )
                        .map_err(sql)?,
                ))
            })
            .unwrap();
        assert_eq!(
            (uv, app, index),
            (schema::CURRENT, schema::APPLICATION_ID, 1),
            "from v{version}"
        );
        if version > 0 {
            assert_eq!(
                v.get("c", "old").unwrap(),
                Some(b"kept".to_vec()),
                "from v{version}"
            );
        }
        v.put("c", "new", b"n").unwrap();
    }
    // And each step alone does what it says.
    let c = Connection::open_in_memory().unwrap();
    for (n, step) in schema::STEPS.iter().enumerate() {
        step(&c).unwrap_or_else(|e| panic!("step {n}: {e}"));
    }
}

#[test]
fn a_newer_file_than_this_release_is_refused_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    drop(open_plain(dir.path()));
    let c = Connection::open(vault_path(dir.path())).unwrap();
    c.execute_batch(&format!("PRAGMA user_version = {};", schema::CURRENT + 1))
        .unwrap();
    drop(c);
    assert_eq!(
        kind(Vault::open(dir.path(), &DEV, None, fast())),
        ErrorKind::Integrity
    );
}

#[test]
fn large_and_empty_values_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let v = open_plain(dir.path());
    let big: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    v.put("c", "big", &big).unwrap();
    v.put("c", "", b"").unwrap();
    assert_eq!(v.get("c", "big").unwrap(), Some(big));
    assert_eq!(v.get("c", "").unwrap(), Some(Vec::new()));
    let len: i64 = v
        .with(|i| {
            i.conn
                .query_row("SELECT max(length(blob)) FROM records", [], |r| r.get(0))
                .map_err(sql)
        })
        .unwrap();
    assert_eq!(len as usize, 2 * 64 * 1024 + 40, "padded to a 64 KiB step");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever collections, ids (any Unicode) and bytes are stored, each collection
        /// lists exactly its own records, sorted by id, and each get returns its value.
        #[test]
        fn any_records_round_trip(
            records in proptest::collection::btree_map(
                ("[a-c]", "\\PC{0,12}"),
                proptest::collection::vec(any::<u8>(), 0..600),
                0..12,
            )
        ) {
            let dir = tempfile::tempdir().unwrap();
            let v = open_plain(dir.path());
            for ((c, id), val) in &records {
                v.put(c, id, val).unwrap();
            }
            for ((c, id), val) in &records {
                prop_assert_eq!(v.get(c, id).unwrap(), Some(val.clone()));
            }
            for c in ["a", "b", "c"] {
                let want: Vec<(String, Vec<u8>)> = records
                    .iter()
                    .filter(|((rc, _), _)| rc == c)
                    .map(|((_, id), val)| (id.clone(), val.clone()))
                    .collect();
                prop_assert_eq!(v.list(c).unwrap(), want);
            }
        }
    }
}
