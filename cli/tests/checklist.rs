//! The safe-migration checklist through the terminal shell.

mod common;

use common::{assert_nowhere, files_under, waymark_env};

fn run(dir: &std::path::Path, args: &[&str]) -> common::Run {
    let d = dir.to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", &d];
    all.extend_from_slice(args);
    waymark_env(None, &all, "", &[])
}

#[test]
fn show_lists_four_stages_with_stable_fields() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["checklist", "show", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = r.json();
    let stages = v["stages"].as_array().unwrap();
    let ids: Vec<_> = stages.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "before_you_go",
            "on_the_journey",
            "on_arrival",
            "if_things_go_wrong"
        ]
    );
    let item = &stages[0]["items"][0];
    for field in ["id", "title", "done", "custom", "note"] {
        assert!(item.get(field).is_some(), "missing {field}");
    }
    assert_eq!(item["id"], "verify_recruiter");
    assert_eq!(item["done"], false);
    assert_eq!(item["custom"], false);
    assert!(item["note"].is_null());
    assert_eq!(item["module"], "how_recruiters_lie");
    assert_eq!(stages[0]["title"], "Before you go");
    let fr = run(
        dir.path(),
        &["checklist", "show", "--json", "--locale", "fr"],
    )
    .json();
    assert_eq!(fr["stages"][0]["title"], "Avant de partir");
}

#[test]
fn ticks_own_items_and_notes_are_saved_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "checklist",
            "add",
            "--stage",
            "on_arrival",
            "Find the Kenyan church on Elm",
            "--json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    let id = r.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(
        run(dir.path(), &["checklist", "done", &id, "--json"]).code,
        0
    );
    assert_eq!(
        run(dir.path(), &["checklist", "done", "verify_recruiter"]).code,
        0
    );
    let r = run(
        dir.path(),
        &[
            "checklist",
            "note",
            "copy_documents",
            "copies under Aunt Grace's mattress",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);

    let v = run(dir.path(), &["checklist", "show", "--json"]).json();
    let items: Vec<&serde_json::Value> = v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap())
        .collect();
    let find = |id: &str| *items.iter().find(|i| i["id"] == id).unwrap();
    assert_eq!(find(&id)["custom"], true);
    assert_eq!(find(&id)["done"], true);
    assert_eq!(find(&id)["title"], "Find the Kenyan church on Elm");
    assert_eq!(find("verify_recruiter")["done"], true);
    assert_eq!(
        find("copy_documents")["note"],
        "copies under Aunt Grace's mattress"
    );

    // Nothing readable in any file of the data folder (vault, WAL, key files).
    assert!(!files_under(dir.path()).is_empty());
    for needle in [
        "Kenyan church",
        "Aunt Grace",
        "copy_documents",
        "verify_recruiter",
        "checklist",
    ] {
        assert_nowhere(dir.path(), needle.as_bytes());
    }

    assert_eq!(
        run(dir.path(), &["checklist", "remove", &id, "--json"]).code,
        0
    );
    let v = run(dir.path(), &["checklist", "show", "--json"]).json();
    assert!(!v.to_string().contains(&id));
}

#[test]
fn mistakes_get_stable_error_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let kind = |args: &[&str]| {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 1);
        r.json()["error"]["kind"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        kind(&["checklist", "add", "--stage", "nowhere", "x", "--json"]),
        "invalid_input"
    );
    assert_eq!(
        kind(&["checklist", "add", "--stage", "on_arrival", "  ", "--json"]),
        "invalid_input"
    );
    assert_eq!(
        kind(&["checklist", "done", "no_such_item", "--json"]),
        "not_found"
    );
    assert_eq!(
        kind(&["checklist", "remove", "verify_recruiter", "--json"]),
        "invalid_input"
    );
    let r = run(dir.path(), &["checklist", "remove", "verify_recruiter"]);
    assert!(
        r.stderr
            .contains("Only items you added yourself can be removed."),
        "{}",
        r.stderr
    );
}
