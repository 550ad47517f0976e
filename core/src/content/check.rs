//! `waymark content check`: proves a content tree is complete and well formed before it
//! ships. Every problem names the file, the line and the message id where it can.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;

use super::{
    ContentError, ContentSource, MANIFEST, MAX_FILE_BYTES, MAX_FOLDER_DEPTH, Manifest, ReadIssue,
};
use crate::i18n::{DEFAULT_LOCALE, nesting};

mod lines;

pub use lines::{LineIndex, needle_lines};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub id: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(
        file: &str,
        line: Option<usize>,
        id: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file: file.to_owned(),
            line,
            id: id.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(id) = &self.id {
            write!(f, ": [{id}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub locale: String,
    pub translated: usize,
    pub total: usize,
    pub status: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// Worth a look but not wrong (e.g. a quiz whose answers follow a pattern); they do
    /// not fail the check.
    pub warnings: Vec<Problem>,
    pub coverage: Vec<Coverage>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One message of one locale: where it is and which variables each part uses.
#[derive(Debug, Clone)]
struct MessageFacts {
    file: String,
    line: usize,
    has_value: bool,
    /// Variables of the value (key "") and of each attribute (key = attribute name).
    variables: BTreeMap<String, BTreeSet<String>>,
}

/// The messages of every locale, parsed, for checks that feature modules add.
#[derive(Default)]
pub struct Messages {
    by_locale: BTreeMap<String, BTreeMap<String, MessageFacts>>,
}

impl Messages {
    /// Whether `en` defines `id` (`message` or `message.attribute`).
    pub fn en_has(&self, id: &str) -> bool {
        let (msg, attr) = crate::i18n::split_id(id);
        self.by_locale
            .get(DEFAULT_LOCALE)
            .and_then(|m| m.get(msg))
            .is_some_and(|f| match attr {
                Some(a) => f.variables.contains_key(a),
                None => f.has_value,
            })
    }
}

/// A check a feature module adds for its own TOML (e.g. the directory's phone numbers).
pub type Validator = fn(&ContentSource, &Messages) -> Vec<Problem>;

/// Feature validators, run after the generic checks.
const VALIDATORS: &[Validator] = &[
    crate::checklist::validate,
    crate::directory::check::validate,
    crate::learn::check::validate,
    crate::workshop::check::validate,
    crate::screening::validate,
];

/// Reads and checks a content folder. What the walk could not read as content (symbolic
/// links, which are not followed; text that is not UTF-8, checked with U+FFFD in place of
/// the bad bytes; folders nested too deep; pipes, devices and files too large, which
/// would stall the read) is reported first, and everything else is checked as usual.
pub fn check_dir(dir: &Path) -> Result<Report, ContentError> {
    let (source, issues) = ContentSource::from_dir_for_check(dir)?;
    let mut report = check(&source);
    let mut problems: Vec<Problem> = issues
        .into_iter()
        .map(|issue| match issue {
            ReadIssue::Symlink { path } => Problem::new(
                &path,
                None,
                None,
                "a symbolic link: content must be plain files, so it is not followed",
            ),
            ReadIssue::NotUtf8 { path, line } => Problem::new(
                &path,
                Some(line),
                None,
                "not valid UTF-8 from this line (checked with U+FFFD in place of the bad \
                 bytes): save the file as UTF-8",
            ),
            ReadIssue::TooDeep { path } => Problem::new(
                &path,
                None,
                None,
                format!("a folder more than {MAX_FOLDER_DEPTH} levels deep: not read"),
            ),
            ReadIssue::NotAFile { path } => Problem::new(
                &path,
                None,
                None,
                "not a regular file (a pipe or a device): not read",
            ),
            ReadIssue::TooLarge { path } => Problem::new(
                &path,
                None,
                None,
                format!(
                    "larger than {} MB: not read",
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ),
        })
        .collect();
    problems.append(&mut report.problems);
    report.problems = problems;
    Ok(report)
}

pub fn check(source: &ContentSource) -> Report {
    let mut report = Report::default();
    let problems = &mut report.problems;
    let manifest: Option<Manifest> = match source.get(MANIFEST) {
        None => {
            problems.push(Problem::new(MANIFEST, None, None, "missing"));
            None
        }
        Some(text) => match toml::from_str(text) {
            Ok(m) => Some(m),
            Err(e) => {
                problems.push(Problem::new(
                    MANIFEST,
                    e.span().map(|s| line_at(text, s.start)),
                    None,
                    e.message().to_owned(),
                ));
                None
            }
        },
    };

    let mut messages = Messages {
        by_locale: BTreeMap::new(),
    };
    // Each file as the parser will read it: see `prepare_ftl`.
    let mut ftl: Vec<(&str, &str, Cow<'_, str>)> = Vec::new();
    for (path, text) in source.under("l10n/") {
        let Some(locale) = path.strip_prefix("l10n/").and_then(|p| p.split('/').next()) else {
            continue;
        };
        if !path.ends_with(".ftl") {
            continue;
        }
        let text = prepare_ftl(path, text, problems);
        let facts = messages.by_locale.entry(locale.to_owned()).or_default();
        parse_ftl(path, &text, facts, problems);
        ftl.push((path, locale, text));
    }
    for (locale, facts) in &messages.by_locale {
        let texts = ftl
            .iter()
            .filter(|(_, l, _)| l == locale)
            .map(|(_, _, t)| t.as_ref());
        check_soft_errors(locale, texts, facts, problems);
    }

    if let Some(manifest) = &manifest {
        check_manifest(manifest, &messages, problems);
        report.coverage = check_translations(manifest, &messages, problems);
    }
    check_toml(source, &messages, problems);
    for validator in VALIDATORS {
        problems.extend(validator(source, &messages));
    }
    report.warnings = crate::learn::check::warnings(source);
    report
}

/// The 1-based line of a byte offset (one lookup; [`LineIndex`] for many in one file).
pub fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The line where `needle` first appears, for a problem found after parsing (one search;
/// [`needle_lines`] for many in one file).
pub fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle).map(|o| line_at(text, o))
}

/// A `.ftl` file as the parser should read it, with what had to change reported: a byte
/// order mark removed (the parser reads it as the start of a broken entry), lone CR line
/// endings made LF (the parser reads a CR-only file as one line), and entries nested
/// deeper than the parser's stack allows blanked out.
fn prepare_ftl<'a>(path: &str, text: &'a str, problems: &mut Vec<Problem>) -> Cow<'a, str> {
    let mut text = Cow::Borrowed(text);
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        problems.push(Problem::new(
            path,
            Some(1),
            None,
            "the file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM",
        ));
        text = Cow::Owned(rest.to_owned());
    }
    let bytes = text.as_bytes();
    let lone_cr: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        .collect();
    if let Some(&first) = lone_cr.first() {
        problems.push(Problem::new(
            path,
            Some(line_at(&text, first)),
            None,
            format!(
                "{} line(s) end in a lone CR (old Mac line endings), which Fluent does not \
                 read as a line break: save the file with LF line endings",
                lone_cr.len()
            ),
        ));
        let mut fixed = text.as_bytes().to_vec();
        for i in lone_cr {
            fixed[i] = b'\n';
        }
        // Only ASCII bytes were replaced by ASCII.
        text = Cow::Owned(String::from_utf8(fixed).unwrap_or_default());
    }
    let deep = nesting::too_deep(&text);
    if deep.is_empty() {
        return text;
    }
    for d in &deep {
        problems.push(Problem::new(
            path,
            Some(d.line),
            None,
            format!(
                "placeables or calls nested more than {} levels deep (the parser would \
                 overflow its stack); this entry is not checked further",
                nesting::MAX_NESTING
            ),
        ));
    }
    Cow::Owned(nesting::without_too_deep(&text, &deep))
}

fn parse_ftl(
    path: &str,
    text: &str,
    facts: &mut BTreeMap<String, MessageFacts>,
    problems: &mut Vec<Problem>,
) {
    let lines = LineIndex::new(text);
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(Problem::new(
                    path,
                    // The start of the broken entry, where a person would look.
                    Some(lines.line(e.slice.map_or(e.pos.start, |s| s.start))),
                    None,
                    format!("Fluent syntax error: {}", e.kind),
                ));
            }
            r
        }
    };
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        // The identifier is a slice of `text`: its own line, not the first line that
        // happens to start with the same id.
        let line = lines.line_of_slice(text, id).unwrap_or(1);
        if let Some(first) = facts.get(id) {
            problems.push(Problem::new(
                path,
                Some(line),
                Some(id),
                format!(
                    "duplicate message id (first in {}:{})",
                    first.file, first.line
                ),
            ));
            continue;
        }
        let mut variables = BTreeMap::new();
        if let Some(value) = &message.value {
            let mut vars = BTreeSet::new();
            pattern_variables(value, &mut vars);
            variables.insert(String::new(), vars);
        }
        for attribute in &message.attributes {
            let mut vars = BTreeSet::new();
            pattern_variables(&attribute.value, &mut vars);
            variables.insert(attribute.id.name.to_owned(), vars);
        }
        facts.insert(
            id.to_owned(),
            MessageFacts {
                file: path.to_owned(),
                line,
                has_value: message.value.is_some(),
                variables,
            },
        );
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Formats every message of a locale with sample arguments, so unknown functions,
/// missing terms and other errors that Fluent only reports at run time fail the check.
fn check_soft_errors<'a>(
    locale: &str,
    texts: impl Iterator<Item = &'a str>,
    facts: &BTreeMap<String, MessageFacts>,
    problems: &mut Vec<Problem>,
) {
    let langid = unic_langid::LanguageIdentifier::from_str(locale).unwrap_or_default();
    let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
    let _ = bundle.add_builtins();
    for text in texts {
        // A partly broken file still adds what parses; syntax errors and duplicates are
        // reported by parse_ftl.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    for (id, fact) in facts {
        let Some(msg) = bundle.get_message(id) else {
            continue;
        };
        let mut args = FluentArgs::new();
        for v in fact.variables.values().flatten() {
            args.set(v.clone(), FluentValue::from(3));
        }
        let mut errors = Vec::new();
        if let Some(p) = msg.value() {
            bundle.format_pattern(p, Some(&args), &mut errors);
        }
        for a in msg.attributes() {
            bundle.format_pattern(a.value(), Some(&args), &mut errors);
        }
        for e in errors {
            problems.push(Problem::new(
                &fact.file,
                Some(fact.line),
                Some(id),
                format!("Fluent error when formatting: {e}"),
            ));
        }
    }
}

