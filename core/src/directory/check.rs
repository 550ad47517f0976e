//! The directory's content validator (one line in `content::check::VALIDATORS`): valid
//! ISO country codes, every entry with the URL it was read on, a date and a confidence
//! code whose status matches (only A and B are `verified`), numbers that dial (`tel:`
//! digits), an emergency number for every country or a sourced note that none was found,
//! and only known kinds, channels, audiences and safety values. Finally the files must
//! load into a [`Directory`] (required fields, no unknown fields).

use toml::Value;

use super::{
    ANY_LANGUAGE, Abroad, Audience, ChannelKind, Confidence, Cost, CountryFile, FOLDER, Hours,
    INTERNATIONAL, InternationalFile, Kind, NoteKind, Reports, Status, YesNo, codes,
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
        for note in entries(&value, "notes") {
            file.sourced(note);
            if note
                .get("kind")
                .and_then(Value::as_str)
                .and_then(NoteKind::parse)
                .is_none()
            {
                file.entry_problem(
                    note,
                    "a note's `kind` must be warning or no_emergency_found",
                );
            }
        }
        let no_emergency_note = entries(&value, "notes").any(|n| {
            n.get("kind").and_then(Value::as_str) == Some(NoteKind::NoEmergencyFound.as_str())
        });
        if entries(&value, "emergency").next().is_none() && !no_emergency_note {
            file.problem(
                None,
                "the country has no emergency number and no sourced `no_emergency_found` note",
                None,
            );
        }
        for entry in entries(&value, "emergency") {
            file.sourced(entry);
            match entry.get("number").and_then(Value::as_str) {
                Some(n) if parses(n) => {}
                _ => file.entry_problem(
                    entry,
                    "`number` is not a phone number that dials (tel: digits, optional leading +)",
                ),
            }
        }
        for entry in entries(&value, "services") {
            file.service(entry);
            if let Some(there) = entry.get("located_in").and_then(Value::as_str)
                && (!codes::is_assigned(there) || there == stem)
            {
                file.entry_problem(
                    entry,
                    "`located_in` must be another country's ISO 3166-1 alpha-2 code",
                );
            }
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

/// A page a fact was read on: many sources are old `http://` pages, which still name the
/// page; a shell never opens them.
fn is_source_url(s: &str) -> bool {
    is_url(s)
        || s.strip_prefix("http://")
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

    /// `source`, `more_sources`, `last_verified`, `confidence` and `status` of any entry.
    fn sourced(&mut self, entry: &Value) {
        let source = entry
            .get("source")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        // "Nothing was found" has no page to cite: the research record names the search.
        let none_found =
            entry.get("kind").and_then(Value::as_str) == Some(NoteKind::NoEmergencyFound.as_str());
        if source.is_empty() {
            self.entry_problem(entry, "entry has no `source`");
        } else if !is_source_url(source) && !none_found {
            self.entry_problem(
                entry,
                "`source` is not the URL of the page the facts were read on",
            );
        }
        for more in entry
            .get("more_sources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !more.as_str().is_some_and(is_source_url) {
                self.entry_problem(entry, "`more_sources` lists something that is not a URL");
            }
        }
        let confidence = entry
            .get("confidence")
            .and_then(Value::as_str)
            .and_then(Confidence::parse);
        if confidence.is_none() {
            self.entry_problem(entry, "`confidence` must be A, B, B*, U or C");
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
            Some(Some(Status::Verified)) if !is_source_url(source) => self.entry_problem(
                entry,
                "entry is `verified` but its `source` is not the URL it was verified on",
            ),
            Some(Some(status)) => {
                if let Some(c) = confidence
                    && c.status() != status
                {
                    self.entry_problem(
                        entry,
                        "`status` must be `verified` for confidence A or B and `unconfirmed` otherwise",
                    );
                }
            }
            // Notes carry no status: their confidence says it.
            None if entry.get("text_msg").is_some() => {}
            _ => self.entry_problem(entry, "`status` must be `verified` or `unconfirmed`"),
        }
    }

    fn service(&mut self, entry: &Value) {
        self.sourced(entry);
        if let Some(word) = entry.get("abroad").and_then(Value::as_str)
            && Abroad::parse(word).is_none()
        {
            self.entry_problem(entry, "`abroad` must be no, also or only");
        }
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
