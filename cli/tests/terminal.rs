//! The terminal shell as a person meets it (issue 17): no stray direction marks, digits in
//! any script, long screens that fit the terminal, scriptable commands that say what is
//! wrong.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::waymark;

const LOCALES: [&str; 7] = ["en", "fr", "ht", "es", "pt", "sw", "ar"];

fn has_marks(text: &str) -> bool {
    text.contains(['\u{2068}', '\u{2069}'])
}

#[test]
fn left_to_right_output_carries_no_direction_marks() {
    for locale in ["en", "fr", "ht", "es", "pt", "sw"] {
        let r = waymark(
            &[
                "--locale",
                locale,
                "message",
                "items-count",
                "--arg",
                "count=12",
            ],
            "",
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!has_marks(&r.stdout), "{locale}: {:?}", r.stdout);
        let r = waymark(&["--locale", locale, "modules"], "");
        assert!(!has_marks(&r.stdout), "{locale}: {:?}", r.stdout);
    }
    // Arabic text inside an English message is still isolated.
    let r = waymark(
        &[
            "message",
            "menu-current-language",
            "--arg",
            "language=العربية",
        ],
        "",
    );
    assert_eq!(r.stdout.trim(), "Language: \u{2068}العربية\u{2069}");
}

#[test]
fn arabic_terminal_output_still_isolates_latin_and_numbers() {
    let r = waymark(
        &[
            "--locale",
            "ar",
            "message",
            "menu-current-language",
            "--arg",
            "language=English",
        ],
        "",
    );
    assert!(
        r.stdout.contains("\u{2068}English\u{2069}"),
        "{:?}",
        r.stdout
    );
}

