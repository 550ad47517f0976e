//! A full questionnaire (every question answered) and the red-flag scan of a 2,000-word
//! job advert, on screening content that is already compiled (as the facade caches it).

use std::collections::BTreeMap;

use criterion::{Criterion, black_box, criterion_group};
use waymark_core::content::ContentSource;
use waymark_core::screening::{Answer, Screening};

/// About 2,000 words: a long advert in English and French with warning phrases spread
/// through ordinary text, and some negated ones.
fn offer_text() -> String {
    let paragraph = "We are hiring farm workers and hotel staff for the coming season. \
        The work includes picking, packing and cleaning, with training on the first day. \
        Accommodation is shared and meals are provided at the site. Contact us on WhatsApp \
        for details. No experience needed. You never pay a fee to us. Départ cette semaine, \
        les frais de dossier sont à payer avant le voyage. The employer pays all recruitment \
        costs for the flight. Please bring good shoes and a warm jacket for early mornings. ";
    let words_per_paragraph = paragraph.split_whitespace().count();
    paragraph.repeat(2_000 / words_per_paragraph + 1)
}

fn bench(c: &mut Criterion) {
    let Ok(screening) = Screening::load(&ContentSource::embedded()) else {
        return;
    };
    let Ok(questionnaire) = screening.questionnaire("my_situation") else {
        return;
    };
    let answers: BTreeMap<String, Answer> = questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = [Answer::Yes, Answer::No, Answer::Unsure][i % 3];
            (q.id.clone(), a)
        })
        .collect();
    c.bench_function("screening/full_questionnaire_my_situation", |b| {
        b.iter(|| {
            black_box(
                screening
                    .answer("my_situation", black_box(&answers))
                    .map(|r| r.risk),
            )
        })
    });

    let text = offer_text();
    let chain = vec!["fr".to_owned(), "en".to_owned()];
    c.bench_function("screening/scan_2000_word_offer", |b| {
        b.iter(|| {
            black_box(
                screening
                    .scan(black_box(&text), &chain)
                    .map(|s| s.hits.len()),
            )
        })
    });

    let source = ContentSource::embedded();
    c.bench_function("screening/load_and_compile_content", |b| {
        b.iter(|| black_box(Screening::load(&source).is_ok()))
    });
}

criterion_group!(benches, bench);
