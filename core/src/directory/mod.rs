//! The help directory: sourced emergency numbers and services per country, each with the
//! safety facts a person needs before they call (does it report to police or immigration,
//! does it need ID, can I stay anonymous, when was it last checked). Data lives in
//! `content/directory/<CC>.toml` and `content/directory/international.toml`; see
//! [`query`] for the help-locator and [`check`] for the content validator.
//!
//! Nothing here writes anything: a query takes what the person chose (and, optionally,
//! coarse coordinates for that one query) and returns a ranked answer.

pub mod check;
pub mod codes;
pub mod geo;
pub mod query;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{ContentError, ContentSource};
use crate::error::{ErrorKind, UserFacing};

pub use query::{Answer, Group, Query, Ranked, Reason, suggest_help_for_country};

/// The folder of the directory's TOML inside a content tree.
pub const FOLDER: &str = "directory/";
/// The international fallbacks file.
pub const INTERNATIONAL: &str = "directory/international.toml";

#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("not a country code")]
    InvalidCountry,
    #[error("no country given and none found for the coordinates")]
    NoCountry,
    #[error("coordinates are not a point on Earth")]
    InvalidCoordinates,
    #[error("unknown kind of help")]
    UnknownKind,
    #[error("unknown audience")]
    UnknownAudience,
    #[error("not a language code")]
    InvalidLanguage,
    #[error("not a date")]
    InvalidDate,
    #[error(transparent)]
    Content(#[from] ContentError),
}

impl UserFacing for DirectoryError {
    fn kind(&self) -> ErrorKind {
        match self {
            DirectoryError::Content(_) => ErrorKind::Content,
            _ => ErrorKind::InvalidInput,
        }
    }
    fn detail_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        let id = match self {
            DirectoryError::InvalidCountry => "directory-error-country",
            DirectoryError::NoCountry => "directory-error-no-country",
            DirectoryError::InvalidCoordinates => "directory-error-coordinates",
            DirectoryError::UnknownKind => "directory-error-kind",
            DirectoryError::UnknownAudience => "directory-error-audience",
            DirectoryError::InvalidLanguage => "directory-error-language",
            DirectoryError::InvalidDate => "directory-error-date",
            DirectoryError::Content(e) => return e.detail_message(),
        };
        Some((id, vec![]))
    }
}

