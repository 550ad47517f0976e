//! The learning and workshop surface of the facade, end to end in one process.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

mod common;

use waymark::{ExportFormat, Waymark, WaymarkError, WorkshopPhase};

fn waymark(dir: &tempfile::TempDir, locales: &[&str]) -> Arc<Waymark> {
    common::app_in(dir.path(), locales)
}

#[test]
fn modules_render_with_the_regional_scenario_and_fall_back() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en-NG"]);
    let m = w.learn_module("how_recruiters_lie".into(), None).unwrap();
    assert_eq!(m.scenario.id, "ng");
    assert_eq!(m.scenario.region, "NG");
    let m = w
        .learn_module("how_recruiters_lie".into(), Some("ke".into()))
        .unwrap();
    assert_eq!(
        (m.scenario.id.as_str(), m.scenario.region.as_str()),
        ("ke", "KE")
    );
    let m = w
        .learn_module("how_recruiters_lie".into(), Some("CM".into()))
        .unwrap();
    assert_eq!(m.scenario.id, "general");
    assert!(matches!(
        w.learn_module("how_recruiters_lie".into(), Some("Lagos".into())),
        Err(WaymarkError::InvalidInput { .. })
    ));
    assert!(matches!(
        w.learn_module("nope".into(), None),
        Err(WaymarkError::NotFound { .. })
    ));

    w.set_locales(vec!["fr-HT".into()]).unwrap();
    let m = w
        .learn_module("trafficking_and_smuggling".into(), None)
        .unwrap();
    assert_eq!(m.scenario.id, "ht");
    assert!(
        w.current_locale().unwrap().review_note.is_some(),
        "draft locales show the note"
    );
}

#[test]
fn tracks_list_their_modules() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en"]);
    let tracks = w.learn_tracks().unwrap();
    assert_eq!(tracks.len(), 3);
    let students = w.learn_modules(Some("students".into())).unwrap();
    assert_eq!(students.len(), 4);
    assert!(students.iter().all(|m| m.lessons >= 3));
    assert_eq!(w.learn_modules(None).unwrap().len(), 7);
}

#[test]
fn a_quiz_is_scored_and_progress_is_kept_and_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en"]);
    let m = w.learn_module("rights_at_work".into(), None).unwrap();
    let right: Vec<String> = m.quiz.iter().map(|q| q.answer.clone()).collect();
    let mut one_wrong = right.clone();
    // q3 answered with a choice that is not its answer.
    one_wrong[2] = m.quiz[2]
        .choices
        .iter()
        .find(|c| c.id != m.quiz[2].answer)
        .unwrap()
        .id
        .clone();
    let r = w
        .learn_submit_quiz("rights_at_work".into(), one_wrong)
        .unwrap();
    assert_eq!((r.score, r.total, r.best_score), (4, 5, 4));
    assert!(!r.questions[2].correct);
    assert!(r.questions.iter().all(|q| !q.explanation.is_empty()));
    let r = w.learn_submit_quiz("rights_at_work".into(), right).unwrap();
    assert_eq!(r.best_score, 5);
    let e = w
        .learn_submit_quiz("rights_at_work".into(), vec!["a".into()])
        .unwrap_err();
    assert!(matches!(e, WaymarkError::InvalidInput { .. }));
    assert!(e.message().contains('5'));

    w.learn_lesson_seen("rights_at_work".into(), "l1".into())
        .unwrap();
    let p = w.learn_progress().unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].lessons_seen, vec!["l1".to_owned()]);
    assert_eq!((p[0].lessons_total, p[0].best_score), (4, Some(5)));
    assert!(matches!(
        w.learn_lesson_seen("rights_at_work".into(), "l9".into()),
        Err(WaymarkError::NotFound { .. })
    ));
    w.learn_clear_progress().unwrap();
    assert!(w.learn_progress().unwrap().is_empty());
}

