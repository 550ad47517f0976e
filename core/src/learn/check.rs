//! Content rules for the modules that the generic checker cannot know: lesson and quiz
//! sizes, answers among the choices, a general scenario, a story for every country with
//! its own story set and one for every macro-region, sources, and tracks that agree with
//! the modules' audiences.

use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::glossary::GlossaryFile;
use super::{
    Audience, DIR, GENERAL, GLOSSARY, MacroRegion, Module, REGIONS, RegionsFile, TRACKS, TracksFile,
};
use crate::content::ContentSource;
use crate::content::check::{Messages, Problem, line_of};

/// The curriculum's modules, by their stable ids.
pub const REQUIRED_MODULES: [&str; 7] = [
    "trafficking_and_smuggling",
    "how_recruiters_lie",
    "rights_at_work",
    "warning_signs",
    "safe_migration",
    "getting_help",
    "for_leaders",
];

/// The countries of the communities served first: each has a story of its own in every
/// module, so a Haitian reader never gets a Jamaican story.
pub const STORY_COUNTRIES: [&str; 11] = [
    "JM", "HT", "TT", "NG", "GH", "SN", "KE", "UG", "ET", "CA", "US",
];

pub const MIN_LESSONS: usize = 3;
pub const MAX_LESSONS: usize = 6;
pub const MIN_QUESTIONS: usize = 5;

pub fn validate(source: &ContentSource, _messages: &Messages) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    if source.under(DIR).next().is_none() {
        return problems;
    }
    let macro_regions = check_regions(source, &mut problems);
    for (path, text) in source.under(DIR) {
        if !path.ends_with(".toml") || path == TRACKS || path == REGIONS || path == GLOSSARY {
            continue;
        }
        // Syntax errors are reported by the generic TOML check; shape errors here.
        let Ok(value) = toml::from_str::<toml::Value>(text) else {
            continue;
        };
        let module: Module = match value.try_into() {
            Ok(m) => m,
            Err(e) => {
                problems.push(Problem::new(path, None, None, format!("not a module: {e}")));
                continue;
            }
        };
        check_module(path, text, &module, &mut problems);
        check_stories(path, text, &module, &macro_regions, &mut problems);
        modules.insert(module.module.id.clone(), module);
    }
    for id in REQUIRED_MODULES {
        if !modules.contains_key(id) {
            problems.push(Problem::new(
                DIR,
                None,
                Some(id),
                "required module is missing",
            ));
        }
    }
    check_tracks(source, &modules, &mut problems);
    check_glossary(source, &mut problems);
    problems
}

fn check_glossary(source: &ContentSource, problems: &mut Vec<Problem>) {
    let Some(text) = source.get(GLOSSARY) else {
        problems.push(Problem::new(GLOSSARY, None, None, "missing"));
        return;
    };
    let Ok(value) = toml::from_str::<toml::Value>(text) else {
        return;
    };
    let file: GlossaryFile = match value.try_into() {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem::new(
                GLOSSARY,
                None,
                None,
                format!("not a glossary: {e}"),
            ));
            return;
        }
    };
    if file.terms.is_empty() {
        problems.push(Problem::new(GLOSSARY, None, None, "has no terms"));
    }
    let mut seen = std::collections::BTreeSet::new();
    for t in &file.terms {
        let mut problem = |needle: &str, what: String| {
            problems.push(Problem::new(
                GLOSSARY,
                line_of(text, needle),
                Some(&t.id),
                what,
            ));
        };
        if !seen.insert(t.id.as_str()) {
            problem(&t.term_msg, format!("term `{}` is listed twice", t.id));
        }
        check_fact(&t.id, &t.source, &t.last_verified, &mut problem);
    }
}

/// Warnings, not errors: quizzes whose right answers are a pattern a reader can learn
/// without reading (mostly the longest choice, or mostly in one place). Lengths are the
/// English texts'; translations follow them closely enough.
pub fn warnings(source: &ContentSource) -> Vec<Problem> {
    let en = en_texts(source);
    let mut warnings = Vec::new();
    for (path, text) in source.under(DIR) {
        if !path.ends_with(".toml") || path == TRACKS || path == GLOSSARY {
            continue;
        }
        let Ok(value) = toml::from_str::<toml::Value>(text) else {
            continue;
        };
        let Ok(module) = value.try_into::<Module>() else {
            continue;
        };
        warnings.extend(quiz_warnings(path, text, &module, &en));
    }
    warnings
}