fn check_manifest(manifest: &Manifest, messages: &Messages, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    for locale in &manifest.locales {
        if unic_langid::LanguageIdentifier::from_str(&locale.id).is_err() {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(&locale.id),
                "not a valid locale id",
            ));
        }
        if !seen.insert(locale.id.as_str()) {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(&locale.id),
                "duplicate locale id",
            ));
        }
        if !messages.by_locale.contains_key(&locale.id) {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(&locale.id),
                format!(
                    "locale is shipped but l10n/{}/ has no .ftl files",
                    locale.id
                ),
            ));
        }
    }
    if !seen.contains(DEFAULT_LOCALE) {
        problems.push(Problem::new(
            MANIFEST,
            None,
            None,
            "the manifest must ship `en`",
        ));
    }
    for dir in messages.by_locale.keys() {
        if !seen.contains(dir.as_str()) {
            problems.push(Problem::new(
                &format!("l10n/{dir}"),
                None,
                None,
                "locale folder is not listed in the manifest",
            ));
        }
    }
    for (tag, chain) in &manifest.chains {
        if unic_langid::LanguageIdentifier::from_str(tag).is_err() {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(tag),
                "chain for an invalid locale tag",
            ));
        }
        for step in chain {
            if !seen.contains(step.as_str()) {
                problems.push(Problem::new(
                    MANIFEST,
                    None,
                    Some(tag),
                    format!("chain names `{step}`, which is not a shipped locale"),
                ));
            }
        }
        if chain.last().map(String::as_str) != Some(DEFAULT_LOCALE) {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(tag),
                "chain does not end in `en`",
            ));
        }
        if chain.contains(tag) {
            problems.push(Problem::new(
                MANIFEST,
                None,
                Some(tag),
                "chain names itself",
            ));
        }
    }
}

