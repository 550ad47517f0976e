//! The help-locator: one query in, a ranked answer out. Filters sort, they never hide: a
//! service that does not match is still listed, in its own group after the ones that do,
//! so nobody loses a number because of a filter, and each entry says why it matched. A
//! safety filter counts only a confirmed answer: a service whose answer is `unknown` is
//! in the "not confirmed" group, never among the matches.

use std::sync::Arc;

use once_cell::sync::OnceCell;

use super::{
    Audience, CountryEntry, Directory, DirectoryError, Emergency, Facts, Kind, LANGUAGE_OVERFLOW,
    Note, Service, codes, geo,
};
use crate::content::Content;

/// What a person asked for. Everything is optional except a way to know the country.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// An ISO 3166-1 alpha-2 code as typed (`jm` is fine).
    pub country: Option<String>,
    /// The country the person comes from (a citizen of), as typed: adds what it offers
    /// its citizens where they are.
    pub from: Option<String>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// An emergency service, first because the person is in danger now.
    Emergency,
    /// Open 24 hours (counts when the person is in danger now).
    OpenAlways,
    Need(Kind),
    /// Speaks the language the person asked for.
    Language,
    /// Interpreters in many languages.
    Interpreters,
    Audience(Audience),
    /// In the region the person asked for (the service's `region`).
    Region,
    NoImmigrationReporting,
    Anonymous,
    NoId,
}

/// The reasons an entry matched, as bits, so ranking 10,000 entries allocates nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Bits(u32);

const EMERGENCY: u32 = 1;
const OPEN_ALWAYS: u32 = 1 << 1;
const LANGUAGE: u32 = 1 << 2;
const INTERPRETERS: u32 = 1 << 3;
const AUDIENCE: u32 = 1 << 4;
const REGION: u32 = 1 << 5;
const NO_IMMIGRATION: u32 = 1 << 6;
const ANONYMOUS: u32 = 1 << 7;
const NO_ID: u32 = 1 << 8;
/// Bit of the first kind of help; one bit per [`Kind`] above it.
const NEED_SHIFT: u32 = 16;
/// `Kind::Emergency` and `Audience::Anyone` in their [`Facts`] bit sets.
const KIND_EMERGENCY: u16 = 1 << 1;
const AUDIENCE_ANYONE: u8 = 1;

/// Where a service stands against the person's filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Meets every filter (or no filter was set).
    Match,
    /// Meets every other filter, but a safety answer the person asked about is `unknown`.
    NotConfirmed,
    /// Fails a filter on a confirmed fact.
    NoMatch,
}

#[derive(Debug, Clone, Copy)]
pub struct Ranked<'a> {
    pub service: &'a Service,
    /// Whether the entry meets every filter the person set.
    pub matches: bool,
    pub group: Group,
    bits: Bits,
    audience: Option<Audience>,
}

impl Ranked<'_> {
    /// Why this entry is listed where it is, most important first.
    pub fn why(&self) -> Vec<Reason> {
        let b = self.bits.0;
        let mut why = Vec::new();
        let mut add = |bit: u32, reason: Reason| {
            if b & bit != 0 {
                why.push(reason);
            }
        };
        add(EMERGENCY, Reason::Emergency);
        add(OPEN_ALWAYS, Reason::OpenAlways);
        for (i, kind) in Kind::ALL.iter().enumerate() {
            add(1 << (NEED_SHIFT + i as u32), Reason::Need(*kind));
        }
        add(LANGUAGE, Reason::Language);
        add(INTERPRETERS, Reason::Interpreters);
        if let Some(a) = self.audience {
            add(AUDIENCE, Reason::Audience(a));
        }
        add(REGION, Reason::Region);
        add(NO_IMMIGRATION, Reason::NoImmigrationReporting);
        add(ANONYMOUS, Reason::Anonymous);
        add(NO_ID, Reason::NoId);
        why
    }
}

#[derive(Debug, Clone)]
pub struct Answer<'a> {
    /// The country answered for; `None` when none was given or found (fallbacks only).
    pub country: Option<String>,
    /// Sourced warnings about the country (and "no emergency number found"), shown
    /// before its numbers.
    pub notes: Vec<&'a Note>,
    /// The country's emergency numbers, always first on the screen.
    pub emergency: Vec<&'a Emergency>,
    /// The services that meet every filter (all of them when no filter is set).
    pub services: Vec<Ranked<'a>>,
    /// Services whose answer to a safety filter is `unknown`: shown apart, "not confirmed".
    pub not_confirmed: Vec<Ranked<'a>>,
    /// Services that fail a filter on a confirmed fact: still listed, last.
    pub other_services: Vec<Ranked<'a>>,
    /// The country the person comes from, when given and not the country they are in.
    pub from: Option<String>,
    /// What `from` offers its citizens in `country` (missions there, lines that take
    /// calls from abroad).
    pub from_home: Vec<Ranked<'a>>,
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
pub fn primary(tag: &str) -> String {
    primary_str(tag).to_ascii_lowercase()
}

