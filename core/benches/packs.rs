//! Content packs: verifying and installing a 250 KB pack (the whole embedded content as a
//! `full` pack: every file replaced, so the content checker runs over all of it), the
//! same for a pack of the whole help directory (checked in its scope), and loading the
//! content with one directory pack installed. Budgets: install < 50 ms;
//! a cold open with one pack < 10 ms is timed by the cold-start probe (docs/PERFORMANCE.md).

use criterion::{BatchSize, Criterion, black_box, criterion_group};
use ed25519_dalek::{Signer, SigningKey};
use waymark_core::content::ContentSource;
use waymark_core::packs::{Kind, PackStore, format};

/// The test key (the seed core/src/packs/tests.rs uses); trusted here as a developer key.
fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn pack(kind: &Kind, id: &str, files: &[(String, String)]) -> Vec<u8> {
    let key = key();
    format::write(
        id,
        kind,
        1,
        "0.1.0",
        files,
        &key.verifying_key().to_bytes(),
        |m| key.sign(m).to_bytes(),
    )
    .unwrap_or_else(|| std::process::exit(1))
}

fn embedded(prefix: &str) -> Vec<(String, String)> {
    let source = ContentSource::embedded();
    source
        .under(prefix)
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
        .collect()
}

fn packs(c: &mut Criterion) {
    let trusted = Some(key().verifying_key().to_bytes());
    let full = pack(&Kind::Full, "full", &embedded(""));
    eprintln!("full pack: {} bytes", full.len());
    let dir = tempfile::tempdir().unwrap_or_else(|_| std::process::exit(1));
    let store = PackStore::new(dir.path(), trusted);

    c.bench_function("packs/verify_250k", |b| {
        b.iter(|| black_box(store.verify(black_box(&full)).is_ok()))
    });
    c.bench_function("packs/verify_and_install_250k", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap_or_else(|_| std::process::exit(1)),
            |dir| {
                let store = PackStore::new(dir.path(), trusted);
                black_box(store.install(&full).is_ok());
                dir
            },
            BatchSize::PerIteration,
        )
    });

    let directory = pack(&Kind::Directory, "directory", &embedded("directory/"));
    eprintln!("directory pack: {} bytes", directory.len());
    c.bench_function("packs/verify_and_install_directory", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap_or_else(|_| std::process::exit(1)),
            |dir| {
                let store = PackStore::new(dir.path(), trusted);
                black_box(store.install(&directory).is_ok());
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let with_one = tempfile::tempdir().unwrap_or_else(|_| std::process::exit(1));
    let one = PackStore::new(with_one.path(), trusted);
    if one.install(&directory).is_err() {
        std::process::exit(1);
    }
    c.bench_function("packs/content_with_one_pack", |b| {
        b.iter(|| black_box(one.content().is_ok()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = packs
}
