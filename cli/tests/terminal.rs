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
    // `١٠` is the last entry of home ("Close Waymark") in Arabic (the old main menu
    // shrinks as its flows move into the app core).
    let dir = tempfile::tempdir().unwrap();
    let r = common::app_session(Some(dir.path()), &["--locale", "ar"], "١٠\n");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(&first_line_of("menu-goodbye")),
        "{}",
        r.stdout
    );
    let invalid = common::app_session(Some(dir.path()), &["--locale", "ar"], "x\n");
    let said_invalid = |out: &str| out.matches(&first_line_of_invalid()).count();
    assert_eq!(said_invalid(&r.stdout), 0, "{}", r.stdout);
    assert!(said_invalid(&invalid.stdout) > 0);
}

fn first_line_of_invalid() -> String {
    first_line_of("menu-invalid-choice")
}

fn first_line_of(id: &str) -> String {
    let r = waymark(&["--locale", "ar", "message", id], "");
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
    // 252 sessions of the shell: one thread per language, as they share nothing.
    let walk = |locale: &str| {
        let mut seen = String::new();
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
        seen
    };
    let seen: String = std::thread::scope(|s| {
        let walks: Vec<_> = LOCALES
            .iter()
            .map(|&locale| s.spawn(move || walk(locale)))
            .collect();
        walks.into_iter().map(|w| w.join().unwrap()).collect()
    });
    // The walk reached the long screens, not only the menus.
    for reached in ["What the check shows", "emergency number"] {
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
fn json_and_exports_are_never_wrapped_even_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_string_lossy().into_owned();
    let env = [
        ("WAYMARK_FORCE_TERMINAL", "1"),
        ("COLUMNS", "40"),
        ("LINES", "10"),
    ];
    let r = common::waymark_env(
        Some(dir.path()),
        &["--json", "--data-dir", &d, "modules"],
        "",
        &env,
    );
    assert_eq!(r.code, 0);
    let modules = r.json();
    assert!(modules.as_array().unwrap().len() > 3);
    assert!(r.stdout.lines().any(|l| columns(l) > 40));
}

#[test]
fn a_screen_taller_than_the_terminal_pauses_before_it_scrolls_away() {
    let dir = tempfile::tempdir().unwrap();
    // The job-offer check (home's second entry), answered "yes" throughout, no country;
    // Enter at every pause.
    let input = format!("2\n{}{}", "1\n".repeat(15), "\n".repeat(20));
    let r = on_terminal(dir.path(), "en", 100, 20, &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Press Enter"), "{}", r.stdout);
    // The report's title and headline are shown before the first pause of the report.
    let report = r
        .stdout
        .split("> ")
        .find(|s| s.contains("What the check shows"))
        .unwrap();
    let (first, _) = report.split_once("Press Enter").unwrap();
    assert!(first.contains("What the check shows"), "{first}");
    assert!(first.contains("We found"), "{first}");
    // No stretch of output between answers is taller than the terminal.
    for screen in r.stdout.split("> ") {
        let screen: Vec<_> = screen.split("Press Enter").collect();
        for part in screen {
            assert!(part.lines().count() <= 20, "{part}");
        }
    }
    // Without a terminal nothing pauses.
    let piped = common::app_session(Some(dir.path()), &["--locale", "en"], &input);
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
        // The job-offer report's "Learn more" (the app's home, second entry) uses the same title.
        let answers = format!("2\n{}q\n", "1\n".repeat(15));
        let r = common::app_session(Some(dir.path()), &["--locale", locale], &answers);
        let prefix = if locale == "en" {
            "Learn more"
        } else {
            "En savoir plus"
        };
        let learn_more: Vec<&str> = r.stdout.lines().filter(|l| l.contains(prefix)).collect();
        assert!(!learn_more.is_empty(), "{locale}: {}", r.stdout);
        assert!(
            learn_more.iter().any(|l| l.contains(&title)),
            "{locale}: {learn_more:?}"
        );
    }
}

#[test]
fn country_lists_sort_in_the_persons_alphabet() {
    // 1 = Find help, the app core's first entry.
    let r = common::app_session(None, &["--locale", "fr"], "1\nq\n");
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

/// Every subcommand path (`[]`, `["workshop"]`, `["workshop", "quiz"]`, ...) from `--help`.
fn command_paths(prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut args: Vec<&str> = prefix.iter().map(String::as_str).collect();
    args.push("--help");
    let help = waymark(&args, "").stdout;
    out.push(prefix.clone());
    let mut in_commands = false;
    for line in help.lines() {
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if in_commands {
            if !line.starts_with("  ") {
                break;
            }
            let name = line.split_whitespace().next().unwrap_or("");
            if name != "help" && !line.starts_with("   ") {
                let mut next = prefix.clone();
                next.push(name.to_owned());
                command_paths(next, out);
            }
        }
    }
}

#[test]
fn every_argument_has_a_help_description() {
    let mut paths = Vec::new();
    command_paths(vec![], &mut paths);
    assert!(paths.len() > 30, "{paths:?}");
    let mut missing = Vec::new();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = waymark(&args, "").stdout;
        let mut section = "";
        for line in help.lines() {
            if !line.starts_with(' ') {
                section = line;
                continue;
            }
            if !(section.starts_with("Arguments:") || section.starts_with("Options:")) {
                continue;
            }
            let entry = line.trim();
            let is_entry =
                entry.starts_with('-') || entry.starts_with('<') || entry.starts_with('[');
            // An entry's description follows its name after two spaces.
            if is_entry
                && line.starts_with("  ")
                && !line.starts_with("          ")
                && !entry.contains("  ")
            {
                missing.push(format!("{}: {entry}", path.join(" ")));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let help = waymark(&["--help"], "").stdout;
    assert!(help.contains("--developer"), "{help}");
}

#[test]
fn json_argument_errors_name_the_argument_and_the_possible_values() {
    let r = waymark(&["--json", "workshop", "attendance", "--count", "3"], "");
    assert_eq!(r.code, 1);
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "invalid_input");
    assert!(e["message"].as_str().unwrap().contains("--session"), "{e}");
    assert!(e["argument"].as_str().unwrap().contains("--session"), "{e}");
    let r = waymark(
        &[
            "--json",
            "workshop",
            "quiz",
            "--session",
            "x",
            "--phase",
            "z",
            "--scores",
            "1",
        ],
        "",
    );
    let e = &r.json()["error"];
    assert_eq!(
        e["possible_values"],
        serde_json::json!(["pre", "post"]),
        "{e}"
    );
    assert!(e["message"].as_str().unwrap().contains("pre, post"), "{e}");
}

#[test]
fn a_message_missing_its_argument_or_given_a_huge_number_is_an_error() {
    let r = waymark(&["message", "items-count"], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(!r.stdout.contains("{$count}") && !r.stdout.contains("{ $count }"));
    assert!(r.stderr.contains("count"), "{}", r.stderr);
    let r = waymark(
        &[
            "--json",
            "message",
            "items-count",
            "--arg",
            "count=99999999999999999999999",
        ],
        "",
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.json()["error"]["kind"], "invalid_input");
    let r = waymark(&["message", "items-count", "--arg", "count=١٢"], "");
    assert_eq!(r.stdout.trim(), "12 items");
}

#[test]
fn binary_input_says_it_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--locale", "en", "screen", "text"])
        .env("HOME", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"\x89PNG\xff\xfe\x00\x01")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not text"), "{err}");
    let help = waymark(&["screen", "text", "--help"], "").stdout;
    assert!(help.contains("200,000 bytes"), "{help}");
}

#[test]
fn a_data_folder_that_cannot_be_used_fails_reads_too() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let under_file = file.join("sub");
    for data in [
        file.as_path(),
        std::path::Path::new("/dev/null"),
        under_file.as_path(),
    ] {
        let d = data.to_string_lossy().into_owned();
        for cmd in [
            vec!["checklist", "show"],
            vec!["pin", "status"],
            vec!["learn", "progress"],
            vec!["settings", "show"],
            vec!["wipe", "--yes"],
        ] {
            let mut args = vec!["--json", "--data-dir", d.as_str()];
            args.extend(cmd.iter().copied());
            let r = common::waymark_in(Some(dir.path()), &args, "");
            assert_eq!(r.code, 1, "{d} {cmd:?}: {}", r.stdout);
            assert_eq!(r.json()["error"]["kind"], "storage", "{d} {cmd:?}");
        }
    }
    // A folder that does not exist yet is simply empty.
    let fresh = dir.path().join("new");
    let r = run_in(&fresh, &["--json", "pin", "status"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn notifications_read_without_a_double_negative() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &["--locale", "en", "settings", "notifications", "on"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let shown = run_in(dir.path(), &["--locale", "en", "settings", "show"]).stdout;
    assert!(shown.contains("Notifications: on"), "{shown}");
    assert!(!shown.contains("No notifications"), "{shown}");
    run_in(dir.path(), &["settings", "notifications", "off"]);
    let shown = run_in(dir.path(), &["--locale", "en", "settings", "show"]).stdout;
    assert!(shown.contains("Notifications: off"), "{shown}");
}

#[test]
fn content_check_without_a_folder_names_no_build_machine_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["content", "check"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("embedded content"), "{text}");
    assert!(!text.contains(env!("CARGO_MANIFEST_DIR")), "{text}");
}

#[test]
fn the_readme_says_the_build_scripts_sentence_once() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let n = readme
        .matches("`bindings/build-android` and `bindings/build-ios`. The Android and iOS")
        .count();
    assert_eq!(n, 1);
    assert!(readme.contains("200,000 bytes"));
}
