//! The promise of the self-check: nothing a person types or answers is written anywhere.
//! Every screening command (scripted, `--json` and interactive) runs with a fresh data
//! folder and `HOME`/`TMPDIR` inside one temporary folder (the interactive ones in the app
//! core's session); afterwards that folder holds no file at all, and with a vault already
//! there, not one byte of it changed. Mirrors the directory's
//! `a_query_writes_nothing_to_the_data_folder` in `bindings/tests/directory.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::{Run, assert_nowhere, files_under, waymark_env};

/// Typed text no content contains, so finding it anywhere means it was written.
const TYPED: &str = "Zorblax7731";

/// A temporary home: `home/` (HOME), `home/data` (`--data-dir`), `home/tmp` (TMPDIR).
struct Home(tempfile::TempDir);

impl Home {
    fn new() -> Self {
        let home = Home(tempfile::tempdir().unwrap());
        std::fs::create_dir(home.tmp()).unwrap();
        home
    }

    fn data(&self) -> PathBuf {
        self.0.path().join("data")
    }

    fn tmp(&self) -> PathBuf {
        self.0.path().join("tmp")
    }

    fn run(&self, args: &[&str], stdin: &str) -> Run {
        let data = self.data().to_string_lossy().into_owned();
        let tmp = self.tmp().to_string_lossy().into_owned();
        let mut all = vec!["--data-dir", &data, "--locale", "en"];
        all.extend_from_slice(args);
        waymark_env(Some(self.0.path()), &all, stdin, &[("TMPDIR", &tmp)])
    }

    /// A session of the app core's terminal renderer in this home.
    fn app(&self, stdin: &str) -> Run {
        let data = self.data().to_string_lossy().into_owned();
        let tmp = self.tmp().to_string_lossy().into_owned();
        waymark_env(
            Some(self.0.path()),
            &["--data-dir", &data, "--locale", "en"],
            stdin,
            &[("TMPDIR", &tmp)],
        )
    }

    /// The number of an entry of the app's home screen, read from this home's own session.
    fn entry(&self, label: &str) -> String {
        let run = self.app("q\n");
        run.stdout
            .lines()
            .find_map(|l| {
                let (n, rest) = l.trim().split_once(". ")?;
                (rest == label).then(|| n.to_owned())
            })
            .unwrap_or_else(|| panic!("no {label:?} in {}", run.stdout))
    }

    /// Every file under the home with its bytes and modification time.
    fn snapshot(&self) -> BTreeMap<PathBuf, (Vec<u8>, Option<std::time::SystemTime>)> {
        files_under(self.0.path())
            .into_iter()
            .map(|(p, bytes)| {
                let modified = std::fs::metadata(&p).unwrap().modified().ok();
                (p, (bytes, modified))
            })
            .collect()
    }
}

