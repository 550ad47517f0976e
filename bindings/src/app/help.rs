//! Find help: where are you, "I am in danger now", optional filters (each shown on or off,
//! each can be turned off again), then the results (help_results.rs). A typed country or
//! language code is checked when it is submitted; the form lives in these pages only,
//! never written anywhere (what someone looks for is nobody's business).

use std::sync::{Arc, Mutex, MutexGuard};

use waymark_core::ErrorKind;
use waymark_core::directory::codes;
use waymark_core::directory::query::{directory_of, parse_country};

use super::help_results::Results;
use super::{ActionStyle, Cx, Input, InputKind, Page, PageId, ScreenId, Step, View, key};
use crate::{HelpChoice, HelpQuery, WaymarkError};

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    Ok(Step::push(Country))
}

/// The results for a country at once (a screening report's or a text scan's "find help
/// there"); `urgent`: emergency numbers first.
pub(crate) fn results_for(cx: &Cx, country: &str, urgent: bool) -> Result<Step, WaymarkError> {
    let country = typed_country(cx, country)?;
    Results::open(cx, shared(Form::in_country(country)), urgent)
}

/// What the person asked for so far: the query itself (`country` `None`: help that works
/// from any country), and whether "where I come from" was turned off. Memory only.
#[derive(Debug, Clone, Default)]
pub(crate) struct Form {
    asked: HelpQuery,
    /// The person turned "where I come from" off: not even their language's region is
    /// assumed.
    pub from_off: bool,
}

impl Form {
    fn in_country(country: String) -> Self {
        let mut form = Self::default();
        form.asked.country = Some(country);
        form
    }

    pub fn query(&self, danger_now: bool) -> HelpQuery {
        HelpQuery {
            danger_now,
            ..self.asked.clone()
        }
    }
}

impl std::ops::Deref for Form {
    type Target = HelpQuery;
    fn deref(&self) -> &HelpQuery {
        &self.asked
    }
}

impl std::ops::DerefMut for Form {
    fn deref_mut(&mut self) -> &mut HelpQuery {
        &mut self.asked
    }
}

/// The form, shared by the filters page and the lists it opens.
pub(crate) type Shared = Arc<Mutex<Form>>;

fn shared(form: Form) -> Shared {
    Arc::new(Mutex::new(form))
}

