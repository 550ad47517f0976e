//! The help-locator over a generated 10,000-entry directory. The worst case puts every
//! entry in the queried country, so the query ranks all 10,000 with every filter set.

use criterion::{Criterion, black_box, criterion_group};
use waymark_core::directory::{
    Abroad, Audience, Channel, ChannelKind, Confidence, Cost, CountryFile, Directory, Hours, Kind,
    Query, Reports, Safety, Service, Status, YesNo,
};

fn generated(n: usize, country: &str) -> CountryFile {
    let pick = |i: usize, k: usize| i.is_multiple_of(k);
    let services = (0..n)
        .map(|i| Service {
            id: format!("svc_{i}"),
            name_msg: "x".into(),
            description_msg: "x.description".into(),
            country: None,
            region: pick(i, 10).then(|| format!("region_{}", i % 7)),
            kinds: vec![
                Kind::ALL[i % Kind::ALL.len()],
                Kind::ALL[(i / 3) % Kind::ALL.len()],
            ],
            channels: vec![Channel {
                kind: ChannelKind::Phone,
                value: format!("0800{i:06}"),
                display: format!("0800 {i:06}"),
            }],
            hours: if pick(i, 4) {
                Hours::Always
            } else {
                Hours::Unknown
            },
            languages: vec![["en", "fr", "sw", "ht", "ar"][i % 5].into()],
            cost: Cost::Free,
            audiences: vec![Audience::ALL[i % Audience::ALL.len()]],
            safety: Safety {
                reports_to_police: Reports::ALL[i % 4],
                reports_to_immigration: Reports::ALL[(i / 2) % 4],
                requires_id: YesNo::ALL[i % 3],
                anonymous_ok: YesNo::ALL[(i / 5) % 3],
                confidential: YesNo::Yes,
            },
            source: "https://example.org".into(),
            more_sources: Vec::new(),
            last_verified: "2026-11-23".into(),
            status: Status::Verified,
            confidence: Confidence::A,
            warning_msg: None,
            abroad: Abroad::No,
            located_in: None,
        })
        .collect();
    CountryFile {
        country: country.into(),
        name_msg: "country-ke".into(),
        notes: Vec::new(),
        emergency: Vec::new(),
        services,
    }
}

fn bench(c: &mut Criterion) {
    let mut directory = Directory::default();
    directory.add(generated(10_000, "KE"));
    let everything = Query {
        country: Some("ke".into()),
        needs: vec![Kind::LegalAid, Kind::Shelter],
        language: Some("sw-KE".into()),
        audience: Some(Audience::Migrants),
        no_immigration_reporting: true,
        anonymous: true,
        no_id: true,
        danger_now: true,
        ..Query::default()
    };
    c.bench_function("directory/query_10000_entries_all_filters", |b| {
        b.iter(|| {
            black_box(
                directory
                    .find(black_box(&everything))
                    .map(|a| a.services.len()),
            )
        })
    });
    let plain = Query {
        country: Some("KE".into()),
        ..Query::default()
    };
    c.bench_function("directory/query_10000_entries_no_filters", |b| {
        b.iter(|| black_box(directory.find(black_box(&plain)).map(|a| a.services.len())))
    });
    let by_coordinates = Query {
        coordinates: Some((-1.29, 36.82)),
        ..Query::default()
    };
    c.bench_function("directory/query_10000_entries_by_coordinates", |b| {
        b.iter(|| {
            black_box(
                directory
                    .find(black_box(&by_coordinates))
                    .map(|a| a.services.len()),
            )
        })
    });
}

criterion_group!(benches, bench);
