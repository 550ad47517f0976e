//! The help-locator: one query in, a ranked answer out. Filters rank, they never hide: a
//! service that does not match is still listed after the ones that do, so nobody loses a
//! number because of a filter, and each entry says why it matched.

use std::cmp::Reverse;
use std::sync::Arc;

use once_cell::sync::OnceCell;

use super::{
    ANY_LANGUAGE, Audience, CountryEntry, Directory, DirectoryError, Emergency, Hours, Kind,
    Reports, Service, YesNo, codes, geo,
};
use crate::content::Content;

/// What a person asked for. Everything is optional except a way to know the country.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// An ISO 3166-1 alpha-2 code as typed (`jm` is fine).
    pub country: Option<String>,
    pub region: Option<String>,
    pub needs: Vec<Kind>,
    /// A language tag the person speaks (`fr`, `sw-KE`).
    pub language: Option<String>,
    pub audience: Option<Audience>,
    pub no_immigration_reporting: bool,
    pub anonymous: bool,
    pub no_id: bool,
    pub danger_now: bool,
    /// Coarse coordinates for this one query, used only when `country` is absent. They
    /// are read here and dropped with the query: nothing keeps or logs them.
    pub coordinates: Option<(f64, f64)>,
}

/// Why an entry is where it is in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// An emergency service, first because the person is in danger now.
    Emergency,
    /// Open 24 hours (counts when the person is in danger now).
    OpenAlways,
    Need(Kind),
    Language(String),
    /// Interpreters in many languages.
    Interpreters,
    Audience(Audience),
    Region(String),
    NoImmigrationReporting,
    Anonymous,
    NoId,
}

#[derive(Debug, Clone)]
pub struct Ranked<'a> {
    pub service: &'a Service,
    pub why: Vec<Reason>,
    /// Whether the entry meets every filter the person set.
    pub matches: bool,
}

#[derive(Debug, Clone)]
pub struct Answer<'a> {
    /// The country answered for; `None` when none was given or found (fallbacks only).
    pub country: Option<String>,
    /// The country's emergency numbers, always first on the screen.
    pub emergency: Vec<&'a Emergency>,
    pub services: Vec<Ranked<'a>>,
    pub fallbacks: Vec<Ranked<'a>>,
}

impl Query {
    /// Parses the words a shell passes (kinds, audience) into a query.
    pub fn with_words(
        mut self,
        needs: &[String],
        audience: Option<&str>,
    ) -> Result<Self, DirectoryError> {
        for need in needs {
            self.needs
                .push(Kind::parse(need.trim()).ok_or(DirectoryError::UnknownKind)?);
        }
        if let Some(a) = audience {
            self.audience = Some(Audience::parse(a.trim()).ok_or(DirectoryError::UnknownAudience)?);
        }
        Ok(self)
    }

    fn has_filters(&self) -> bool {
        !self.needs.is_empty()
            || self.language.is_some()
            || self.audience.is_some()
            || self.region.is_some()
            || self.no_immigration_reporting
            || self.anonymous
            || self.no_id
    }
}

/// The primary language subtag, lower case (`sw-KE` → `sw`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

