//! Property tests against simple models: the vault as a `BTreeMap` of (collection, id) to
//! bytes under random puts, gets, deletes, lists, clears and reopenings; the checklist
//! under random adds, ticks, notes and removals. (Locale negotiation on random tags is in
//! `core/src/i18n/tests.rs`.) On a RAM file system where there is one, so fsyncs are cheap.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use waymark_core::checklist::{self, Checklist, ChecklistError, Title};
use waymark_core::content::ContentSource;
use waymark_core::store::Store;
use waymark_core::vault::{Vault, VaultOptions};

const DEV: [u8; 32] = [3u8; 32];

fn scratch() -> tempfile::TempDir {
    if std::path::Path::new("/dev/shm").is_dir()
        && let Ok(d) = tempfile::tempdir_in("/dev/shm")
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

fn open(dir: &std::path::Path) -> Vault {
    Vault::open(dir, &DEV, None, VaultOptions::default()).unwrap()
}

#[derive(Debug, Clone)]
enum VaultOp {
    Put(String, String, Vec<u8>),
    Get(String, String),
    Delete(String, String),
    List(String),
    Clear(String),
    Reopen,
}

/// A few fixed names (so operations meet) and any other string.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["checklist", "progress", "", "a/b", "é"]).prop_map(String::from),
        1 => "\\PC{0,12}",
    ]
}

fn vault_op() -> impl Strategy<Value = VaultOp> {
    prop_oneof![
        4 => (name(), name(), prop::collection::vec(any::<u8>(), 0..300))
            .prop_map(|(c, i, v)| VaultOp::Put(c, i, v)),
        2 => (name(), name()).prop_map(|(c, i)| VaultOp::Get(c, i)),
        2 => (name(), name()).prop_map(|(c, i)| VaultOp::Delete(c, i)),
        1 => name().prop_map(VaultOp::List),
        1 => name().prop_map(VaultOp::Clear),
        1 => Just(VaultOp::Reopen),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Whatever the order of operations, the vault answers exactly as a map would, also
    /// after being closed and opened again.
    #[test]
    fn the_vault_behaves_like_a_map(ops in prop::collection::vec(vault_op(), 1..40)) {
        let dir = scratch();
        let mut vault = open(dir.path());
        let mut model: BTreeMap<(String, String), Vec<u8>> = BTreeMap::new();
        for op in ops {
            match op {
                VaultOp::Put(c, i, v) => {
                    vault.put(&c, &i, &v).unwrap();
                    model.insert((c, i), v);
                }
                VaultOp::Get(c, i) => {
                    prop_assert_eq!(vault.get(&c, &i).unwrap(), model.get(&(c, i)).cloned());
                }
                VaultOp::Delete(c, i) => {
                    let was = model.remove(&(c.clone(), i.clone())).is_some();
                    prop_assert_eq!(vault.delete(&c, &i).unwrap(), was);
                }
                VaultOp::List(c) => {
                    let want: Vec<(String, Vec<u8>)> = model
                        .iter()
                        .filter(|((mc, _), _)| *mc == c)
                        .map(|((_, i), v)| (i.clone(), v.clone()))
                        .collect();
                    prop_assert_eq!(vault.list(&c).unwrap(), want.clone());
                    prop_assert_eq!(vault.list_readable(&c).unwrap(), (want, 0));
                }
                VaultOp::Clear(c) => {
                    vault.clear(&c).unwrap();
                    model.retain(|(mc, _), _| *mc != c);
                }
                VaultOp::Reopen => {
                    vault.close();
                    drop(vault);
                    vault = open(dir.path());
                }
            }
        }
        for ((c, i), v) in &model {
            prop_assert_eq!(vault.get(c, i).unwrap(), Some(v.clone()));
        }
    }
}

#[derive(Debug, Clone)]
enum ChecklistOp {
    /// Stage index (one past the end: an unknown stage) and text.
    Add(usize, String),
    /// Item index into template items, then own items, then one unknown id.
    Done(usize, bool),
    Note(usize, String),
    Remove(usize),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ]{0,20}",
        1 => Just("   ".to_owned()),
        1 => "\\PC{0,30}",
        1 => Just("x".repeat(checklist::NOTE_MAX + 1)),
        1 => Just("y".repeat(checklist::TEXT_MAX + 1)),
    ]
}

