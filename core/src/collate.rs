//! Sorting names for people: a list of countries reads in the person's alphabet, so
//! "États-Unis" sits with the E's, not after "Trinité-et-Tobago" as a byte order puts it.
//! A simple collation, enough for the shipped languages: compare with case and accents
//! folded (canonical decomposition, combining marks dropped), then by the exact text so
//! the order is total and stable.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The text with accents removed and letters lowercased: `États-Unis` → `etats-unis`.
pub fn sort_key(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Orders two names as a person reading them expects (see the module comment).
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b)).then_with(|| a.cmp(b))
}

/// Sorts `items` by the name `name` gives each, computing each key once.
pub fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| {
        let n = name(item);
        (sort_key(n), n.to_owned())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_names_sort_with_their_letter() {
        let mut names = vec![
            "Trinité-et-Tobago",
            "États-Unis",
            "Éthiopie",
            "Ouganda",
            "Afrique du Sud",
            "Canada",
            "Égypte",
            "eswatini",
        ];
        sort_by_name(&mut names, |n| n);
        assert_eq!(
            names,
            [
                "Afrique du Sud",
                "Canada",
                "Égypte",
                "eswatini",
                "États-Unis",
                "Éthiopie",
                "Ouganda",
                "Trinité-et-Tobago",
            ]
        );
        assert_eq!(compare("Haïti", "Haiti"), Ordering::Greater);
        assert_eq!(sort_key("ŞÇ"), "sc");
    }
}