impl Directory {
    /// Answers a query. Malformed input (a country code that is not ISO 3166-1 alpha-2,
    /// a language tag that does not parse, coordinates off the planet) is an error; a real
    /// country with no entries answers with the international fallbacks.
    pub fn find(&self, query: &Query) -> Result<Answer<'_>, DirectoryError> {
        let country = match (&query.country, query.coordinates) {
            (Some(typed), _) => {
                let code = codes::normalize(typed).ok_or(DirectoryError::InvalidCountry)?;
                if !codes::is_assigned(&code) {
                    return Err(DirectoryError::InvalidCountry);
                }
                Some(code)
            }
            (None, Some((lat, lon))) => {
                if !geo::valid(lat, lon) {
                    return Err(DirectoryError::InvalidCoordinates);
                }
                geo::country_at(lat, lon).map(str::to_owned)
            }
            (None, None) => None,
        };
        let language = match &query.language {
            Some(tag) => {
                crate::i18n::parse_tag(tag).map_err(|_| DirectoryError::InvalidLanguage)?;
                Some(primary(tag))
            }
            None => None,
        };
        let entry: Option<&CountryEntry> = country.as_deref().and_then(|c| self.country(c));
        let region = query
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let services = entry
            .map(|e| {
                e.services
                    .iter()
                    .filter(|s| match (&s.region, region) {
                        (Some(theirs), Some(asked)) => theirs.eq_ignore_ascii_case(asked),
                        _ => true,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        Ok(Answer {
            country,
            emergency: entry
                .map(|e| e.emergency.iter().collect())
                .unwrap_or_default(),
            services: rank(services, query, language.as_deref(), region),
            fallbacks: rank(
                self.fallbacks.iter().collect(),
                query,
                language.as_deref(),
                None,
            ),
        })
    }
}

fn rank<'a>(
    services: Vec<&'a Service>,
    query: &Query,
    language: Option<&str>,
    region: Option<&str>,
) -> Vec<Ranked<'a>> {
    let filters = query.has_filters();
    let mut ranked: Vec<(usize, Ranked<'a>)> = services
        .into_iter()
        .enumerate()
        .map(|(order, service)| (order, judge(service, query, language, region, filters)))
        .collect();
    ranked.sort_by_key(|(order, r)| {
        let emergency_first = query.danger_now && r.service.kinds.contains(&Kind::Emergency);
        (!emergency_first, !r.matches, Reverse(r.why.len()), *order)
    });
    ranked.into_iter().map(|(_, r)| r).collect()
}

/// Which of the person's criteria a service meets, and whether it meets them all.
fn judge<'a>(
    service: &'a Service,
    query: &Query,
    language: Option<&str>,
    region: Option<&str>,
    filters: bool,
) -> Ranked<'a> {
    let mut why = Vec::new();
    let mut all = true;
    if query.danger_now {
        if service.kinds.contains(&Kind::Emergency) {
            why.push(Reason::Emergency);
        }
        if service.hours == Hours::Always {
            why.push(Reason::OpenAlways);
        }
    }
    if !query.needs.is_empty() {
        let met: Vec<_> = query
            .needs
            .iter()
            .filter(|k| service.kinds.contains(k))
            .collect();
        all &= !met.is_empty();
        why.extend(met.into_iter().map(|k| Reason::Need(*k)));
    }
    if let Some(lang) = language {
        if service.languages.iter().any(|l| primary(l) == lang) {
            why.push(Reason::Language(lang.to_owned()));
        } else if service.languages.iter().any(|l| l == ANY_LANGUAGE) {
            why.push(Reason::Interpreters);
        } else {
            all = false;
        }
    }
    if let Some(audience) = query.audience {
        if service.audiences.contains(&audience) {
            why.push(Reason::Audience(audience));
        } else {
            // A service for anyone still serves this person, but without a reason to
            // rank it above one made for them.
            all &= service.audiences.contains(&Audience::Anyone);
        }
    }
    if let (Some(asked), Some(theirs)) = (region, &service.region) {
        if theirs.eq_ignore_ascii_case(asked) {
            why.push(Reason::Region(theirs.clone()));
        }
    }
    // Safety filters count only when the service says so plainly: `unknown` is not `no`.
    if query.no_immigration_reporting {
        let ok = service.safety.reports_to_immigration == Reports::No;
        all &= ok;
        if ok {
            why.push(Reason::NoImmigrationReporting);
        }
    }
    if query.anonymous {
        let ok = service.safety.anonymous_ok == YesNo::Yes;
        all &= ok;
        if ok {
            why.push(Reason::Anonymous);
        }
    }
    if query.no_id {
        let ok = service.safety.requires_id == YesNo::No;
        all &= ok;
        if ok {
            why.push(Reason::NoId);
        }
    }
    Ranked {
        service,
        why,
        matches: !filters || all,
    }
}

/// The directory of a content tree: parsed once for the embedded content, per call for
/// a content folder a shell loaded (rare: developers and content reviewers).
pub fn directory_of(content: &Arc<Content>) -> Result<Arc<Directory>, DirectoryError> {
    static EMBEDDED: OnceCell<Arc<Directory>> = OnceCell::new();
    let embedded = Content::embedded()?;
    if Arc::ptr_eq(content, &embedded) {
        return EMBEDDED
            .get_or_try_init(|| Directory::load(&embedded.source).map(Arc::new))
            .cloned();
    }
    Directory::load(&content.source).map(Arc::new)
}

/// What the screening report shows when its result is high or urgent: the country's
/// emergency numbers (when `urgent`) and its best-matching trafficking, labour and
/// migrant services, owned so the caller can localize `name_msg`/`description_msg` itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpSuggestion {
    pub country: Option<String>,
    pub emergency: Vec<Emergency>,
    pub services: Vec<Service>,
    pub fallbacks: Vec<Service>,
}

/// For the screening report: help to suggest in `country` (ISO alpha-2, any case) when
/// the risk is high (`urgent = false`) or urgent (`urgent = true`: emergency numbers and
/// emergency services first). At most three services; a country with no entries gives
/// only the international fallbacks. Writes nothing.
pub fn suggest_help_for_country(
    content: &Arc<Content>,
    country: &str,
    urgent: bool,
) -> Result<HelpSuggestion, DirectoryError> {
    let directory = directory_of(content)?;
    let query = Query {
        country: Some(country.to_owned()),
        needs: vec![
            Kind::TraffickingHotline,
            Kind::LabourRights,
            Kind::MigrantSupport,
        ],
        danger_now: urgent,
        ..Query::default()
    };
    let answer = directory.find(&query)?;
    Ok(HelpSuggestion {
        country: answer.country.clone(),
        emergency: if urgent || answer.services.is_empty() {
            answer.emergency.iter().map(|e| (*e).clone()).collect()
        } else {
            Vec::new()
        },
        services: answer
            .services
            .iter()
            .take(3)
            .map(|r| r.service.clone())
            .collect(),
        fallbacks: answer.fallbacks.iter().map(|r| r.service.clone()).collect(),
    })
}
