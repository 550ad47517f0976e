//! The FFI string inputs as a fuzz target: what a shell passes through UniFFI (language
//! tags, message ids and arguments, find-help query fields, checklist text) taken from
//! arbitrary bytes. Shared by `fuzz/fuzz_targets/ffi_strings.rs` and the corpus replay in
//! `bindings/tests/fuzz_corpus.rs`. Every call must return a value or a `WaymarkError`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use waymark::{FileKeyStore, HelpQuery, MessageArg, Waymark, WaymarkConfig};

fn app() -> &'static Arc<Waymark> {
    static APP: OnceLock<Arc<Waymark>> = OnceLock::new();
    APP.get_or_init(|| {
        // Kept for the process's life (a fuzz run or one test binary), then left in /tmp.
        let dir = tempfile::tempdir().unwrap().keep();
        let config = WaymarkConfig {
            preferred_locales: vec!["en".into()],
            data_dir: dir.join("data").to_string_lossy().into_owned(),
            content_dir: None,
            developer_mode: true,
            developer_pack_key: None,
        };
        let keys = FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned());
        Waymark::new(config, keys).unwrap()
    })
}

fn number(s: &str) -> Option<f64> {
    s.trim().parse().ok()
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// Input: a flags byte (find-help filters, whether to use the checklist), then lines:
/// line 0 a message id, line 1 a comma-separated tag list, lines 2.. argument values and
/// query fields (see the `at(n)` calls).
pub fn ffi_strings(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let f: Vec<&str> = text.split('\n').collect();
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    let tags: Vec<String> = at(1).split(',').map(str::to_owned).collect();
    let w = app();

    let _ = w.resolve_locales(tags.clone());
    let args = vec![
        MessageArg::Text {
            name: at(2).to_owned(),
            value: at(3).to_owned(),
        },
        MessageArg::Number {
            name: "count".to_owned(),
            value: number(at(4)).unwrap_or(f64::NAN),
        },
        MessageArg::Number {
            name: at(2).to_owned(),
            value: number(at(3)).unwrap_or(f64::INFINITY),
        },
    ];
    let _ = w.message(at(0).to_owned(), args.clone());
    let _ = w.message_in(at(0).to_owned(), tags.clone(), args);

    let query = HelpQuery {
        country: opt(at(5)),
        region: opt(at(6)),
        // Reuses the language and audience lines: any text must be refused calmly.
        from: opt(at(9)),
        today: opt(at(8)),
        needs: at(7)
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        language: opt(at(8)),
        audience: opt(at(9)),
        no_immigration_reporting: flags & 1 != 0,
        anonymous: flags & 2 != 0,
        no_id: flags & 4 != 0,
        danger_now: flags & 8 != 0,
        latitude: number(at(10)),
        longitude: number(at(11)),
    };
    let _ = w.find_help(query);

    // Screening: a kind, answers as `id=answer` on lines 18.., pasted text on line 3.
    let answers: HashMap<String, String> = f
        .iter()
        .skip(18)
        .filter_map(|l| l.split_once('='))
        .map(|(q, a)| (q.to_owned(), a.to_owned()))
        .collect();
    for kind in ["job_offer", "my_situation", at(2)] {
        let _ = w.screen_questions(kind.to_owned());
        let _ = w.screen_answer(kind.to_owned(), answers.clone(), opt(at(5)));
    }
    let _ = w.screen_text(at(3).to_owned());
    let _ = w.screen_indicators(
        f.iter().skip(18).map(|s| (*s).to_owned()).collect(),
        flags & 64 != 0,
    );

    // Learning and workshops (read-only calls): ids, audience, region from lines 2, 5, 6, 9.
    let _ = w.learn_modules(opt(at(9)));
    let _ = w.learn_module(at(2).to_owned(), opt(at(6)));
    let _ = w.workshop_plan(at(2).to_owned());
    let _ = w.workshop_present(at(2).to_owned(), u32::from(flags));

    let _ = w.set_search_text(opt(at(12)));
    let _ = w.set_current_screen(opt(at(13)));
    let _ = w.screen_state();
    let _ = w.set_disguise(at(14).to_owned());
    if flags & 16 != 0 {
        // Through the vault (no PIN, so no key stretching): text a person types.
        if let Ok(id) = w.checklist_add(at(15).to_owned(), at(16).to_owned()) {
            let _ = w.checklist_set_note(id.clone(), at(17).to_owned());
            let _ = w.checklist_set_done(id.clone(), flags & 32 != 0);
            let _ = w.checklist_remove(id);
        }
        let _ = w.checklist_set_note(at(16).to_owned(), at(17).to_owned());
        let _ = w.checklist();
    }
}