/// Compares every locale with `en`: same messages, same variables in each part.
fn check_translations(
    manifest: &Manifest,
    messages: &Messages,
    problems: &mut Vec<Problem>,
) -> Vec<Coverage> {
    let empty = BTreeMap::new();
    let en = messages.by_locale.get(DEFAULT_LOCALE).unwrap_or(&empty);
    let mut coverage = Vec::new();
    for locale in &manifest.locales {
        let facts = messages.by_locale.get(&locale.id).unwrap_or(&empty);
        let mut translated = 0;
        for (id, source) in en {
            match facts.get(id) {
                Some(_) => translated += 1,
                None => problems.push(Problem::new(
                    &format!("l10n/{}", locale.id),
                    None,
                    Some(id),
                    format!("missing translation (en: {}:{})", source.file, source.line),
                )),
            }
        }
        if locale.id != DEFAULT_LOCALE {
            for (id, facts) in facts {
                let Some(source) = en.get(id) else {
                    problems.push(Problem::new(
                        &facts.file,
                        Some(facts.line),
                        Some(id),
                        "message is not in en",
                    ));
                    continue;
                };
                for (part, vars) in &facts.variables {
                    let label = if part.is_empty() {
                        "value".to_owned()
                    } else {
                        format!("attribute .{part}")
                    };
                    match source.variables.get(part) {
                        None => problems.push(Problem::new(
                            &facts.file,
                            Some(facts.line),
                            Some(id),
                            format!("{label} is not in en"),
                        )),
                        Some(en_vars) if en_vars != vars => problems.push(Problem::new(
                            &facts.file,
                            Some(facts.line),
                            Some(id),
                            format!("{label} uses variables {vars:?} but en uses {en_vars:?}"),
                        )),
                        Some(_) => {}
                    }
                }
                for part in source.variables.keys() {
                    if !facts.variables.contains_key(part) {
                        let label = if part.is_empty() {
                            "value".to_owned()
                        } else {
                            format!("attribute .{part}")
                        };
                        problems.push(Problem::new(
                            &facts.file,
                            Some(facts.line),
                            Some(id),
                            format!("{label} is missing"),
                        ));
                    }
                }
            }
        }
        coverage.push(Coverage {
            locale: locale.id.clone(),
            translated,
            total: en.len(),
            status: locale.status.as_str().to_owned(),
        });
    }
    coverage
}

