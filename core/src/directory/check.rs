//! The directory's content validator (one line in `content::check::VALIDATORS`): valid
//! ISO country codes, every entry sourced and dated, nothing `verified` without a source
//! URL, numbers that parse, and only known kinds, channels, audiences and safety values.
//! Finally the files must load into a [`Directory`] (required fields, no unknown fields).

use toml::Value;

use super::{
    ANY_LANGUAGE, Audience, ChannelKind, Cost, CountryFile, FOLDER, Hours, INTERNATIONAL,
    InternationalFile, Kind, Reports, Status, YesNo, codes,
};
use crate::content::ContentSource;
use crate::content::check::{Messages, Problem, line_at, line_of};

pub fn validate(source: &ContentSource, _messages: &Messages) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (path, text) in source.under(FOLDER) {
        if !path.ends_with(".toml") {
            continue;
        }
        let value: Value = match toml::from_str(text) {
            Ok(v) => v,
            // The generic TOML check already reports syntax errors.
            Err(_) => continue,
        };
        let mut file = FileCheck {
            path,
            text,
            problems: &mut problems,
        };
        if path == INTERNATIONAL {
            for code in value
                .get("child_helpline_116111")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let code = code.as_str().unwrap_or_default();
                if !codes::is_assigned(code) {
                    file.problem(
                        None,
                        "`child_helpline_116111` lists a code that is not ISO 3166-1 alpha-2",
                        Some(code),
                    );
                }
            }
            for entry in entries(&value, "fallbacks") {
                file.service(entry);
            }
            if let Err(e) = toml::from_str::<InternationalFile>(text) {
                file.serde_error(&e);
            }
            continue;
        }
        let stem = path
            .strip_prefix(FOLDER)
            .and_then(|p| p.strip_suffix(".toml"))
            .unwrap_or_default();
        match value.get("country").and_then(Value::as_str) {
            None => file.problem(None, "`country` is missing", None),
            Some(code) if !codes::is_assigned(code) => file.problem(
                line_of(text, "country ="),
                "`country` is not an ISO 3166-1 alpha-2 code",
                Some(code),
            ),
            Some(code) if code != stem => file.problem(
                line_of(text, "country ="),
                "the file must be named after its country code",
                Some(code),
            ),
            Some(_) => {}
        }
        for entry in entries(&value, "emergency") {
            file.sourced(entry);
            match entry.get("number").and_then(Value::as_str) {
                Some(n) if parses(n) => {}
                _ => file.entry_problem(
                    entry,
                    "`number` is not a phone number (digits, optional leading +)",
                ),
            }
        }
        for entry in entries(&value, "services") {
            file.service(entry);
        }
        if let Err(e) = toml::from_str::<CountryFile>(text) {
            file.serde_error(&e);
        }
    }
    problems
}

