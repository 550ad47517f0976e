//! A nesting limit for Fluent text, found before parsing. `fluent-syntax` parses nested
//! placeables (`{ { {`), call arguments (`F(G(`) and select variants by recursion, so
//! about 12,000 levels in a 47 KB file overflow the stack and abort the process, in the
//! content checker and in the app alike. Content arrives as packs, so it is input: this
//! scan finds every entry nested deeper than [`MAX_NESTING`] in one pass, and callers
//! blank those entries out (or refuse the file) before the parser sees them.
//!
//! The scan follows the parser's modes (expression, select variants and keys, a variant's
//! text) so that it never counts less than the parser's depth: braces and call parentheses
//! nest; a string literal, whose braces do not, is skipped only inside an expression (in a
//! variant's text `"` is plain text). On valid text the scan and the parser agree; after a
//! parse error the parser recurses again only from a line that starts a message or a term
//! (`id =`, `-id =`), which nothing open can continue, so the scan starts afresh there and
//! what it counts in between (over or under) cannot matter; before the first such line
//! the parser reads only comments and junk. Comment lines are skipped.

use std::ops::Range;

/// Deeper than any real message needs (the shipped content nests 2 levels), and shallow
/// enough for a 512 KB thread stack in a debug build.
pub const MAX_NESTING: usize = 32;

/// An entry nested deeper than [`MAX_NESTING`]: the line where the limit is passed, and
/// the bytes of the whole entry (from its `id =` line to the next one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    pub line: usize,
    pub entry: Range<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Inside `{ ... }` before any `->`, or inside call arguments.
    Expr,
    /// After `->`: variant keys and the blanks between them.
    Variants,
    /// Inside `[...]`.
    Key,
    /// A variant's value: text with placeables.
    Text,
}

#[derive(Clone, Copy)]
struct Frame {
    paren: bool,
    mode: Mode,
}

/// Every entry of `text` nested deeper than [`MAX_NESTING`], in order.
pub fn too_deep(text: &str) -> Vec<TooDeep> {
    scan(text, MAX_NESTING)
}

fn scan(text: &str, limit: usize) -> Vec<TooDeep> {
    let b = text.as_bytes();
    let mut found: Vec<TooDeep> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1;
    let mut entry_start = 0;
    // Past the limit in the current entry, or before the first `id =` line (where the
    // parser reads only comments and junk): skip to the next `id =` line.
    let mut skipping = true;
    let mut i = 0;
    while i < b.len() {
        if i == 0 || b[i - 1] == b'\n' {
            if starts_definition(&b[i..]) {
                if skipping && let Some(last) = found.last_mut() {
                    last.entry.end = i;
                }
                skipping = false;
                stack.clear();
                entry_start = i;
            } else if b[i] == b'#' {
                // A comment, or (inside a placeable) a parse error: no recursion either way.
                match b[i..].iter().position(|&c| c == b'\n') {
                    Some(n) => {
                        i += n;
                        continue;
                    }
                    None => break,
                }
            }
            if let Some(top) = stack.last_mut()
                && top.mode == Mode::Text
            {
                // A line of a variant's value that starts with `[` or `*[` starts the next
                // variant instead.
                let first = b[i..].iter().find(|&&c| c != b' ');
                if matches!(first, Some(b'[') | Some(b'*')) {
                    top.mode = Mode::Variants;
                }
            }
        }
        // Outside any placeable only `{` and the next line matter; while skipping, only the
        // next line: jump there (most of a file is such text).
        if skipping || stack.is_empty() {
            let next = b[i..]
                .iter()
                .position(|&c| c == b'\n' || (c == b'{' && !skipping));
            match next {
                Some(0) => {}
                Some(n) => {
                    i += n;
                    continue;
                }
                None => break,
            }
        }
        let c = b[i];
        if c == b'\n' {
            line += 1;
            i += 1;
            continue;
        }
        let top = stack.last().copied();
        let mode = top.map(|f| f.mode);
        match c {
            b'{' => stack.push(Frame {
                paren: false,
                mode: Mode::Expr,
            }),
            b'}' => {
                while let Some(f) = stack.pop() {
                    if !f.paren {
                        break;
                    }
                }
            }
            b'(' if mode == Some(Mode::Expr) => stack.push(Frame {
                paren: true,
                mode: Mode::Expr,
            }),
            b')' if top.is_some_and(|f| f.paren) => {
                stack.pop();
            }
            b'"' if mode == Some(Mode::Expr) => {
                // A string literal: to its closing quote or the end of the line.
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' && b.get(i + 1) != Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                }
                if b.get(i) == Some(&b'\n') {
                    continue;
                }
            }
            b'-' if mode == Some(Mode::Expr)
                && top.is_some_and(|f| !f.paren)
                && b.get(i + 1) == Some(&b'>') =>
            {
                set_mode(&mut stack, Mode::Variants);
                i += 1;
            }
            b'[' if mode == Some(Mode::Variants) => set_mode(&mut stack, Mode::Key),
            b']' if mode == Some(Mode::Key) => set_mode(&mut stack, Mode::Text),
            _ => {}
        }
        if stack.len() > limit {
            found.push(TooDeep {
                line,
                entry: entry_start..b.len(),
            });
            skipping = true;
            stack.clear();
        }
        i += 1;
    }
    found
}

