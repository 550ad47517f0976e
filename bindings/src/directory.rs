//! Find help: the help-locator on the facade. Field names match `waymark find-help --json`.
//! A query writes nothing: not the country, not the filters, never the coordinates.

use std::time::SystemTime;

use serde::Serialize;
use waymark_core::directory::{
    Audience, Confidence, DirectoryError, Emergency, Hours, Kind, Note, Query, Ranked, Reason,
    Service, out_of_date,
    query::{directory_of, parse_country, primary},
};
use waymark_core::i18n::Value;
use waymark_core::workshop::civil_date;

use crate::{Waymark, WaymarkError};

/// What a person asks for. Only a country (or coordinates) is needed.
#[derive(Debug, Clone, Default)]
pub struct HelpQuery {
    /// ISO 3166-1 alpha-2, any case. Without it, `latitude`/`longitude` pick the country;
    /// with neither, only the international fallbacks answer.
    pub country: Option<String>,
    pub region: Option<String>,
    /// The country the person comes from (ISO alpha-2): adds what it offers its citizens
    /// where they are. Without it, the region of the person's language (`sw-KE` → KE).
    pub from: Option<String>,
    /// Today as `YYYY-MM-DD`, for "may be out of date"; without it, the device's date.
    pub today: Option<String>,
    /// Kinds of help (`trafficking_hotline`, `legal_aid`, ...).
    pub needs: Vec<String>,
    /// A language tag the person speaks.
    pub language: Option<String>,
    pub audience: Option<String>,
    pub no_immigration_reporting: bool,
    pub anonymous: bool,
    pub no_id: bool,
    pub danger_now: bool,
    /// Coarse coordinates for this one query; never stored or logged.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmergencyView {
    pub label: String,
    pub number: String,
    pub uri: String,
    /// Localized, shown before the number (what the line does with a call), if any.
    pub warning: Option<String>,
    pub source: String,
    pub last_verified: String,
    /// Last checked more than 12 months before `today`.
    pub out_of_date: bool,
    /// `verified` or `unconfirmed`.
    pub status: String,
    /// `A`, `B`, `B*`, `U` or `C`.
    pub confidence: String,
}

/// A sourced note about the country, shown before its numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteView {
    pub id: String,
    /// `warning` or `no_emergency_found`.
    pub kind: String,
    pub text: String,
    pub source: String,
    pub last_verified: String,
    pub confidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelView {
    /// `phone`, `sms`, `whatsapp`, `email`, `web`, `walk_in`.
    pub kind: String,
    pub display: String,
    /// `tel:…`, `sms:…`, … for the shell's call/text/open action; none for walk-in.
    pub uri: Option<String>,
}

/// Each value is `yes`, `no`, `unknown` (and `only_with_consent` for the reporting two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafetyView {
    pub reports_to_police: String,
    pub reports_to_immigration: String,
    pub requires_id: String,
    pub anonymous_ok: String,
    pub confidential: String,
}

