//! The shared vectors in `tests/vectors/`, through the Rust facade (Python and Kotlin run
//! the same files through the generated bindings).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use serde_json::Value;
use waymark::{FileKeyStore, MessageArg, Waymark, WaymarkConfig};

fn vectors(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn app(dir: &std::path::Path) -> Arc<Waymark> {
    let config = WaymarkConfig {
        preferred_locales: vec!["en".into()],
        data_dir: dir.join("data").to_string_lossy().into_owned(),
        content_dir: None,
        developer_mode: false,
    };
    Waymark::new(
        config,
        FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned()),
    )
    .unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

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
        let r = app.resolve_locales(strings(&case["tags"]));
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