#[test]
fn a_workshop_runs_end_to_end_and_exports_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["sw-KE"]);
    let plans = w.workshop_plans().unwrap();
    assert_eq!(plans.len(), 9);
    let present = w.workshop_present("leaders_45".into(), 0).unwrap();
    assert_eq!(
        present.total as usize,
        plans
            .iter()
            .find(|p| p.id == "leaders_45")
            .unwrap()
            .agenda
            .len()
    );

    let s = w.workshop_start("leaders_45".into(), None).unwrap().session;
    w.workshop_attendance(s.clone(), 9).unwrap();
    w.workshop_quiz(
        s.clone(),
        WorkshopPhase::Pre,
        vec![1, 2, 3],
        vec![2, 1, 0, 3, 0],
    )
    .unwrap();
    w.workshop_quiz(s.clone(), WorkshopPhase::Post, vec![5, 4, 4], vec![])
        .unwrap();
    w.workshop_hands(s.clone(), "know_help".into(), 6).unwrap();
    let view = w.workshop_end(s.clone()).unwrap();
    assert_eq!(view.region.as_deref(), Some("KE"), "the language's region");
    assert_eq!(view.locale, "sw");
    assert_eq!(view.pre_mean_pct, Some(40.0));
    assert_eq!(view.post_mean_pct, Some(86.7));

    let csv = w.workshop_export(ExportFormat::Csv).unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",leaders_45,leaders,KE,sw,9,5,3,40.0,3,86.7,"),
        "{row}"
    );
    assert!(!csv.contains(&s));
    let json: serde_json::Value =
        serde_json::from_str(&w.workshop_export(ExportFormat::Json).unwrap()).unwrap();
    assert_eq!(json[0]["pre_missed"]["for_leaders/q2"], 3);
    assert_eq!(json[0]["hands"]["know_help"], 6);
}

#[test]
fn bad_workshop_input_is_a_clear_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["fr"]);
    assert!(matches!(
        w.workshop_export(ExportFormat::Csv),
        Err(WaymarkError::NotFound { .. })
    ));
    assert!(matches!(
        w.workshop_start("nope".into(), None),
        Err(WaymarkError::NotFound { .. })
    ));
    assert!(matches!(
        w.workshop_attendance("nope".into(), 3),
        Err(WaymarkError::NotFound { .. })
    ));
    let s = w
        .workshop_start("students_45".into(), Some("HT".into()))
        .unwrap()
        .session;
    let e = w
        .workshop_quiz(s.clone(), WorkshopPhase::Pre, vec![2, 9], vec![])
        .unwrap_err();
    assert!(matches!(e, WaymarkError::InvalidInput { .. }));
    assert!(e.message().contains('5'), "{}", e.message());
    let e = w.workshop_attendance(s.clone(), -4).unwrap_err();
    assert!(matches!(e, WaymarkError::InvalidInput { .. }));
    assert!(
        e.message().starts_with("Le nombre"),
        "localized: {}",
        e.message()
    );
    let sessions = w.workshop_sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        (sessions[0].pre_responses, sessions[0].participants),
        (0, 0)
    );
    assert!(matches!(
        w.workshop_present("students_45".into(), 99),
        Err(WaymarkError::NotFound { .. })
    ));
    w.workshop_clear().unwrap();
    assert!(w.workshop_sessions().unwrap().is_empty());
}

// The shared vectors in tests/vectors/learn.json (Python and Kotlin run the same file).

fn vectors() -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/learn.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

fn ints(v: &serde_json::Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_i64().unwrap())
        .collect()
}

fn kind(e: &WaymarkError) -> &'static str {
    e.kind().as_str()
}

