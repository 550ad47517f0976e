//! Learn, played by a person at the screen: tracks → modules → lessons (Previous and Next)
//! → quiz → result; the glossary; my progress and clearing it (asked first); the PIN.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::tests::Driver;
use super::{ActionStyle, Block, Event, ScreenId};

/// Without Fluent's bidi isolation marks around placeables.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn text(d: &Driver) -> String {
    let details: Vec<String> = d
        .screen
        .actions
        .iter()
        .filter_map(|a| a.detail.clone())
        .collect();
    plain(&format!("{}\n{}", d.text(), details.join("\n")))
}

fn detail(d: &Driver, id: &str) -> String {
    let a = d.screen.actions.iter().find(|a| a.id == id).unwrap();
    plain(a.detail.as_deref().unwrap_or(""))
}

/// Home → Learn → a track → a module.
fn open_module(d: &mut Driver, track: &str, module: &str) {
    d.choose("learn");
    assert_eq!(d.screen.id, ScreenId::LearnTracks);
    d.choose(&format!("track.{track}"));
    assert_eq!(d.screen.id, ScreenId::LearnModules);
    d.choose(&format!("module.{module}"));
    assert_eq!(d.screen.id, ScreenId::LearnModule);
}

/// The right choice id of each question, in the order this attempt shows.
fn right_answers(d: &Driver, module: &str) -> Vec<String> {
    let m = d.waymark.learn_module(module.into(), None).unwrap();
    m.quiz.into_iter().map(|q| q.answer).collect()
}

fn selected(d: &Driver) -> Vec<String> {
    d.screen
        .actions
        .iter()
        .filter(|a| a.style == ActionStyle::Choice { selected: true })
        .map(|a| a.id.clone())
        .collect()
}

fn progress_label(d: &Driver) -> Option<String> {
    d.screen.blocks.iter().find_map(|b| match b {
        Block::Progress { label, .. } => Some(plain(label)),
        _ => None,
    })
}

#[test]
fn tracks_lead_to_each_audiences_modules_with_their_progress() {
    let mut d = Driver::new();
    d.choose("learn");
    assert_eq!(d.screen.title, "Learn");
    assert!(d.text().contains("Who are you learning as?"));
    for id in [
        "track.migrants",
        "track.students",
        "track.leaders",
        "progress",
        "glossary",
    ] {
        assert!(d.has(id), "{id}: {:?}", d.ids());
    }
    d.choose("track.migrants");
    assert_eq!(d.screen.title, "Working or moving abroad");
    assert_eq!(
        d.ids(),
        [
            "module.trafficking_and_smuggling",
            "module.how_recruiters_lie",
            "module.rights_at_work",
            "module.safe_migration",
            "module.getting_help"
        ]
    );
    assert_eq!(detail(&d, "module.trafficking_and_smuggling"), "5 lessons");
    d.back();
    d.choose("track.students");
    assert!(!d.has("module.for_leaders"));
    d.back();
    d.choose("track.leaders");
    assert_eq!(d.ids().last().unwrap(), "module.for_leaders");

    // A lesson read shows on the module's row, and a quiz's best score.
    d.back();
    d.choose("track.migrants");
    d.choose("module.trafficking_and_smuggling");
    d.choose("lesson.1");
    d.back();
    d.back();
    assert_eq!(
        detail(&d, "module.trafficking_and_smuggling"),
        "5 lessons · 1 of 5 lessons seen"
    );
    d.waymark
        .learn_submit_quiz(
            "trafficking_and_smuggling".into(),
            right_answers(&d, "trafficking_and_smuggling"),
        )
        .unwrap();
    d.send(Event::Refresh);
    assert_eq!(
        detail(&d, "module.trafficking_and_smuggling"),
        "5 lessons · 1 of 5 lessons seen · Your best score: 5 out of 5."
    );
}