/// Runs every screening command, scripted and interactive, each with `TYPED` in its input.
fn screen_everything(home: &Home) {
    let text = format!("{TYPED}: pay the recruitment fee and send your passport to us.");
    let answers = format!(
        r#"{{"answers":{{"under_18":"no","pay_fee":"yes"}},"country":"KE","note":"{TYPED}"}}"#
    );
    let job_answers =
        r#"{"answers":{"under_18":"no","pay_fee":"yes","loan":"yes"},"country":"KE"}"#;
    let situation_answers = r#"{"answers":{"under_18":"no","passport_kept":"yes"},"country":"KE"}"#;
    let unknown_answer = format!(r#"{{"answers":{{"{TYPED}":"yes"}}}}"#);
    let indicators = r#"{"observed":["coercion_at_destination.debt_bondage"],"minor":false}"#;
    let bad_indicator = format!(r#"{{"observed":["{TYPED}"]}}"#);
    for json in [&[][..], &["--json"][..]] {
        let with = |args: &[&'static str]| -> Vec<&'static str> { [json, args].concat() };
        // Scripted commands: (arguments, stdin, succeeds).
        let cases: Vec<(Vec<&str>, &str, bool)> = vec![
            (with(&["screen", "text"]), &text, true),
            (with(&["screen", "text"]), "", true),
            (
                with(&["screen", "questions", "--kind", "job_offer"]),
                "",
                true,
            ),
            (
                with(&["screen", "questions", "--kind", "my_situation"]),
                "",
                true,
            ),
            (
                with(&["screen", "answer", "--kind", "job_offer"]),
                job_answers,
                true,
            ),
            (
                with(&[
                    "screen",
                    "answer",
                    "--kind",
                    "my_situation",
                    "--country",
                    "PH",
                ]),
                situation_answers,
                true,
            ),
            // Refused input: an unknown field, question or indicator, or a bad country.
            (
                with(&["screen", "answer", "--kind", "job_offer"]),
                &answers,
                false,
            ),
            (
                with(&["screen", "answer", "--kind", "job_offer"]),
                &unknown_answer,
                false,
            ),
            (
                with(&[
                    "screen",
                    "answer",
                    "--kind",
                    "job_offer",
                    "--country",
                    TYPED,
                ]),
                job_answers,
                false,
            ),
            (with(&["screen", "indicators"]), indicators, true),
            (with(&["screen", "indicators"]), &bad_indicator, false),
        ];
        for (args, stdin, succeeds) in cases {
            let run = home.run(&args, stdin);
            assert_eq!(
                run.code == 0,
                succeeds,
                "{args:?}: {}{}",
                run.stdout,
                run.stderr
            );
            assert_ne!(run.code, 101, "{args:?}: {}", run.stderr);
            if !succeeds {
                // An error never quotes what was typed.
                assert!(
                    !run.stdout.contains(TYPED) && !run.stderr.contains(TYPED),
                    "{args:?} echoed the input: {}{}",
                    run.stdout,
                    run.stderr
                );
            }
        }
    }

    // The app's session: the job-offer check with a typed country (wrong first, on the
    // report's country list: 1), the situation check, the pasted text, and a quick exit in
    // the middle of a check.
    let job = home.entry("A job offer (before I leave)");
    let situation = home.entry("My situation (I am already travelling or working)");
    let paste = home.entry("Paste the text of a job advert or message");
    let mut input = format!("{job}\n2\n");
    input.push_str(&"1\n".repeat(14));
    input.push_str(&format!("1\n{TYPED}\nke\nq\n"));
    let run = home.app(&input);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = common::plain(&run.stdout);
    assert!(out.contains("Where to get help"), "{out}");
    assert!(
        out.contains("We do not know a country by that name"),
        "{out}"
    );
    assert!(out.contains("1195"), "{out}");

    let mut input = format!("{situation}\n2\n");
    input.push_str(&"1\n".repeat(19));
    input.push_str(&format!("1\n{TYPED}\nph\nq\n"));
    let run = home.app(&input);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        common::plain(&run.stdout).contains("What the check shows"),
        "{}",
        run.stdout
    );

    let run = home.app(&format!("{paste}\n{text}\n\nq\n"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        common::plain(&run.stdout).contains("Warning signs found in the text"),
        "{}",
        run.stdout
    );

    let run = home.app(&format!("{job}\n2\n1\nq\n"));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn screening_writes_nothing_to_a_fresh_data_folder_or_home() {
    let home = Home::new();
    screen_everything(&home);
    let data = home.data();
    assert!(
        !data.exists() || std::fs::read_dir(&data).unwrap().next().is_none(),
        "the data folder holds {:?}",
        files_under(&data)
    );
    let written: Vec<PathBuf> = files_under(home.0.path())
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert!(written.is_empty(), "files written: {written:?}");
    assert_nowhere(home.0.path(), TYPED.as_bytes());
}

#[test]
fn screening_leaves_an_existing_vault_untouched() {
    let home = Home::new();
    let run = home.run(
        &["checklist", "add", "--stage", "on_arrival", "Warm clothes"],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = home.snapshot();
    assert!(!before.is_empty(), "the vault exists");
    screen_everything(&home);
    let after = home.snapshot();
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "files added or removed"
    );
    for (path, (bytes, modified)) in &before {
        let (now, now_modified) = &after[path];
        assert!(bytes == now, "{} changed", path.display());
        assert_eq!(modified, now_modified, "{} rewritten", path.display());
    }
    assert_nowhere(home.0.path(), TYPED.as_bytes());
}
