//! `waymark modules`, `waymark module`, `waymark learn`.
mod common;

use common::{plain, waymark};

#[test]
fn modules_lists_the_audience_track_with_stable_fields() {
    let run = waymark(
        &[
            "modules",
            "--audience",
            "students",
            "--locale",
            "en",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = run.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 4);
    for m in list {
        let keys: Vec<_> = m.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["audiences", "id", "lessons", "summary", "title"]);
        assert!(
            m["audiences"]
                .as_array()
                .unwrap()
                .contains(&"students".into())
        );
    }
    let all = waymark(&["modules", "--locale", "fr", "--json"], "").json();
    assert_eq!(all.as_array().unwrap().len(), 7);
    assert_eq!(all[0]["title"], "La traite et le trafic de migrants");
}

#[test]
fn module_has_lessons_a_regional_scenario_and_a_quiz() {
    let run = waymark(
        &[
            "module",
            "how_recruiters_lie",
            "--locale",
            "en",
            "--region",
            "GH",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = run.json();
    assert_eq!(m["id"], "how_recruiters_lie");
    assert!(m["lessons"].as_array().unwrap().len() >= 3);
    for key in ["id", "title", "body"] {
        assert!(m["lessons"][0][key].is_string());
    }
    assert_eq!(m["scenario"]["id"], "gh");
    assert_eq!(m["scenario"]["region"], "GH");
    assert!(plain(m["scenario"]["body"].as_str().unwrap()).contains("Kumasi"));
    let q = &m["quiz"][0];
    for key in ["id", "prompt", "choices", "answer", "explanation"] {
        assert!(!q[key].is_null(), "{key}");
    }
    assert!(q["choices"][0]["id"].is_string() && q["choices"][0]["text"].is_string());

    // The language's region picks its country's story, then its macro-region's; an
    // unknown region falls back to the general story.
    let jm = waymark(
        &["module", "warning_signs", "--locale", "en-JM", "--json"],
        "",
    )
    .json();
    assert_eq!(jm["scenario"]["id"], "jm");
    let ht = waymark(&["module", "getting_help", "--region", "HT", "--json"], "").json();
    assert_eq!(ht["scenario"]["id"], "ht");
    assert!(plain(ht["scenario"]["body"].as_str().unwrap()).contains("Santo Domingo"));
    let bs = waymark(&["module", "getting_help", "--region", "BS", "--json"], "").json();
    assert_eq!(bs["scenario"]["id"], "jm");
    let cm = waymark(
        &["module", "warning_signs", "--locale", "fr-CM", "--json"],
        "",
    )
    .json();
    assert_eq!(cm["scenario"]["id"], "general");
    assert_eq!(cm["scenario"]["region"], "general");
}

#[test]
fn plain_output_shows_the_review_note_for_draft_locales() {
    let fr = waymark(&["module", "getting_help", "--locale", "fr"], "");
    assert_eq!(fr.code, 0);
    assert!(fr.stdout.contains("en cours de relecture"));
    let en = waymark(&["module", "getting_help", "--locale", "en"], "");
    assert!(!en.stdout.contains("being reviewed"));
    assert!(en.stdout.contains("Key points"));
}

#[test]
fn bad_module_input_is_a_clear_error() {
    let run = waymark(&["module", "nope", "--locale", "en", "--json"], "");
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["error"]["kind"], "not_found");
    let run = waymark(
        &["module", "getting_help", "--region", "Kingston", "--json"],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    let run = waymark(
        &[
            "modules",
            "--audience",
            "adults",
            "--locale",
            "fr",
            "--json",
        ],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
    assert!(
        run.json()["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Choisissez")
    );
    let run = waymark(
        &[
            "learn",
            "quiz",
            "getting_help",
            "--answers",
            "a,b",
            "--json",
        ],
        "",
    );
    assert_eq!(run.json()["error"]["kind"], "invalid_input");
}

#[test]
fn a_quiz_is_scored_with_explanations() {
    let run = waymark(
        &[
            "learn",
            "quiz",
            "getting_help",
            "--answers",
            "b,b,a,b,a",
            "--json",
        ],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let r = run.json();
    assert_eq!(r["score"], 4);
    assert_eq!(r["total"], 5);
    assert_eq!(r["questions"][4]["correct"], false);
    assert_eq!(r["questions"][4]["answer"], "b");
    assert!(r["questions"][4]["explanation"].as_str().unwrap().len() > 10);
}

#[test]
fn the_interactive_learn_menu_runs_a_quiz() {
    // Learn → Students → first module → Quiz → answer 2 (b) five times → q.
    let learn = common::menu("Learn");
    let input = format!("{learn}\n2\n1\n3\n2\n2\n2\n2\n2\nq\n");
    let run = waymark(&["--locale", "en"], &input);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = plain(&run.stdout);
    assert!(out.contains("Question 1 of 5"), "{out}");
    assert!(out.contains("You got 4 out of 5."), "{out}");
}