#[test]
fn json_output_never_carries_direction_marks() {
    for locale in LOCALES {
        for args in [
            vec!["message", "items-count", "--arg", "count=3"],
            vec![
                "message",
                "menu-current-language",
                "--arg",
                "language=English",
            ],
            vec!["modules"],
            vec!["learn", "tracks"],
        ] {
            let mut all = vec!["--json", "--locale", locale];
            all.extend(args.iter().copied());
            let r = waymark(&all, "");
            assert!(!has_marks(&r.stdout), "{locale} {args:?}: {:?}", r.stdout);
        }
        // Errors too.
        let r = waymark(
            &["--json", "--locale", locale, "module", "no-such-module"],
            "",
        );
        assert_eq!(r.code, 1);
        assert!(!has_marks(&r.stdout), "{locale}: {:?}", r.stdout);
    }
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> common::Run {
    let d = dir.to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", d.as_str()];
    all.extend_from_slice(args);
    common::waymark_in(Some(dir), &all, "")
}

fn start_session(dir: &std::path::Path) -> String {
    let r = run_in(
        dir,
        &["--json", "workshop", "start", "--plan", "migrants_45"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json()["session"].as_str().unwrap().to_owned()
}

#[test]
fn counts_are_typed_in_any_script_and_bounded_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let session = start_session(dir.path());
    let s = session.as_str();
    let r = run_in(
        dir.path(),
        &[
            "--json",
            "workshop",
            "attendance",
            "--session",
            s,
            "--count",
            "١٢",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["participants"], 12);
    // Not a number: says what to type, not "invalid digit found in string".
    let r = run_in(
        dir.path(),
        &[
            "workshop",
            "attendance",
            "--session",
            s,
            "--count",
            "twelve",
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("whole number"), "{}", r.stderr);
    assert!(!r.stderr.contains("invalid digit"), "{}", r.stderr);
    // Huge numbers, whether they fit in 32 bits or not, get the same answer.
    let mut messages = Vec::new();
    for n in ["4294967295", "99999999999"] {
        let r = run_in(
            dir.path(),
            &[
                "--json",
                "workshop",
                "attendance",
                "--session",
                s,
                "--count",
                n,
            ],
        );
        assert_eq!(r.code, 1, "{n}: {}", r.stdout);
        assert_eq!(r.json()["error"]["kind"], "invalid_input");
        messages.push(r.json()["error"]["message"].clone());
    }
    assert_eq!(messages[0], messages[1]);
    assert!(messages[0].as_str().unwrap().contains("1000000"));
    // Scores in Arabic digits with the Arabic comma; never more scores than people.
    let r = run_in(
        dir.path(),
        &["workshop", "attendance", "--session", s, "--count", "2"],
    );
    assert_eq!(r.code, 0);
    let r = run_in(
        dir.path(),
        &[
            "--json",
            "workshop",
            "quiz",
            "--session",
            s,
            "--phase",
            "pre",
            "--scores",
            "٣،٤",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["pre_responses"], 2);
    assert_eq!(r.json()["pre_mean_pct"], 70.0);
    let r = run_in(
        dir.path(),
        &[
            "workshop",
            "quiz",
            "--session",
            s,
            "--phase",
            "post",
            "--scores",
            "1,2,3",
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("more scores than people"), "{}", r.stderr);
}

#[test]
fn menu_choices_accept_arabic_digits() {
    // `٩` is the last entry of the main menu ("Close Waymark") in Arabic.
    let dir = tempfile::tempdir().unwrap();
    let r = common::waymark_in(Some(dir.path()), &["--locale", "ar"], "٩\n");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let invalid = common::waymark_in(Some(dir.path()), &["--locale", "ar"], "x\n");
    let said_invalid = |out: &str| out.matches(&first_line_of_invalid()).count();
    assert_eq!(said_invalid(&r.stdout), 0, "{}", r.stdout);
    assert!(said_invalid(&invalid.stdout) > 0);
}

fn first_line_of_invalid() -> String {
    let r = waymark(&["--locale", "ar", "message", "menu-invalid-choice"], "");
    r.stdout.trim().to_owned()
}

#[test]
fn workshop_export_follows_json_and_writes_files_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let session = start_session(dir.path());
    let r = run_in(
        dir.path(),
        &[
            "workshop",
            "attendance",
            "--session",
            &session,
            "--count",
            "5",
        ],
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        run_in(dir.path(), &["workshop", "end", "--session", &session]).code,
        0
    );
    let r = run_in(dir.path(), &["--json", "workshop", "export"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.json()[0]["participants"], 5);
    let file = dir.path().join("summary.csv");
    let f = file.to_string_lossy().into_owned();
    let r = run_in(dir.path(), &["workshop", "export", "--output", &f]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.starts_with("date,") || written.contains(','),
        "{written}"
    );
    // Never over an existing file without --force; the file is untouched.
    std::fs::write(&file, "keep").unwrap();
    let r = run_in(dir.path(), &["workshop", "export", "--output", &f]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    let r = run_in(
        dir.path(),
        &[
            "workshop", "export", "--format", "json", "--output", &f, "--force",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v[0]["participants"], 5);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// Display columns, as a terminal counts them: combining marks, direction marks and
/// control characters take none.
fn columns(line: &str) -> usize {
    line.chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(*c as u32,
                    0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A
                    | 0x061C | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
                    | 0x06E7..=0x06E8 | 0x06EA..=0x06ED | 0x200B..=0x200F | 0x202A..=0x202E
                    | 0x2060..=0x2069 | 0xFE00..=0xFE0F | 0xFEFF)
        })
        .count()
}

fn on_terminal(
    dir: &std::path::Path,
    locale: &str,
    cols: usize,
    rows: usize,
    input: &str,
) -> common::Run {
    let d = dir.to_string_lossy().into_owned();
    let (c, r) = (cols.to_string(), rows.to_string());
    common::waymark_env(
        Some(dir),
        &["--data-dir", &d, "--locale", locale],
        input,
        &[
            ("WAYMARK_FORCE_TERMINAL", "1"),
            ("COLUMNS", &c),
            ("LINES", &r),
        ],
    )
}

#[test]
fn every_menu_and_report_fits_40_and_100_columns_in_every_language() {
    let mut seen = String::new();
    for locale in LOCALES {
        for cols in [40, 100] {
            // Each main-menu entry, then the first (or second) choice again and again:
            // through the questions to the reports, the help list, lessons and lists.
            for entry in 1..=9 {
                for answer in ["1", "2"] {
                    let dir = tempfile::tempdir().unwrap();
                    // An empty line between answers skips the optional questions (the
                    // country) and is only an invalid choice elsewhere.
                    let input = format!("{entry}\n{}", format!("{answer}\n\n").repeat(25));
                    let r = on_terminal(dir.path(), locale, cols, 100_000, &input);
                    assert_eq!(r.code, 0, "{locale} {entry}: {}", r.stderr);
                    for line in r.stdout.lines() {
                        assert!(
                            columns(line) <= cols,
                            "{locale}, {cols} columns, menu {entry}: {line:?}"
                        );
                    }
                    if locale != "ar" {
                        assert!(!has_marks(&r.stdout), "{locale} {entry}: {}", r.stdout);
                    }
                    seen.push_str(&r.stdout);
                }
            }
        }
    }
    // The walk reached the long screens, not only the menus.
    for reached in [
        "What the check shows",
        "emergency number",
        "Choose a module",
    ] {
        assert!(seen.contains(reached), "{reached}");
    }
}

#[test]
fn words_are_not_broken_and_scripts_get_whole_lines() {
    let dir = tempfile::tempdir().unwrap();
    let r = on_terminal(dir.path(), "en", 40, 1000, "q\n");
    assert!(!r.stdout.contains("Waymar\n"), "{}", r.stdout);
    // The same session through a pipe (no terminal): lines are as long as the text.
    let piped = common::waymark_in(Some(dir.path()), &["--locale", "en"], "q\n");
    assert!(
        piped.stdout.lines().any(|l| columns(l) > 40),
        "{}",
        piped.stdout
    );
}

#[test]
fn a_screen_taller_than_the_terminal_pauses_before_it_scrolls_away() {
    let dir = tempfile::tempdir().unwrap();
    // The job-offer check, answered "yes" throughout, no country; Enter at every pause.
    let entry = common::menu("Check a job offer or my situation");
    let input = format!("{entry}\n1\n{}\n{}", "1\n".repeat(15), "\n".repeat(20));
    let r = on_terminal(dir.path(), "en", 100, 20, &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Press Enter"), "{}", r.stdout);
    // The report's headline is shown before the first pause of the report.
    let report = r.stdout.rsplit("or press Enter to skip.").next().unwrap();
    let (first, _) = report.split_once("Press Enter").unwrap();
    assert!(first.contains("What the check shows"), "{first}");
    // No stretch of output between answers is taller than the terminal.
    for screen in r.stdout.split("> ") {
        let screen: Vec<_> = screen.split("Press Enter").collect();
        for part in screen {
            assert!(part.lines().count() <= 20, "{part}");
        }
    }
    // Without a terminal nothing pauses.
    let piped = common::waymark_in(Some(dir.path()), &["--locale", "en"], &input);
    assert!(!piped.stdout.contains("Press Enter"));
}

#[test]
fn progress_and_learn_more_name_modules_by_their_titles() {
    let dir = tempfile::tempdir().unwrap();
    for locale in ["en", "fr"] {
        let r = run_in(
            dir.path(),
            &["--locale", locale, "learn", "seen", "safe_migration", "l1"],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let titles = run_in(dir.path(), &["--json", "--locale", locale, "modules"]).json();
        let title = titles
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == "safe_migration")
            .unwrap()["title"]
            .as_str()
            .unwrap()
            .to_owned();
        let r = run_in(dir.path(), &["--locale", locale, "learn", "progress"]);
        assert!(r.stdout.contains(&title), "{locale}: {}", r.stdout);
        assert!(!r.stdout.contains("safe_migration"), "{}", r.stdout);
        // The job-offer report's "Learn more" uses the same title.
        let entry = common::menu("Check a job offer or my situation");
        let answers = format!("{entry}\n1\n{}\nq\n", "1\n".repeat(15));
        let r = common::waymark_in(Some(dir.path()), &["--locale", locale], &answers);
        let prefix = if locale == "en" {
            "Learn more"
        } else {
            "En savoir plus"
        };
        let learn_more: Vec<&str> = r
            .stdout
            .lines()
            .filter(|l| l.trim_start().starts_with(prefix))
            .collect();
        assert!(!learn_more.is_empty(), "{locale}: {}", r.stdout);
        assert!(
            learn_more.iter().any(|l| l.contains(&title)),
            "{locale}: {learn_more:?}"
        );
    }
}

#[test]
fn country_lists_sort_in_the_persons_alphabet() {
    let entry = common::menu("Find help");
    let r = waymark(&["--locale", "fr"], &format!("{entry}\nq\n"));
    let names: Vec<String> = r
        .stdout
        .lines()
        .filter_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            n.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| rest.to_owned())
        })
        .collect();
    let etats = names
        .iter()
        .position(|n| n == "États-Unis")
        .expect("États-Unis");
    let trinite = names.iter().position(|n| n.starts_with("Trinité")).unwrap();
    let ethiopie = names.iter().position(|n| n == "Éthiopie").unwrap();
    let ghana = names.iter().position(|n| n == "Ghana").unwrap();
    assert!(
        etats < ethiopie && ethiopie < ghana && ghana < trinite,
        "{names:?}"
    );
}
