//! The shared vectors in `tests/vectors/`, through the Rust facade (Python and Kotlin run
//! the same files through the generated bindings).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
mod common;

use common::{app, strings, vectors};
use waymark::{MessageArg, Waymark};

fn args(v: &Value) -> Vec<MessageArg> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| match v {
            Value::Number(n) => MessageArg::Number {
                name: k.clone(),
                value: n.as_f64().unwrap(),
            },
            other => MessageArg::Text {
                name: k.clone(),
                value: other.as_str().unwrap().to_owned(),
            },
        })
        .collect()
}

#[test]
fn locale_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let v = vectors("locales.json");
    for case in v["resolve"].as_array().unwrap() {
        let r = app.resolve_locales(strings(&case["tags"])).unwrap();
        assert_eq!(r.chain, strings(&case["chain"]), "{case}");
        assert_eq!(r.ignored, strings(&case["ignored"]), "{case}");
        assert_eq!(r.region.as_deref(), case["region"].as_str(), "{case}");
    }
    for case in v["messages"].as_array().unwrap() {
        let m = app
            .message_in(
                case["id"].as_str().unwrap().into(),
                strings(&case["locales"]),
                args(&case["args"]),
            )
            .unwrap();
        assert_eq!(
            m.text.replace(['\u{2068}', '\u{2069}'], ""),
            case["text"].as_str().unwrap(),
            "{case}"
        );
        assert_eq!(m.locale, case["locale"].as_str().unwrap());
    }
    for case in v["errors"].as_array().unwrap() {
        let e = app
            .message_in(
                case["id"].as_str().unwrap().into(),
                strings(&case["locales"]),
                vec![],
            )
            .unwrap_err();
        assert_eq!(e.kind().as_str(), case["kind"].as_str().unwrap(), "{case}");
    }
}

fn kind_of(r: Result<(), waymark::WaymarkError>) -> Option<String> {
    r.err().map(|e| e.kind().as_str().to_owned())
}

fn find_item(
    app: &Waymark,
    id: &str,
) -> Result<Option<waymark::ChecklistItemView>, waymark::WaymarkError> {
    Ok(app
        .checklist()?
        .stages
        .into_iter()
        .flat_map(|s| s.items)
        .find(|i| i.id == id))
}

#[test]
fn vault_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut last = String::new();
    let s = |v: &Value, k: &str| v[k].as_str().unwrap().to_owned();
    for step in vectors("vault.json")["steps"].as_array().unwrap() {
        let result: Result<(), waymark::WaymarkError> = match step["op"].as_str().unwrap() {
            "status" => app.vault_status().map(|st| {
                let st = serde_json::to_value(st).unwrap();
                for (k, want) in step["expect"].as_object().unwrap() {
                    assert_eq!(&st[k], want, "{step}");
                }
            }),
            "unlock" => app.unlock(s(step, "pin")),
            "lock" => {
                app.lock().unwrap();
                Ok(())
            }
            "set_pin" => app.set_pin(s(step, "pin")),
            "change_pin" => app.change_pin(s(step, "old"), s(step, "new")),
            "remove_pin" => app.remove_pin(s(step, "pin")),
            "set_duress_pin" => app.set_duress_pin(s(step, "pin")),
            "wipe" => app.wipe(),
            "checklist" => app.checklist().map(|_| ()),
            "checklist_add" => app
                .checklist_add(s(step, "stage"), s(step, "text"))
                .map(|id| last = id),
            "checklist_note" => app.checklist_set_note(s(step, "item"), s(step, "note")),
            "checklist_done" => {
                app.checklist_set_done(s(step, "item"), step["done"].as_bool().unwrap())
            }
            "checklist_item" => {
                let id = s(step, "item").replace("$last", &last);
                find_item(&app, &id).map(|item| {
                    let want = &step["expect"];
                    assert_eq!(item.is_some(), want["present"].as_bool().unwrap(), "{step}");
                    if let Some(item) = item {
                        if let Some(done) = want.get("done") {
                            assert_eq!(item.done, done.as_bool().unwrap(), "{step}");
                        }
                        if let Some(note) = want.get("note") {
                            assert_eq!(item.note.as_deref(), note.as_str(), "{step}");
                        }
                    }
                })
            }
            other => panic!("unknown op {other}"),
        };
        assert_eq!(kind_of(result).as_deref(), step["kind"].as_str(), "{step}");
    }
}

#[test]
fn checklist_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let v = vectors("checklist.json");
    let view = app.checklist().unwrap();
    let ids: Vec<String> = view.stages.iter().map(|s| s.id.clone()).collect();
    assert_eq!(ids, strings(&v["stages"]));
    assert_eq!(view.damaged, 0);
    for case in v["items"].as_array().unwrap() {
        let stage = view
            .stages
            .iter()
            .find(|s| s.id == case["stage"].as_str().unwrap())
            .unwrap();
        let item = stage
            .items
            .iter()
            .find(|i| i.id == case["id"].as_str().unwrap())
            .unwrap();
        assert_eq!(item.module.as_deref(), case["module"].as_str(), "{case}");
        assert!(!item.custom && !item.done && item.note.is_none());
    }
    for case in v["titles"].as_array().unwrap() {
        app.set_locales(strings(&case["locales"])).unwrap();
        let view = app.checklist().unwrap();
        let stage = view
            .stages
            .iter()
            .find(|s| s.id == case["stage"].as_str().unwrap())
            .unwrap();
        assert_eq!(stage.title, case["title"].as_str().unwrap(), "{case}");
    }
    app.set_locales(vec!["en".into()]).unwrap();
    let s = |c: &Value, k: &str| c[k].as_str().unwrap().to_owned();
    for case in v["errors"].as_array().unwrap() {
        let r = match s(case, "op").as_str() {
            "add" => app
                .checklist_add(s(case, "stage"), s(case, "text"))
                .map(|_| ()),
            "done" => app.checklist_set_done(s(case, "item"), true),
            "note" => app.checklist_set_note(s(case, "item"), s(case, "text")),
            "remove" => app.checklist_remove(s(case, "item")),
            other => panic!("unknown op {other}"),
        };
        assert_eq!(kind_of(r).as_deref(), case["kind"].as_str(), "{case}");
    }
}
