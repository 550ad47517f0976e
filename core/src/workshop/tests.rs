use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use super::*;
use crate::content::check::{Problem, check};
use crate::learn::Catalog;
use crate::store::{MemoryStore, Store};

fn content() -> Arc<Content> {
    Content::embedded().unwrap()
}

fn setup() -> (Arc<Content>, Arc<Catalog>, Arc<Plans>) {
    let c = content();
    let catalog = Catalog::of(&c).unwrap();
    let plans = Plans::of(&c).unwrap();
    (c, catalog, plans)
}

fn en() -> Vec<String> {
    vec!["en".to_owned()]
}

#[test]
fn plans_exist_for_every_audience_and_length_and_add_up() {
    let (_, _, plans) = setup();
    assert_eq!(plans.plans.len(), 9);
    for p in &plans.plans {
        assert_eq!(
            p.agenda.iter().map(|e| e.minutes).sum::<u32>(),
            p.minutes,
            "{}",
            p.id
        );
        assert!(!p.modules(&plans).is_empty());
    }
    assert!(matches!(
        plans.plan("nope"),
        Err(WorkshopError::UnknownPlan)
    ));
}

#[test]
fn every_locale_renders_every_plan() {
    let (c, catalog, plans) = setup();
    for locale in &c.manifest.locales {
        let chain = vec![locale.id.clone()];
        let all = plans_text(&c, &catalog, &plans, &chain)
            .unwrap_or_else(|e| panic!("{}: {e}", locale.id));
        assert_eq!(all.len(), 9);
        for p in &all {
            for i in 0..p.agenda.len() as u32 {
                present_text(&c, &catalog, &plans, &p.id, i, &chain).unwrap();
            }
        }
    }
}

#[test]
fn a_plan_has_an_agenda_a_quiz_and_hands() {
    let (c, catalog, plans) = setup();
    let p = plan_text(&c, &catalog, &plans, "leaders_90", &en()).unwrap();
    assert_eq!(p.minutes, 90);
    assert_eq!(p.audience, "leaders");
    assert!(p.title.contains("90"));
    assert!(p.modules.contains(&"for_leaders".to_owned()));
    let roleplay = p.agenda.iter().find(|i| i.id == "leaders").unwrap();
    assert_eq!(roleplay.cards.len(), 2);
    assert!(!roleplay.prompts.is_empty() && !roleplay.notes.is_empty());
    assert!(p.quiz.iter().all(|q| q.id.contains('/')));
    assert_eq!(p.hands.len(), 2);
}

