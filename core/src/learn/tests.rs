use std::collections::BTreeSet;

use super::check::{REQUIRED_MODULES, validate};
use super::*;
use crate::content::check::{Problem, check};
use crate::store::{MemoryStore, Store};

fn content() -> Arc<Content> {
    Content::embedded().unwrap()
}

fn catalog() -> Arc<Catalog> {
    Catalog::of(&content()).unwrap()
}

fn en() -> Vec<String> {
    vec!["en".to_owned()]
}

fn right_answers(m: &Module) -> Vec<String> {
    m.quiz.iter().map(|q| q.answer.clone()).collect()
}

fn wrong_answers(m: &Module) -> Vec<String> {
    m.quiz
        .iter()
        .map(|q| {
            q.choices
                .iter()
                .find(|c| c.id != q.answer)
                .unwrap()
                .id
                .clone()
        })
        .collect()
}

#[test]
fn the_seven_modules_load_in_curriculum_order() {
    let c = catalog();
    let ids: Vec<_> = c.modules().iter().map(|m| m.id()).collect();
    assert_eq!(ids, REQUIRED_MODULES);
    for m in c.modules() {
        assert!((3..=6).contains(&m.lessons.len()), "{}", m.id());
        assert!(m.quiz.len() >= 5, "{}", m.id());
    }
    assert!(Arc::ptr_eq(&c, &catalog()), "parsed once per content tree");
}

#[test]
fn every_locale_renders_every_module_and_every_scenario() {
    let content = content();
    let c = catalog();
    for locale in &content.manifest.locales {
        // Only this locale, no fallback: a missing translation fails here.
        let chain = vec![locale.id.clone()];
        for m in c.modules() {
            for s in &m.scenarios {
                let region = s.regions.first().map(String::as_str);
                let text = module_text(&content, &c, m.id(), &chain, region)
                    .unwrap_or_else(|e| panic!("{} {} {}: {e}", locale.id, m.id(), s.id));
                assert_eq!(text.scenario.id, s.id);
                assert!(!text.title.is_empty() && !text.scenario.body.is_empty());
                assert!(text.quiz.iter().all(|q| !q.explanation.is_empty()));
            }
        }
        tracks_text(&content, &c, &chain).unwrap();
    }
}

#[test]
fn a_country_gets_its_own_story_then_its_macro_region_then_general() {
    let content = content();
    let c = catalog();
    let cases = [
        (Some("JM"), "jm", "JM"),
        (Some("HT"), "ht", "HT"),
        (Some("tt"), "tt", "TT"),
        (Some("NG"), "ng", "NG"),
        (Some("GH"), "gh", "GH"),
        (Some("SN"), "sn", "SN"),
        (Some("KE"), "ke", "KE"),
        (Some("UG"), "ug", "UG"),
        (Some("ET"), "et", "ET"),
        (Some("CA"), "ca", "CA"),
        (Some("US"), "us", "US"),
        // No story of their own: the story that serves their macro-region.
        (Some("BS"), "jm", "BS"),
        (Some("DO"), "jm", "DO"),
        (Some("CI"), "gh", "CI"),
        (Some("tz"), "ke", "TZ"),
        (Some("CM"), "general", "general"),
        (Some("FR"), "general", "general"),
        (None, "general", "general"),
    ];
    for m in c.modules() {
        for (region, variant, shown) in cases {
            let t = module_text(&content, &c, m.id(), &en(), region).unwrap();
            assert_eq!(t.scenario.id, variant, "{} {region:?}", m.id());
            assert_eq!(t.scenario.region, shown);
        }
    }
}

#[test]
fn a_haitian_reader_never_gets_a_jamaican_story() {
    let content = content();
    let c = catalog();
    for m in c.modules() {
        let ht = module_text(&content, &c, m.id(), &en(), Some("HT")).unwrap();
        let jm = module_text(&content, &c, m.id(), &en(), Some("JM")).unwrap();
        assert_ne!(ht.scenario.body, jm.scenario.body, "{}", m.id());
        assert!(!ht.scenario.body.contains("Jamaica"), "{}", m.id());
    }
    let help = module_text(&content, &c, "getting_help", &en(), Some("HT")).unwrap();
    assert!(help.scenario.body.contains("Santo Domingo"));
}

