//! The core's criterion benches, one binary: `cargo bench -p waymark-core --bench core`
//! (add `-- screening/` to run one group). One binary because every bench binary is its
//! own fat-LTO link, and `tests/bench` builds them all from nothing.

mod content_check;
mod directory;
mod i18n;
mod learn;
mod packs;
mod screening;
mod vault;

criterion::criterion_main!(
    content_check::benches,
    directory::benches,
    i18n::benches,
    learn::benches,
    packs::benches,
    screening::benches,
    vault::benches
);
