//! One event through the app core, from `handle` to the localized screen (issue 20: under
//! 1 ms): `cargo bench -p waymark-ffi --bench app`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use waymark::{App, Event, FileKeyStore, Waymark, WaymarkConfig};

fn app(dir: &std::path::Path) -> std::sync::Arc<App> {
    let waymark = Waymark::new(
        WaymarkConfig {
            preferred_locales: vec!["fr".into()],
            data_dir: dir.join("data").to_string_lossy().into_owned(),
            content_dir: None,
            developer_mode: false,
            developer_pack_key: None,
        },
        FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned()),
    )
    .unwrap();
    let app = App::new(waymark, false).unwrap();
    app.handle(Event::Start).unwrap();
    app
}

fn choose(action: &str) -> Event {
    Event::Choose {
        action: action.to_owned(),
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut g = c.benchmark_group("app");
    // Home → a screen → back: two events per iteration, each rendering its screen.
    for (name, action) in [
        ("language", "language"),
        ("find_help", "help"),
        ("check_job_offer", "check_job_offer"),
        ("learn", "learn"),
        ("workshop", "workshop"),
    ] {
        g.bench_function(format!("open_and_back/{name}"), |b| {
            b.iter(|| {
                app.handle(choose(action)).unwrap();
                app.handle(Event::Back).unwrap()
            })
        });
    }
    // Find help's results for the United States (its longest list), from the filters page.
    app.handle(choose("help")).unwrap();
    app.handle(Event::Submit { text: "US".into() }).unwrap();
    g.bench_function("open_and_back/help_results", |b| {
        b.iter(|| {
            app.handle(choose("results")).unwrap();
            app.handle(Event::Back).unwrap()
        })
    });
    app.handle(Event::Back).unwrap();
    app.handle(Event::Back).unwrap();
    g.bench_function("refresh_home", |b| {
        b.iter(|| app.handle(Event::Refresh).unwrap())
    });
    g.finish();
}

criterion_group!(app_benches, benches);
criterion_main!(app_benches);