#[test]
fn the_present_view_shows_one_item_at_a_time() {
    let (c, catalog, plans) = setup();
    let first = present_text(&c, &catalog, &plans, "students_45", 0, &en()).unwrap();
    assert_eq!((first.index, first.total), (0, 7));
    assert_eq!(first.item.id, "welcome");
    assert!(crate::i18n::strip_isolation(&first.heading).starts_with("Part 1 of 7"));
    assert!(!first.hands.is_empty() && first.quiz.is_empty());
    let quiz = present_text(&c, &catalog, &plans, "students_45", 1, &en()).unwrap();
    assert_eq!(quiz.item.id, "pre_quiz");
    assert_eq!(quiz.quiz.len(), 5);
    let e = present_text(&c, &catalog, &plans, "students_45", 7, &en()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

fn run_session(sessions: &Sessions<'_>) -> String {
    let s = sessions
        .start("migrants_45", Some("jm"), "en", "2026-11-23")
        .unwrap();
    assert_eq!(s.region.as_deref(), Some("JM"));
    assert_eq!(s.questions, 5);
    sessions.attendance(&s.id, 12).unwrap();
    sessions
        .add_scores(&s.id, Phase::Pre, &[2, 3, 4], &[1, 2, 0, 3, 0])
        .unwrap();
    sessions.add_scores(&s.id, Phase::Pre, &[1], &[]).unwrap();
    sessions
        .add_scores(&s.id, Phase::Post, &[5, 4, 5], &[])
        .unwrap();
    // One person on the passed-around phone, all answers right except the first.
    let (_, catalog, plans) = setup();
    let plan = plans.plan("migrants_45").unwrap();
    let mut answers: Vec<String> = plan
        .quiz
        .iter()
        .map(|r| catalog.question(r).unwrap().1.answer.clone())
        .collect();
    answers[0] = if answers[0] == "a" {
        "b".into()
    } else {
        "a".into()
    };
    sessions.add_answers(&s.id, Phase::Post, &answers).unwrap();
    sessions.hands(&s.id, "know_help", 7).unwrap();
    sessions.end(&s.id).unwrap();
    s.id
}

#[test]
fn a_session_left_open_is_ended_by_the_next_start_and_exported() {
    let (_, catalog, plans) = setup();
    let store = MemoryStore::new();
    let sessions = Sessions::new(&store, &plans, &catalog);
    let first = sessions
        .start("migrants_45", None, "en", "2026-11-20")
        .unwrap();
    sessions.attendance(&first.id, 9).unwrap();
    // Never ended; nothing to export yet.
    assert!(matches!(
        export(&sessions.list().unwrap(), ExportFormat::Json),
        Err(WorkshopError::NoSessions)
    ));
    let second = sessions
        .start("migrants_45", None, "en", "2026-11-23")
        .unwrap();
    assert!(sessions.get(&first.id).unwrap().ended);
    assert!(!sessions.get(&second.id).unwrap().ended);
    assert!(matches!(
        sessions.attendance(&first.id, 3),
        Err(WorkshopError::Ended)
    ));
    let json = export(&sessions.list().unwrap(), ExportFormat::Json).unwrap();
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["date"], "2026-11-20");
    assert_eq!(rows[0]["participants"], 9);
}

#[test]
fn a_session_runs_and_exports_its_aggregates() {
    let (_, catalog, plans) = setup();
    let store = MemoryStore::new();
    let sessions = Sessions::new(&store, &plans, &catalog);
    let id = run_session(&sessions);
    let s = sessions.get(&id).unwrap();
    assert!(s.ended);
    assert_eq!(s.pre_scores, vec![2, 3, 4, 1]);
    assert_eq!(s.post_scores, vec![5, 4, 5, 4]);
    // (2+3+4+1) / (4*5) = 50%; (5+4+5+4) / 20 = 90%.
    assert_eq!(s.mean_pct(Phase::Pre), Some(50.0));
    assert_eq!(s.mean_pct(Phase::Post), Some(90.0));
    assert_eq!(s.pre_missed["how_recruiters_lie/q2"], 2);
    assert_eq!(s.post_missed["how_recruiters_lie/q1"], 1);
    assert_eq!(s.post_missed.values().sum::<u32>(), 1);

    let json = export(&sessions.list().unwrap(), ExportFormat::Json).unwrap();
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = &rows[0];
    assert_eq!(row["date"], "2026-11-23");
    assert_eq!(row["plan"], "migrants_45");
    assert_eq!(row["audience"], "migrants");
    assert_eq!(row["region"], "JM");
    assert_eq!(row["locale"], "en");
    assert_eq!(row["participants"], 12);
    assert_eq!(row["pre_mean_pct"], 50.0);
    assert_eq!(row["post_mean_pct"], 90.0);
    assert_eq!(row["pre_missed"]["rights_at_work/q2"], 0);
    assert_eq!(row["hands"]["know_help"], 7);

    let csv = export(&sessions.list().unwrap(), ExportFormat::Csv).unwrap();
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines[0], export::CSV_HEADER);
    assert!(lines[1].starts_with("2026-11-23,migrants_45,migrants,JM,en,12,5,4,50.0,4,90.0,"));
    assert_eq!(lines[1].split(',').count(), lines[0].split(',').count());
}