#[test]
fn regions_are_two_letter_codes() {
    assert_eq!(parse_region(" jm ").unwrap(), "JM");
    for bad in ["", "JAM", "J1", "caribbean", "ÉT"] {
        assert!(
            matches!(parse_region(bad), Err(LearnError::BadRegion)),
            "{bad}"
        );
    }
}

#[test]
fn audiences_filter_modules_in_track_order() {
    let content = content();
    let c = catalog();
    let students = modules_text(&content, &c, &en(), Some(Audience::Students)).unwrap();
    let ids: Vec<_> = students.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "trafficking_and_smuggling",
            "how_recruiters_lie",
            "warning_signs",
            "getting_help"
        ]
    );
    assert!(
        students
            .iter()
            .all(|m| m.audiences.contains(&"students".to_owned()))
    );
    assert_eq!(modules_text(&content, &c, &en(), None).unwrap().len(), 7);
    assert_eq!(
        modules_text(&content, &c, &en(), Some(Audience::Leaders))
            .unwrap()
            .len(),
        7
    );
    assert_eq!(Audience::parse("Migrants").unwrap(), Audience::Migrants);
    assert!(matches!(
        Audience::parse("teachers"),
        Err(LearnError::UnknownAudience)
    ));
}

#[test]
fn scoring_counts_right_answers_and_names_the_right_one() {
    let c = catalog();
    for m in c.modules() {
        let all = m.score(&right_answers(m)).unwrap();
        assert_eq!(
            (all.score, all.total),
            (m.quiz.len() as u32, m.quiz.len() as u32)
        );
        let none = m.score(&wrong_answers(m)).unwrap();
        assert_eq!(none.score, 0);
        assert!(
            none.questions
                .iter()
                .all(|q| !q.correct && q.answer != q.chosen)
        );
    }
    let m = c.module("rights_at_work").unwrap();
    let mut answers = right_answers(m);
    answers[0] = "A".into(); // q1's answer is b; case and spaces do not matter
    let s = m.score(&answers).unwrap();
    assert_eq!(s.score, 4);
    assert_eq!(s.questions[0].chosen, "a");
    assert_eq!(s.questions[0].answer, "b");
}

#[test]
fn bad_answers_are_refused() {
    let c = catalog();
    let m = c.module("warning_signs").unwrap();
    let short = vec!["a".to_owned()];
    let e = m.score(&short).unwrap_err();
    assert!(matches!(e, LearnError::AnswerCount { count: 5 }));
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let mut answers = right_answers(m);
    answers[1] = "z".into();
    assert!(matches!(m.score(&answers), Err(LearnError::UnknownChoice)));
    assert_eq!(c.module("nope").unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn progress_keeps_lessons_and_the_best_score_and_clears_alone() {
    let c = catalog();
    let store = MemoryStore::new();
    store.put("other", "x", b"keep").unwrap();
    let p = Progress::new(&store);
    assert!(p.all(&c).unwrap().is_empty());
    p.mark_seen(&c, "getting_help", "l1").unwrap();
    let after = p.mark_seen(&c, "getting_help", "l2").unwrap();
    assert_eq!(after.lessons_seen.len(), 2);

    let m = c.module("getting_help").unwrap();
    let good = m.score(&right_answers(m)).unwrap();
    let bad = m.score(&wrong_answers(m)).unwrap();
    assert_eq!(
        p.record_score(&c, "getting_help", &bad).unwrap().best_score,
        Some(0)
    );
    assert_eq!(
        p.record_score(&c, "getting_help", &good)
            .unwrap()
            .best_score,
        Some(5)
    );
    assert_eq!(
        p.record_score(&c, "getting_help", &bad).unwrap().best_score,
        Some(5)
    );
    let all = p.all(&c).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].quiz_total, 5);

    p.clear().unwrap();
    assert!(p.all(&c).unwrap().is_empty());
    assert_eq!(store.get("other", "x").unwrap(), Some(b"keep".to_vec()));
}

