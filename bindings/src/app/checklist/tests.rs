//! The checklist through the app core, as a person uses it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::super::tests::Driver;
use super::super::{ActionStyle, Effect, Event, InputKind, ScreenId};

fn checklist() -> Driver {
    let mut d = Driver::new();
    d.choose("checklist");
    assert_eq!(d.screen.id, ScreenId::Checklist);
    d
}

fn action<'a>(d: &'a Driver, id: &str) -> &'a super::super::Action {
    d.screen
        .actions
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no {id}: {:?}", d.ids()))
}

fn restart(d: Driver) -> Driver {
    let Driver { dir, .. } = d;
    let waymark = crate::test_waymark(dir.path());
    Driver::over(waymark, dir, false)
}

fn spoken(d: &mut Driver) -> String {
    d.send(Event::ReadAloud);
    match d.effects.as_slice() {
        [Effect::Speak { text, .. }] => text.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn stages_show_progress_and_items_tick_on_and_off() {
    let mut d = checklist();
    assert_eq!(
        d.ids(),
        [
            "stage.before_you_go",
            "stage.on_the_journey",
            "stage.on_arrival",
            "stage.if_things_go_wrong",
            "add"
        ]
    );
    let first = action(&d, "stage.before_you_go");
    assert_eq!(first.label, "Before you go");
    let total = d.waymark.checklist().unwrap().stages[0].items.len();
    assert_eq!(
        first.detail.as_deref(),
        Some(format!("0 of {total} done").as_str())
    );
    assert!(
        d.files_written().is_empty(),
        "looking at the checklist writes nothing"
    );
    d.choose("stage.before_you_go");
    assert_eq!(d.screen.id, ScreenId::ChecklistStage);
    assert_eq!(d.screen.title, "Before you go");
    assert_eq!(
        action(&d, "done.verify_recruiter").style,
        ActionStyle::Toggle { on: false }
    );
    d.choose("done.verify_recruiter");
    assert_eq!(
        action(&d, "done.verify_recruiter").style,
        ActionStyle::Toggle { on: true }
    );
    assert!(d.notice().is_none(), "the toggle shows it");
    d.back();
    assert_eq!(
        action(&d, "stage.before_you_go").detail.as_deref(),
        Some(format!("1 of {total} done").as_str())
    );
    d.choose("stage.before_you_go");
    d.choose("done.verify_recruiter");
    assert_eq!(
        action(&d, "done.verify_recruiter").style,
        ActionStyle::Toggle { on: false }
    );
}

#[test]
fn an_items_screen_keeps_its_note_which_is_removed_by_an_action_not_an_empty_line() {
    let mut d = checklist();
    d.choose("stage.before_you_go");
    d.choose("notes");
    assert!(d.ids().iter().all(|id| id.starts_with("item.")));
    d.choose("item.copy_documents");
    assert_eq!(d.screen.id, ScreenId::ChecklistItem);
    let input = d.screen.input.clone().unwrap();
    assert_eq!(input.kind, InputKind::Text);
    assert_eq!(input.value, "");
    assert!(!d.has("remove"), "a template item cannot be removed");
    assert!(!d.has("remove_note"), "no note yet");
    d.submit("copies under Aunt Grace's mattress");
    assert_eq!(d.notice().map(|n| n.text.as_str()), Some("Saved."));
    assert_eq!(
        d.screen.input.as_ref().unwrap().value,
        "copies under Aunt Grace's mattress"
    );
    // An empty line is refused: the note stays.
    d.submit("  ");
    assert!(d.notice().is_some_and(|n| n.error));
    assert_eq!(
        d.screen.input.as_ref().unwrap().value,
        "copies under Aunt Grace's mattress"
    );
    d.choose("done");
    assert_eq!(action(&d, "done").style, ActionStyle::Toggle { on: true });
    // The stage shows the note under the item.
    d.back();
    d.back();
    assert!(
        action(&d, "done.copy_documents")
            .detail
            .as_deref()
            .is_some_and(|t| t.contains("Aunt Grace")),
    );
    // Kept after a restart; then removed by its action.
    let mut d = restart(d);
    d.choose("checklist");
    d.choose("stage.before_you_go");
    d.choose("notes");
    d.choose("item.copy_documents");
    assert_eq!(action(&d, "done").style, ActionStyle::Toggle { on: true });
    d.choose("remove_note");
    assert_eq!(d.screen.input.as_ref().unwrap().value, "");
    assert!(!d.has("remove_note"));
    // Back from the item returns to the list to choose from, then to the toggles.
    d.back();
    assert!(d.has("item.copy_documents"));
    d.back();
    assert!(d.has("done.copy_documents"));
}

#[test]
fn own_items_are_added_to_a_chosen_stage_and_removed_after_a_confirmation() {
    let mut d = checklist();
    d.choose("add");
    assert_eq!(d.screen.id, ScreenId::ChecklistAdd);
    assert!(d.screen.input.is_none(), "the stage first");
    d.choose("stage.on_arrival");
    assert_eq!(d.screen.input.as_ref().unwrap().kind, InputKind::Text);
    // Back asks for the stage again.
    d.back();
    assert!(d.has("stage.on_arrival"));
    d.choose("stage.on_arrival");
    d.submit("   ");
    assert_eq!(
        d.notice().map(|n| (n.text.as_str(), n.error)),
        Some(("Please type some text.", true))
    );
    assert_eq!(d.screen.id, ScreenId::ChecklistAdd);
    d.submit("Buy a local SIM");
    assert_eq!(d.screen.id, ScreenId::Checklist);
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Your item is added.")
    );
    d.choose("stage.on_arrival");
    let own = d
        .screen
        .actions
        .iter()
        .find(|a| a.label == "Buy a local SIM")
        .unwrap()
        .id
        .clone();
    let own = own.strip_prefix("done.").unwrap().to_owned();
    // Adding from a stage asks only for the text.
    d.choose("add");
    assert!(d.screen.input.is_some());
    d.back();
    assert_eq!(d.screen.id, ScreenId::ChecklistStage);

    d.choose("notes");
    d.choose(&format!("item.{own}"));
    d.choose("remove");
    assert_eq!(d.screen.id, ScreenId::Confirm);
    d.choose("no");
    assert_eq!(d.screen.id, ScreenId::ChecklistItem);
    d.choose("remove");
    d.choose("yes");
    assert_eq!(d.screen.id, ScreenId::ChecklistStage);
    assert_eq!(d.notice().map(|n| n.text.as_str()), Some("Removed."));
    assert!(!d.text().contains("Buy a local SIM"));
}

#[test]
fn read_aloud_never_speaks_the_persons_own_items() {
    let mut d = checklist();
    d.waymark
        .checklist_add("before_you_go".into(), "call my sister".into())
        .unwrap();
    d.choose("stage.before_you_go");
    assert!(d.text().contains("call my sister"), "shown on the screen");
    let text = spoken(&mut d);
    assert!(!text.contains("call my sister"), "{text}");
    assert!(text.contains("Before you go"), "{text}");
    d.choose("notes");
    assert!(!spoken(&mut d).contains("call my sister"));
    d.choose_first("item.my_");
    let text = spoken(&mut d);
    assert!(!text.contains("call my sister"), "{text}");
    assert!(text.contains("Private note"), "{text}");
}

#[test]
fn damaged_records_are_said_and_the_rest_is_shown() {
    let mut d = Driver::new();
    d.waymark
        .store()
        .unwrap()
        .put("checklist", "verify_recruiter", b"not a checklist entry")
        .unwrap();
    d.choose("checklist");
    assert!(
        d.text()
            .contains("Some saved items could not be read. The rest is shown."),
        "{}",
        d.text()
    );
    assert!(d.has("stage.before_you_go"));
}

#[test]
fn lock_under_leave_no_trace_leaves_nothing_of_the_mode_and_a_pin_is_asked_first() {
    let mut d = Driver::new();
    d.waymark.set_leave_no_trace(true).unwrap();
    d.choose("checklist");
    d.choose("add");
    d.choose("stage.before_you_go");
    d.submit("what I must not forget");
    assert!(
        d.notice()
            .is_some_and(|n| n.text.starts_with("Kept only until Waymark closes")),
        "{:?}",
        d.notice()
    );
    d.choose("stage.before_you_go");
    assert!(d.text().contains("what I must not forget"));
    d.send(Event::Lock);
    assert_eq!(d.screen.id, ScreenId::Home, "no PIN: nothing to unlock");
    d.choose("checklist");
    d.choose("stage.before_you_go");
    assert!(!d.text().contains("what I must not forget"));
}

impl Driver {
    /// Every file under the data folder.
    pub(crate) fn files_written(&self) -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push(p);
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }
}