impl SafetyView {
    /// What a screen says about a service's safety, in order: (message id, answer,
    /// whether a `yes` is a warning). Police and immigration are always said, even when
    /// not known (a person must know); the rest only when known.
    pub fn said(&self) -> Vec<(&'static str, &str, bool)> {
        [
            ("directory-safety-police", &self.reports_to_police, true),
            (
                "directory-safety-immigration",
                &self.reports_to_immigration,
                true,
            ),
            ("directory-safety-id", &self.requires_id, false),
            ("directory-safety-anonymous", &self.anonymous_ok, false),
            ("directory-safety-confidential", &self.confidential, false),
        ]
        .into_iter()
        .filter(|(_, value, always)| *always || value.as_str() != "unknown")
        .map(|(id, value, always)| (id, value.as_str(), always))
        .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub kinds: Vec<String>,
    pub channels: Vec<ChannelView>,
    /// Localized ("Open 24 hours, every day").
    pub hours: String,
    /// Language tags; `any` means interpreters in many languages.
    pub languages: Vec<String>,
    /// `free`, `paid` or `unknown`.
    pub cost: String,
    pub audiences: Vec<String>,
    pub safety: SafetyView,
    pub source: String,
    pub more_sources: Vec<String>,
    pub last_verified: String,
    /// Last checked more than 12 months before `today`.
    pub out_of_date: bool,
    /// `verified` or `unconfirmed`.
    pub status: String,
    /// `A`, `B`, `B*`, `U` or `C`; `confidence_text` says it in words.
    pub confidence: String,
    pub confidence_text: String,
    /// Localized, shown before the number (what the line does with a call), if any.
    pub warning: Option<String>,
    /// Localized reasons it is listed where it is.
    pub why: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpView {
    pub country: Option<String>,
    /// Sourced warnings about the country, shown first.
    pub notes: Vec<NoteView>,
    pub emergency: Vec<EmergencyView>,
    /// Services that meet every filter (all of them when none is set).
    pub services: Vec<ServiceView>,
    /// Services whose answer to a safety filter is not known: shown apart, never as matches.
    pub not_confirmed: Vec<ServiceView>,
    /// Services that fail a filter on a confirmed fact: listed last.
    pub other_services: Vec<ServiceView>,
    /// The country the person comes from, when it is not where they are.
    pub from: Option<String>,
    /// The localized name of `from` ("Kenya").
    pub from_name: Option<String>,
    /// "What Kenya offers its citizens here", localized, when `from` is set.
    pub from_title: Option<String>,
    /// What `from` offers its citizens where they are (missions, lines for citizens abroad).
    pub from_home: Vec<ServiceView>,
    pub fallbacks: Vec<ServiceView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpChoice {
    pub id: String,
    pub label: String,
}

/// What the find-help screen offers: the countries with entries (by localized name), and
/// the kinds and audiences a person can filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpChoicesView {
    pub countries: Vec<HelpChoice>,
    pub kinds: Vec<HelpChoice>,
    pub audiences: Vec<HelpChoice>,
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// Ranked help for a country: emergency numbers, services (matching ones first, each
    /// with why), and international fallbacks. Writes nothing.
    pub fn find_help(&self, query: HelpQuery) -> Result<HelpView, WaymarkError> {
        let directory = directory_of(&self.content).map_err(|e| self.error(&e))?;
        let coordinates = match (query.latitude, query.longitude) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            (None, None) => None,
            _ => return Err(self.error(&DirectoryError::InvalidCoordinates)),
        };
        let today = query.today.unwrap_or_else(|| civil_date(SystemTime::now()));
        out_of_date(&today, &today).map_err(|e| self.error(&e))?;
        // The language's region suggests where the person comes from (`sw-KE` → KE).
        let from = match query.from.filter(|f| !f.trim().is_empty()) {
            Some(typed) => Some(parse_country(&typed).map_err(|e| self.error(&e))?),
            None => self.region().and_then(|r| parse_country(&r).ok()),
        };
        let core_query = Query {
            country: query
                .country
                .filter(|c| !c.trim().is_empty() || coordinates.is_none()),
            from,
            region: query.region,
            language: query.language,
            no_immigration_reporting: query.no_immigration_reporting,
            anonymous: query.anonymous,
            no_id: query.no_id,
            danger_now: query.danger_now,
            coordinates,
            ..Query::default()
        }
        .with_words(&query.needs, query.audience.as_deref())
        .map_err(|e| self.error(&e))?;
        let answer = directory.find(&core_query).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let language = core_query.language.as_deref().map(primary);
        let language = language.as_deref();
        let views = |list: &[Ranked<'_>]| -> Vec<ServiceView> {
            list.iter()
                .map(|r| self.service_view(&chain, r, language, &today))
                .collect()
        };
        let from_name = answer.from.as_deref().map(|f| {
            directory
                .country(f)
                .map(|c| self.text(&chain, &c.name_msg))
                .unwrap_or_else(|| f.to_owned())
        });
        let from_title = from_name.as_deref().map(|name| {
            self.text_with(
                &chain,
                "directory-from-heading",
                &[("country", Value::from(name.to_owned()))],
            )
        });
        Ok(HelpView {
            country: answer.country.clone(),
            notes: answer
                .notes
                .iter()
                .map(|n| self.note_view(&chain, n))
                .collect(),
            emergency: answer
                .emergency
                .iter()
                .map(|e| self.emergency_view(&chain, e, &today))
                .collect(),
            services: views(&answer.services),
            not_confirmed: views(&answer.not_confirmed),
            other_services: views(&answer.other_services),
            from: answer.from.clone(),
            from_name,
            from_title,
            from_home: views(&answer.from_home),
            fallbacks: views(&answer.fallbacks),
        })
    }

    /// The choices for the find-help screen, in the current language.
    pub fn help_choices(&self) -> Result<HelpChoicesView, WaymarkError> {
        let directory = directory_of(&self.content).map_err(|e| self.error(&e))?;
        let chain = self.chain();
        let mut countries: Vec<HelpChoice> = directory
            .countries
            .values()
            .map(|c| HelpChoice {
                id: c.code.clone(),
                label: self.text(&chain, &c.name_msg),
            })
            .collect();
        // In the person's alphabet: accents and case folded ("États-Unis" with the E's).
        waymark_core::collate::sort_by_name(&mut countries, |c| &c.label);
        Ok(HelpChoicesView {
            countries,
            kinds: Kind::ALL
                .iter()
                .map(|k| HelpChoice {
                    id: k.as_str().to_owned(),
                    label: self.text(&chain, &format!("directory-kind-{}", k.as_str())),
                })
                .collect(),
            audiences: Audience::ALL
                .iter()
                .map(|a| HelpChoice {
                    id: a.as_str().to_owned(),
                    label: self.text(&chain, &format!("directory-audience-{}", a.as_str())),
                })
                .collect(),
        })
    }
}

impl Waymark {
    /// A message's text, or its id if the content lacks it (the checker prevents that).
    fn text(&self, chain: &[String], id: &str) -> String {
        self.content.l10n.text(chain, id)
    }

