//! The content checker on a 5 MB tree: the shipped content plus large generated files full
//! of what makes problems (junk entries, duplicates, messages missing in `en`, TOML
//! references to missing messages, duplicate TOML ids). Every problem needs a line, so
//! this is where per-problem work that grows with the file would show.

use std::fmt::Write;
use std::time::Duration;

use criterion::{Criterion, black_box, criterion_group};
use waymark_core::content::{ContentSource, check};

const LOCALES: [&str; 7] = ["en", "fr", "es", "pt", "ht", "sw", "ar"];

/// About 5 MB of content text in total.
pub fn five_mb_tree() -> ContentSource {
    let mut source = ContentSource::embedded();
    for (n, locale) in LOCALES.iter().enumerate() {
        let mut ftl = String::new();
        for i in 0..6_000 {
            match i % 6 {
                // A broken placeable: one junk entry and one syntax problem.
                0 => {
                    let _ = writeln!(ftl, "bench-junk-{i} = Text {{ $count");
                }
                // Only in this locale: "not in en", or "missing translation" in the others.
                1 => {
                    let _ = writeln!(ftl, "bench-{locale}-only-{i} = Only {locale}");
                }
                // A duplicate of the message just before it.
                2 => {
                    let _ = writeln!(ftl, "bench-msg-{} = Again", i - 1);
                }
                _ => {
                    let _ = writeln!(
                        ftl,
                        "bench-msg-{i} = A message with {{ $count }} item in locale {n}\n    .label = Label {i}"
                    );
                }
            }
        }
        source.set(&format!("l10n/{locale}/bench.ftl"), ftl);
    }
    let mut toml = String::new();
    for i in 0..12_000 {
        let _ = writeln!(
            toml,
            "[[items]]\nid = \"item-{}\"\ntitle_msg = \"bench-no-such-message-{i}\"\n",
            i / 2
        );
    }
    source.set("bench/items.toml", toml);
    // One junk entry (a syntax problem) per line.
    let mut junk = String::new();
    let mut i = 0;
    while junk.len() < 1_100_000 {
        let _ = writeln!(junk, "junk-{i} = }}{{ not fluent at all ]] = = {{{{ \"");
        i += 1;
    }
    source.set("l10n/en/junk.ftl", junk);
    source
}

fn bench(c: &mut Criterion) {
    let source = five_mb_tree();
    let bytes: usize = source
        .paths()
        .filter_map(|p| source.get(p))
        .map(str::len)
        .sum();
    let problems = check::check(&source).problems.len();
    eprintln!("content_check/5mb_tree: {bytes} bytes, {problems} problems");
    let mut group = c.benchmark_group("content_check");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("5mb_tree", |b| {
        b.iter(|| black_box(check::check(black_box(&source)).problems.len()))
    });
    // The nesting pre-scan alone, over one locale's shipped text: what building a bundle
    // now adds before parsing.
    let fr: Vec<String> = ContentSource::embedded()
        .under("l10n/fr/")
        .map(|(_, t)| t.to_owned())
        .collect();
    group.sample_size(50);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("nesting_scan_fr", |b| {
        b.iter(|| {
            fr.iter()
                .map(|t| waymark_core::i18n::nesting::too_deep(black_box(t)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
