//! Numbers people type: a menu choice, how many people are present, quiz scores. Every
//! Unicode decimal digit counts (`١٢` in Arabic, `१२` in Devanagari, full-width `１２`), so
//! a person types digits the way their keyboard gives them; the phones and the terminal
//! shell share this one parser.

use crate::error::{ErrorKind, UserFacing};

/// The largest count a person can type: people present, scores, show-of-hands counts and
/// menu choices all stay far below it, and a number this size still fits every integer
/// type the apps use. Anything above is refused, however many digits it has.
pub const MAX_COUNT: u32 = 1_000_000;

/// The zero of every run of ten decimal digits (Unicode general category Nd, Unicode 15):
/// each run holds the digits 0–9 in order, so a digit's value is its distance from zero.
const ZEROS: [u32; 68] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
    0x1E950, 0x1FBF0,
];

/// The value of a decimal digit in any script, or `None`.
pub fn digit_value(c: char) -> Option<u32> {
    let c = c as u32;
    // The table is sorted: the last zero at or below `c` is the only candidate.
    let i = ZEROS.partition_point(|z| *z <= c).checked_sub(1)?;
    let d = c - ZEROS[i];
    (d < 10).then_some(d)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("nothing was typed")]
    Empty,
    #[error("not a whole number")]
    NotWhole,
    #[error("a number above {max}")]
    TooLarge { max: u32 },
}

impl UserFacing for NumberError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        Some(match self {
            NumberError::Empty | NumberError::NotWhole => ("error-not-a-number", vec![]),
            NumberError::TooLarge { max } => {
                ("error-number-too-large", vec![("max", max.to_string())])
            }
        })
    }
}

/// A whole number 0..=[`MAX_COUNT`] as typed: digits of any script (not mixed with
/// anything else), surrounding spaces ignored. No sign, no separators, no fractions.
pub fn parse_count(text: &str) -> Result<u32, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut value: u64 = 0;
    for c in text.chars() {
        let d = digit_value(c).ok_or(NumberError::NotWhole)?;
        // Saturates instead of overflowing: any number past the maximum is simply too large.
        value = value.saturating_mul(10).saturating_add(u64::from(d));
    }
    u32::try_from(value)
        .ok()
        .filter(|v| *v <= MAX_COUNT)
        .ok_or(NumberError::TooLarge { max: MAX_COUNT })
}

/// Several counts typed as `3,5,4` (or `٣،٥،٤` with the Arabic comma); empty parts skipped.
pub fn parse_counts(text: &str) -> Result<Vec<u32>, NumberError> {
    text.split([',', '،'])
        .filter(|s| !s.trim().is_empty())
        .map(parse_count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_are_read() {
        assert_eq!(parse_count("12"), Ok(12));
        assert_eq!(parse_count("١٢"), Ok(12));
        assert_eq!(parse_count("۱۲"), Ok(12));
        assert_eq!(parse_count("१२"), Ok(12));
        assert_eq!(parse_count("１２"), Ok(12));
        assert_eq!(parse_count(" ٠ "), Ok(0));
        // Mixed scripts are still digits.
        assert_eq!(parse_count("1٢"), Ok(12));
        assert_eq!(parse_counts("3,٥، 4"), Ok(vec![3, 5, 4]));
    }

    #[test]
    fn every_run_in_the_table_is_ten_digits_in_order() {
        for zero in ZEROS {
            for d in 0..10 {
                let c = char::from_u32(zero + d).unwrap();
                assert_eq!(digit_value(c), Some(d), "{:X}", zero + d);
                if zero == 0x30 {
                    assert_eq!(c.to_digit(10), Some(d));
                }
            }
        }
        for c in ['a', '-', '+', '.', ' ', '٫', '²', '½', 'Ⅻ', '\u{19DA}'] {
            assert_eq!(digit_value(c), None, "{c}");
        }
    }

    #[test]
    fn anything_else_is_a_clear_error() {
        assert_eq!(parse_count(""), Err(NumberError::Empty));
        assert_eq!(parse_count("  "), Err(NumberError::Empty));
        for bad in ["-1", "+1", "1.5", "1 2", "abc", "1e3", "0x10", "١٢a"] {
            assert_eq!(parse_count(bad), Err(NumberError::NotWhole), "{bad}");
        }
        assert_eq!(parse_counts("3,x"), Err(NumberError::NotWhole));
    }

    #[test]
    fn numbers_past_the_maximum_are_all_refused_the_same_way() {
        assert_eq!(parse_count("1000000"), Ok(MAX_COUNT));
        let too_large = Err(NumberError::TooLarge { max: MAX_COUNT });
        for n in [
            "1000001",
            "4294967295",
            "4294967296",
            "99999999999",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_count(n), too_large, "{n}");
        }
    }
}
