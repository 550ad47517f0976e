//! Rendering a module (lessons, the regional scenario, the quiz) in a language: the work
//! behind opening a module screen. Also parsing the modules once, which a process pays on
//! first use.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group};
use waymark_core::content::{Content, ContentSource};
use waymark_core::learn::{Catalog, module_text};
use waymark_core::workshop::{Plans, plan_text};

fn bench(c: &mut Criterion) {
    let content = Content::embedded().unwrap();
    let catalog = Catalog::of(&content).unwrap();
    let plans = Plans::of(&content).unwrap();
    let en = vec!["en".to_owned()];
    let fr_ht = vec!["ht".to_owned(), "fr".to_owned(), "en".to_owned()];
    // Warm the bundles so the bench measures rendering, not first-use parsing.
    module_text(&content, &catalog, "how_recruiters_lie", &en, None).unwrap();
    module_text(&content, &catalog, "how_recruiters_lie", &fr_ht, Some("HT")).unwrap();

    c.bench_function("learn/render_module_en", |b| {
        b.iter(|| module_text(&content, &catalog, "how_recruiters_lie", &en, None).unwrap())
    });
    c.bench_function("learn/render_module_fr_ht_regional", |b| {
        b.iter(|| {
            module_text(&content, &catalog, "how_recruiters_lie", &fr_ht, Some("HT")).unwrap()
        })
    });
    c.bench_function("workshop/render_plan_en", |b| {
        b.iter(|| plan_text(&content, &catalog, &plans, "leaders_120", &en).unwrap())
    });
    let source = ContentSource::embedded();
    c.bench_function("learn/parse_catalog", |b| {
        b.iter(|| Catalog::load(&source).unwrap())
    });
}

criterion_group!(benches, bench);