pub(crate) fn lock(form: &Shared) -> MutexGuard<'_, Form> {
    match form.lock() {
        Ok(f) => f,
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// The one rule for a typed country code (`US`, `us`, `KE`; never `USA`, `ZZ`, `!!`),
/// with the directory's own calm message.
pub(crate) fn typed_country(cx: &Cx, typed: &str) -> Result<String, WaymarkError> {
    parse_country(typed).map_err(|e| cx.waymark.error(&e))
}

fn typed_language(cx: &Cx, typed: &str) -> Result<String, WaymarkError> {
    codes::language(typed)
        .ok_or_else(|| cx.err(ErrorKind::InvalidInput, "directory-error-language-unknown"))
}

/// The countries with entries, the one of the person's language region first (`sw-KE`:
/// Kenya).
pub(crate) fn countries(cx: &Cx) -> Result<Vec<HelpChoice>, WaymarkError> {
    let mut list = cx.waymark.help_choices()?.countries;
    if let Some(region) = cx.waymark.region()
        && let Some(i) = list.iter().position(|c| c.id == region)
    {
        let suggested = list.remove(i);
        list.insert(0, suggested);
    }
    Ok(list)
}

/// A country's name in the person's language (its code if the directory has no entry).
pub(crate) fn country_name(cx: &Cx, code: &str) -> String {
    directory_of(cx.waymark.content())
        .ok()
        .and_then(|d| d.country(code).map(|c| cx.t(&c.name_msg)))
        .unwrap_or_else(|| code.to_owned())
}

/// Where the person comes from, as the results use it: chosen, else the region of their
/// language (`sw-KE`: Kenya, `assumed`), unless they turned it off.
pub(crate) fn from_in_use(cx: &Cx, form: &Form) -> Option<(String, bool)> {
    if let Some(code) = &form.from {
        return Some((code.clone(), false));
    }
    if form.from_off {
        return None;
    }
    let region = cx.waymark.region()?;
    parse_country(&region).ok().map(|code| (code, true))
}

/// "Kenya", "Kenya (from your language)" or "Not chosen".
fn from_label(cx: &Cx, form: &Form) -> String {
    match from_in_use(cx, form) {
        Some((code, false)) => country_name(cx, &code),
        Some((code, true)) => cx.t_text(
            "directory-from-assumed",
            "country",
            &country_name(cx, &code),
        ),
        None => cx.t("directory-from-not-set"),
    }
}

/// A language's name where the app has one (`sw` → Swahili), else its code.
pub(crate) fn language_name(cx: &Cx, tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    let id = key("language-", primary);
    let name = cx.t(&id);
    if name == id { tag.to_owned() } else { name }
}

fn code_input(cx: &Cx, label: &str) -> Input {
    Input {
        kind: InputKind::Text,
        label: cx.t(label),
        hint: None,
        value: String::new(),
        submit: cx.t("directory-code-submit"),
    }
}

/// "Which country are you in?": the list (the language's region first), help from any
/// country, or a typed two-letter code.
struct Country;

impl PageId for Country {
    const ID: ScreenId = ScreenId::HelpCountry;
}

impl Page for Country {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let mut view = View::new_t(cx, "directory-ask-country").note_t(cx, "directory-danger-note");
        for c in countries(cx)? {
            view = view.go(key("country.", &c.id), c.label);
        }
        view = view.go_t(cx, "anywhere", "directory-fallbacks-heading");
        view.input = Some(code_input(cx, "directory-other-country"));
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if action == "anywhere" {
            return Results::open(cx, shared(Form::default()), false);
        }
        let Some(code) = action.strip_prefix("country.") else {
            return Ok(Step::stay());
        };
        Ok(Filters::step(code.to_owned()))
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        Ok(Filters::step(typed_country(cx, text)?))
    }
}

/// After the country: "I am in danger now" first, then show results, then the filters,
/// each showing whether it is on.
struct Filters {
    form: Shared,
}

impl Filters {
    fn step(country: String) -> Step {
        Step::push(Filters {
            form: shared(Form::in_country(country)),
        })
    }
}

/// The safety filters: (action id, message id).
const TOGGLES: &[(&str, &str)] = &[
    ("filter.no_immigration", "directory-filter-no-immigration"),
    ("filter.anonymous", "directory-filter-anonymous"),
    ("filter.no_id", "directory-filter-no-id"),
];

impl PageId for Filters {
    const ID: ScreenId = ScreenId::HelpFilters;
}

impl Page for Filters {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let form = lock(&self.form).clone();
        let country = form.country.as_deref().unwrap_or_default();
        let mut view = View::new_t(cx, "directory-ask-filters")
            .heading(country_name(cx, country))
            .action_t(cx, "danger", "shell-help-danger-now", ActionStyle::Go)
            .action_t(
                cx,
                "results",
                "directory-show-results",
                ActionStyle::Primary,
            );
        for (id, msg) in TOGGLES {
            let on = match *id {
                "filter.no_immigration" => form.no_immigration_reporting,
                "filter.anonymous" => form.anonymous,
                _ => form.no_id,
            };
            view = view.action_t(cx, id, msg, ActionStyle::Toggle { on });
        }
        // The same messages `help_choices` names them with.
        let needs: Vec<String> = form
            .needs
            .iter()
            .map(|k| cx.t(&key("directory-kind-", k)))
            .collect();
        let audience = form
            .audience
            .as_deref()
            .map(|a| cx.t(&key("directory-audience-", a)));
        let rows = [
            ("need", "directory-filter-need", Some(needs.join(", "))),
            (
                "language",
                "directory-filter-language",
                form.language.as_deref().map(|l| language_name(cx, l)),
            ),
            ("audience", "directory-filter-audience", audience),
            // Always said, even when nothing is chosen: the results follow it.
            ("from", "directory-filter-from", Some(from_label(cx, &form))),
        ];
        for (id, msg, detail) in rows {
            view = view.go_t(cx, id, msg);
            if let Some(last) = view.actions.last_mut() {
                last.detail = detail.filter(|d| !d.is_empty());
            }
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let form = self.form.clone();
        match action {
            "danger" => return Results::open(cx, form, true),
            "results" => return Results::open(cx, form, false),
            "need" => return Ok(Step::push(Needs { form })),
            "audience" => return Ok(Step::push(Audience { form })),
            "language" => return Ok(Step::push(Language { form })),
            "from" => return Ok(Step::push(From { form })),
            _ => {}
        }
        let mut f = lock(&self.form);
        match action {
            "filter.no_immigration" => f.no_immigration_reporting = !f.no_immigration_reporting,
            "filter.anonymous" => f.anonymous = !f.anonymous,
            "filter.no_id" => f.no_id = !f.no_id,
            _ => {}
        }
        Ok(Step::stay())
    }
}