#[test]
fn learn_vectors() {
    let v = vectors();
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en"]);
    for case in v["scenarios"].as_array().unwrap() {
        w.set_locales(strings(&case["locales"])).unwrap();
        let region = case["region"].as_str().map(str::to_owned);
        let m = w
            .learn_module(case["module"].as_str().unwrap().into(), region)
            .unwrap();
        assert_eq!(m.scenario.id, case["scenario"], "{case}");
        assert_eq!(m.scenario.region, case["shown"], "{case}");
    }
    w.set_locales(vec!["en".into()]).unwrap();
    for case in v["modules"].as_array().unwrap() {
        let audience = case["audience"].as_str().map(str::to_owned);
        let ids: Vec<String> = w
            .learn_modules(audience)
            .unwrap()
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(ids, strings(&case["ids"]));
    }
    for case in v["quizzes"].as_array().unwrap() {
        let r = w
            .learn_submit_quiz(
                case["module"].as_str().unwrap().into(),
                strings(&case["answers"]),
            )
            .unwrap();
        assert_eq!(u64::from(r.score), case["score"].as_u64().unwrap());
        assert_eq!(u64::from(r.total), case["total"].as_u64().unwrap());
        let correct: Vec<bool> = r.questions.iter().map(|q| q.correct).collect();
        let expected: Vec<bool> = case["correct"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_bool().unwrap())
            .collect();
        assert_eq!(correct, expected);
    }
    for case in v["module_errors"].as_array().unwrap() {
        let region = case["region"].as_str().map(str::to_owned);
        let e = w
            .learn_module(case["module"].as_str().unwrap().into(), region)
            .unwrap_err();
        assert_eq!(kind(&e), case["kind"], "{case}");
    }
}

#[test]
fn workshop_vectors() {
    let v = vectors();
    let c = &v["workshop"];
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(
        &dir,
        &strings(&c["locales"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let plan = c["plan"].as_str().unwrap().to_owned();

    let s = w.workshop_start(plan.clone(), None).unwrap().session;
    for case in v["workshop_errors"].as_array().unwrap() {
        let e = match case["op"].as_str().unwrap() {
            "start" => w
                .workshop_start(case["plan"].as_str().unwrap().into(), None)
                .map(|_| ())
                .unwrap_err(),
            "attendance" => w
                .workshop_attendance(s.clone(), case["count"].as_i64().unwrap())
                .map(|_| ())
                .unwrap_err(),
            "quiz" => w
                .workshop_quiz(
                    s.clone(),
                    WorkshopPhase::Pre,
                    ints(&case["scores"]),
                    ints(&case["missed"]),
                )
                .map(|_| ())
                .unwrap_err(),
            "hands" => w
                .workshop_hands(
                    s.clone(),
                    case["question"].as_str().unwrap().into(),
                    case["count"].as_i64().unwrap(),
                )
                .map(|_| ())
                .unwrap_err(),
            "unknown_session" => w
                .workshop_end("0000000000000000".into())
                .map(|_| ())
                .unwrap_err(),
            "export_none" => w
                .workshop_export(ExportFormat::Json)
                .map(|_| ())
                .unwrap_err(),
            other => panic!("unknown op {other}"),
        };
        assert_eq!(kind(&e), case["kind"], "{case}");
    }
    let untouched = &w.workshop_sessions().unwrap()[0];
    assert_eq!((untouched.pre_responses, untouched.participants), (0, 0));

    w.workshop_attendance(s.clone(), c["attendance"].as_i64().unwrap())
        .unwrap();
    w.workshop_quiz(
        s.clone(),
        WorkshopPhase::Pre,
        ints(&c["pre"]),
        ints(&c["pre_missed"]),
    )
    .unwrap();
    w.workshop_quiz(s.clone(), WorkshopPhase::Post, ints(&c["post"]), vec![])
        .unwrap();
    w.workshop_hands(
        s.clone(),
        c["hands"]["question"].as_str().unwrap().into(),
        c["hands"]["count"].as_i64().unwrap(),
    )
    .unwrap();
    let end = w.workshop_end(s).unwrap();
    assert_eq!(end.region.as_deref(), c["region"].as_str());
    assert_eq!(end.locale, c["locale"]);
    assert_eq!(end.pre_mean_pct, c["pre_mean_pct"].as_f64());
    assert_eq!(end.post_mean_pct, c["post_mean_pct"].as_f64());
    let csv = w.workshop_export(ExportFormat::Csv).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), c["csv_header"]);
    assert!(
        lines
            .next()
            .unwrap()
            .contains(c["csv_row_contains"].as_str().unwrap())
    );
    let json: serde_json::Value =
        serde_json::from_str(&w.workshop_export(ExportFormat::Json).unwrap()).unwrap();
    assert_eq!(json[0]["pre_missed"], c["json_pre_missed"]);
}

#[test]
fn looking_at_progress_and_sessions_creates_no_vault() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en"]);
    assert!(w.learn_progress().unwrap().is_empty());
    assert!(w.workshop_sessions().unwrap().is_empty());
    assert!(matches!(
        w.workshop_export(ExportFormat::Csv),
        Err(WaymarkError::NotFound { .. })
    ));
    w.learn_clear_progress().unwrap();
    w.workshop_clear().unwrap();
    w.learn_module("getting_help".into(), None).unwrap();
    w.workshop_plans().unwrap();
    assert!(!dir.path().join("data/vault.db").exists());
    // Saving something creates it.
    w.learn_lesson_seen("getting_help".into(), "l1".into())
        .unwrap();
    assert!(dir.path().join("data/vault.db").exists());
}