/// Every TOML file parses; every `*_msg` key (or `*_msgs` list) names a message that
/// exists in `en`; ids are unique within each list of tables.
fn check_toml(source: &ContentSource, messages: &Messages, problems: &mut Vec<Problem>) {
    for path in source
        .paths()
        .filter(|p| p.ends_with(".toml") && *p != MANIFEST)
    {
        let Some(text) = source.get(path) else {
            continue;
        };
        match toml::from_str::<toml::Value>(text) {
            Err(e) => problems.push(Problem::new(
                path,
                e.span().map(|s| line_at(text, s.start)),
                None,
                format!("TOML error: {}", e.message()),
            )),
            Ok(value) => {
                let mut found = Vec::new();
                walk_toml("", &value, messages, &mut found);
                let needles: Vec<String> = found.iter().map(|f| f.needle.clone()).collect();
                let lines = needle_lines(text, &needles);
                for f in found {
                    let line = lines
                        .get(&f.needle)
                        .map(|&(first, last)| if f.last { last } else { first });
                    problems.push(Problem::new(path, line, Some(&f.id), f.message));
                }
            }
        }
    }
}

/// A TOML problem before its line is known: the text that locates it, and whether its
/// first or last occurrence does (a duplicate is the later one).
struct TomlFinding {
    needle: String,
    last: bool,
    id: String,
    message: String,
}

fn walk_toml(key: &str, value: &toml::Value, messages: &Messages, found: &mut Vec<TomlFinding>) {
    let mut check_ref = |id: &str| {
        if !messages.en_has(id) {
            found.push(TomlFinding {
                needle: format!("\"{id}\""),
                last: false,
                id: id.to_owned(),
                message: format!("`{key}` refers to a message that is not in en"),
            });
        }
    };
    match value {
        toml::Value::String(s) if key.ends_with("_msg") => check_ref(s),
        toml::Value::Array(items) if key.ends_with("_msgs") => {
            for item in items {
                if let Some(s) = item.as_str() {
                    check_ref(s);
                }
            }
        }
        toml::Value::Array(items) => {
            let mut ids = BTreeSet::new();
            for item in items {
                if let Some(id) = item.get("id").and_then(|v| v.as_str())
                    && !ids.insert(id)
                {
                    found.push(TomlFinding {
                        needle: format!("id = \"{id}\""),
                        last: true,
                        id: id.to_owned(),
                        message: format!("duplicate id in `{key}`"),
                    });
                }
                walk_toml(key, item, messages, found);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table {
                walk_toml(k, v, messages, found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