/// Kinds of help, each on or off.
struct Needs {
    form: Shared,
}

impl PageId for Needs {
    const ID: ScreenId = ScreenId::HelpNeeds;
}

impl Page for Needs {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let form = lock(&self.form).clone();
        let mut view = View::new_t(cx, "directory-filter-need");
        for k in cx.waymark.help_choices()?.kinds {
            let on = form.needs.contains(&k.id);
            view = view.action(key("need.", &k.id), k.label, ActionStyle::Toggle { on });
        }
        Ok(view.action_t(cx, "done", "directory-filters-done", ActionStyle::Primary))
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let Some(kind) = action.strip_prefix("need.") else {
            return Ok(Step::pop());
        };
        let mut f = lock(&self.form);
        if let Some(i) = f.needs.iter().position(|n| n == kind) {
            f.needs.remove(i);
        } else {
            f.needs.push(kind.to_owned());
        }
        Ok(Step::stay())
    }
}

/// Who the help is for: one, or none (choosing the chosen one again turns it off).
struct Audience {
    form: Shared,
}

impl PageId for Audience {
    const ID: ScreenId = ScreenId::HelpAudience;
}

impl Page for Audience {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let chosen = lock(&self.form).audience.clone();
        let view = View::new_t(cx, "directory-filter-audience");
        let audiences = cx.waymark.help_choices()?.audiences;
        Ok(view.choices("audience.", audiences, chosen.as_deref()))
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(id) = action.strip_prefix("audience.") {
            let mut f = lock(&self.form);
            f.audience = if f.audience.as_deref() == Some(id) {
                None
            } else {
                Some(id.to_owned())
            };
        }
        Ok(Step::pop())
    }
}

/// A language the person speaks: the app's languages, or a typed code (checked at once).
struct Language {
    form: Shared,
}

impl PageId for Language {
    const ID: ScreenId = ScreenId::HelpLanguage;
}

impl Page for Language {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let chosen = lock(&self.form).language.clone();
        let mut view = View::new_t(cx, "directory-filter-language");
        for l in cx.waymark.locales()? {
            let selected = chosen.as_deref() == Some(l.id.as_str());
            view = view.action(
                key("language.", &l.id),
                language_name(cx, &l.id),
                ActionStyle::Choice { selected },
            );
        }
        let listed = |tag: &str| view.actions.iter().any(|a| a.id == key("language.", tag));
        if let Some(tag) = chosen.filter(|c| !listed(c)) {
            view = view.action(
                key("language.", &tag),
                language_name(cx, &tag),
                ActionStyle::Choice { selected: true },
            );
        }
        if lock(&self.form).language.is_some() {
            view = view.action_t(cx, "clear", "shell-remove", ActionStyle::Go);
        }
        view.input = Some(code_input(cx, "directory-ask-language"));
        Ok(view)
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let mut f = lock(&self.form);
        match action.strip_prefix("language.") {
            // The chosen one again: off.
            Some(tag) if f.language.as_deref() == Some(tag) => f.language = None,
            Some(tag) => f.language = Some(tag.to_owned()),
            None => f.language = None,
        }
        Ok(Step::pop())
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        let tag = typed_language(cx, text)?;
        lock(&self.form).language = Some(tag);
        Ok(Step::pop())
    }
}

/// Where the person comes from: what that country offers its citizens here. What is in
/// use is said first (chosen, or the language's region assumed), and can be turned off.
struct From {
    form: Shared,
}