#[test]
fn unknown_ids_store_nothing() {
    let c = catalog();
    let store = MemoryStore::new();
    let p = Progress::new(&store);
    assert!(matches!(
        p.mark_seen(&c, "nope", "l1"),
        Err(LearnError::UnknownModule)
    ));
    assert!(matches!(
        p.mark_seen(&c, "getting_help", "l99"),
        Err(LearnError::UnknownLesson)
    ));
    assert!(store.list(progress::COLLECTION).unwrap().is_empty());
}

#[test]
fn a_damaged_progress_record_is_an_integrity_error() {
    let store = MemoryStore::new();
    store
        .put(progress::COLLECTION, "getting_help", b"{not json")
        .unwrap();
    let e = Progress::new(&store).get("getting_help").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Integrity);
}

// The validator: one test per class of error.

fn learn_problems(edit: impl FnOnce(&mut ContentSource)) -> Vec<Problem> {
    let mut s = ContentSource::embedded();
    edit(&mut s);
    let report = check(&s);
    report
        .problems
        .into_iter()
        .filter(|p| !p.message.starts_with("missing translation"))
        .collect()
}

fn replace(s: &mut ContentSource, path: &str, from: &str, to: &str) {
    let text = s.get(path).unwrap().replacen(from, to, 1);
    s.set(path, text);
}

const M: &str = "learn/warning_signs.toml";

#[test]
fn the_embedded_modules_pass_the_validator() {
    let s = ContentSource::embedded();
    let report = check(&s);
    let messages: Vec<_> = report
        .problems
        .iter()
        .filter(|p| !p.message.starts_with("missing translation"))
        .collect();
    assert!(messages.is_empty(), "{messages:#?}");
    let _ = validate;
}

#[test]
fn validator_too_few_lessons() {
    let p = learn_problems(|s| {
        let text = s.get(M).unwrap().to_owned();
        let start = text.find("[[lessons]]\nid = \"l2\"").unwrap();
        let end = text.find("[[lessons]]\nid = \"l3\"").unwrap();
        let text = format!("{}{}", &text[..start], &text[end..]);
        let start = text.find("[[lessons]]\nid = \"l3\"").unwrap();
        let end = text.find("[[lessons]]\nid = \"l4\"").unwrap();
        s.set(M, format!("{}{}", &text[..start], &text[end..]));
    });
    assert!(
        p.iter().any(|p| p.message.contains("has 2 lessons")),
        "{p:#?}"
    );
}

#[test]
fn validator_too_few_questions() {
    let p = learn_problems(|s| {
        let text = s.get(M).unwrap().to_owned();
        let start = text.find("[[quiz]]\nid = \"q5\"").unwrap();
        s.set(M, text[..start].to_owned());
    });
    assert!(
        p.iter().any(|p| p.message.contains("4 quiz questions")),
        "{p:#?}"
    );
}

#[test]
fn validator_answer_not_a_choice() {
    let p = learn_problems(|s| replace(s, M, "answer = \"a\"", "answer = \"d\""));
    assert!(
        p.iter()
            .any(|p| p.message.contains("is not one of its choices")),
        "{p:#?}"
    );
}

#[test]
fn validator_no_general_scenario() {
    let p = learn_problems(|s| replace(s, M, "id = \"general\"", "id = \"everywhere\""));
    assert!(
        p.iter()
            .any(|p| p.message.contains("one `general` scenario")),
        "{p:#?}"
    );
}

#[test]
fn validator_bad_or_repeated_region() {
    let p = learn_problems(|s| replace(s, M, "\"HT\"", "\"Haiti\""));
    assert!(
        p.iter()
            .any(|p| p.message.contains("not a two-letter country code")),
        "{p:#?}"
    );
    let p = learn_problems(|s| replace(s, M, "\"NG\"", "\"JM\""));
    assert!(
        p.iter()
            .any(|p| p.message.contains("region `JM` is in scenarios")),
        "{p:#?}"
    );
}