fn quiz_warnings(
    path: &str,
    text: &str,
    m: &Module,
    en: &BTreeMap<String, String>,
) -> Vec<Problem> {
    let n = m.quiz.len();
    let length = |msg: &str| en.get(msg).map_or(0, |t| t.chars().count());
    let mut longest = 0;
    let mut places: BTreeMap<usize, usize> = BTreeMap::new();
    for q in &m.quiz {
        let Some(place) = q.choices.iter().position(|c| c.id == q.answer) else {
            continue;
        };
        *places.entry(place).or_default() += 1;
        let right = length(&q.choices[place].text_msg);
        if q.choices.len() > 1
            && q.choices
                .iter()
                .enumerate()
                .all(|(i, c)| i == place || length(&c.text_msg) < right)
        {
            longest += 1;
        }
    }
    let mut out = Vec::new();
    let mut warn = |what: String| {
        out.push(Problem::new(
            path,
            line_of(text, "[[quiz]]"),
            Some(&m.module.id),
            what,
        ));
    };
    if longest * 2 > n {
        warn(format!(
            "the right answer is the longest choice in {longest} of {n} questions; a reader can guess by length"
        ));
    }
    if let Some((place, count)) = places.iter().max_by_key(|(_, c)| **c)
        && count * 2 > n
    {
        warn(format!(
            "the right answer is choice {} in {count} of {n} questions; a reader can guess by place",
            place + 1
        ));
    }
    out
}

/// The plain text of every English message (placeables left out), by id.
fn en_texts(source: &ContentSource) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for (path, text) in source.under("l10n/en/") {
        if !path.ends_with(".ftl") {
            continue;
        }
        // The content checker reports entries nested too deep; here they are left out.
        let text = crate::i18n::nesting::parseable(text);
        let resource = match fluent_syntax::parser::parse(text.as_ref()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let Some(pattern) = message.value else {
                continue;
            };
            let plain: String = pattern
                .elements
                .iter()
                .filter_map(|e| match e {
                    ast::PatternElement::TextElement { value } => Some(*value),
                    ast::PatternElement::Placeable { .. } => None,
                })
                .collect();
            texts.insert(message.id.name.to_owned(), plain);
        }
    }
    texts
}

fn check_module(path: &str, text: &str, m: &Module, problems: &mut Vec<Problem>) {
    let id = m.module.id.as_str();
    let mut problem = |needle: &str, what: String| {
        problems.push(Problem::new(path, line_of(text, needle), Some(id), what));
    };
    let stem = path
        .strip_prefix(DIR)
        .and_then(|p| p.strip_suffix(".toml"))
        .unwrap_or_default();
    if stem != id {
        problem(
            "[module]",
            format!("module id must match the file name `{stem}`"),
        );
    }
    if m.module.audiences.is_empty() {
        problem("audiences", "a module serves at least one audience".into());
    }
    if !(MIN_LESSONS..=MAX_LESSONS).contains(&m.lessons.len()) {
        problem(
            "[[lessons]]",
            format!(
                "has {} lessons; a module has {MIN_LESSONS} to {MAX_LESSONS}",
                m.lessons.len()
            ),
        );
    }
    for l in &m.lessons {
        if l.points_msgs.is_empty() {
            problem(&l.title_msg, format!("lesson `{}` has no key points", l.id));
        }
        check_fact(&l.id, &l.source, &l.last_verified, &mut problem);
    }
    if m.quiz.len() < MIN_QUESTIONS {
        problem(
            "[[quiz]]",
            format!(
                "has {} quiz questions; a module has at least {MIN_QUESTIONS}",
                m.quiz.len()
            ),
        );
    }
    for q in &m.quiz {
        if q.choices.len() < 2 {
            problem(
                &q.prompt_msg,
                format!("question `{}` needs at least two choices", q.id),
            );
        }
        if !q.choices.iter().any(|c| c.id == q.answer) {
            problem(
                &q.prompt_msg,
                format!(
                    "question `{}`: answer `{}` is not one of its choices",
                    q.id, q.answer
                ),
            );
        }
        check_fact(&q.id, &q.source, &q.last_verified, &mut problem);
    }
    let generals: Vec<_> = m.scenarios.iter().filter(|s| s.id == GENERAL).collect();
    if generals.len() != 1
        || !generals
            .iter()
            .all(|s| s.regions.is_empty() && s.macro_region.is_none())
    {
        problem(
            "[[scenarios]]",
            "needs one `general` scenario with no regions (the fallback)".into(),
        );
    }
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for s in &m.scenarios {
        if s.id != GENERAL && s.regions.is_empty() {
            problem(
                &s.title_msg,
                format!("scenario `{}` lists no regions", s.id),
            );
        }
        for r in &s.regions {
            if r.len() != 2 || !r.bytes().all(|b| b.is_ascii_uppercase()) {
                problem(
                    &s.title_msg,
                    format!(
                        "scenario `{}`: `{r}` is not a two-letter country code",
                        s.id
                    ),
                );
            }
            if let Some(other) = seen.insert(r, &s.id) {
                problem(
                    &s.title_msg,
                    format!("region `{r}` is in scenarios `{other}` and `{}`", s.id),
                );
            }
        }
    }
}