    fn text_with(&self, chain: &[String], id: &str, args: &[(&str, Value<'_>)]) -> String {
        self.content
            .l10n
            .format_with(chain, id, args)
            .map(|l| l.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    fn reason(
        &self,
        chain: &[String],
        reason: &Reason,
        service: &Service,
        language: Option<&str>,
    ) -> String {
        match reason {
            Reason::Emergency => self.text(chain, "directory-why-emergency"),
            Reason::OpenAlways => self.text(chain, "directory-why-open-always"),
            Reason::Need(kind) => {
                let kind = self.text(chain, &format!("directory-kind-{}", kind.as_str()));
                self.text_with(chain, "directory-why-need", &[("kind", Value::from(kind))])
            }
            Reason::Language => {
                let tag = language.unwrap_or_default();
                let id = format!("language-{tag}");
                let name = if self.content.l10n.has_message("en", &id) {
                    self.text(chain, &id)
                } else {
                    tag.to_owned()
                };
                self.text_with(
                    chain,
                    "directory-why-language",
                    &[("language", Value::from(name))],
                )
            }
            Reason::Interpreters => self.text(chain, "directory-why-interpreters"),
            Reason::Audience(a) => {
                let a = self.text(chain, &format!("directory-audience-{}", a.as_str()));
                self.text_with(
                    chain,
                    "directory-why-audience",
                    &[("audience", Value::from(a))],
                )
            }
            Reason::Region => self.text_with(
                chain,
                "directory-why-region",
                &[(
                    "region",
                    Value::from(service.region.clone().unwrap_or_default()),
                )],
            ),
            Reason::NoImmigrationReporting => self.text(chain, "directory-why-no-immigration"),
            Reason::Anonymous => self.text(chain, "directory-why-anonymous"),
            Reason::NoId => self.text(chain, "directory-why-no-id"),
        }
    }

    fn note_view(&self, chain: &[String], n: &Note) -> NoteView {
        NoteView {
            id: n.id.clone(),
            kind: n.kind.as_str().to_owned(),
            text: self.text(chain, &n.text_msg),
            source: n.source.clone(),
            last_verified: n.last_verified.clone(),
            confidence: n.confidence.as_str().to_owned(),
        }
    }

    fn emergency_view(&self, chain: &[String], e: &Emergency, today: &str) -> EmergencyView {
        EmergencyView {
            label: self.text(chain, &e.label_msg),
            number: e.number.clone(),
            uri: e.uri(),
            warning: e.warning_msg.as_deref().map(|w| self.text(chain, w)),
            source: e.source.clone(),
            last_verified: e.last_verified.clone(),
            out_of_date: out_of_date(&e.last_verified, today).unwrap_or(true),
            status: e.status.as_str().to_owned(),
            confidence: e.confidence.as_str().to_owned(),
        }
    }

    fn service_view(
        &self,
        chain: &[String],
        ranked: &Ranked<'_>,
        language: Option<&str>,
        today: &str,
    ) -> ServiceView {
        let s: &Service = ranked.service;
        ServiceView {
            id: s.id.clone(),
            name: self.text(chain, &s.name_msg),
            description: self.text(chain, &s.description_msg),
            kinds: s.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            channels: s
                .channels
                .iter()
                .map(|c| ChannelView {
                    kind: c.kind.as_str().to_owned(),
                    display: c.display.clone(),
                    uri: c.uri(),
                })
                .collect(),
            hours: self.text(
                chain,
                match s.hours {
                    Hours::Always => "directory-hours-always",
                    Hours::Unknown => "directory-hours-unknown",
                },
            ),
            languages: s.languages.clone(),
            cost: s.cost.as_str().to_owned(),
            audiences: s.audiences.iter().map(|a| a.as_str().to_owned()).collect(),
            safety: SafetyView {
                reports_to_police: s.safety.reports_to_police.as_str().to_owned(),
                reports_to_immigration: s.safety.reports_to_immigration.as_str().to_owned(),
                requires_id: s.safety.requires_id.as_str().to_owned(),
                anonymous_ok: s.safety.anonymous_ok.as_str().to_owned(),
                confidential: s.safety.confidential.as_str().to_owned(),
            },
            source: s.source.clone(),
            more_sources: s.more_sources.clone(),
            last_verified: s.last_verified.clone(),
            out_of_date: out_of_date(&s.last_verified, today).unwrap_or(true),
            status: s.status.as_str().to_owned(),
            confidence: s.confidence.as_str().to_owned(),
            confidence_text: self.text(chain, confidence_message(s.confidence)),
            warning: s.warning_msg.as_deref().map(|w| self.text(chain, w)),
            why: ranked
                .why()
                .iter()
                .map(|r| self.reason(chain, r, s, language))
                .collect(),
        }
    }
}

/// The message that says a confidence code in words.
pub fn confidence_message(c: Confidence) -> &'static str {
    match c {
        Confidence::A => "directory-confidence-a",
        Confidence::B => "directory-confidence-b",
        Confidence::BStar => "directory-confidence-bstar",
        Confidence::U => "directory-confidence-u",
        Confidence::C => "directory-confidence-c",
    }
}