#[test]
fn validator_every_story_country_and_macro_region_has_a_story() {
    let p = learn_problems(|s| replace(s, M, "regions = [\"HT\"]", "regions = [\"BS\"]"));
    assert!(
        p.iter().any(|p| p.message.contains("no story set in `HT`")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(s, M, "macro_region = \"caribbean\"\n", "");
    });
    assert!(
        p.iter().any(|p| p
            .message
            .contains("0 stories serve macro-region `caribbean`")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "macro_region = \"west_africa\"",
            "macro_region = \"caribbean\"",
        );
    });
    assert!(
        p.iter().any(|p| p
            .message
            .contains("2 stories serve macro-region `caribbean`")),
        "{p:#?}"
    );
    assert!(
        p.iter().any(|p| p
            .message
            .contains("`GH` is not in macro-region `caribbean`")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "macro_region = \"caribbean\"",
            "macro_region = \"atlantis\"",
        );
    });
    assert!(
        p.iter()
            .any(|p| p.message.contains("unknown macro-region `atlantis`")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(s, "learn/regions.toml", "\"BS\"", "\"NG\"");
    });
    assert!(
        p.iter()
            .any(|p| p.message.contains("country `NG` is in macro-regions")),
        "{p:#?}"
    );
}

#[test]
fn validator_missing_source_or_date() {
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "source = \"ILO Indicators of Forced Labour (2012)\"",
            "source = \" \"",
        )
    });
    assert!(
        p.iter().any(|p| p.message.contains("empty source")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "last_verified = \"2026-11-23\"",
            "last_verified = \"soon\"",
        )
    });
    assert!(
        p.iter().any(|p| p.message.contains("must be a date")),
        "{p:#?}"
    );
}

#[test]
fn validator_module_id_and_file_name_differ() {
    let p = learn_problems(|s| {
        let text = s.get(M).unwrap().to_owned();
        s.remove(M);
        s.set("learn/signs.toml", text);
    });
    assert!(
        p.iter()
            .any(|p| p.message.contains("must match the file name")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|p| p.message.contains("required module is missing")
                || p.message.contains("must match"))
    );
}

#[test]
fn validator_required_module_missing() {
    let p = learn_problems(|s| s.remove(M));
    assert!(
        p.iter()
            .any(|p| p.message.contains("required module is missing")),
        "{p:#?}"
    );
    assert!(
        p.iter().any(|p| p.message.contains("unknown module")),
        "{p:#?}"
    );
}

#[test]
fn validator_tracks_disagree_with_audiences() {
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "audiences = [\"students\", \"leaders\"]",
            "audiences = [\"leaders\"]",
        )
    });
    assert!(
        p.iter().any(|p| p.message.contains("do not include it")),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(
            s,
            M,
            "audiences = [\"students\", \"leaders\"]",
            "audiences = [\"students\", \"leaders\", \"migrants\"]",
        )
    });
    assert!(
        p.iter()
            .any(|p| p.message.contains("that track does not list it")),
        "{p:#?}"
    );
}

#[test]
fn validator_wrong_shape() {
    let p = learn_problems(|s| replace(s, M, "order = 4", "order = \"four\""));
    assert!(
        p.iter().any(|p| p.message.contains("not a module")),
        "{p:#?}"
    );
}

// Quiz attempts: choices shuffled per attempt, scored by id.