/// The choice order of one quiz attempt, as ids per question.
fn order(w: &Waymark, module: &str) -> Vec<Vec<String>> {
    w.learn_module(module.into(), None)
        .unwrap()
        .quiz
        .into_iter()
        .map(|q| q.choices.into_iter().map(|c| c.id).collect())
        .collect()
}

#[test]
fn an_attempt_keeps_its_choice_order_and_the_next_one_gets_a_new_one() {
    // warning_signs: no other test in this process submits it, so its attempt is ours.
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["en"]);
    let first = order(&w, "warning_signs");
    // Every screen of the attempt, in any language, shows the same order.
    assert_eq!(order(&w, "warning_signs"), first);
    w.set_locales(vec!["fr".into()]).unwrap();
    assert_eq!(order(&w, "warning_signs"), first);
    w.set_locales(vec!["en".into()]).unwrap();
    let mut seen = std::collections::BTreeSet::from([first.clone()]);
    for _ in 0..10 {
        let m = w.learn_module("warning_signs".into(), None).unwrap();
        // Scored by id, whatever the order: the right ids are all right.
        let right: Vec<String> = m.quiz.iter().map(|q| q.answer.clone()).collect();
        let r = w.learn_submit_quiz("warning_signs".into(), right).unwrap();
        assert_eq!(r.score, r.total);
        seen.insert(order(&w, "warning_signs"));
    }
    assert!(seen.len() > 1, "the order never changed after a submit");
    for q in &first {
        let mut ids = q.clone();
        ids.sort();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}

#[test]
fn the_glossary_is_on_the_facade_in_the_current_language() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["fr"]);
    let terms = w.learn_glossary().unwrap();
    assert!(terms.len() >= 10);
    let debt = terms.iter().find(|t| t.id == "debt_bondage").unwrap();
    assert_eq!(debt.term, "Servitude pour dettes");
    w.set_locales(vec!["en".into()]).unwrap();
    let grooming = w
        .learn_glossary()
        .unwrap()
        .into_iter()
        .find(|t| t.id == "grooming")
        .unwrap();
    assert_eq!(grooming.term, "Grooming");
    assert!(grooming.text.contains("trust"));
}

#[test]
fn typed_numbers_accept_every_script_with_one_maximum() {
    let dir = tempfile::tempdir().unwrap();
    let w = waymark(&dir, &["ar"]);
    assert_eq!(w.parse_number("١٢".into()).unwrap(), 12);
    assert_eq!(w.parse_number(" 7 ".into()).unwrap(), 7);
    assert_eq!(w.parse_numbers("٣،٤,5".into()).unwrap(), vec![3, 4, 5]);
    for bad in ["", "x", "-1", "1.5"] {
        let e = w.parse_number(bad.into()).unwrap_err();
        assert!(matches!(e, WaymarkError::InvalidInput { .. }), "{bad}");
    }
    let a = w.parse_number("4294967295".into()).unwrap_err();
    let b = w.parse_number("99999999999".into()).unwrap_err();
    assert_eq!(a, b);
    // Localized: the Arabic message, not the English one.
    assert!(
        a.message()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{a}"
    );
    // The workshop refuses the same counts the same way.
    let session = w
        .workshop_start("migrants_45".into(), None)
        .unwrap()
        .session;
    let e = w.workshop_attendance(session, 4_294_967_295).unwrap_err();
    assert_eq!(e, a);
}