/// The macro-regions file: two-letter countries, each in one macro-region at most.
fn check_regions(source: &ContentSource, problems: &mut Vec<Problem>) -> Vec<MacroRegion> {
    let Some(text) = source.get(REGIONS) else {
        problems.push(Problem::new(REGIONS, None, None, "missing"));
        return Vec::new();
    };
    let Ok(value) = toml::from_str::<toml::Value>(text) else {
        return Vec::new();
    };
    let regions = match value.try_into::<RegionsFile>() {
        Ok(r) => r.regions,
        Err(e) => {
            problems.push(Problem::new(
                REGIONS,
                None,
                None,
                format!("not a regions file: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for r in &regions {
        for c in &r.countries {
            let line = line_of(text, &format!("id = \"{}\"", r.id));
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                problems.push(Problem::new(
                    REGIONS,
                    line,
                    Some(&r.id),
                    format!("`{c}` is not a two-letter country code"),
                ));
            }
            if let Some(other) = seen.insert(c, &r.id) {
                problems.push(Problem::new(
                    REGIONS,
                    line,
                    Some(&r.id),
                    format!("country `{c}` is in macro-regions `{other}` and `{}`", r.id),
                ));
            }
        }
    }
    regions
}

/// Every country of [`STORY_COUNTRIES`] has a story of its own, and every macro-region
/// exactly one story that serves it, set in one of its countries.
fn check_stories(
    path: &str,
    text: &str,
    m: &Module,
    macro_regions: &[MacroRegion],
    problems: &mut Vec<Problem>,
) {
    let id = m.module.id.as_str();
    let mut problem = |needle: &str, what: String| {
        problems.push(Problem::new(path, line_of(text, needle), Some(id), what));
    };
    for country in STORY_COUNTRIES {
        if !m
            .scenarios
            .iter()
            .any(|s| s.regions.iter().any(|r| r == country))
        {
            problem(
                "[[scenarios]]",
                format!(
                    "no story set in `{country}`; every country with its own story set needs one"
                ),
            );
        }
    }
    for s in &m.scenarios {
        let Some(name) = &s.macro_region else {
            continue;
        };
        match macro_regions.iter().find(|r| &r.id == name) {
            None => problem(
                &s.title_msg,
                format!("scenario `{}`: unknown macro-region `{name}`", s.id),
            ),
            Some(area) => {
                if let Some(r) = s.regions.iter().find(|r| !area.countries.contains(r)) {
                    problem(
                        &s.title_msg,
                        format!("scenario `{}`: `{r}` is not in macro-region `{name}`", s.id),
                    );
                }
            }
        }
    }
    for area in macro_regions {
        let serving = m
            .scenarios
            .iter()
            .filter(|s| s.macro_region.as_deref() == Some(area.id.as_str()))
            .count();
        if serving != 1 {
            problem(
                "[[scenarios]]",
                format!(
                    "{serving} stories serve macro-region `{}`; one must (its countries without a story of their own get it)",
                    area.id
                ),
            );
        }
    }
}

fn check_fact(id: &str, source: &str, verified: &str, problem: &mut impl FnMut(&str, String)) {
    if source.trim().is_empty() {
        problem(id, format!("`{id}` has an empty source"));
    }
    let b = verified.as_bytes();
    let date_like = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !date_like {
        problem(
            id,
            format!("`{id}`: last_verified must be a date (YYYY-MM-DD)"),
        );
    }
}

fn check_tracks(
    source: &ContentSource,
    modules: &BTreeMap<String, Module>,
    problems: &mut Vec<Problem>,
) {
    let Some(text) = source.get(TRACKS) else {
        problems.push(Problem::new(TRACKS, None, None, "missing"));
        return;
    };
    let Ok(value) = toml::from_str::<toml::Value>(text) else {
        return;
    };
    let tracks: TracksFile = match value.try_into() {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::new(
                TRACKS,
                None,
                None,
                format!("not a tracks file: {e}"),
            ));
            return;
        }
    };
    for audience in Audience::ALL {
        let Some(track) = tracks.tracks.iter().find(|t| t.id == audience) else {
            problems.push(Problem::new(
                TRACKS,
                None,
                Some(audience.as_str()),
                "no track for this audience",
            ));
            continue;
        };
        for id in &track.modules {
            match modules.get(id) {
                None => problems.push(Problem::new(
                    TRACKS,
                    line_of(text, &format!("\"{id}\"")),
                    Some(id),
                    format!("track `{}` names an unknown module", audience.as_str()),
                )),
                Some(m) if !m.serves(audience) => problems.push(Problem::new(
                    TRACKS,
                    None,
                    Some(id),
                    format!(
                        "track `{}` lists a module whose audiences do not include it",
                        audience.as_str()
                    ),
                )),
                Some(_) => {}
            }
        }
        for (id, m) in modules {
            if m.serves(audience) && !track.modules.contains(id) {
                problems.push(Problem::new(
                    TRACKS,
                    None,
                    Some(id),
                    format!(
                        "module serves `{}` but that track does not list it",
                        audience.as_str()
                    ),
                ));
            }
        }
    }
}
