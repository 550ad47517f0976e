//! The shared screening vectors (`tests/vectors/screening.json`) through the Rust facade;
//! Python and Kotlin run the same file through the generated bindings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;

use serde_json::Value;
mod common;

use common::{app, strings};
use waymark::WaymarkError;

fn vectors() -> Value {
    common::vectors("screening.json")
}

fn answers(v: &Value) -> HashMap<String, String> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn indicator_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for case in vectors()["indicators"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let r = app
            .screen_indicators(strings(&case["observed"]), case["minor"].as_bool().unwrap())
            .unwrap();
        assert_eq!(r.risk, case["risk"].as_str().unwrap(), "{name}");
        assert_eq!(
            r.trafficking_indicated,
            case["trafficking_indicated"].as_bool().unwrap(),
            "{name}"
        );
        let positive: Vec<String> = r
            .dimensions
            .iter()
            .filter(|d| d.positive)
            .map(|d| d.id.clone())
            .collect();
        assert_eq!(positive, strings(&case["positive"]), "{name}");
        assert_eq!(r.dimensions.len(), 6);
    }
}

#[test]
fn answer_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for case in vectors()["answers"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let r = app
            .screen_answer(
                case["kind"].as_str().unwrap().into(),
                answers(&case["answers"]),
                None,
            )
            .unwrap();
        assert_eq!(r.risk, case["risk"].as_str().unwrap(), "{name}");
        assert_eq!(
            r.trafficking_indicated,
            case["trafficking_indicated"].as_bool().unwrap(),
            "{name}"
        );
        let signals: Vec<String> = r.signals.iter().map(|s| s.id.clone()).collect();
        assert_eq!(signals, strings(&case["signals"]), "{name}");
        let find_out: Vec<String> = r.find_out.iter().map(|f| f.id.clone()).collect();
        assert_eq!(find_out, strings(&case["find_out"]), "{name}");
        for s in &r.signals {
            assert!(!s.title.is_empty() && !s.explanation.is_empty() && !s.next_step.is_empty());
        }
        assert!(
            r.headline
                .contains("common in trafficking and forced labour")
                || r.risk == "low",
            "{name}"
        );
    }
}

#[test]
fn text_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for case in vectors()["text"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        app.set_locales(vec![case["locale"].as_str().unwrap().into()])
            .unwrap();
        let text = case["text"].as_str().unwrap();
        let r = app.screen_text(text.into()).unwrap();
        let got: Vec<(String, String)> = r
            .flags
            .iter()
            .map(|f| (f.id.clone(), f.excerpt.clone()))
            .collect();
        let want: Vec<(String, String)> = case["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
            .collect();
        assert_eq!(got, want, "{name}");
        assert_eq!(r.risk, case["risk"].as_str().unwrap(), "{name}");
        for f in &r.flags {
            assert_eq!(&text[f.start as usize..f.end as usize], f.excerpt, "{name}");
            assert!(!f.indicators.is_empty());
            // Each sign says what it means and what to do next, like the report's signals.
            assert!(
                !f.explanation.is_empty() && !f.next_step.is_empty(),
                "{name}"
            );
            assert_ne!(f.next_step, f.title, "{name}");
        }
    }
}

#[test]
fn error_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for case in vectors()["errors"].as_array().unwrap() {
        let err: WaymarkError = match case["call"].as_str().unwrap() {
            "indicators" => app
                .screen_indicators(strings(&case["observed"]), false)
                .unwrap_err(),
            "questions" => app
                .screen_questions(case["questionnaire"].as_str().unwrap().into())
                .unwrap_err(),
            "answer" => app
                .screen_answer(
                    case["questionnaire"].as_str().unwrap().into(),
                    answers(&case["answers"]),
                    case["country"].as_str().map(str::to_owned),
                )
                .unwrap_err(),
            other => panic!("unknown call {other}"),
        };
        assert_eq!(
            err.kind().as_str(),
            case["kind"].as_str().unwrap(),
            "{case}"
        );
    }
}
