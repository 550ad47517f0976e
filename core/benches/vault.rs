//! The vault against plain rusqlite (no encryption, same WAL mode and sync level, one
//! transaction per put) on 1,000 records, and the Argon2id unlock with the product cost.
//! Plain rusqlite stores `(coll TEXT, id TEXT, value BLOB)` keyed by `(coll, id)` and reads
//! the ~75-byte value with a statement prepared once per 1,000 reads; the vault reads
//! through the `Store` API (statement-cache lookup per call, keyed-hash row key, a sealed
//! blob padded to 256 bytes opened and checked).
//! `cargo bench -p waymark-core --bench core -- vault/ --warm-up-time 1 --measurement-time 3`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group};
use rusqlite::{Connection, params};
use waymark_core::store::Store;
use waymark_core::vault::{KdfParams, Vault, VaultOptions};

const N: usize = 1000;
const DEV: [u8; 32] = [5u8; 32];

fn value(i: usize) -> Vec<u8> {
    format!(
        "{{\"stage\":\"on_arrival\",\"done\":true,\"note\":\"note number {i} about documents\"}}"
    )
    .into_bytes()
}

fn plain_db(dir: &std::path::Path) -> Connection {
    let c = Connection::open(dir.join("plain.db")).unwrap();
    c.execute_batch("PRAGMA synchronous = FULL;").unwrap();
    let _: String = c
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    c.execute_batch("CREATE TABLE IF NOT EXISTS records (coll TEXT, id TEXT, value BLOB, PRIMARY KEY (coll, id));")
        .unwrap();
    c
}

/// Put and get on the disk (fsync per commit, what a phone pays) and, where there is one,
/// on a RAM file system (/dev/shm), where the fsync is nearly free, so the vault's own CPU
/// cost (keyed hashes, sealing, padding) shows.
fn bench(c: &mut Criterion) {
    let disk = tempfile::tempdir().unwrap();
    bench_in(c, "disk", disk.path());
    if std::path::Path::new("/dev/shm").is_dir() {
        let ram = tempfile::tempdir_in("/dev/shm").unwrap();
        bench_in(c, "ramfs", ram.path());
    }
    bench_unlock(c);
    bench_open_and_rekey(c);
}

fn bench_in(c: &mut Criterion, place: &str, dir: &std::path::Path) {
    let vault = Vault::open(dir, &DEV, None, VaultOptions::default()).unwrap();
    let plain = plain_db(dir);
    let ids: Vec<String> = (0..N).map(|i| format!("item_{i:04}")).collect();
    let values: Vec<Vec<u8>> = (0..N).map(value).collect();
    // Filled once up front, so the get benches also run alone (`-- get_1000`).
    for (id, v) in ids.iter().zip(&values) {
        vault.put("checklist", id, v).unwrap();
        plain
            .execute(
                "INSERT OR REPLACE INTO records (coll, id, value) VALUES ('checklist', ?1, ?2)",
                params![id, v],
            )
            .unwrap();
    }

    let mut g = c.benchmark_group(format!("put_1000_{place}"));
    g.sample_size(10);
    g.bench_function("vault", |b| {
        b.iter(|| {
            for (id, v) in ids.iter().zip(&values) {
                vault.put("checklist", id, v).unwrap();
            }
        })
    });
    g.bench_function("plain_rusqlite", |b| {
        b.iter(|| {
            for (id, v) in ids.iter().zip(&values) {
                plain
                    .execute(
                        "INSERT OR REPLACE INTO records (coll, id, value) VALUES ('checklist', ?1, ?2)",
                        params![id, v],
                    )
                    .unwrap();
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group(format!("get_1000_{place}"));
    g.sample_size(10);
    g.bench_function("vault", |b| {
        b.iter(|| {
            for id in &ids {
                assert!(vault.get("checklist", id).unwrap().is_some());
            }
        })
    });
    g.bench_function("plain_rusqlite", |b| {
        b.iter(|| {
            let mut stmt = plain
                .prepare_cached("SELECT value FROM records WHERE coll = 'checklist' AND id = ?1")
                .unwrap();
            for id in &ids {
                let v: Vec<u8> = stmt.query_row([id], |r| r.get(0)).unwrap();
                assert!(!v.is_empty());
            }
        })
    });
    g.finish();
}

fn bench_unlock(c: &mut Criterion) {
    // Unlock with a PIN at the product Argon2id cost (what a person waits for).
    let pin_dir = tempfile::tempdir().unwrap();
    let v = Vault::open(pin_dir.path(), &DEV, None, VaultOptions::default()).unwrap();
    v.set_pin("482913").unwrap();
    drop(v);
    let mut g = c.benchmark_group("unlock");
    g.sample_size(10);
    g.bench_function(
        format!(
            "argon2id_m{}k_t{}_p{}",
            KdfParams::PRODUCT.m_kib,
            KdfParams::PRODUCT.t,
            KdfParams::PRODUCT.p
        ),
        |b| {
            b.iter(|| {
                Vault::open(
                    pin_dir.path(),
                    &DEV,
                    Some("482913"),
                    VaultOptions::default(),
                )
                .unwrap()
            })
        },
    );
    g.finish();
}

/// Opening a vault of 1,000 records without a PIN (the checks every unlock makes beside
/// Argon2id: the schema, the index against the table, the device key's check value), and
/// re-keying those 1,000 records (what setting, changing or removing a PIN costs beside
/// Argon2id, here at the cheap test cost so the re-keying shows).
fn bench_open_and_rekey(c: &mut Criterion) {
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        tempfile::tempdir_in("/dev/shm").unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let template = base.path().join("template");
    let cheap = VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    };
    {
        let v = Vault::open(&template, &DEV, None, cheap).unwrap();
        for i in 0..N {
            v.put("checklist", &format!("item_{i:04}"), &value(i))
                .unwrap();
        }
    }
    let fresh_copy = || {
        let dir = tempfile::tempdir_in(base.path()).unwrap();
        std::fs::copy(template.join("vault.db"), dir.path().join("vault.db")).unwrap();
        dir
    };
    let mut g = c.benchmark_group("vault_open");
    g.sample_size(20);
    g.bench_function("no_pin_1000_records", |b| {
        b.iter(|| Vault::open(&template, &DEV, None, cheap).unwrap())
    });
    g.finish();
    let mut g = c.benchmark_group("vault_rekey");
    g.sample_size(10);
    g.bench_function("set_pin_1000_records", |b| {
        b.iter_batched(
            || {
                let dir = fresh_copy();
                let v = Vault::open(dir.path(), &DEV, None, cheap).unwrap();
                (dir, v)
            },
            |(dir, v)| {
                v.set_pin("482913").unwrap();
                (dir, v)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
