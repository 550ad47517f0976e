use super::*;
use crate::store::MemoryStore;

fn checklist() -> Checklist {
    Checklist::from_source(&ContentSource::embedded()).unwrap()
}

fn find<'a>(stages: &'a [Stage], id: &str) -> &'a Item {
    stages
        .iter()
        .flat_map(|s| s.items.iter())
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn the_embedded_checklist_has_the_four_stages_and_links_every_item() {
    let c = checklist();
    let stages = c.view(&MemoryStore::new()).unwrap().stages;
    let ids: Vec<_> = stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, STAGES);
    for s in &stages {
        assert!(!s.items.is_empty());
        for i in &s.items {
            assert!(!i.done && !i.custom && i.note.is_none());
            assert!(MODULES.contains(&i.module.as_deref().unwrap()));
        }
    }
    for id in [
        "verify_recruiter",
        "copy_documents",
        "memorise_contact",
        "know_embassy",
        "never_hand_over_passport",
        "safety_word",
    ] {
        find(&stages, id);
    }
    assert!(validate(&ContentSource::embedded(), &Messages::default()).is_empty());
}

#[test]
fn ticks_notes_and_own_items_are_kept_in_the_store() {
    let c = checklist();
    let store = MemoryStore::new();
    c.set_done(&store, "verify_recruiter", true).unwrap();
    c.set_note(&store, "copy_documents", "  with my sister  ")
        .unwrap();
    let mine = c
        .add(&store, "on_arrival", "Find the church on 5th street")
        .unwrap();
    assert!(mine.starts_with("my_"));
    c.set_done(&store, &mine, true).unwrap();
    c.set_note(&store, &mine, "Sunday 10am").unwrap();
    let second = c.add(&store, "on_arrival", "Second").unwrap();

    let stages = c.view(&store).unwrap().stages;
    assert!(find(&stages, "verify_recruiter").done);
    assert_eq!(
        find(&stages, "copy_documents").note.as_deref(),
        Some("with my sister")
    );
    let item = find(&stages, &mine);
    assert!(item.custom && item.done && item.module.is_none());
    assert_eq!(
        item.title,
        Title::Text("Find the church on 5th street".into())
    );
    assert_eq!(item.note.as_deref(), Some("Sunday 10am"));
    let arrival = stages.iter().find(|s| s.id == "on_arrival").unwrap();
    let n = arrival.items.len();
    assert_eq!(
        arrival.items[n - 2].id,
        mine,
        "own items after the template, in order added"
    );
    assert_eq!(arrival.items[n - 1].id, second);

    c.set_done(&store, "verify_recruiter", false).unwrap();
    c.set_note(&store, "copy_documents", "").unwrap();
    let stages = c.view(&store).unwrap().stages;
    assert!(!find(&stages, "verify_recruiter").done);
    assert!(find(&stages, "copy_documents").note.is_none());

    c.remove(&store, &mine).unwrap();
    assert!(
        c.view(&store)
            .unwrap()
            .stages
            .iter()
            .all(|s| s.items.iter().all(|i| i.id != mine))
    );
}

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let c = checklist();
    let store = MemoryStore::new();
    let kind = |r: Result<(), ChecklistError>| r.unwrap_err().kind();
    assert_eq!(
        kind(c.add(&store, "nowhere", "x").map(|_| ())),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        kind(c.add(&store, "on_arrival", "   ").map(|_| ())),
        ErrorKind::InvalidInput
    );
    let long = "x".repeat(TEXT_MAX + 1);
    assert_eq!(
        kind(c.add(&store, "on_arrival", &long).map(|_| ())),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        kind(c.set_done(&store, "no_such_item", true)),
        ErrorKind::NotFound
    );
    assert_eq!(kind(c.set_note(&store, "my_000", "x")), ErrorKind::NotFound);
    assert_eq!(
        kind(c.remove(&store, "verify_recruiter")),
        ErrorKind::InvalidInput
    );
    assert_eq!(kind(c.remove(&store, "my_nothing")), ErrorKind::NotFound);
    let too_long_note = "n".repeat(NOTE_MAX + 1);
    assert_eq!(
        kind(c.set_note(&store, "safety_word", &too_long_note)),
        ErrorKind::InvalidInput
    );
    assert!(store.list(COLLECTION).unwrap().is_empty());
    // A damaged record is left out and counted, never shown garbled; the rest shows, and
    // a new tick replaces it.
    c.set_done(&store, "verify_recruiter", true).unwrap();
    store.put(COLLECTION, "safety_word", b"{not json").unwrap();
    let view = c.view(&store).unwrap();
    assert_eq!(view.damaged, 1);
    assert!(find(&view.stages, "verify_recruiter").done);
    assert!(!find(&view.stages, "safety_word").done);
    c.set_done(&store, "safety_word", true).unwrap();
    let view = c.view(&store).unwrap();
    assert_eq!(view.damaged, 0);
    assert!(find(&view.stages, "safety_word").done);
}