impl PageId for From {
    const ID: ScreenId = ScreenId::HelpFrom;
}

impl Page for From {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let form = lock(&self.form).clone();
        let in_use = from_in_use(cx, &form).map(|(code, _)| code);
        let mut view = View::new_t(cx, "directory-filter-from").block(super::Block::Fact {
            label: cx.t("directory-from-now"),
            value: from_label(cx, &form),
        });
        if in_use.is_some() {
            view = view.action_t(cx, "clear", "directory-from-clear", ActionStyle::Go);
        }
        view = view.choices("from.", countries(cx)?, in_use.as_deref());
        view.input = Some(code_input(cx, "directory-ask-from"));
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let mut f = lock(&self.form);
        let in_use = from_in_use(cx, &f).map(|(code, _)| code);
        match action.strip_prefix("from.") {
            // The one in use again: off.
            Some(code) if in_use.as_deref() == Some(code) => {
                f.from = None;
                f.from_off = true;
            }
            Some(code) => {
                f.from = Some(code.to_owned());
                f.from_off = false;
            }
            None => {
                f.from = None;
                f.from_off = true;
            }
        }
        Ok(Step::pop())
    }

    /// An empty answer skips the question ("press Enter to skip"): nothing changes.
    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        if text.trim().is_empty() {
            return Ok(Step::pop());
        }
        let code = typed_country(cx, text)?;
        let mut f = lock(&self.form);
        f.from = Some(code);
        f.from_off = false;
        Ok(Step::pop())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::super::tests::Driver;
    use super::super::{ActionStyle, Block, Cx, Nav, ScreenId};

    fn on_filters(country: &str) -> Driver {
        let mut d = Driver::new();
        d.choose("help");
        d.submit(country);
        assert_eq!(d.screen.id, ScreenId::HelpFilters, "{:?}", d.notice());
        d
    }

    #[test]
    fn where_are_you_lists_the_countries_and_asks_for_a_code() {
        let mut d = Driver::new();
        d.choose("help");
        assert_eq!(d.screen.id, ScreenId::HelpCountry);
        assert!(d.screen.title.contains("type a two-letter country code"));
        assert!(d.has("country.KE") && d.has("country.JM") && d.has("anywhere"));
        let input = d.screen.input.clone().unwrap();
        assert_eq!(input.label, "Another country (type its code)");
        assert!(d.screen.back.is_some());
        d.back();
        assert_eq!(d.screen.id, ScreenId::Home);
    }

    #[test]
    fn the_language_region_is_suggested_first() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["sw-KE".into()]).unwrap();
        d.choose("help");
        assert_eq!(d.ids()[0], "country.KE");
        assert_eq!(d.screen.actions[0].label, "Kenya");
        // Without a region, the list is in alphabetical order.
        let mut d = Driver::new();
        d.choose("help");
        assert_ne!(d.ids()[0], "country.KE");
    }

    /// Bug: `USA`, `ZZ`, `!!` were accepted, then "Show results" failed and every choice
    /// was lost; the prompt that asks for a two-letter code refused `US`.
    #[test]
    fn a_typed_country_is_checked_when_it_is_typed() {
        for good in ["US", "us", "KE", " ke "] {
            let d = on_filters(good);
            let want = good.trim().to_ascii_uppercase();
            let country = d.screen.blocks.iter().find_map(|b| match b {
                Block::Heading { text } => Some(text.clone()),
                _ => None,
            });
            let name = if want == "US" {
                "United States"
            } else {
                "Kenya"
            };
            assert_eq!(country.as_deref(), Some(name), "{good}");
        }
        let mut d = Driver::new();
        d.choose("help");
        for bad in ["USA", "ZZ", "!!", "K3", ""] {
            d.submit(bad);
            assert_eq!(d.screen.id, ScreenId::HelpCountry, "{bad}");
            let notice = d.notice().unwrap();
            assert!(notice.error);
            assert_eq!(
                notice.text, "That is not a country code. Use two letters, for example JM or KE.",
                "{bad}"
            );
        }
        // Nothing lost: the next answer goes on.
        d.submit("US");
        assert_eq!(d.screen.id, ScreenId::HelpFilters);
    }

    /// Bug: the filters menu showed nothing about which filters were on and offered no way
    /// to turn one off.
    #[test]
    fn filters_show_whether_they_are_on_and_turn_off_again() {
        let mut d = on_filters("AE");
        assert_eq!(d.ids()[..2], ["danger", "results"]);
        for id in ["filter.no_immigration", "filter.anonymous", "filter.no_id"] {
            assert_eq!(d.style(id), ActionStyle::Toggle { on: false }, "{id}");
        }
        d.choose("filter.no_immigration");
        assert_eq!(d.screen.id, ScreenId::HelpFilters);
        assert_eq!(
            d.style("filter.no_immigration"),
            ActionStyle::Toggle { on: true }
        );
        d.choose("filter.no_id");
        d.choose("filter.no_id");
        assert_eq!(d.style("filter.no_id"), ActionStyle::Toggle { on: false });
        // On: nothing here is confirmed not to report, so nothing is a match.
        d.choose("results");
        let text = d.text();
        assert!(
            text.contains("Not confirmed: nobody has confirmed these services' answer"),
            "{text}"
        );
        assert!(text.contains("Other services: they do not meet what you asked"));
        assert!(text.contains("Tells immigration: yes"));
        // Off again: every Emirati service matches.
        d.back();
        d.choose("filter.no_immigration");
        assert_eq!(
            d.style("filter.no_immigration"),
            ActionStyle::Toggle { on: false }
        );
        d.choose("results");
        assert!(!d.text().contains("Not confirmed: nobody has confirmed"));
    }

    #[test]
    fn kinds_of_help_toggle_and_who_it_is_for_is_one_choice() {
        let mut d = on_filters("KE");
        assert_eq!(d.detail("need"), None);
        d.choose("need");
        assert_eq!(d.screen.id, ScreenId::HelpNeeds);
        d.choose("need.shelter");
        d.choose("need.legal_aid");
        d.choose("need.shelter");
        assert_eq!(d.style("need.shelter"), ActionStyle::Toggle { on: false });
        assert_eq!(d.style("need.legal_aid"), ActionStyle::Toggle { on: true });
        d.choose("done");
        assert_eq!(d.detail("need").as_deref(), Some("Legal help"));
        d.choose("audience");
        assert_eq!(d.screen.id, ScreenId::HelpAudience);
        d.choose("audience.women");
        assert_eq!(d.screen.id, ScreenId::HelpFilters);
        assert_eq!(d.detail("audience").as_deref(), Some("Women"));
        d.choose("audience");
        assert_eq!(
            d.style("audience.women"),
            ActionStyle::Choice { selected: true }
        );
        d.choose("audience.women");
        assert_eq!(d.detail("audience"), None, "chosen again: off");
        d.choose("need");
        d.choose("need.legal_aid");
        d.back();
        assert_eq!(d.detail("need"), None);
    }

    /// Bug: a language code typed under "A language I speak" was not checked.
    #[test]
    fn a_typed_language_is_checked_when_it_is_typed_and_can_be_removed() {
        let mut d = on_filters("US");
        d.choose("language");
        assert_eq!(d.screen.id, ScreenId::HelpLanguage);
        assert!(d.has("language.sw") && !d.has("clear"));
        for bad in ["USA", "ZZ", "!!", ""] {
            d.submit(bad);
            assert_eq!(d.screen.id, ScreenId::HelpLanguage, "{bad}");
            assert_eq!(
                d.notice().unwrap().text,
                "That is not a language code. Use two letters, for example en, fr, ht or sw."
            );
        }
        d.submit("ES");
        assert_eq!(d.screen.id, ScreenId::HelpFilters);
        assert_eq!(d.detail("language").as_deref(), Some("Spanish"));
        d.choose("results");
        assert!(d.text().contains("speaks Spanish"), "{}", d.text());
        d.back();
        // A code the app has no name for is shown as typed, and chosen on the list.
        d.choose("language");
        d.submit("vi");
        assert_eq!(d.detail("language").as_deref(), Some("vi"));
        d.choose("language");
        assert_eq!(
            d.style("language.vi"),
            ActionStyle::Choice { selected: true }
        );
        d.choose("clear");
        assert_eq!(d.detail("language"), None);
        d.choose("language");
        d.choose("language.fr");
        assert_eq!(d.detail("language").as_deref(), Some("French"));
        d.choose("language");
        d.choose("language.fr");
        assert_eq!(d.detail("language"), None, "chosen again: off");
    }

    #[test]
    fn where_you_come_from_adds_what_it_offers_here() {
        let mut d = on_filters("AE");
        d.choose("from");
        assert_eq!(d.screen.id, ScreenId::HelpFrom);
        for bad in ["USA", "ZZ", "!!"] {
            d.submit(bad);
            assert_eq!(d.screen.id, ScreenId::HelpFrom);
            assert!(d.notice().unwrap().error);
        }
        d.submit("ke");
        assert_eq!(d.detail("from").as_deref(), Some("Kenya"));
        d.choose("results");
        let text = d.text();
        let home = text
            .find("What Kenya offers its citizens here")
            .expect(&text);
        assert!(text[home..].contains("Embassy of Kenya, Abu Dhabi"));
        assert!(
            !text.contains("8001000352"),
            "the Jeddah line is for Saudi Arabia"
        );
        d.back();
        // An empty answer skips the question: what was chosen stays.
        d.choose("from");
        d.submit("");
        assert_eq!(d.detail("from").as_deref(), Some("Kenya"));
        // "None" turns it off.
        d.choose("from");
        d.choose("clear");
        assert_eq!(d.detail("from").as_deref(), Some("Not chosen"));
        d.choose("results");
        assert!(!d.text().contains("What Kenya offers"));
    }

    /// Bug: "where I come from" showed nothing until chosen, though the results already
    /// assumed the language's region, and that assumption could not be turned off.
    #[test]
    fn where_you_come_from_shows_what_is_in_use_and_can_be_turned_off() {
        let mut d = on_filters("AE");
        assert_eq!(d.detail("from").as_deref(), Some("Not chosen"));
        d.choose("from");
        assert!(d.text().contains("In use: Not chosen"), "{}", d.text());
        assert!(!d.has("clear"), "nothing to clear");
        d.back();

        // A Kenyan's language: Kenya is assumed, and said.
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["en-KE".into()]).unwrap();
        d.choose("help");
        d.choose("country.AE");
        assert_eq!(
            d.detail("from").as_deref(),
            Some("Kenya (from your language)")
        );
        d.choose("from");
        assert!(
            d.text().contains("In use: Kenya (from your language)"),
            "{}",
            d.text()
        );
        assert_eq!(d.style("from.KE"), ActionStyle::Choice { selected: true });
        d.choose("clear");
        assert_eq!(d.screen.id, ScreenId::HelpFilters);
        assert_eq!(d.detail("from").as_deref(), Some("Not chosen"));
        d.choose("results");
        assert!(!d.text().contains("What Kenya offers"), "{}", d.text());
        // Chosen again by hand.
        d.back();
        d.choose("from");
        assert!(!d.has("clear"));
        d.choose("from.KE");
        assert_eq!(d.detail("from").as_deref(), Some("Kenya"));
        d.choose("results");
        assert!(d.text().contains("What Kenya offers its citizens here"));
    }

    /// The old terminal flow's checks, by list and by code.
    #[test]
    fn results_show_numbers_safety_and_when_they_were_checked() {
        let mut d = Driver::new();
        d.choose("help");
        d.choose("country.JM");
        d.choose("results");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        let text = d.text();
        assert!(text.contains("876-906-4923 to 876-906-4931"), "{text}");
        assert!(text.contains("Last checked: 2026-12-03"));
        assert!(text.contains("Tells immigration: not known"));
        assert!(text.contains("Tells the police: "));
        assert!(text.contains("Source: "));
        assert!(text.contains("Help that works from any country"));
        // Each channel is an action; the emergency numbers come first.
        assert!(d.ids()[0].starts_with("call."));
        assert_eq!(d.style("call.0"), ActionStyle::Primary);
        assert!(d.screen.actions.iter().all(|a| a.detail.is_some()));
    }

    #[test]
    fn in_danger_now_the_emergency_numbers_come_first() {
        let mut d = on_filters("ae");
        d.choose("danger");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert!(matches!(d.screen.blocks[0], Block::Warning { .. }));
        let text = d.text();
        let police = text.find("Police: 999").expect(&text);
        assert!(police < text.find("Help that works from any country").unwrap());
        assert_eq!(d.screen.actions[0].label, "Call: Police");
        assert_eq!(d.screen.actions[0].detail.as_deref(), Some("999"));
    }

    #[test]
    fn a_country_note_and_a_lines_warning_come_before_its_number() {
        let mut d = on_filters("KW");
        d.choose("results");
        let text = d.text();
        let note = text.find("detained and deported").expect(&text);
        assert!(note < text.find("112").unwrap());
        let mut d = on_filters("TH");
        d.choose("results");
        let text = d.text();
        let warning = text
            .find("Before you call: This line also takes complaints about workers without papers.")
            .expect(&text);
        assert!(warning < text.find("1694 (Mon-Fri").unwrap());
    }

    #[test]
    fn an_address_to_walk_to_is_copied_not_handed_off() {
        let mut d = on_filters("GH");
        d.choose("results");
        d.choose_first("copy.");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert!(matches!(
            d.effects.as_slice(),
            [super::super::Effect::Copy { .. }]
        ));
        assert_eq!(d.notice().unwrap().text, "Copied.");
    }

    #[test]
    fn help_from_anywhere_needs_no_country() {
        let mut d = Driver::new();
        d.choose("help");
        d.choose("anywhere");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        let text = d.text();
        assert!(!text.contains("Emergency numbers"), "{text}");
        assert!(text.contains("IOM, the UN Migration Agency"));
    }

    #[test]
    fn results_follow_a_change_of_language() {
        let mut d = on_filters("JM");
        d.choose("results");
        d.waymark.set_locales(vec!["fr".into()]).unwrap();
        d.send(super::super::Event::Refresh);
        assert_eq!(d.screen.locale, "fr");
        assert!(d.text().contains("Dernière vérification"), "{}", d.text());
    }

    #[test]
    fn other_flows_open_the_results_for_a_country() {
        let d = Driver::new();
        let cx = Cx {
            waymark: &d.waymark,
        };
        assert!(super::results_for(&cx, "USA", true).is_err());
        let step = super::results_for(&cx, "ke", true).unwrap();
        let Nav::Push(page) = step.0.nav else {
            panic!("not pushed")
        };
        assert_eq!(page.id, ScreenId::HelpResults);
        let view = page.page.render(&cx).unwrap();
        assert!(matches!(view.blocks[0], Block::Warning { .. }), "urgent");
        assert!(view.actions[0].id.starts_with("call."));
        let step = super::results_for(&cx, "KE", false).unwrap();
        let Nav::Push(page) = step.0.nav else {
            panic!("not pushed")
        };
        assert!(matches!(
            page.page.render(&cx).unwrap().blocks[0],
            Block::Note { .. }
        ));
    }

    #[test]
    fn quick_exit_forgets_the_form() {
        let mut d = on_filters("AE");
        d.choose("filter.anonymous");
        d.choose("language");
        d.submit("sw");
        d.send(super::super::Event::QuickExit);
        assert_eq!(d.app.depth(), 1);
        d.choose("help");
        d.choose("country.AE");
        assert_eq!(
            d.style("filter.anonymous"),
            ActionStyle::Toggle { on: false }
        );
        assert_eq!(d.detail("language"), None);
    }

    #[test]
    fn find_help_works_from_the_pin_screen_without_the_pin() {
        let mut d = Driver::locked("4826");
        assert_eq!(d.screen.id, ScreenId::Unlock);
        d.choose("help");
        d.submit("KE");
        d.choose("danger");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert!(d.text().contains("Emergency numbers"));
        d.choose("call.0");
        d.choose("continue");
        assert!(matches!(
            d.effects.as_slice(),
            [super::super::Effect::Dial { .. }]
        ));
        for _ in 0..3 {
            d.back();
        }
        assert_eq!(d.screen.id, ScreenId::Unlock);
    }
}