#[test]
fn the_export_holds_no_personal_data() {
    let (_, catalog, plans) = setup();
    let store = MemoryStore::new();
    let sessions = Sessions::new(&store, &plans, &catalog);
    run_session(&sessions);
    run_session(&sessions);
    // A free-text region or locale cannot get in.
    assert!(
        sessions
            .start("students_45", Some("Mary Brown"), "en", "2026-11-23")
            .is_err()
    );
    let e = sessions
        .start("students_45", None, "en <mary@example.org>", "2026-11-23")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let s = sessions
        .start("students_45", None, "fr-HT", "2026-11-23")
        .unwrap();
    sessions.end(&s.id).unwrap();

    let json = export(&sessions.list().unwrap(), ExportFormat::Json).unwrap();
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&json).unwrap();
    let allowed = export::CSV_HEADER.split(',').collect::<Vec<_>>();
    let quiz_ids: Vec<String> = plans.plans.iter().flat_map(|p| p.quiz.clone()).collect();
    let hands_ids: Vec<String> = plans.hands.iter().map(|h| h.id.clone()).collect();
    for row in &rows {
        for (k, v) in row {
            assert!(allowed.contains(&k.as_str()), "unexpected column {k}");
            match v {
                serde_json::Value::String(s) => assert!(
                    s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                    "{k} holds free text: {s}"
                ),
                serde_json::Value::Object(map) => {
                    for (id, n) in map {
                        assert!(quiz_ids.contains(id) || hands_ids.contains(id), "{id}");
                        assert!(n.is_u64());
                    }
                }
                serde_json::Value::Number(_) | serde_json::Value::Null => {}
                other => panic!("{k}: {other}"),
            }
        }
        let date = row["date"].as_str().unwrap();
        assert_eq!(date.len(), 10, "day only");
    }
    // Rows come in date order; the third session is the only students_45 one.
    let students = rows.iter().find(|r| r["plan"] == "students_45").unwrap();
    assert_eq!(students["locale"], "fr-HT");
    // No session id, no timestamp: nothing links a row to a device or a moment.
    assert!(!json.contains(&s.id));
}

#[test]
fn bad_input_is_refused_and_nothing_changes() {
    let (_, catalog, plans) = setup();
    let store = MemoryStore::new();
    let sessions = Sessions::new(&store, &plans, &catalog);
    assert!(matches!(
        sessions.start("nope", None, "en", "2026-11-23"),
        Err(WorkshopError::UnknownPlan)
    ));
    assert!(store.list(session::COLLECTION).unwrap().is_empty());
    let s = sessions
        .start("students_90", Some("KE"), "sw", "2026-11-23")
        .unwrap();
    let before = sessions.get(&s.id).unwrap();

    let kinds = [
        sessions.attendance(&s.id, -1).unwrap_err(),
        sessions
            .add_scores(&s.id, Phase::Pre, &[3, 6], &[])
            .unwrap_err(),
        sessions
            .add_scores(&s.id, Phase::Pre, &[3, -1], &[])
            .unwrap_err(),
        sessions
            .add_scores(&s.id, Phase::Pre, &[], &[])
            .unwrap_err(),
        sessions
            .add_scores(&s.id, Phase::Pre, &[3], &[1, 1])
            .unwrap_err(),
        sessions
            .add_scores(&s.id, Phase::Pre, &[3], &[2, 0, 0, 0, 0])
            .unwrap_err(),
        sessions
            .add_answers(&s.id, Phase::Pre, &["a".into()])
            .unwrap_err(),
        sessions
            .add_answers(&s.id, Phase::Pre, &vec!["z".into(); 5])
            .unwrap_err(),
        sessions.hands(&s.id, "seen_offer", 3).unwrap_err(),
        sessions.hands(&s.id, "know_help", -3).unwrap_err(),
    ];
    for e in &kinds {
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
        assert!(e.detail_message().is_some(), "{e}");
    }
    assert_eq!(
        sessions.get(&s.id).unwrap(),
        before,
        "nothing stored half-way"
    );

    let e = sessions.attendance("0000", 3).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert_eq!(
        export(&sessions.list().unwrap(), ExportFormat::Csv)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound,
        "no finished session yet"
    );
    sessions.end(&s.id).unwrap();
    assert!(matches!(
        sessions.attendance(&s.id, 3),
        Err(WorkshopError::Ended)
    ));
    assert!(matches!(sessions.end(&s.id), Err(WorkshopError::Ended)));
    sessions.clear().unwrap();
    assert!(sessions.list().unwrap().is_empty());
}

#[test]
fn dates_keep_the_day_only() {
    assert_eq!(civil_date(UNIX_EPOCH), "1970-01-01");
    assert_eq!(
        civil_date(UNIX_EPOCH + Duration::from_secs(1_700_000_000)),
        "2023-11-14"
    );
    assert_eq!(
        civil_date(UNIX_EPOCH + Duration::from_secs(951_782_400)),
        "2000-02-29"
    );
}

