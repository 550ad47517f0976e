//! What a PIN is before it is stretched: normalised, so the same PIN typed on another
//! keyboard opens the vault, and refused when it is one of the first PINs anyone tries.

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// The zero of every run of ten decimal digits Unicode has in the scripts people type PINs
/// in (each run is `zero..=zero+9` in order). Anything here becomes the ASCII digit.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E950,
];

fn ascii_digit(c: char) -> char {
    let cp = c as u32;
    for &zero in DIGIT_ZEROS {
        if (zero..zero + 10).contains(&cp) {
            return char::from(b'0' + (cp - zero) as u8);
        }
    }
    c
}

/// The PIN as the vault sees it: Unicode NFC, every script's decimal digits as ASCII
/// digits (`٤٤٤٤` is `4444`), trailing whitespace removed.
pub fn normalize(pin: &str) -> Zeroizing<String> {
    let nfc: Zeroizing<String> = Zeroizing::new(pin.nfc().map(ascii_digit).collect());
    Zeroizing::new(nfc.trim_end().to_owned())
}

/// PINs refused when set (the first ones anyone guesses; docs/SECURITY.md lists the rule):
/// one character repeated (`0000`), a shorter block repeated (`1212`, `123123`), digits
/// going up or down by one (`1234`, `123456`, `9876`), and a few more from published
/// lists of the most chosen PINs. `pin` is already normalised.
pub fn is_common(pin: &str) -> bool {
    const LISTED: &[&str] = &["1004", "2000", "2001", "1122", "112233", "2580", "0852"];
    let c: Vec<char> = pin.chars().collect();
    let n = c.len();
    if n == 0 || LISTED.contains(&pin) {
        return true;
    }
    let repeated = (1..=n / 2)
        .any(|block| n.is_multiple_of(block) && (block..n).all(|i| c[i] == c[i - block]));
    let digits: Option<Vec<i32>> = c.iter().map(|d| d.to_digit(10).map(|v| v as i32)).collect();
    let sequence = digits.is_some_and(|d| {
        [1, -1]
            .iter()
            .any(|step| d.windows(2).all(|w| w[1] - w[0] == *step))
    });
    repeated || sequence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_any_script_nfc_and_trailing_space() {
        assert_eq!(&*normalize("٤٤٤٤"), "4444");
        assert_eq!(&*normalize("۱۳۵۷"), "1357");
        assert_eq!(&*normalize("१३५७"), "1357");
        assert_eq!(&*normalize("１３５７"), "1357");
        assert_eq!(&*normalize("2468 \t"), "2468");
        assert_eq!(&*normalize(" 2468"), " 2468", "only trailing space goes");
        assert_eq!(normalize("cafe\u{301}9"), normalize("caf\u{e9}9"));
    }

    #[test]
    fn the_first_guesses_are_refused_and_ordinary_pins_are_not() {
        for p in [
            "0000", "1111", "1234", "4321", "123456", "654321", "0123", "9876", "1212", "6969",
            "123123", "121212", "112233", "1004", "2000", "aaaa",
        ] {
            assert!(is_common(p), "{p}");
        }
        for p in ["2468", "1357", "8642", "4071", "905213", "1243", "river7"] {
            assert!(!is_common(p), "{p}");
        }
    }
}
