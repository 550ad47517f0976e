//! Looking up the words of a text among a chain's lexicon words. Most words of an advert are
//! looked up (three in four are some entry's first word), so the table is made for that:
//! a hash of the word's bytes read eight at a time, and open addressing over slots that
//! hold 32 bits of each entry's hash, so a word that is not there is rejected without
//! reading any entry, and one that is there is compared once.

/// FxHash's multiplier (rustc's hash): the keys come from content, not from the person,
/// so flooding is no concern.
const K: u64 = 0xf135_7aea_2e62_a9c5;

fn mix(h: u64, chunk: u64) -> u64 {
    (h ^ chunk).wrapping_mul(K).rotate_left(26)
}

/// The eight bytes of `bytes` from `at` as a little-endian number, if it has them.
#[inline]
pub(super) fn eight_at(bytes: &[u8], at: usize) -> Option<u64> {
    let mut word = [0u8; 8];
    word.copy_from_slice(bytes.get(at..at.checked_add(8)?)?);
    Some(u64::from_le_bytes(word))
}

/// Up to eight bytes as a little-endian number, zero-padded.
fn padded(bytes: &[u8]) -> u64 {
    bytes.iter().rev().fold(0, |w, &b| (w << 8) | u64::from(b))
}

/// Bytes of the text (a word, or what follows a word) as the tables look them up: their
/// first eight bytes as a number (most words are no longer, and then compare in one step)
/// and a hash of all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Key {
    pub(super) head: u64,
    pub(super) hash: u64,
}

impl Key {
    /// The key of `text[start..end]`, reading whole eight-byte chunks of `text` where it
    /// has them (a word's last chunk is then masked rather than assembled byte by byte).
    #[inline]
    pub(super) fn of(text: &[u8], start: usize, end: usize) -> Self {
        let len = end.saturating_sub(start);
        // Most words are one chunk, read at once.
        if (1..=8).contains(&len)
            && let Some(w) = eight_at(text, start)
        {
            let head = w & (u64::MAX >> (64 - 8 * len));
            return Self {
                head,
                hash: mix(len as u64, head),
            };
        }
        Self::of_any(text, start, end)
    }

    /// `of` for any length, and near the end of the text.
    #[inline(never)]
    fn of_any(text: &[u8], start: usize, end: usize) -> Self {
        let chunk = |at: usize| -> u64 {
            let n = end.saturating_sub(at).min(8);
            match eight_at(text, at) {
                Some(w) => w & (u64::MAX >> (64 - 8 * n)),
                None => padded(text.get(at..at + n).unwrap_or_default()),
            }
        };
        let len = end.saturating_sub(start);
        if len == 0 {
            return Self { head: 0, hash: 0 };
        }
        let head = chunk(start);
        let mut hash = mix(len as u64, head);
        let mut at = start + 8;
        while at < end {
            hash = mix(hash, chunk(at));
            at += 8;
        }
        Self { head, hash }
    }

    /// The key of some bytes of content.
    pub(super) fn of_bytes(bytes: &[u8]) -> Self {
        Self::of(bytes, 0, bytes.len())
    }
}

/// Bytes of content kept for comparing with the text's: all of them, and the first eight
/// as in `Key`.
#[derive(Debug)]
pub(super) struct KeyBytes {
    head: u64,
    bytes: Box<str>,
}

impl KeyBytes {
    pub(super) fn new(s: &str) -> Self {
        Self {
            head: Key::of_bytes(s.as_bytes()).head,
            bytes: s.into(),
        }
    }

    pub(super) fn as_str(&self) -> &str {
        &self.bytes
    }

    /// Whether these are the bytes `text[start..end]`, whose key is `key`.
    #[inline]
    pub(super) fn is(&self, key: Key, text: &[u8], start: usize, end: usize) -> bool {
        self.head == key.head
            && self.bytes.len() == end.saturating_sub(start)
            && (self.bytes.len() <= 8 || self.same_after_head(text, start, end))
    }