fn primary_str(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

/// The one rule for a country code a person types, everywhere (find-help, workshop
/// sessions, learning modules): two letters, any case, officially assigned in ISO 3166-1
/// (`ZZ`, `USA`, `!!` are refused).
pub fn parse_country(typed: &str) -> Result<String, DirectoryError> {
    let code = codes::normalize(typed).ok_or(DirectoryError::InvalidCountry)?;
    if codes::is_assigned(&code) {
        Ok(code)
    } else {
        Err(DirectoryError::InvalidCountry)
    }
}

impl Directory {
    /// Answers a query. Malformed input (a country code that is not ISO 3166-1 alpha-2,
    /// a language tag that does not parse, coordinates off the planet) is an error; a real
    /// country with no entries answers with the international fallbacks.
    pub fn find(&self, query: &Query) -> Result<Answer<'_>, DirectoryError> {
        let country = match (&query.country, query.coordinates) {
            (Some(typed), _) => Some(parse_country(typed)?),
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
        let from = match &query.from {
            Some(typed) if !typed.trim().is_empty() => Some(parse_country(typed)?),
            _ => None,
        }
        .filter(|f| country.as_deref() != Some(f.as_str()));
        let entry: Option<&CountryEntry> = country.as_deref().and_then(|c| self.country(c));
        let region = query
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let wanted = Wanted {
            query,
            // A language no entry lists matches nothing (interpreters still count).
            language: language
                .as_deref()
                .map(|l| self.language_bit(l).unwrap_or(0)),
            language_tag: language.as_deref(),
            region,
            needs: query.needs.iter().fold(0u16, |acc, k| {
                acc | 1 << Kind::ALL.iter().position(|x| x == k).unwrap_or(15)
            }),
            audience: query
                .audience
                .map(|a| 1u8 << Audience::ALL.iter().position(|x| *x == a).unwrap_or(7)),
            filters: query.has_filters(),
        };
        let (services, facts) = entry
            .map(|e| (e.services.as_slice(), e.facts.as_slice()))
            .unwrap_or_default();
        let ranked = rank(services, facts, &wanted, |s| s.in_country());
        let (mut matched, mut not_confirmed, mut other_services) = (vec![], vec![], vec![]);
        for r in ranked {
            match r.group {
                Group::Match => matched.push(r),
                Group::NotConfirmed => not_confirmed.push(r),
                Group::NoMatch => other_services.push(r),
            }
        }
        let home = from.as_deref().and_then(|f| self.country(f));
        let from_home = match (home, country.as_deref()) {
            (Some(home), Some(here)) => rank(
                &home.services,
                &home.facts,
                &Wanted {
                    region: None,
                    ..wanted
                },
                |s| s.serves_citizens_in(here),
            ),
            _ => Vec::new(),
        };
        Ok(Answer {
            country,
            notes: entry.map(|e| e.notes.iter().collect()).unwrap_or_default(),
            emergency: entry
                .map(|e| e.emergency.iter().collect())
                .unwrap_or_default(),
            services: matched,
            not_confirmed,
            other_services,
            from,
            from_home,
            fallbacks: rank(
                &self.fallbacks,
                &self.fallback_facts,
                &Wanted {
                    region: None,
                    ..wanted
                },
                |_| true,
            ),
        })
    }
}

/// The query, prepared once for ranking.
#[derive(Clone, Copy)]
struct Wanted<'q> {
    query: &'q Query,
    /// The language's bit in the directory's table (0: no entry lists it).
    language: Option<u64>,
    language_tag: Option<&'q str>,
    region: Option<&'q str>,
    needs: u16,
    audience: Option<u8>,
    filters: bool,
}

