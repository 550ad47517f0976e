//! SQLCipher on the vault bench's workload: 1,000 puts (one transaction each, WAL,
//! synchronous = FULL) and 1,000 gets of the same records, keyed with a raw 256-bit key
//! (no passphrase stretching, like the vault's already-derived key), on disk and on a RAM
//! file system. Group and function names match core/benches/vault.rs so `tests/bench`
//! reads them side by side.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use rusqlite::{Connection, params};

const N: usize = 1000;

fn value(i: usize) -> Vec<u8> {
    format!(
        "{{\"stage\":\"on_arrival\",\"done\":true,\"note\":\"note number {i} about documents\"}}"
    )
    .into_bytes()
}

fn cipher_db(dir: &std::path::Path) -> Connection {
    let c = Connection::open(dir.join("cipher.sqlite")).unwrap();
    c.execute_batch(
        "PRAGMA key = \"x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'\";",
    )
    .unwrap();
    c.execute_batch("PRAGMA synchronous = FULL;").unwrap();
    let _: String = c
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    c.execute_batch("CREATE TABLE IF NOT EXISTS records (coll TEXT, id TEXT, value BLOB, PRIMARY KEY (coll, id));")
        .unwrap();
    let v: String = c
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .unwrap();
    assert!(!v.is_empty(), "not SQLCipher");
    c
}

fn bench(c: &mut Criterion) {
    let disk = tempfile::tempdir().unwrap();
    bench_in(c, "disk", disk.path());
    if std::path::Path::new("/dev/shm").is_dir() {
        let ram = tempfile::tempdir_in("/dev/shm").unwrap();
        bench_in(c, "ramfs", ram.path());
    }
}

fn bench_in(c: &mut Criterion, place: &str, dir: &std::path::Path) {
    let db = cipher_db(dir);
    let ids: Vec<String> = (0..N).map(|i| format!("item_{i:04}")).collect();
    let values: Vec<Vec<u8>> = (0..N).map(value).collect();
    let put = |id: &String, v: &Vec<u8>| {
        db.execute(
            "INSERT OR REPLACE INTO records (coll, id, value) VALUES ('checklist', ?1, ?2)",
            params![id, v],
        )
        .unwrap();
    };
    // Filled once up front, so the get bench also runs alone (`-- get_1000`).
    for (id, v) in ids.iter().zip(&values) {
        put(id, v);
    }

    let mut g = c.benchmark_group(format!("put_1000_{place}"));
    g.sample_size(10);
    g.bench_function("sqlcipher", |b| {
        b.iter(|| {
            for (id, v) in ids.iter().zip(&values) {
                put(id, v);
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group(format!("get_1000_{place}"));
    g.sample_size(10);
    g.bench_function("sqlcipher", |b| {
        b.iter(|| {
            let mut stmt = db
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

criterion_group!(benches, bench);
criterion_main!(benches);