fn checklist_op() -> impl Strategy<Value = ChecklistOp> {
    prop_oneof![
        2 => (0..=checklist::STAGES.len(), text()).prop_map(|(s, t)| ChecklistOp::Add(s, t)),
        3 => (any::<prop::sample::Index>(), any::<bool>())
            .prop_map(|(i, d)| ChecklistOp::Done(i.index(1000), d)),
        3 => (any::<prop::sample::Index>(), text())
            .prop_map(|(i, t)| ChecklistOp::Note(i.index(1000), t)),
        2 => any::<prop::sample::Index>().prop_map(|i| ChecklistOp::Remove(i.index(1000))),
    ]
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ModelItem {
    id: String,
    stage: usize,
    text: Option<String>,
    done: bool,
    note: Option<String>,
}

/// What `clean` in the checklist does: trimmed, non-empty, at most `max` characters.
fn cleaned(t: &str, max: usize) -> Result<String, &'static str> {
    let t = t.trim();
    if t.is_empty() {
        Err("empty")
    } else if t.chars().count() > max {
        Err("long")
    } else {
        Ok(t.to_owned())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random checklist operations through the vault give the same view as a list model:
    /// template items in content order, own items after them in the order added; errors
    /// change nothing.
    #[test]
    fn checklist_operations_match_a_model(ops in prop::collection::vec(checklist_op(), 1..30)) {
        let dir = scratch();
        let vault = open(dir.path());
        let list = Checklist::from_source(&ContentSource::embedded()).unwrap();
        let mut model: Vec<ModelItem> = list
            .view(&vault)
            .unwrap()
            .stages
            .iter()
            .enumerate()
            .flat_map(|(s, st)| st.items.iter().map(move |i| ModelItem {
                id: i.id.clone(), stage: s, text: None, done: false, note: None,
            }))
            .collect();
        let template = model.len();
        for op in ops {
            let pick = |k: usize| -> (String, Option<usize>) {
                let k = k % (model.len() + 1);
                match model.get(k) {
                    Some(m) => (m.id.clone(), Some(k)),
                    None => ("my_unknown".to_owned(), None),
                }
            };
            match op {
                ChecklistOp::Add(s, t) => {
                    let got = list.add(&vault, checklist::STAGES.get(s).copied().unwrap_or("nowhere"), &t);
                    match (s < checklist::STAGES.len(), cleaned(&t, checklist::TEXT_MAX)) {
                        (false, _) => prop_assert!(matches!(got, Err(ChecklistError::UnknownStage))),
                        (true, Err("empty")) => prop_assert!(matches!(got, Err(ChecklistError::EmptyText))),
                        (true, Err(_)) => prop_assert!(matches!(got, Err(ChecklistError::TooLong { .. })), "{:?}", got),
                        (true, Ok(text)) => model.push(ModelItem {
                            id: got.unwrap(), stage: s, text: Some(text), done: false, note: None,
                        }),
                    }
                }
                ChecklistOp::Done(k, d) => {
                    let (id, at) = pick(k);
                    let got = list.set_done(&vault, &id, d);
                    match at {
                        Some(at) => { got.unwrap(); model[at].done = d; }
                        None => prop_assert!(matches!(got, Err(ChecklistError::UnknownItem))),
                    }
                }
                ChecklistOp::Note(k, t) => {
                    let (id, at) = pick(k);
                    let got = list.set_note(&vault, &id, &t);
                    match (at, cleaned(&t, checklist::NOTE_MAX)) {
                        (None, _) => prop_assert!(matches!(got, Err(ChecklistError::UnknownItem))),
                        (Some(_), Err("long")) => prop_assert!(matches!(got, Err(ChecklistError::TooLong { .. })), "{:?}", got),
                        (Some(at), note) => { got.unwrap(); model[at].note = note.ok(); }
                    }
                }
                ChecklistOp::Remove(k) => {
                    let (id, at) = pick(k);
                    let got = list.remove(&vault, &id);
                    match at {
                        None => prop_assert!(matches!(got, Err(ChecklistError::UnknownItem))),
                        Some(at) if at < template => prop_assert!(matches!(got, Err(ChecklistError::NotCustom))),
                        Some(at) => { got.unwrap(); model.remove(at); }
                    }
                }
            }
            let view = list.view(&vault).unwrap();
            prop_assert_eq!(view.damaged, 0);
            let seen: Vec<ModelItem> = view
                .stages
                .iter()
                .enumerate()
                .flat_map(|(s, st)| st.items.iter().map(move |i| ModelItem {
                    id: i.id.clone(),
                    stage: s,
                    text: match &i.title { Title::Text(t) => Some(t.clone()), Title::Message(_) => None },
                    done: i.done,
                    note: i.note.clone(),
                }))
                .collect();
            let mut want = model.clone();
            want.sort_by_key(|m| m.stage); // stable: template order, then the order added
            prop_assert_eq!(seen, want);
        }
    }
}