fn rank<'a>(
    services: &'a [Service],
    facts: &[Facts],
    wanted: &Wanted,
    listed: impl Fn(&Service) -> bool,
) -> Vec<Ranked<'a>> {
    let danger_now = wanted.query.danger_now;
    // A regional entry shows only for its own region (or when no region is asked).
    let shown = |service: &Service, f: &Facts| {
        listed(service)
            && match (f.has_region, wanted.region, &service.region) {
                (true, Some(asked), Some(theirs)) => theirs.eq_ignore_ascii_case(asked),
                _ => true,
            }
    };
    // Emergency first (in danger now), then entries that meet every filter, then more
    // reasons before fewer. The key has 128 values, so a stable counting sort orders
    // 10,000 entries in two passes with one allocation; among equals the content's own
    // order stands.
    let key = |r: &Ranked| -> usize {
        let not_emergency = !(danger_now && r.bits.0 & EMERGENCY != 0);
        let fewer = 31 - r.bits.0.count_ones().min(31) as usize;
        (usize::from(not_emergency) << 6) | (usize::from(!r.matches) << 5) | fewer
    };
    let judged = || {
        services
            .iter()
            .zip(facts)
            .filter(|(s, f)| shown(s, f))
            .map(|(s, f)| judge(s, f, wanted))
    };
    let mut starts = [0usize; 129];
    let mut first = None;
    for r in judged() {
        starts[key(&r) + 1] += 1;
        first.get_or_insert(r);
    }
    let Some(first) = first else {
        return Vec::new();
    };
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut out = vec![first; starts[128]];
    for r in judged() {
        let k = key(&r);
        out[starts[k]] = r;
        starts[k] += 1;
    }
    out
}

/// Which of the person's criteria a service meets, and whether it meets them all.
fn judge<'a>(service: &'a Service, f: &Facts, w: &Wanted) -> Ranked<'a> {
    let q = w.query;
    let mut bits = 0u32;
    let mut all = true;
    if q.danger_now {
        if f.kinds & KIND_EMERGENCY != 0 {
            bits |= EMERGENCY;
        }
        if f.open_always {
            bits |= OPEN_ALWAYS;
        }
    }
    if w.needs != 0 {
        let met = f.kinds & w.needs;
        bits |= u32::from(met) << NEED_SHIFT;
        all &= met != 0;
    }
    if let Some(lang) = w.language {
        let speaks = if lang == LANGUAGE_OVERFLOW || f.languages & LANGUAGE_OVERFLOW != 0 {
            let tag = w.language_tag.unwrap_or_default();
            service
                .languages
                .iter()
                .any(|l| primary_str(l).eq_ignore_ascii_case(tag))
        } else {
            f.languages & lang != 0
        };
        if speaks {
            bits |= LANGUAGE;
        } else if f.any_language {
            bits |= INTERPRETERS;
        } else {
            all = false;
        }
    }
    if let Some(audience) = w.audience {
        if f.audiences & audience != 0 {
            bits |= AUDIENCE;
        } else {
            // A service for anyone still serves this person, but without a reason to
            // rank it above one made for them.
            all &= f.audiences & AUDIENCE_ANYONE != 0;
        }
    }
    if f.has_region && w.region.is_some() {
        bits |= REGION;
    }
    // Safety filters count only when the service says so plainly: `unknown` is not `no`,
    // and a service that is `unknown` goes to its own "not confirmed" group.
    let mut unconfirmed = false;
    for (wanted, ok, unknown, bit) in [
        (
            q.no_immigration_reporting,
            f.no_immigration,
            f.immigration_unknown,
            NO_IMMIGRATION,
        ),
        (q.anonymous, f.anonymous, f.anonymous_unknown, ANONYMOUS),
        (q.no_id, f.no_id, f.id_unknown, NO_ID),
    ] {
        if wanted {
            if ok {
                bits |= bit;
            } else if unknown {
                unconfirmed = true;
            } else {
                all = false;
            }
        }
    }
    let group = match (!w.filters || (all && !unconfirmed), all) {
        (true, _) => Group::Match,
        (false, true) => Group::NotConfirmed,
        (false, false) => Group::NoMatch,
    };
    Ranked {
        service,
        group,
        matches: group == Group::Match,
        bits: Bits(bits),
        audience: q.audience,
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
        emergency: if urgent
            || (answer.services.is_empty()
                && answer.not_confirmed.is_empty()
                && answer.other_services.is_empty())
        {
            answer.emergency.iter().map(|e| (*e).clone()).collect()
        } else {
            Vec::new()
        },
        services: answer
            .services
            .iter()
            .chain(&answer.not_confirmed)
            .chain(&answer.other_services)
            .take(3)
            .map(|r| r.service.clone())
            .collect(),
        fallbacks: answer.fallbacks.iter().map(|r| r.service.clone()).collect(),
    })
}