fn set_mode(stack: &mut [Frame], mode: Mode) {
    if let Some(top) = stack.last_mut() {
        top.mode = mode;
    }
}

/// Whether a line starts a message or a term: `id =` or `-id =` (spaces only before `=`).
fn starts_definition(line: &[u8]) -> bool {
    let rest = line.strip_prefix(b"-").unwrap_or(line);
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let after_id = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
        .unwrap_or(rest.len());
    rest[after_id..]
        .iter()
        .find(|&&c| c != b' ')
        .is_some_and(|&c| c == b'=')
}

/// `text` ready for fluent-syntax's recursive parser: as it is, or with the entries nested
/// too deep blanked out. Every reader of content files that parses them itself uses this.
pub fn parseable(text: &str) -> std::borrow::Cow<'_, str> {
    let deep = too_deep(text);
    if deep.is_empty() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(without_too_deep(text, &deep))
    }
}

/// `text` with each entry nested too deep replaced by blank lines (line numbers stay), so
/// the parser reads the rest safely.
pub fn without_too_deep(text: &str, found: &[TooDeep]) -> String {
    let mut out = text.as_bytes().to_vec();
    for d in found {
        for byte in &mut out[d.entry.clone()] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    }
    // Only whole UTF-8 sequences were replaced, by ASCII, so this cannot fail.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize) -> String {
        format!("deep = {}$x{}\n", "{ ".repeat(n), " }".repeat(n))
    }

    #[test]
    fn nesting_up_to_the_limit_is_fine_and_one_more_is_not() {
        assert!(too_deep(&nested(MAX_NESTING)).is_empty());
        let found = too_deep(&format!("ok = fine\n{}tail = x\n", nested(MAX_NESTING + 1)));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        let text = format!("ok = fine\n{}tail = x\n", nested(MAX_NESTING + 1));
        assert_eq!(&text[found[0].entry.clone()], nested(MAX_NESTING + 1));
    }

    /// The limit's claim: text just inside it parses, formats and drops on a 512 KB
    /// stack (an iOS secondary thread's), in this unoptimised build.
    #[test]
    fn the_deepest_allowed_text_is_handled_on_a_small_stack() {
        let n = MAX_NESTING;
        let texts = [
            nested(n),
            format!(
                "calls = {{ {}1{} }}\n",
                "NUMBER(".repeat(n - 1),
                ")".repeat(n - 1)
            ),
            format!(
                "selects = {}x{}\n",
                "{ $n ->\n *[a] ".repeat(n),
                "\n}".repeat(n)
            ),
        ];
        for text in texts {
            assert!(too_deep(&text).is_empty(), "{text}");
            let worker = std::thread::Builder::new()
                .stack_size(512 * 1024)
                .spawn(move || {
                    let resource =
                        fluent_bundle::FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
                    let mut bundle = fluent_bundle::FluentBundle::new(vec![
                        unic_langid::LanguageIdentifier::default(),
                    ]);
                    let _ = bundle.add_builtins();
                    let _ = bundle.add_resource(&resource);
                    let mut formatted = 0;
                    for id in ["deep", "calls", "selects"] {
                        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                            let mut errors = Vec::new();
                            let _ = bundle.format_pattern(pattern, None, &mut errors);
                            formatted += 1;
                        }
                    }
                    formatted
                })
                .unwrap();
            assert_eq!(worker.join().unwrap(), 1);
        }
    }

    #[test]
    fn call_arguments_nest_too() {
        let text = format!("f = {{ {}1{} }}\n", "NUMBER(".repeat(40), ")".repeat(40));
        assert_eq!(too_deep(&text).len(), 1);
    }

    #[test]
    fn braces_in_string_literals_do_not_count() {
        let text = format!("s = {{ \"{}\" }}\n", "{".repeat(100));
        assert!(too_deep(&text).is_empty());
        let escaped = format!("s = {{ \"\\\"{}\\\\\" }}\n", "{".repeat(100));
        assert!(too_deep(&escaped).is_empty());
    }

    #[test]
    fn a_quote_in_text_does_not_hide_the_braces_after_it() {
        // In a variant's value a quote is text and every brace after it nests.
        let text = format!(
            "s = {{ $n ->\n   *[other] \"{}$x{}\n}}\n",
            "{ ".repeat(40),
            " }".repeat(40)
        );
        assert_eq!(too_deep(&text).len(), 1);
        // An unterminated string does not hide the next message.
        let text = format!("a = {{ \"\nb = \"{}\n", "{ ".repeat(40));
        assert_eq!(too_deep(&text).len(), 1);
        // Closing braces in a string on a later line do not close anything.
        let mut text = String::from("a = { F(\n");
        for _ in 0..40 {
            text.push_str("\"}}\" { G(\n");
        }
        assert_eq!(too_deep(&text).len(), 1);
    }

    #[test]
    fn nesting_across_lines_inside_one_entry_counts() {
        let mut text = String::from("a = {\n");
        for _ in 0..40 {
            text.push_str("F(\n{\n");
        }
        let found = too_deep(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].entry, 0..text.len());
    }

    #[test]
    fn unclosed_braces_of_broken_entries_do_not_add_up() {
        let text = "broken = { $x\n".repeat(100);
        assert!(too_deep(&text).is_empty());
        let comments = "# { { { { { { { { { {\n".repeat(100);
        assert!(too_deep(&comments).is_empty());
        // Before the first message the parser reads nothing but junk.
        let junk = "}{ { { \"\n".repeat(100);
        assert!(too_deep(&junk).is_empty());
    }

    #[test]
    fn selects_and_ordinary_messages_pass() {
        let text = "a = { $n ->\n    [one] { $n } item { \"}\" }\n   *[other] { NUMBER($n, minimumFractionDigits: 2) } (items)\n}\n    .b = x\n-t = { -u(a: \"{\") }\n";
        assert!(too_deep(text).is_empty());
    }

    #[test]
    fn every_deep_entry_is_found_and_blanked_keeping_lines() {
        let text = format!("{}ok = fine\n{}", nested(50), nested(60));
        let found = too_deep(&text);
        assert_eq!(found.len(), 2);
        let clean = without_too_deep(&text, &found);
        assert_eq!(clean.lines().count(), text.lines().count());
        assert_eq!(clean.lines().nth(1), Some("ok = fine"));
        assert!(too_deep(&clean).is_empty());
        assert!(fluent_syntax::parser::parse(clean.as_str()).is_ok());
    }

    /// How deep the parser went for the entries it parsed: placeables and call arguments.
    fn ast_depth(text: &str) -> usize {
        use fluent_syntax::ast;
        fn pattern(p: &ast::Pattern<&str>, d: usize) -> usize {
            p.elements
                .iter()
                .map(|e| match e {
                    ast::PatternElement::Placeable { expression } => expr(expression, d + 1),
                    ast::PatternElement::TextElement { .. } => d,
                })
                .max()
                .unwrap_or(d)
        }
        fn expr(e: &ast::Expression<&str>, d: usize) -> usize {
            match e {
                ast::Expression::Select { selector, variants } => variants
                    .iter()
                    .map(|v| pattern(&v.value, d))
                    .fold(inline(selector, d), usize::max),
                ast::Expression::Inline(i) => inline(i, d),
            }
        }
        fn inline(i: &ast::InlineExpression<&str>, d: usize) -> usize {
            let args = |a: &ast::CallArguments<&str>| {
                a.positional
                    .iter()
                    .map(|p| inline(p, d + 1))
                    .fold(d + 1, usize::max)
            };
            match i {
                ast::InlineExpression::FunctionReference { arguments, .. } => args(arguments),
                ast::InlineExpression::TermReference {
                    arguments: Some(a), ..
                } => args(a),
                ast::InlineExpression::Placeable { expression } => expr(expression, d + 1),
                _ => d,
            }
        }
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .iter()
            .map(|entry| {
                let (value, attributes) = match entry {
                    ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                    ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                    _ => return 0,
                };
                attributes
                    .iter()
                    .map(|a| pattern(&a.value, 0))
                    .fold(value.map_or(0, |v| pattern(v, 0)), usize::max)
            })
            .max()
            .unwrap_or(0)
    }

    proptest::proptest! {
        /// Fluent-like text from the tokens that matter to nesting: wherever the scan
        /// finds nothing deeper than 3, the parser builds nothing deeper than 3.
        #[test]
        fn the_scan_never_counts_less_than_the_parser(tokens in proptest::collection::vec(
            proptest::prop_oneof![
                // Pieces of valid selects and calls, so deep valid nesting is common.
                3 => proptest::sample::select(vec![
                    "{ ", "{ $n }", " }", "\n}", "F(", "-t(", ")", "{ $n ->\n   *[d] ",
                    "{ $n ->\n    [c] x\n   *[d] ", "\n    [c] ", "\n   *[d] ", "\"", "$n",
                ]),
                1 => proptest::sample::select(vec![
                    "{", "}", ", ", "x: ", "\"{\"", "\"}\"", "\\", "\\\"", " -> ", "->\n",
                    "[a]", "*[b]", " ", "\n", "\n  ", "\n}", "a = ", "\nb = ", "\n-t = ",
                    "\n# {", "1", "m", ".attr", "\n  .x = ", "\r\n", "text ",
                ]),
            ],
            0..80,
        )) {
            let text = format!("a = {}", tokens.concat());
            let found = scan(&text, 3);
            let clean = without_too_deep(&text, &found);
            proptest::prop_assert!(ast_depth(&clean) <= 3, "{:?}", text);
        }
    }
}
