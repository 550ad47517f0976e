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