/// The reported bug: lessons had no "previous".
#[test]
fn lessons_go_next_and_previous_and_are_marked_seen_when_shown() {
    let mut d = Driver::new();
    open_module(&mut d, "students", "trafficking_and_smuggling");
    assert_eq!(d.screen.title, "Trafficking and smuggling");
    assert_eq!(
        d.ids(),
        [
            "lesson.1", "lesson.2", "lesson.3", "lesson.4", "lesson.5", "story", "quiz", "glossary"
        ]
    );
    assert_eq!(detail(&d, "lesson.1"), "Lesson 1 of 5");
    d.choose("lesson.1");
    assert_eq!(d.screen.id, ScreenId::Lesson);
    assert_eq!(progress_label(&d).unwrap(), "Lesson 1 of 5");
    let t = d.text();
    assert!(t.contains("What trafficking is"), "{t}");
    assert!(t.contains("Key points"), "{t}");
    assert!(t.contains("• The act: someone recruits"), "{t}");
    assert!(!d.has("previous"), "nothing before the first lesson");
    d.choose("next");
    assert_eq!(progress_label(&d).unwrap(), "Lesson 2 of 5");
    assert!(d.text().contains("Children are a special case"));
    d.choose("previous");
    assert_eq!(progress_label(&d).unwrap(), "Lesson 1 of 5");
    d.choose("next");
    d.choose("next");
    let seen = |d: &Driver| {
        d.waymark
            .learn_progress()
            .unwrap()
            .into_iter()
            .find(|p| p.module == "trafficking_and_smuggling")
            .map(|p| p.lessons_seen)
            .unwrap_or_default()
    };
    assert_eq!(seen(&d), ["l1", "l2", "l3"], "each lesson shown is seen");
    // After the last lesson, the story; from there, the quiz or back to the lessons.
    d.choose("next");
    d.choose("next");
    assert_eq!(progress_label(&d).unwrap(), "Lesson 5 of 5");
    d.choose("next");
    assert_eq!(d.screen.id, ScreenId::Lesson);
    let t = d.text();
    assert!(t.contains("A story to think about"), "{t}");
    assert!(t.contains("The journey and the debt"), "{t}");
    assert_eq!(d.ids(), ["quiz", "previous"]);
    d.choose("previous");
    assert_eq!(progress_label(&d).unwrap(), "Lesson 5 of 5");
    assert_eq!(seen(&d).len(), 5);
    // Back leaves the lessons for the module, which shows them read.
    d.back();
    assert_eq!(d.screen.id, ScreenId::LearnModule);
    assert_eq!(
        detail(&d, "lesson.3"),
        "Lesson 3 of 5 · You have read this lesson."
    );
    assert!(plain(&d.text()).contains("5 of 5 lessons seen"));
    // The story straight from the module.
    d.choose("story");
    assert!(d.text().contains("The journey and the debt"));
}

#[test]
fn a_quiz_one_question_per_screen_in_a_stable_order_then_its_result() {
    let mut d = Driver::new();
    open_module(&mut d, "students", "trafficking_and_smuggling");
    d.choose("quiz");
    assert_eq!(d.screen.id, ScreenId::Quiz);
    let right = right_answers(&d, "trafficking_and_smuggling");
    assert_eq!(right.len(), 5);
    assert_eq!(progress_label(&d).unwrap(), "Question 1 of 5");
    assert!(!d.has("submit") && !d.has("next"));
    // The choices keep their order on every render of this attempt.
    let order = d.ids();
    d.send(Event::Refresh);
    d.send(Event::ReadAloud);
    assert_eq!(d.ids(), order);
    let m = d
        .waymark
        .learn_module("trafficking_and_smuggling".into(), None)
        .unwrap();
    let first: Vec<String> = m.quiz[0]
        .choices
        .iter()
        .map(|c| format!("answer.{}", c.id))
        .collect();
    assert_eq!(order, first, "the core's shuffled order");

    for (i, a) in right.iter().enumerate() {
        assert_eq!(
            progress_label(&d).unwrap(),
            format!("Question {} of 5", i + 1)
        );
        d.choose(&format!("answer.{a}"));
    }
    // The last question stays, its answer selected, with "Check my answers".
    assert_eq!(progress_label(&d).unwrap(), "Question 5 of 5");
    assert_eq!(selected(&d), [format!("answer.{}", right[4])]);
    assert!(d.has("submit"));
    // Back is the previous question, its answer kept; Next returns.
    d.back();
    assert_eq!(d.screen.id, ScreenId::Quiz);
    assert_eq!(progress_label(&d).unwrap(), "Question 4 of 5");
    assert_eq!(selected(&d), [format!("answer.{}", right[3])]);
    d.choose("next");
    // Nothing is saved before the answers are sent.
    assert!(d.waymark.learn_progress().unwrap().is_empty());
    d.choose("submit");
    assert_eq!(d.screen.id, ScreenId::QuizResult);
    let t = plain(&d.text());
    assert!(t.contains("You got 5 out of 5."), "{t}");
    assert!(t.contains("Your best score: 5 out of 5."), "{t}");
    assert_eq!(t.matches("Right.").count(), 5, "{t}");
    for q in &m.quiz {
        assert!(t.contains(&q.explanation), "{t}");
    }
    assert!(d.has("retry"));
    // The result took the quiz's place: Back is the module, which shows the best score.
    d.back();
    assert_eq!(d.screen.id, ScreenId::LearnModule);
    assert!(plain(&d.text()).contains("Your best score: 5 out of 5."));
}