fn entries<'v>(value: &'v Value, key: &str) -> impl Iterator<Item = &'v Value> {
    value
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// A normalized number: an optional `+`, then 2 to 15 digits (short codes like `17` are real).
fn parses(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

fn is_url(s: &str) -> bool {
    s.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

struct FileCheck<'a> {
    path: &'a str,
    text: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl FileCheck<'_> {
    fn problem(&mut self, line: Option<usize>, message: &str, id: Option<&str>) {
        self.problems
            .push(Problem::new(self.path, line, id, message.to_owned()));
    }

    fn entry_problem(&mut self, entry: &Value, message: &str) {
        let id = entry.get("id").and_then(Value::as_str);
        let line = id.and_then(|id| line_of(self.text, &format!("id = \"{id}\"")));
        self.problem(line, message, id);
    }

    fn serde_error(&mut self, e: &toml::de::Error) {
        let line = e.span().map(|s| line_at(self.text, s.start));
        self.problem(line, &format!("directory entry: {}", e.message()), None);
    }

    /// `source`, `last_verified` and `status` of any entry.
    fn sourced(&mut self, entry: &Value) {
        let source = entry
            .get("source")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        if source.is_empty() {
            self.entry_problem(entry, "entry has no `source`");
        }
        match entry.get("last_verified").and_then(Value::as_str) {
            Some(d) if is_date(d) => {}
            Some(_) => self.entry_problem(entry, "`last_verified` is not a date (YYYY-MM-DD)"),
            None => self.entry_problem(entry, "entry has no `last_verified` date"),
        }
        match entry
            .get("status")
            .and_then(Value::as_str)
            .map(Status::parse)
        {
            Some(Some(Status::Verified)) if !is_url(source) => self.entry_problem(
                entry,
                "entry is `verified` but its `source` is not the https URL it was verified on",
            ),
            Some(Some(_)) => {}
            _ => self.entry_problem(entry, "`status` must be `verified` or `unconfirmed`"),
        }
    }

    fn service(&mut self, entry: &Value) {
        self.sourced(entry);
        self.words(entry, "kinds", |w| Kind::parse(w).is_some(), "kind");
        self.words(
            entry,
            "audiences",
            |w| Audience::parse(w).is_some(),
            "audience",
        );
        self.words(
            entry,
            "languages",
            |w| w == ANY_LANGUAGE || crate::i18n::parse_tag(w).is_ok(),
            "language",
        );
        for (key, ok) in [
            (
                "cost",
                entry
                    .get("cost")
                    .and_then(Value::as_str)
                    .is_some_and(|w| Cost::parse(w).is_some()),
            ),
            (
                "hours",
                entry
                    .get("hours")
                    .and_then(Value::as_str)
                    .is_some_and(|w| Hours::parse(w).is_some()),
            ),
        ] {
            if !ok {
                self.entry_problem(entry, &format!("`{key}` is missing or not a known value"));
            }
        }
        if let Some(region) = entry.get("region").and_then(Value::as_str)
            && region.trim().is_empty()
        {
            self.entry_problem(entry, "`region` is empty");
        }
        let safety = entry.get("safety");
        for key in ["reports_to_police", "reports_to_immigration"] {
            let word = safety.and_then(|s| s.get(key)).and_then(Value::as_str);
            if word.is_none_or(|w| Reports::parse(w).is_none()) {
                self.entry_problem(
                    entry,
                    &format!("`safety.{key}` must be yes, no, only_with_consent or unknown"),
                );
            }
        }
        for key in ["requires_id", "anonymous_ok", "confidential"] {
            let word = safety.and_then(|s| s.get(key)).and_then(Value::as_str);
            if word.is_none_or(|w| YesNo::parse(w).is_none()) {
                self.entry_problem(entry, &format!("`safety.{key}` must be yes, no or unknown"));
            }
        }
        for channel in entries(entry, "channels") {
            let kind = channel
                .get("kind")
                .and_then(Value::as_str)
                .and_then(ChannelKind::parse);
            let value = channel.get("value").and_then(Value::as_str).unwrap_or("");
            let display = channel.get("display").and_then(Value::as_str).unwrap_or("");
            match kind {
                None => self.entry_problem(entry, "a channel's `kind` is not a known channel"),
                Some(ChannelKind::Phone | ChannelKind::Sms | ChannelKind::Whatsapp) => {
                    let display_digits: String =
                        display.chars().filter(char::is_ascii_digit).collect();
                    if !parses(value) {
                        self.entry_problem(
                            entry,
                            "a channel's number does not parse (digits, optional leading +)",
                        );
                    } else if !display_digits.starts_with(value.trim_start_matches('+')) {
                        self.entry_problem(entry, "a channel's `display` does not show its number");
                    }
                }
                Some(ChannelKind::Email) if !value.contains('@') => {
                    self.entry_problem(entry, "an email channel has no address");
                }
                Some(ChannelKind::Web) if !is_url(value) => {
                    self.entry_problem(entry, "a web channel's `value` is not an https URL");
                }
                Some(_) => {}
            }
        }
    }

    fn words(&mut self, entry: &Value, key: &str, known: impl Fn(&str) -> bool, what: &str) {
        let list = entry.get(key).and_then(Value::as_array);
        if key != "languages" && list.is_none_or(|l| l.is_empty()) {
            self.entry_problem(entry, &format!("`{key}` is missing or empty"));
        }
        for word in list.into_iter().flatten() {
            let word = word.as_str().unwrap_or_default();
            if !known(word) {
                let id = entry.get("id").and_then(Value::as_str).unwrap_or_default();
                let line = line_of(self.text, &format!("id = \"{id}\""));
                self.problems.push(Problem::new(
                    self.path,
                    line,
                    Some(id),
                    format!("unknown {what} `{word}` in `{key}`"),
                ));
            }
        }
    }
}
