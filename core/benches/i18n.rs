//! Building one locale's bundles and formatting one message.

use criterion::{Criterion, black_box, criterion_group};
use waymark_core::content::{Content, ContentSource};
use waymark_core::i18n::Value;

fn bench(c: &mut Criterion) {
    let source = ContentSource::embedded();
    c.bench_function("i18n/load_content_and_build_fr_bundle", |b| {
        b.iter(|| {
            // A fresh Content has no bundles yet: the first format builds `fr` (and `en`
            // only if a message falls back).
            let content = Content::load(source.clone()).ok();
            let chain = vec!["fr".to_owned(), "en".to_owned()];
            black_box(content.and_then(|c| c.l10n.format(&chain, "app-name", None).ok()))
        })
    });

    let Ok(content) = Content::embedded() else {
        return;
    };
    let chain = vec!["fr".to_owned(), "en".to_owned()];
    let _ = content.l10n.format(&chain, "app-name", None);
    c.bench_function("i18n/format_message_with_plural", |b| {
        b.iter(|| {
            black_box(content.l10n.format_with(
                &chain,
                "items-count",
                &[("count", Value::from(black_box(3)))],
            ))
        })
    });
    c.bench_function("i18n/resolve_locale_chain", |b| {
        b.iter(|| black_box(content.l10n.resolve(black_box(&["fr-HT", "en"]), false)))
    });
}

criterion_group!(benches, bench);