#[test]
fn wrong_answers_name_the_right_one_with_why_and_retry_starts_afresh() {
    let mut d = Driver::new();
    open_module(&mut d, "migrants", "trafficking_and_smuggling");
    d.choose("quiz");
    let m = d
        .waymark
        .learn_module("trafficking_and_smuggling".into(), None)
        .unwrap();
    for q in &m.quiz {
        let wrong = q.choices.iter().find(|c| c.id != q.answer).unwrap();
        d.choose(&format!("answer.{}", wrong.id));
    }
    d.choose("submit");
    let t = plain(&d.text());
    assert!(t.contains("You got 0 out of 5."), "{t}");
    for q in &m.quiz {
        let right = &q.choices.iter().find(|c| c.id == q.answer).unwrap().text;
        let wrong = &q.choices.iter().find(|c| c.id != q.answer).unwrap().text;
        assert!(
            t.contains(&format!("Not quite. The answer is: {right}")),
            "{t}"
        );
        assert!(t.contains(&format!("Your answer: {wrong}")), "{t}");
        assert!(t.contains(&q.prompt) && t.contains(&q.explanation), "{t}");
    }
    assert!(
        d.screen
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Warning { .. }))
    );
    d.choose("retry");
    assert_eq!(d.screen.id, ScreenId::Quiz);
    assert_eq!(progress_label(&d).unwrap(), "Question 1 of 5");
    assert!(selected(&d).is_empty(), "a new attempt chooses nothing");
}

#[test]
fn leaving_the_quiz_or_quick_exit_forgets_its_answers() {
    let mut d = Driver::new();
    open_module(&mut d, "migrants", "how_recruiters_lie");
    d.choose("quiz");
    d.choose_first("answer.");
    d.choose_first("answer.");
    assert!(progress_label(&d).unwrap().starts_with("Question 3 of"));
    // Back walks the questions, then leaves.
    d.back();
    d.back();
    assert!(progress_label(&d).unwrap().starts_with("Question 1 of"));
    assert_eq!(
        selected(&d).len(),
        1,
        "the answer is kept while in the quiz"
    );
    d.back();
    assert_eq!(d.screen.id, ScreenId::LearnModule);
    d.choose("quiz");
    assert!(selected(&d).is_empty());
    d.choose_first("answer.");
    d.send(Event::QuickExit);
    assert_eq!(d.screen.id, ScreenId::Home);
    assert_eq!(d.app.depth(), 1);
    open_module(&mut d, "migrants", "how_recruiters_lie");
    d.choose("quiz");
    assert!(progress_label(&d).unwrap().starts_with("Question 1 of"));
    assert!(selected(&d).is_empty());
    assert!(d.waymark.learn_progress().unwrap().is_empty());
}

