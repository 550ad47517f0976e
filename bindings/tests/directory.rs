//! Find help and discretion through the Rust facade: the shared directory vectors, and
//! the promises that a query and "leave no trace" write nothing to the data folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;
mod common;

use waymark::{HelpQuery, Waymark, WaymarkError};

fn app(dir: &Path) -> Arc<Waymark> {
    std::fs::create_dir_all(dir.join("data")).unwrap();
    common::app(dir)
}

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, Option<std::time::SystemTime>)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.insert(path.clone(), (Vec::new(), None));
                stack.push(path);
            } else {
                let modified = std::fs::metadata(&path).unwrap().modified().ok();
                out.insert(path.clone(), (std::fs::read(&path).unwrap(), modified));
            }
        }
    }
    out
}

fn vectors() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/directory.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_country_in_the_vectors_answers_with_its_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    for case in vectors()["countries"].as_array().unwrap() {
        let cc = case["country"].as_str().unwrap();
        let view = w
            .find_help(HelpQuery {
                country: Some(cc.into()),
                ..HelpQuery::default()
            })
            .unwrap();
        let got = serde_json::to_value(&view).unwrap();
        let numbers: Vec<_> = got["emergency"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["number"].clone(), e["uri"].clone()))
            .collect();
        let want: Vec<_> = case["emergency"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["number"].clone(), e["uri"].clone()))
            .collect();
        assert_eq!(numbers, want, "{cc}");
        for s in case["services"].as_array().unwrap() {
            let g = got["services"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["id"] == s["id"])
                .unwrap_or_else(|| panic!("{cc}: {} missing", s["id"]));
            assert_eq!(g["channels"], s["channels"], "{}", s["id"]);
            assert_eq!(g["status"], s["status"]);
            assert!(!g["last_verified"].as_str().unwrap().is_empty());
            for key in [
                "reports_to_police",
                "reports_to_immigration",
                "requires_id",
                "anonymous_ok",
                "confidential",
            ] {
                assert!(g["safety"][key].is_string(), "{key}");
            }
        }
        assert_eq!(
            got["services"].as_array().unwrap().len(),
            case["services"].as_array().unwrap().len(),
            "{cc}"
        );
        let fallbacks: Vec<_> = got["fallbacks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].clone())
            .collect();
        assert_eq!(Value::from(fallbacks), vectors()["fallback_ids"]);
    }
}

#[test]
fn a_query_writes_nothing_to_the_data_folder_not_even_coordinates() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    let before = snapshot(tmp.path());
    let view = w
        .find_help(HelpQuery {
            latitude: Some(18.0179),
            longitude: Some(-76.8099),
            danger_now: true,
            needs: vec!["trafficking_hotline".into()],
            ..HelpQuery::default()
        })
        .unwrap();
    assert_eq!(view.country.as_deref(), Some("JM"));
    w.find_help(HelpQuery {
        country: Some("KE".into()),
        language: Some("sw".into()),
        ..HelpQuery::default()
    })
    .unwrap();
    assert!(matches!(
        w.find_help(HelpQuery {
            latitude: Some(1.0),
            ..HelpQuery::default()
        }),
        Err(WaymarkError::InvalidInput { .. })
    ));
    assert_eq!(snapshot(tmp.path()), before);
}

#[test]
fn leave_no_trace_changes_no_file_until_turned_off() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    assert!(!w.discretion_settings().unwrap().leave_no_trace);
    let on = w.set_leave_no_trace(true).unwrap();
    assert!(on.leave_no_trace);
    let before = snapshot(tmp.path());
    // Everything a feature might write while the mode is on.
    let store = w.store().unwrap();
    store.put("progress", "lesson_1", b"done").unwrap();
    store.put("checklist", "item", b"ticked").unwrap();
    w.set_disguise("calculator".into()).unwrap();
    w.set_notifications_off(true).unwrap();
    w.set_search_text(Some("typed words".into())).unwrap();
    w.find_help(HelpQuery {
        country: Some("GB".into()),
        ..HelpQuery::default()
    })
    .unwrap();
    assert!(w.discretion_settings().unwrap().leave_no_trace);
    assert_eq!(
        snapshot(tmp.path()),
        before,
        "no file may change while leave no trace is on"
    );
    let off = w.set_leave_no_trace(false).unwrap();
    assert!(!off.leave_no_trace);
    // What features wrote during the mode is gone; the settings the person chose stay.
    let store = w.store().unwrap();
    assert_eq!(store.get("progress", "lesson_1").unwrap(), None);
    assert_eq!(store.get("checklist", "item").unwrap(), None);
    assert_eq!(off.disguise.id, "calculator");
    assert!(off.notifications_off);
    assert_eq!(w.discretion_settings().unwrap().disguise.id, "calculator");
}

#[test]
fn progress_written_before_the_mode_is_untouched_by_it() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    w.store()
        .unwrap()
        .put("progress", "lesson_1", b"done")
        .unwrap();
    w.set_leave_no_trace(true).unwrap();
    w.store().unwrap().delete("progress", "lesson_1").unwrap();
    w.set_leave_no_trace(false).unwrap();
    assert_eq!(
        w.store().unwrap().get("progress", "lesson_1").unwrap(),
        Some(b"done".to_vec())
    );
}

#[test]
fn disguise_and_quick_exit() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    let ids: Vec<_> = w.disguises().unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(ids[0], "waymark");
    assert!(ids.contains(&"calculator".to_owned()));
    let v = w.set_disguise("notes".into()).unwrap();
    assert_eq!(
        (v.disguise.id.as_str(), v.disguise.name.as_str()),
        ("notes", "Notes")
    );
    assert_eq!(w.discretion_settings().unwrap().disguise.id, "notes");
    assert!(matches!(
        w.set_disguise("casino".into()),
        Err(WaymarkError::InvalidInput { .. })
    ));
    assert_eq!(w.discretion_settings().unwrap().disguise.id, "notes");
    assert!(w.set_notifications_off(true).unwrap().notifications_off);

    w.set_current_screen(Some("find_help".into())).unwrap();
    w.set_search_text(Some("passport".into())).unwrap();
    assert_eq!(
        w.screen_state().unwrap().search_text.as_deref(),
        Some("passport")
    );
    w.quick_exit().unwrap();
    let s = w.screen_state().unwrap();
    assert_eq!((s.current_screen, s.search_text), (None, None));
}

#[test]
fn help_choices_are_localized() {
    let tmp = tempfile::tempdir().unwrap();
    let w = app(tmp.path());
    w.set_locales(vec!["fr".into()]).unwrap();
    let c = w.help_choices().unwrap();
    assert_eq!(c.countries.len(), 34);
    assert!(
        c.countries
            .iter()
            .any(|c| c.id == "HT" && c.label == "Haïti")
    );
    assert!(
        c.kinds
            .iter()
            .any(|k| k.id == "legal_aid" && k.label == "Aide juridique")
    );
    assert_eq!(c.audiences.len(), 7);
    let v = w
        .find_help(HelpQuery {
            country: Some("US".into()),
            language: Some("ht".into()),
            ..HelpQuery::default()
        })
        .unwrap();
    assert_eq!(v.services[0].why, ["a des interprètes"]);
    assert_eq!(v.emergency[0].label, "Police et urgences");
}
