//! Find help: the help-locator on the facade. Field names match `waymark find-help --json`.
//! A query writes nothing: not the country, not the filters, never the coordinates.

use serde::Serialize;
use waymark_core::directory::{
    Audience, DirectoryError, Hours, Kind, Query, Ranked, Reason, Service,
    query::{directory_of, primary},
};
use waymark_core::i18n::Value;

use crate::{Waymark, WaymarkError};

/// What a person asks for. Only a country (or coordinates) is needed.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct HelpQuery {
    /// ISO 3166-1 alpha-2, any case. Without it, `latitude`/`longitude` pick the country;
    /// with neither, only the international fallbacks answer.
    #[uniffi(default = None)]
    pub country: Option<String>,
    #[uniffi(default = None)]
    pub region: Option<String>,
    /// Kinds of help (`trafficking_hotline`, `legal_aid`, ...).
    #[uniffi(default)]
    pub needs: Vec<String>,
    /// A language tag the person speaks.
    #[uniffi(default = None)]
    pub language: Option<String>,
    #[uniffi(default = None)]
    pub audience: Option<String>,
    #[uniffi(default = false)]
    pub no_immigration_reporting: bool,
    #[uniffi(default = false)]
    pub anonymous: bool,
    #[uniffi(default = false)]
    pub no_id: bool,
    #[uniffi(default = false)]
    pub danger_now: bool,
    /// Coarse coordinates for this one query; never stored or logged.
    #[uniffi(default = None)]
    pub latitude: Option<f64>,
    #[uniffi(default = None)]
    pub longitude: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EmergencyView {
    pub label: String,
    pub number: String,
    pub uri: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ChannelView {
    /// `phone`, `sms`, `whatsapp`, `email`, `web`, `walk_in`.
    pub kind: String,
    pub display: String,
    /// `tel:…`, `sms:…`, … for the shell's call/text/open action; none for walk-in.
    pub uri: Option<String>,
}

/// Each value is `yes`, `no`, `unknown` (and `only_with_consent` for the reporting two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SafetyView {
    pub reports_to_police: String,
    pub reports_to_immigration: String,
    pub requires_id: String,
    pub anonymous_ok: String,
    pub confidential: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
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
    pub last_verified: String,
    /// `verified` or `unconfirmed`.
    pub status: String,
    /// Localized reasons it is listed where it is.
    pub why: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct HelpView {
    pub country: Option<String>,
    pub emergency: Vec<EmergencyView>,
    pub services: Vec<ServiceView>,
    pub fallbacks: Vec<ServiceView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct HelpChoice {
    pub id: String,
    pub label: String,
}

/// What the find-help screen offers: the countries with entries (by localized name), and
/// the kinds and audiences a person can filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct HelpChoicesView {
    pub countries: Vec<HelpChoice>,
    pub kinds: Vec<HelpChoice>,
    pub audiences: Vec<HelpChoice>,
}

#[uniffi::export]
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
        let core_query = Query {
            country: query
                .country
                .filter(|c| !c.trim().is_empty() || coordinates.is_none()),
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
        Ok(HelpView {
            country: answer.country.clone(),
            emergency: answer
                .emergency
                .iter()
                .map(|e| EmergencyView {
                    label: self.text(&chain, &e.label_msg),
                    number: e.number.clone(),
                    uri: e.uri(),
                })
                .collect(),
            services: answer
                .services
                .iter()
                .map(|r| self.service_view(&chain, r, language))
                .collect(),
            fallbacks: answer
                .fallbacks
                .iter()
                .map(|r| self.service_view(&chain, r, language))
                .collect(),
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

    fn service_view(
        &self,
        chain: &[String],
        ranked: &Ranked<'_>,
        language: Option<&str>,
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
            last_verified: s.last_verified.clone(),
            status: s.status.as_str().to_owned(),
            why: ranked
                .why()
                .iter()
                .map(|r| self.reason(chain, r, s, language))
                .collect(),
        }
    }
}