#[test]
fn a_content_update_never_loses_own_items_or_notes() {
    let store = MemoryStore::new();
    let old = checklist();
    old.set_note(&store, "know_embassy", "Embassy: 12 Main St")
        .unwrap();
    old.set_done(&store, "work_visa", true).unwrap();
    let mine = old
        .add(&store, "on_the_journey", "Bus ticket in the blue bag")
        .unwrap();

    // The new content drops `know_embassy`, `work_visa` and the whole journey stage.
    let mut source = ContentSource::embedded();
    let text = source.get(FILE).unwrap().to_owned();
    let new_text = text
        .replace("id = \"know_embassy\"", "id = \"know_consulate\"")
        .replace("id = \"work_visa\"", "id = \"visa_for_work\"")
        .replace("id = \"on_the_journey\"", "id = \"travelling\"");
    source.set(FILE, new_text);
    let new = Checklist::from_source(&source).unwrap();
    let stages = new.view(&store).unwrap().stages;
    let retired = find(&stages, "know_embassy");
    assert_eq!(retired.note.as_deref(), Some("Embassy: 12 Main St"));
    assert_eq!(retired.title, Title::Message(RETIRED_MSG.into()));
    let own = find(&stages, &mine);
    assert_eq!(own.title, Title::Text("Bus ticket in the blue bag".into()));
    assert_eq!(
        stages[0].items.last().unwrap().id,
        mine,
        "falls back to the first stage"
    );
    assert!(
        stages
            .iter()
            .flat_map(|s| &s.items)
            .all(|i| i.id != "work_visa"),
        "a bare tick may go"
    );
    assert!(!find(&stages, "know_consulate").done);
}

fn problems_for(patch: impl Fn(&str) -> String) -> Vec<Problem> {
    let mut source = ContentSource::embedded();
    let text = patch(source.get(FILE).unwrap());
    source.set(FILE, text);
    validate(&source, &Messages::default())
}

#[test]
fn the_validator_names_each_kind_of_mistake() {
    let has = |p: &[Problem], s: &str| p.iter().any(|p| p.message.contains(s));
    let p = problems_for(|t| t.replace("id = \"on_arrival\"", "id = \"arrival\""));
    assert!(has(&p, "stages must be"));
    let p = problems_for(|t| t.replace("id = \"pay_no_fees\"", "id = \"verify_recruiter\""));
    assert!(has(&p, "duplicate item id"));
    let p = problems_for(|t| t.replacen("module = \"how_recruiters_lie\"", "module = \"nope\"", 1));
    assert!(has(&p, "unknown module `nope`"));
    let p = problems_for(|t| t.replace("id = \"pay_no_fees\"", "id = \"Pay-No-Fees\""));
    assert!(has(&p, "snake_case"));
    let p = problems_for(|t| t.replace("id = \"pay_no_fees\"", "id = \"my_fees\""));
    assert!(has(&p, "snake_case"));
    let p = problems_for(|t| t.replace("last_verified = \"2026-11-23\"", "last_verified = \"\""));
    assert!(has(&p, "last_verified"));
    let p = problems_for(|t| {
        let start = t.find("[[stages]]\nid = \"if_things_go_wrong\"").unwrap();
        let stage = "[[stages]]\nid = \"if_things_go_wrong\"\ntitle_msg = \"checklist-stage-if-things-go-wrong\"\nitems = []\n";
        format!("{}{}", &t[..start], stage)
    });
    assert!(has(&p, "at least one item"));
    let p = problems_for(|_| "not toml [".into());
    assert!(has(&p, "TOML error"));
    let mut source = ContentSource::embedded();
    source.remove(FILE);
    assert!(has(&validate(&source, &Messages::default()), "missing"));
}