/// Declares a closed vocabulary: a serde enum with its stable snake_case words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $word)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
            pub fn parse(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary!(
    /// What a service offers.
    Kind {
        TraffickingHotline = "trafficking_hotline",
        Emergency = "emergency",
        Shelter = "shelter",
        LegalAid = "legal_aid",
        LabourRights = "labour_rights",
        Health = "health",
        Counselling = "counselling",
        ChildProtection = "child_protection",
        Consular = "consular",
        MigrantSupport = "migrant_support",
    }
);

vocabulary!(
    /// How to reach a service.
    ChannelKind {
        Phone = "phone",
        Sms = "sms",
        Whatsapp = "whatsapp",
        Email = "email",
        Web = "web",
        WalkIn = "walk_in",
    }
);

vocabulary!(
    /// Who a service is for.
    Audience {
        Anyone = "anyone",
        Women = "women",
        Men = "men",
        Children = "children",
        Lgbtq = "lgbtq",
        Migrants = "migrants",
        Workers = "workers",
    }
);

vocabulary!(
    /// Whether a service passes what it hears to police or immigration.
    Reports {
        Yes = "yes",
        No = "no",
        OnlyWithConsent = "only_with_consent",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// A yes/no safety fact that may not be known.
    YesNo {
        Yes = "yes",
        No = "no",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// Whether using the service costs money.
    Cost {
        Free = "free",
        Paid = "paid",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// `always` is 24 hours, every day.
    Hours {
        Always = "always",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// `verified`: seen on the service's own or a government page (the source URL);
    /// `unconfirmed`: seen only in secondary sources, or not yet cited.
    Status {
        Verified = "verified",
        Unconfirmed = "unconfirmed",
    }
);

vocabulary!(
    /// Who printed the fact (help-directory-sources.md): `A` the service's own page, `B`
    /// a government page of the country, `B*` a foreign government's page, `U` a UN page,
    /// `C` only secondary sources (news, reprints, blogs).
    Confidence {
        A = "A",
        B = "B",
        BStar = "B*",
        U = "U",
        C = "C",
    }
);

impl Confidence {
    /// The status an entry of this confidence must carry: only the operator's own page
    /// or its own government's page counts as verified.
    pub fn status(self) -> Status {
        match self {
            Confidence::A | Confidence::B => Status::Verified,
            _ => Status::Unconfirmed,
        }
    }
}

vocabulary!(
    /// Whether a home country's service serves its citizens abroad: `no` (only in the
    /// country), `also` (in the country, and it takes calls from abroad), `only` (for
    /// citizens abroad, e.g. a foreign ministry's emergency centre).
    Abroad {
        No = "no",
        Also = "also",
        Only = "only",
    }
);

// The `vocabulary!` macro owns the derives, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for Abroad {
    fn default() -> Self {
        Abroad::No
    }
}

vocabulary!(
    /// A country note: a sourced `warning` shown before the numbers, or the sourced
    /// statement that no emergency number was found.
    NoteKind {
        Warning = "warning",
        NoEmergencyFound = "no_emergency_found",
    }
);

/// The language word for "interpreters in many languages" (the US and Canadian lines).
pub const ANY_LANGUAGE: &str = "any";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    pub reports_to_police: Reports,
    pub reports_to_immigration: Reports,
    pub requires_id: YesNo,
    pub anonymous_ok: YesNo,
    pub confidential: YesNo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// The normalized form: digits (with a leading `+` only when the facts give the number
    /// in international form) for phone, SMS and WhatsApp; an address for email and web.
    pub value: String,
    /// The number as the facts write it, for people to read.
    pub display: String,
}

impl Channel {
    /// The URI a shell opens for "call" or "text" (`tel:`, `sms:`, ...); `None` for walk-in.
    pub fn uri(&self) -> Option<String> {
        let v = &self.value;
        match self.kind {
            ChannelKind::Phone => Some(format!("tel:{v}")),
            ChannelKind::Sms => Some(format!("sms:{v}")),
            ChannelKind::Whatsapp => Some(format!("https://wa.me/{}", v.trim_start_matches('+'))),
            ChannelKind::Email => Some(format!("mailto:{v}")),
            ChannelKind::Web => Some(v.clone()),
            ChannelKind::WalkIn => None,
        }
    }
}

/// One service (a country's, or an international fallback).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name_msg: String,
    pub description_msg: String,
    /// Filled from the file's `country` when loading (absent for fallbacks).
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    pub hours: Hours,
    /// Language tags (`en`, `sw`), or [`ANY_LANGUAGE`].
    pub languages: Vec<String>,
    pub cost: Cost,
    pub audiences: Vec<Audience>,
    pub safety: Safety,
    /// The URL the facts were read on.
    pub source: String,
    /// Further pages the facts (or the warning) come from.
    #[serde(default)]
    pub more_sources: Vec<String>,
    pub last_verified: String,
    pub status: Status,
    pub confidence: Confidence,
    /// A short sourced warning shown before the number (what the line does with a call).
    #[serde(default)]
    pub warning_msg: Option<String>,
    #[serde(default)]
    pub abroad: Abroad,
    /// For a home country's mission abroad (an embassy): the country it is in. Such an
    /// entry is listed only to the country's citizens who are there.
    #[serde(default)]
    pub located_in: Option<String>,
}

impl Service {
    /// Listed among the services of its own country (not a mission abroad, not a line
    /// only for citizens abroad).
    pub fn in_country(&self) -> bool {
        self.located_in.is_none() && self.abroad != Abroad::Only
    }

    /// What a citizen of this service's country can use while in `country`.
    pub fn serves_citizens_in(&self, country: &str) -> bool {
        match &self.located_in {
            Some(there) => there == country,
            None => self.abroad != Abroad::No,
        }
    }
}

/// One emergency number of a country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub id: String,
    pub label_msg: String,
    pub number: String,
    pub source: String,
    #[serde(default)]
    pub more_sources: Vec<String>,
    pub last_verified: String,
    pub status: Status,
    pub confidence: Confidence,
    #[serde(default)]
    pub warning_msg: Option<String>,
}

/// A sourced note about a country as a whole, shown before its numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub kind: NoteKind,
    pub text_msg: String,
    pub source: String,
    #[serde(default)]
    pub more_sources: Vec<String>,
    pub last_verified: String,
    pub confidence: Confidence,
}

