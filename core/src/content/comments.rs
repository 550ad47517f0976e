//! The embedded content without its comments (`core/build.rs`; the test that compares the
//! embedded content with the files uses it too). Comments are for translators and
//! maintainers, who read the repository; nothing reads them at run time, and in seven
//! languages they were about 22 KB of the deflated content. Each comment line becomes an
//! empty line, so every line keeps its number (the content checker's `file:line`).

/// `text` of the content file `rel` with its whole-line comments emptied: a Fluent line
/// starting with `#`, `##` or `###` and a space or its end; a TOML line whose first
/// non-blank character is `#`. A TOML file with a multi-line string is kept whole (a line
/// of the string may start with `#`).
pub fn without_comments(rel: &str, text: &str) -> String {
    let fluent = rel.ends_with(".ftl");
    if !fluent && (text.contains("\"\"\"") || text.contains("'''")) {
        return text.to_owned();
    }
    let comment = |line: &str| {
        if fluent {
            let rest = line.trim_start_matches('#');
            (1..=3).contains(&(line.len() - rest.len()))
                && (rest.is_empty() || rest.starts_with(' '))
        } else {
            line.trim_start().starts_with('#')
        }
    };
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // A CRLF file keeps its CR on a comment line too (only the comment goes).
        if comment(line.trim_end_matches('\r')) {
            if line.ends_with('\r') {
                out.push('\r');
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::without_comments;

    #[test]
    fn only_whole_line_comments_go_and_every_line_stays() {
        let ftl =
            "### File\n## Group\n# Note\nhello = Hi\n    # not a comment: text\n#no-space\n####\n";
        assert_eq!(
            without_comments("l10n/en/app.ftl", ftl),
            "\n\n\nhello = Hi\n    # not a comment: text\n#no-space\n####\n"
        );
        let crlf = "# Note\r\nhello = Hi\r\n";
        assert_eq!(
            without_comments("l10n/en/app.ftl", crlf),
            "\r\nhello = Hi\r\n"
        );
        let toml = "# why\nid = \"a#b\" # kept\n  # indented\n[x]\n";
        assert_eq!(
            without_comments("directory/KE.toml", toml),
            "\nid = \"a#b\" # kept\n\n[x]\n"
        );
        let multi = "text = \"\"\"\n# a line of the text\n\"\"\"\n# why\n";
        assert_eq!(without_comments("learn/x.toml", multi), multi);
    }
}