// The validator: one test per class of error.

fn plan_problems(from: &str, to: &str) -> Vec<Problem> {
    let mut s = ContentSource::embedded();
    let text = s.get(PLANS).unwrap().replacen(from, to, 1);
    s.set(PLANS, text);
    check(&s)
        .problems
        .into_iter()
        .filter(|p| !p.message.starts_with("missing translation"))
        .collect()
}

#[test]
fn validator_agenda_minutes_must_add_up() {
    let p = plan_problems(
        "{ item = \"welcome\", minutes = 5 }",
        "{ item = \"welcome\", minutes = 6 }",
    );
    assert!(
        p.iter()
            .any(|p| p.message.contains("agenda takes 46 minutes")),
        "{p:#?}"
    );
}

#[test]
fn validator_unknown_references() {
    let p = plan_problems("{ item = \"closing\"", "{ item = \"farewell\"");
    assert!(
        p.iter()
            .any(|p| p.message.contains("unknown item `farewell`")),
        "{p:#?}"
    );
    let p = plan_problems("\"how_recruiters_lie/q1\"", "\"how_recruiters_lie/q9\"");
    assert!(
        p.iter().any(|p| p.message.contains("unknown question")),
        "{p:#?}"
    );
    let p = plan_problems(
        "hands = [\"know_someone_abroad\"",
        "hands = [\"know_nobody\"",
    );
    assert!(
        p.iter()
            .any(|p| p.message.contains("unknown show-of-hands")),
        "{p:#?}"
    );
    let p = plan_problems("module = \"warning_signs\"", "module = \"signs\"");
    assert!(
        p.iter()
            .any(|p| p.message.contains("unknown module `signs`")),
        "{p:#?}"
    );
}

#[test]
fn validator_every_audience_needs_three_lengths() {
    let p = plan_problems(
        "id = \"students_90\"\naudience = \"students\"\nminutes = 90",
        "id = \"students_90\"\naudience = \"students\"\nminutes = 60",
    );
    assert!(
        p.iter().any(|p| p.message.contains("no 90-minute plan")),
        "{p:#?}"
    );
}

#[test]
fn validator_wrong_shape() {
    let p = plan_problems("minutes = 45", "minutes = \"45\"");
    assert!(
        p.iter().any(|p| p.message.contains("not a plans file")),
        "{p:#?}"
    );
}

#[test]
fn counts_have_one_maximum_and_scores_never_outnumber_the_people_present() {
    use crate::number::{MAX_COUNT, NumberError};
    let (_, catalog, plans) = setup();
    let store = MemoryStore::new();
    let sessions = Sessions::new(&store, &plans, &catalog);
    let s = sessions
        .start("migrants_45", None, "en", "2026-11-23")
        .unwrap();
    // 4294967295 fits in 32 bits and 99999999999 does not: both are simply too large.
    for n in [i64::from(MAX_COUNT) + 1, 4_294_967_295, 99_999_999_999] {
        assert!(matches!(
            sessions.attendance(&s.id, n),
            Err(WorkshopError::Number(NumberError::TooLarge { .. }))
        ));
        assert!(matches!(
            sessions.hands(&s.id, "know_help", n),
            Err(WorkshopError::Number(NumberError::TooLarge { .. }))
        ));
    }
    sessions.attendance(&s.id, 2).unwrap();
    sessions.add_scores(&s.id, Phase::Post, &[1], &[]).unwrap();
    assert!(matches!(
        sessions.add_scores(&s.id, Phase::Post, &[1, 2], &[]),
        Err(WorkshopError::TooManyScores { count: 2 })
    ));
    // Nor can the count drop below the scores already given.
    assert!(matches!(
        sessions.attendance(&s.id, 0),
        Err(WorkshopError::TooManyScores { count: 0 })
    ));
    // Misses are checked against the people who scored, with their own message.
    let e = sessions
        .add_scores(&s.id, Phase::Pre, &[1], &[2, 0, 0, 0, 0])
        .unwrap_err();
    assert!(matches!(e, WorkshopError::MissedRange { max: 1 }));
    assert_eq!(e.detail_message().unwrap().0, "workshop-error-missed-range");
}