impl Emergency {
    pub fn uri(&self) -> String {
        format!("tel:{}", self.number)
    }
}

/// `content/directory/<CC>.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryFile {
    pub country: String,
    pub name_msg: String,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub emergency: Vec<Emergency>,
    #[serde(default)]
    pub services: Vec<Service>,
}

/// `content/directory/international.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InternationalFile {
    /// Countries where the facts confirm the child helpline number 116 111.
    #[serde(default)]
    pub child_helpline_116111: Vec<String>,
    pub fallbacks: Vec<Service>,
}

/// A country the directory knows, for pickers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryEntry {
    pub code: String,
    pub name_msg: String,
    pub notes: Vec<Note>,
    pub emergency: Vec<Emergency>,
    pub services: Vec<Service>,
    /// One [`Facts`] per service, same order: what ranking reads.
    pub(crate) facts: Vec<Facts>,
}

/// A service's filterable facts packed into a few words, so a query over 10,000 entries
/// reads one small contiguous array instead of chasing each service's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Facts {
    /// Bit `i` = `Kind::ALL[i]`.
    pub kinds: u16,
    /// Bit `i` = `Audience::ALL[i]`.
    pub audiences: u8,
    /// Bit `i` = the directory's language table entry `i`; bit 63 = "a language past the
    /// table's 63rd", checked against the strings.
    pub languages: u64,
    pub any_language: bool,
    pub open_always: bool,
    pub no_immigration: bool,
    pub anonymous: bool,
    pub no_id: bool,
    /// The safety fact is `unknown` (not a confirmed answer either way).
    pub immigration_unknown: bool,
    pub anonymous_unknown: bool,
    pub id_unknown: bool,
    pub has_region: bool,
}

pub(crate) const LANGUAGE_OVERFLOW: u64 = 1 << 63;

/// The whole directory, indexed by country.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub countries: BTreeMap<String, CountryEntry>,
    pub fallbacks: Vec<Service>,
    pub(crate) fallback_facts: Vec<Facts>,
    pub child_helpline_116111: Vec<String>,
    /// Primary language subtags seen in the entries, lower case, in first-seen order.
    pub(crate) languages: Vec<String>,
}

impl Directory {
    /// Parses every directory file of a content tree. The content checker proves the
    /// files well formed before they ship; here a file that does not parse is an error.
    pub fn load(source: &ContentSource) -> Result<Self, DirectoryError> {
        let mut directory = Directory::default();
        for (path, _) in source.under(FOLDER) {
            if !path.ends_with(".toml") {
                continue;
            }
            if path == INTERNATIONAL {
                let file: InternationalFile = source.parse_toml(path)?;
                directory.fallback_facts =
                    file.fallbacks.iter().map(|s| directory.facts(s)).collect();
                directory.fallbacks = file.fallbacks;
                directory.child_helpline_116111 = file.child_helpline_116111;
                continue;
            }
            let file: CountryFile = source.parse_toml(path)?;
            directory.add(file);
        }
        Ok(directory)
    }