#[test]
fn shuffling_keeps_every_choice_and_varies_across_attempts() {
    use std::sync::atomic::{AtomicU64, Ordering};
    let content = content();
    let c = catalog();
    // A fixed seed source: attempt n gets seed n, so the test always sees the same orders.
    let next = AtomicU64::new(0);
    let attempts = quiz::Attempts::new(|| next.fetch_add(1, Ordering::Relaxed));
    for m in c.modules() {
        let plain = module_text(&content, &c, m.id(), &en(), None).unwrap();
        let mut places: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); plain.quiz.len()];
        let mut orders = BTreeSet::new();
        for _ in 0..20 {
            let shown = |seed| {
                let mut t = plain.clone();
                quiz::shuffle_choices(&mut t.quiz, seed);
                t
            };
            let first = shown(attempts.seed(m.id()));
            // Every screen of one attempt shows the same order.
            assert_eq!(first, shown(attempts.seed(m.id())));
            for ((q, p), places) in first.quiz.iter().zip(&plain.quiz).zip(&mut places) {
                assert_eq!(
                    (&q.id, &q.answer, &q.explanation),
                    (&p.id, &p.answer, &p.explanation)
                );
                let mut ids: Vec<_> = q.choices.iter().map(|c| &c.id).collect();
                let mut want: Vec<_> = p.choices.iter().map(|c| &c.id).collect();
                ids.sort();
                want.sort();
                assert_eq!(ids, want, "{} {}", m.id(), q.id);
                for choice in &q.choices {
                    let same = p.choices.iter().find(|c| c.id == choice.id).unwrap();
                    assert_eq!(choice.text, same.text);
                }
                places.insert(q.choices.iter().position(|c| c.id == q.answer).unwrap());
            }
            orders.insert(
                first
                    .quiz
                    .iter()
                    .flat_map(|q| q.choices.iter().map(|c| c.id.clone()))
                    .collect::<Vec<_>>(),
            );
            attempts.finish(m.id());
        }
        assert!(orders.len() > 1, "{}: one order in 20 attempts", m.id());
        for (q, places) in plain.quiz.iter().zip(&places) {
            assert!(
                places.len() > 1,
                "{} {}: the answer never moved",
                m.id(),
                q.id
            );
        }
    }
}

#[test]
fn a_shuffled_quiz_is_scored_by_choice_id_not_place() {
    let content = content();
    let c = catalog();
    for m in c.modules() {
        let mut t = module_text(&content, &c, m.id(), &en(), None).unwrap();
        quiz::shuffle_choices(&mut t.quiz, 42);
        // The right ids, picked from the shown order, are all right.
        let right: Vec<String> = t
            .quiz
            .iter()
            .map(|q| {
                q.choices
                    .iter()
                    .find(|c| c.id == q.answer)
                    .unwrap()
                    .id
                    .clone()
            })
            .collect();
        assert_eq!(m.score(&right).unwrap().score, m.quiz.len() as u32);
        // The first shown choice is right only where its id is the answer.
        let first: Vec<String> = t.quiz.iter().map(|q| q.choices[0].id.clone()).collect();
        let expected = t
            .quiz
            .iter()
            .filter(|q| q.choices[0].id == q.answer)
            .count() as u32;
        assert_eq!(m.score(&first).unwrap().score, expected);
    }
}

#[test]
fn every_question_has_three_choices() {
    for m in catalog().modules() {
        for q in &m.quiz {
            assert!(q.choices.len() >= 3, "{} {}", m.id(), q.id);
        }
    }
}

// The checker's warnings about answers a reader can guess.

#[test]
fn the_real_quizzes_give_no_answer_away() {
    let s = ContentSource::embedded();
    let w = super::check::warnings(&s);
    assert!(w.is_empty(), "{w:#?}");
    assert!(crate::content::check::check(&s).warnings.is_empty());
}

#[test]
fn answers_mostly_longest_or_in_one_place_are_warned_not_failed() {
    let mut s = ContentSource::embedded();
    // Every answer of warning_signs becomes choice a, and choice a the longest text.
    let text = s.get(M).unwrap().to_owned();
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with("answer = ") {
            out.push_str("answer = \"a\"\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    s.set(M, out);
    let ftl = "l10n/en/learn.ftl";
    let mut en = s.get(ftl).unwrap().to_owned();
    for q in 1..=5 {
        let id = format!("learn-warning_signs-q{q}-a = ");
        let start = en.find(&id).unwrap() + id.len();
        let end = start + en[start..].find('\n').unwrap();
        en.replace_range(
            start..end,
            "A right answer written out so long that it gives itself away",
        );
    }
    s.set(ftl, en);
    let report = check(&s);
    let w: Vec<_> = report
        .warnings
        .iter()
        .filter(|p| p.id.as_deref() == Some("warning_signs"))
        .collect();
    assert_eq!(w.len(), 2, "{w:#?}");
    assert!(w[0].message.contains("longest choice in 5 of 5"), "{w:#?}");
    assert!(w[1].message.contains("choice 1 in 5 of 5"), "{w:#?}");
    assert_eq!(w[0].file, M);
    assert!(w[0].line.is_some());
    // Warnings do not fail the check.
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.message.starts_with("missing translation")),
        "{:#?}",
        report.problems
    );
}

