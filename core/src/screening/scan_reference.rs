#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

//! The straightforward normaliser that the optimised one in `scan.rs` must agree with
//! (tests only): two offsets per normalised byte, every character folded on its own.

use super::scan::fold_char;

pub struct Normalized {
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Normalized {
    pub fn original_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        Some((
            *self.starts.get(start)?,
            *self.ends.get(end.checked_sub(1)?)?,
        ))
    }
}

pub fn normalize(original: &str) -> Normalized {
    let mut n = Normalized {
        text: String::new(),
        starts: Vec::new(),
        ends: Vec::new(),
    };
    let mut in_space = false;
    for (i, c) in original.char_indices() {
        let end = i + c.len_utf8();
        let apostrophe = matches!(
            c,
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
        );
        if c.is_whitespace() || apostrophe {
            if in_space {
                *n.ends.last_mut().unwrap() = end;
            } else {
                n.text.push(' ');
                n.starts.push(i);
                n.ends.push(end);
                in_space = true;
            }
            continue;
        }
        in_space = false;
        let mut folded = String::new();
        fold_char(c, &mut folded);
        for _ in 0..folded.len() {
            n.starts.push(i);
            n.ends.push(end);
        }
        n.text.push_str(&folded);
    }
    n
}