    /// Adds one country's entries (also used by the bench's generated directory).
    pub fn add(&mut self, file: CountryFile) {
        let facts: Vec<Facts> = file.services.iter().map(|s| self.facts(s)).collect();
        let entry = self
            .countries
            .entry(file.country.clone())
            .or_insert_with(|| CountryEntry {
                code: file.country.clone(),
                name_msg: file.name_msg.clone(),
                notes: Vec::new(),
                emergency: Vec::new(),
                services: Vec::new(),
                facts: Vec::new(),
            });
        entry.notes.extend(file.notes);
        entry.emergency.extend(file.emergency);
        entry.facts.extend(facts);
        entry
            .services
            .extend(file.services.into_iter().map(|mut s| {
                s.country = Some(file.country.clone());
                s
            }));
    }

    pub fn country(&self, code: &str) -> Option<&CountryEntry> {
        self.countries.get(code)
    }

    /// The bit of a primary language subtag in the language table, if it has one.
    pub(crate) fn language_bit(&self, primary: &str) -> Option<u64> {
        self.languages
            .iter()
            .position(|l| l == primary)
            .map(|i| if i < 63 { 1 << i } else { LANGUAGE_OVERFLOW })
    }

    fn facts(&mut self, s: &Service) -> Facts {
        let mut languages = 0;
        for tag in s.languages.iter().filter(|l| *l != ANY_LANGUAGE) {
            let primary = query::primary(tag);
            let bit = match self.language_bit(&primary) {
                Some(bit) => bit,
                None => {
                    self.languages.push(primary);
                    self.language_bit(&query::primary(tag))
                        .unwrap_or(LANGUAGE_OVERFLOW)
                }
            };
            languages |= bit;
        }
        let bits = |all: &[Kind]| -> u16 {
            all.iter().fold(0, |acc, k| {
                acc | 1 << Kind::ALL.iter().position(|x| x == k).unwrap_or(15)
            })
        };
        Facts {
            kinds: bits(&s.kinds),
            audiences: s.audiences.iter().fold(0, |acc, a| {
                acc | 1 << Audience::ALL.iter().position(|x| x == a).unwrap_or(7)
            }),
            languages,
            any_language: s.languages.iter().any(|l| l == ANY_LANGUAGE),
            open_always: s.hours == Hours::Always,
            no_immigration: s.safety.reports_to_immigration == Reports::No,
            anonymous: s.safety.anonymous_ok == YesNo::Yes,
            no_id: s.safety.requires_id == YesNo::No,
            immigration_unknown: s.safety.reports_to_immigration == Reports::Unknown,
            anonymous_unknown: s.safety.anonymous_ok == YesNo::Unknown,
            id_unknown: s.safety.requires_id == YesNo::Unknown,
            has_region: s.region.is_some(),
        }
    }
}

/// Whether an entry last checked on `last_verified` is more than 12 months older than
/// `today` (both `YYYY-MM-DD`). A date that does not parse counts as out of date.
pub fn out_of_date(last_verified: &str, today: &str) -> Result<bool, DirectoryError> {
    let today = parse_date(today).ok_or(DirectoryError::InvalidDate)?;
    let Some(checked) = parse_date(last_verified) else {
        return Ok(true);
    };
    let months = (today.0 * 12 + today.1) - (checked.0 * 12 + checked.1);
    Ok(months > 12 || (months == 12 && today.2 > checked.2))
}

/// `YYYY-MM-DD` as (year, month, day), or `None`.
pub fn parse_date(s: &str) -> Option<(i32, i32, i32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year: i32 = s.get(0..4)?.parse().ok()?;
    let month: i32 = s.get(5..7)?.parse().ok()?;
    let day: i32 = s.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&month)
        && (1..=31).contains(&day)
        && s.bytes().filter(u8::is_ascii_digit).count() == 8)
        .then_some((year, month, day))
}

#[cfg(test)]
mod tests;
