//! Line numbers for problems, in linear time: a file's line starts are found once and each
//! lookup is a binary search (counting from the start of the file for every problem made a
//! large file take minutes).

use std::collections::BTreeMap;

use aho_corasick::AhoCorasick;

/// The 1-based line of every byte offset of one text.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Self { starts }
    }

    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The line of `part`, a slice borrowed from the indexed text (the Fluent parser's
    /// identifiers and junk are slices of its input, so their place needs no search).
    pub fn line_of_slice(&self, text: &str, part: &str) -> Option<usize> {
        let offset = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        (offset + part.len() <= text.len()).then(|| self.line(offset))
    }
}

/// The first and last line where each needle occurs, found in one pass over `text`
/// (a search per problem is quadratic when a large file has many problems).
pub fn needle_lines(text: &str, needles: &[String]) -> BTreeMap<String, (usize, usize)> {
    let mut found = BTreeMap::new();
    let unique: Vec<&String> = needles
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let Ok(searcher) = AhoCorasick::new(&unique) else {
        return found;
    };
    let index = LineIndex::new(text);
    for m in searcher.find_overlapping_iter(text) {
        let line = index.line(m.start());
        found
            .entry(unique[m.pattern().as_usize()].clone())
            .and_modify(|(_, last)| *last = line)
            .or_insert((line, line));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_their_lines() {
        let text = "a\nbb\n\nccc";
        let index = LineIndex::new(text);
        let lines: Vec<usize> = (0..text.len()).map(|o| index.line(o)).collect();
        assert_eq!(lines, [1, 1, 2, 2, 2, 3, 4, 4, 4]);
        assert_eq!(index.line_of_slice(text, &text[7..]), Some(4));
        let elsewhere = String::from("ccc");
        assert_eq!(index.line_of_slice(text, &elsewhere), None);
    }

    #[test]
    fn needles_get_their_first_and_last_line() {
        let text = "id = \"x\"\nid = \"xy\"\nref = \"x\"\n";
        let found = needle_lines(
            text,
            &[
                "\"x\"".to_owned(),
                "id = \"xy\"".to_owned(),
                "\"x\"".to_owned(),
            ],
        );
        assert_eq!(found.get("\"x\""), Some(&(1, 3)));
        assert_eq!(found.get("id = \"xy\""), Some(&(2, 2)));
        assert_eq!(found.len(), 2);
    }
}