/// The reported bug: "Clear my progress" acted at once.
#[test]
fn my_progress_lists_modules_and_clearing_asks_first() {
    let mut d = Driver::new();
    d.choose("learn");
    d.choose("progress");
    assert_eq!(d.screen.id, ScreenId::LearnProgress);
    assert!(d.text().contains("You have not started any module yet."));
    assert!(!d.has("clear"), "nothing to clear");
    d.back();
    d.choose("track.migrants");
    d.choose("module.rights_at_work");
    d.choose("lesson.1");
    d.back();
    d.back();
    d.back();
    d.choose("progress");
    assert_eq!(d.ids(), ["module.rights_at_work", "clear"]);
    assert!(text(&d).contains("1 of 4 lessons seen"), "{}", text(&d));
    // A row opens its module.
    d.choose("module.rights_at_work");
    assert_eq!(d.screen.id, ScreenId::LearnModule);
    d.back();

    d.choose("clear");
    assert_eq!(d.screen.id, ScreenId::Confirm);
    assert!(d.screen.title.starts_with("Clear your learning progress?"));
    assert_eq!(d.ids(), ["yes", "no"]);
    assert_eq!(
        d.waymark.learn_progress().unwrap().len(),
        1,
        "nothing cleared yet"
    );
    d.choose("no");
    assert_eq!(d.screen.id, ScreenId::LearnProgress);
    assert_eq!(d.waymark.learn_progress().unwrap().len(), 1);
    d.choose("clear");
    d.choose("yes");
    assert_eq!(d.screen.id, ScreenId::LearnProgress);
    let n = d.notice().unwrap();
    assert!(!n.error);
    assert_eq!(
        n.text,
        "Your learning progress was cleared. Nothing else was changed."
    );
    assert!(d.text().contains("You have not started any module yet."));
    assert!(d.waymark.learn_progress().unwrap().is_empty());
}

#[test]
fn the_glossary_explains_the_words_from_learn_and_from_a_module() {
    let mut d = Driver::new();
    d.choose("learn");
    d.choose("glossary");
    assert_eq!(d.screen.id, ScreenId::Glossary);
    assert_eq!(d.screen.title, "Words used in the lessons");
    let t = d.text();
    assert!(
        t.contains("Debt bondage\nA debt used to control a person."),
        "{t}"
    );
    assert!(t.contains("Non-punishment"), "{t}");
    d.back();
    d.choose("track.leaders");
    d.choose("module.for_leaders");
    d.choose("glossary");
    assert_eq!(d.screen.id, ScreenId::Glossary);
    d.back();
    assert_eq!(d.screen.id, ScreenId::LearnModule);
}

/// With a PIN set and the vault locked behind the app, saving progress asks for the PIN
/// and comes back; nothing is lost.
#[test]
fn with_the_vault_locked_saving_asks_for_the_pin_and_comes_back() {
    let mut d = Driver::locked("4821");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("4821");
    open_module(&mut d, "students", "trafficking_and_smuggling");

    // A lesson is shown once it is saved as seen: first the PIN.
    d.waymark.lock().unwrap();
    d.choose("lesson.1");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    assert!(d.screen.back.is_some());
    d.submit("0000");
    assert!(d.notice().is_some_and(|n| n.error));
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("4821");
    assert_eq!(d.screen.id, ScreenId::LearnModule);
    d.choose("lesson.1");
    assert_eq!(d.screen.id, ScreenId::Lesson);
    assert_eq!(d.waymark.learn_progress().unwrap()[0].lessons_seen, ["l1"]);

    // The quiz: the answers stay through the PIN, and the score is saved.
    d.back();
    d.choose("quiz");
    for a in right_answers(&d, "trafficking_and_smuggling") {
        d.choose(&format!("answer.{a}"));
    }
    d.waymark.lock().unwrap();
    d.choose("submit");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("4821");
    assert_eq!(d.screen.id, ScreenId::Quiz);
    assert_eq!(selected(&d).len(), 1);
    d.choose("submit");
    assert_eq!(d.screen.id, ScreenId::QuizResult);
    assert_eq!(d.waymark.learn_progress().unwrap()[0].best_score, Some(5));

    // My progress reads the vault: the PIN first, then the list.
    d.send(Event::Lock);
    d.submit("4821");
    d.choose("learn");
    d.waymark.lock().unwrap();
    d.choose("progress");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("4821");
    assert_eq!(d.screen.id, ScreenId::LearnTracks);
    d.choose("progress");
    assert_eq!(d.ids(), ["module.trafficking_and_smuggling", "clear"]);
}