    /// Whether the bytes after the first eight are `text[start + 8..end]` (long words only).
    #[inline(never)]
    fn same_after_head(&self, text: &[u8], start: usize, end: usize) -> bool {
        self.bytes.as_bytes().get(8..) == text.get(start + 8..end)
    }
}

/// The key of a phrase's first two words: the first word's entry, and the key of what
/// follows it up to the end of the second word (" fee" in "visa fee").
pub(super) fn pair_hash(first_word: usize, rest: Key) -> u64 {
    mix(rest.hash, first_word as u64)
}

/// A slot: 32 bits of the entry's hash, and the entry's index plus one (0: empty).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    check: u32,
    entry: u32,
}

/// Entries of a list by their hashes: open addressing with linear probing, at most half
/// full, so a search ends at an empty slot after a probe or two.
#[derive(Debug, Default)]
pub(super) struct HashIndex {
    slots: Vec<Slot>,
    mask: usize,
}

impl HashIndex {
    /// The index of entries `0..hashes.len()`, each by its hash.
    pub(super) fn new(hashes: &[u64]) -> Self {
        let size = (hashes.len() * 2).next_power_of_two().max(8);
        let mut index = Self {
            slots: vec![Slot::default(); size],
            mask: size - 1,
        };
        for (entry, &h) in hashes.iter().enumerate() {
            let mut i = h as usize & index.mask;
            while index.slots.get(i).is_some_and(|s| s.entry != 0) {
                i = (i + 1) & index.mask;
            }
            if let (Some(slot), Ok(entry)) = (index.slots.get_mut(i), u32::try_from(entry + 1)) {
                *slot = Slot {
                    check: (h >> 32) as u32,
                    entry,
                };
            }
        }
        index
    }

    /// The entry with hash `hash` for which `is` holds (`is` compares the key itself).
    #[inline]
    pub(super) fn find(&self, hash: u64, mut is: impl FnMut(usize) -> bool) -> Option<usize> {
        let check = (hash >> 32) as u32;
        let mut i = hash as usize & self.mask;
        loop {
            let slot = self.slots.get(i)?;
            let entry = (slot.entry as usize).checked_sub(1)?;
            if slot.check == check && is(entry) {
                return Some(entry);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_same_key_alone_and_inside_a_text() {
        let text = "the visa fee is 1,500 $ per month, payable before departure";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let alone = bytes.get(start..end).unwrap();
                let key = Key::of(bytes, start, end);
                assert_eq!(key, Key::of_bytes(alone), "{start}..{end}");
                let kept = KeyBytes::new(text.get(start..end).unwrap_or("x"));
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    assert!(kept.is(key, bytes, start, end));
                }
                if end > start {
                    assert!(!kept.is(key, bytes, start, end - 1));
                    assert!(!kept.is(Key::of(bytes, start + 1, end), bytes, start + 1, end));
                }
            }
        }
        // Zero padding does not make a shorter key equal to a longer one.
        assert_ne!(Key::of_bytes(b"ab"), Key::of_bytes(b"ab\0"));
        assert_ne!(Key::of_bytes(b"abcdefgh"), Key::of_bytes(b"abcdefgh\0"));
    }

    #[test]
    fn the_index_finds_every_entry_and_nothing_else() {
        let keys: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        let hashes: Vec<u64> = keys
            .iter()
            .map(|k| Key::of_bytes(k.as_bytes()).hash)
            .collect();
        let index = HashIndex::new(&hashes);
        for (i, k) in keys.iter().enumerate() {
            let h = Key::of_bytes(k.as_bytes()).hash;
            assert_eq!(index.find(h, |e| keys[e] == *k), Some(i));
        }
        let h = Key::of_bytes(b"w1000").hash;
        assert_eq!(index.find(h, |e| keys[e] == "w1000"), None);
        assert_eq!(HashIndex::new(&[]).find(h, |_| true), None);
    }
}