// The glossary.

#[test]
fn every_locale_renders_the_glossary() {
    let content = content();
    let c = catalog();
    assert!(c.glossary().len() >= 10);
    let ids: BTreeSet<_> = c.glossary().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids.len(), c.glossary().len());
    for want in [
        "debt_bondage",
        "grooming",
        "warning_sign",
        "forced_labour",
        "non_punishment",
    ] {
        assert!(ids.contains(want), "{want}");
    }
    for locale in &content.manifest.locales {
        let terms =
            glossary_text(&content, c.glossary(), std::slice::from_ref(&locale.id)).unwrap();
        assert!(
            terms
                .iter()
                .all(|t| !t.term.is_empty() && !t.text.is_empty()),
            "{}",
            locale.id
        );
    }
}

#[test]
fn validator_glossary_missing_or_repeated_term() {
    let p = learn_problems(|s| s.remove(GLOSSARY));
    assert!(
        p.iter()
            .any(|p| p.file == GLOSSARY && p.message == "missing"),
        "{p:#?}"
    );
    let p = learn_problems(|s| {
        replace(s, GLOSSARY, "id = \"grooming\"", "id = \"debt_bondage\"");
        replace(
            s,
            GLOSSARY,
            "last_verified = \"2026-12-04\"",
            "last_verified = \"soon\"",
        );
    });
    assert!(
        p.iter().any(|p| p.message.contains("listed twice")),
        "{p:#?}"
    );
    assert!(
        p.iter().any(|p| p.message.contains("last_verified")),
        "{p:#?}"
    );
}

/// Words a grade-4 reader may not know: wherever a lesson or an explanation uses one, the
/// glossary explains it.
#[test]
fn the_glossary_covers_the_hard_words_lessons_and_explanations_use() {
    const HARD: [&str; 12] = [
        "debt bondage",
        "grooming",
        "indicator",
        "red flag",
        "forced labour",
        "exploitation",
        "referral",
        "anonymous",
        "non-punishment",
        "work permit",
        "free movement",
        "recruitment fees",
    ];
    let content = content();
    let c = catalog();
    let terms: Vec<String> = glossary_text(&content, c.glossary(), &en())
        .unwrap()
        .into_iter()
        .map(|t| t.term.to_lowercase())
        .collect();
    let mut used = BTreeSet::new();
    for m in c.modules() {
        let t = module_text(&content, &c, m.id(), &en(), None).unwrap();
        let texts = t
            .lessons
            .iter()
            .flat_map(|l| std::iter::once(&l.body).chain(&l.points))
            .chain(t.quiz.iter().map(|q| &q.explanation));
        for text in texts {
            let text = text.to_lowercase();
            for word in HARD.iter().filter(|w| text.contains(*w)) {
                used.insert(*word);
                assert!(
                    terms.iter().any(|t| t.contains(word)),
                    "`{word}` ({}) is not in the glossary",
                    m.id()
                );
            }
        }
    }
    assert!(used.len() >= 8, "{used:?}");
}

/// Across the curriculum, length and place say nothing: the right answer is the longest
/// choice in some questions but far from all (never longest would be a pattern too), and
/// each place holds about a third of the answers.
#[test]
fn right_answers_are_spread_over_lengths_and_places() {
    let content = content();
    let c = catalog();
    let (mut total, mut longest) = (0, 0);
    let mut places = [0usize; 3];
    for m in c.modules() {
        let t = module_text(&content, &c, m.id(), &en(), None).unwrap();
        for q in &t.quiz {
            total += 1;
            let place = q.choices.iter().position(|c| c.id == q.answer).unwrap();
            places[place] += 1;
            let right = q.choices[place].text.chars().count();
            if q.choices
                .iter()
                .enumerate()
                .all(|(i, c)| i == place || c.text.chars().count() < right)
            {
                longest += 1;
            }
        }
    }
    assert!(
        (total / 6..=total / 2).contains(&longest),
        "longest in {longest} of {total}"
    );
    for n in places {
        assert!((total / 4..=total / 2).contains(&n), "{places:?}");
    }
}