#[test]
fn with_leave_no_trace_progress_is_kept_until_the_app_closes() {
    let dir = tempfile::tempdir().unwrap();
    let waymark = crate::test_waymark(dir.path());
    waymark.set_leave_no_trace(true).unwrap();
    let mut d = Driver::over(waymark, dir, false);
    open_module(&mut d, "migrants", "getting_help");
    d.choose("lesson.1");
    d.back();
    assert!(
        text(&d).contains("You have read this lesson."),
        "{}",
        text(&d)
    );
    let again = crate::test_waymark(d.dir.path());
    assert!(
        again.learn_progress().unwrap().is_empty(),
        "nothing reached the vault"
    );
}

#[test]
fn every_learning_screen_shows_words_not_message_ids_in_every_language() {
    for locale in ["en", "fr", "es", "pt", "ht", "sw", "ar"] {
        let mut d = Driver::new();
        d.choose("language");
        d.choose(&format!("locale.{locale}"));
        assert_eq!(d.screen.locale, locale);
        let mut words = Vec::new();
        d.choose("learn");
        words.push(text(&d));
        d.choose("track.leaders");
        words.push(text(&d));
        d.choose("module.for_leaders");
        d.choose("lesson.1");
        words.push(text(&d));
        d.back();
        words.push(text(&d));
        d.choose("story");
        words.push(text(&d));
        d.choose("quiz");
        words.push(text(&d));
        while !d.has("submit") {
            d.choose_first("answer.");
        }
        d.choose("submit");
        words.push(text(&d));
        d.back();
        d.back();
        d.back();
        d.back();
        d.choose("progress");
        words.push(text(&d));
        d.choose("clear");
        words.push(text(&d));
        d.choose("yes");
        words.push(text(&d));
        d.back();
        d.choose("glossary");
        words.push(text(&d));
        for w in words.join("\n").lines() {
            assert!(!w.contains('{'), "{locale}: {w}");
            for part in w.split_whitespace() {
                assert!(
                    !(part.starts_with("learn-") || part.starts_with("shell-")),
                    "{locale}: {w}"
                );
            }
        }
    }
}

/// Each attempt has its own choice order (one order always would let the same keys score
/// the same), fixed for the attempt.
#[test]
fn each_attempt_shows_the_choices_in_a_new_order() {
    let mut d = Driver::new();
    open_module(&mut d, "students", "trafficking_and_smuggling");
    d.choose("quiz");
    let mut orders = std::collections::BTreeSet::new();
    for _ in 0..8 {
        let first = d.ids();
        orders.insert(first.clone());
        while !d.has("submit") {
            d.choose_first("answer.");
        }
        d.choose("submit");
        d.choose("retry");
        assert!(selected(&d).is_empty());
    }
    assert!(orders.len() > 1, "the first question's order never changed");
}

/// Bug: reopening a module went back to its first lesson; it continues where the person
/// was, from the progress the vault keeps (never anything typed).
#[test]
fn reopening_a_module_continues_at_the_lesson_opened_last() {
    let mut d = Driver::new();
    open_module(&mut d, "students", "trafficking_and_smuggling");
    assert!(!d.has("continue"), "nothing opened yet");
    d.choose("lesson.1");
    d.choose("next");
    d.choose("next");
    assert_eq!(progress_label(&d).unwrap(), "Lesson 3 of 5");
    let third = d
        .screen
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading { text } => Some(text.clone()),
            _ => None,
        })
        .unwrap();
    // Left, and opened again: "Continue" comes first and opens lesson 3.
    d.back();
    d.back();
    d.choose("module.trafficking_and_smuggling");
    assert_eq!(d.ids()[0], "continue");
    assert_eq!(d.style("continue"), ActionStyle::Primary);
    assert_eq!(
        plain(&d.screen.actions[0].label),
        format!("Continue: {third}")
    );
    assert_eq!(detail(&d, "continue"), "Lesson 3 of 5");
    d.choose("continue");
    assert_eq!(d.screen.id, ScreenId::Lesson);
    assert_eq!(progress_label(&d).unwrap(), "Lesson 3 of 5");
    // Going back a lesson moves the place too; it outlasts a quick exit (it is progress,
    // not what was typed).
    d.choose("previous");
    d.send(Event::QuickExit);
    open_module(&mut d, "students", "trafficking_and_smuggling");
    assert_eq!(detail(&d, "continue"), "Lesson 2 of 5");
    // Clearing progress forgets it.
    d.waymark.learn_clear_progress().unwrap();
    d.send(Event::Refresh);
    assert!(!d.has("continue"));
}
