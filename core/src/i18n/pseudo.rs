//! Pseudo-locales for testing layouts, generated from the `en` messages at run time:
//! `en-XA` (accented, about 40% longer) finds clipped and hard-coded text; `ar-XB`
//! (right-to-left, mirrored) finds layouts that break in Arabic. Shown only in developer mode.

use std::borrow::Cow;

use crate::content::Direction;

pub struct Pseudo {
    pub id: &'static str,
    pub direction: Direction,
    pub transform: fn(&str) -> Cow<'_, str>,
}

pub const PSEUDO_LOCALES: [Pseudo; 2] = [
    Pseudo {
        id: "en-XA",
        direction: Direction::Ltr,
        transform: accented,
    },
    Pseudo {
        id: "ar-XB",
        direction: Direction::Rtl,
        transform: mirrored,
    },
];

pub fn find(id: &str) -> Option<&'static Pseudo> {
    PSEUDO_LOCALES
        .iter()
        .find(|p| p.id.eq_ignore_ascii_case(id))
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// Accents every Latin letter and doubles every vowel: English text is about 40% vowels,
/// so this lengthens it by roughly the 40% that translations often add.
pub fn accented(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accent(c));
        if "aeiouyAEIOUY".contains(c) {
            out.push(accent(c));
        }
    }
    Cow::Owned(out)
}

/// Wraps each word in a right-to-left override so Latin text runs right to left, the
/// way `ar-XB` does on Android; whitespace stays outside the overrides.
pub fn mirrored(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if in_word {
                out.push('\u{202C}');
                in_word = false;
            }
        } else if !in_word {
            out.push('\u{202E}');
            in_word = true;
        }
        out.push(c);
    }
    if in_word {
        out.push('\u{202C}');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_is_longer_and_accented() {
        let src = "Check a job offer before you leave home";
        let out = accented(src);
        let ratio = out.chars().count() as f64 / src.chars().count() as f64;
        assert!(ratio >= 1.3, "ratio {ratio}");
        assert!(!out.contains('e'));
        assert!(out.contains('é'));
    }

    #[test]
    fn mirrored_wraps_each_word_in_rtl_override() {
        assert_eq!(
            mirrored("Get help"),
            "\u{202E}Get\u{202C} \u{202E}help\u{202C}"
        );
    }
}
