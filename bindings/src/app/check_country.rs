//! "Which country are you in now?" for a check's help contacts: the directory's countries
//! by name in the person's language (their language's region first), or a name or
//! two-letter code typed as a shortcut. What is chosen goes back to the report.

use std::sync::{Arc, Mutex};

use waymark_core::ErrorKind;
use waymark_core::collate::sort_key;

use super::help::{countries, country_name, typed_country};
use super::{ActionStyle, Cx, Input, InputKind, Page, PageId, ScreenId, Step, View};
use crate::WaymarkError;

/// The report's country, shared with this page while it is open. Memory only.
pub(crate) type Chosen = Arc<Mutex<Option<String>>>;

pub(crate) fn get(chosen: &Chosen) -> Option<String> {
    match chosen.lock() {
        Ok(c) => c.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

pub(crate) fn set(chosen: &Chosen, country: Option<String>) {
    match chosen.lock() {
        Ok(mut c) => *c = country,
        Err(poisoned) => *poisoned.into_inner() = country,
    }
}

/// "Kenya", or "Not chosen yet".
pub(crate) fn label(cx: &Cx, chosen: &Chosen) -> String {
    match get(chosen) {
        Some(code) => country_name(cx, &code),
        None => cx.t("screening-country-none"),
    }
}

pub(crate) struct CountryForHelp {
    pub chosen: Chosen,
}

impl CountryForHelp {
    /// A typed country: its name in the person's language (case and accents aside), or
    /// its two-letter code.
    fn typed(cx: &Cx, text: &str) -> Result<String, WaymarkError> {
        let key = sort_key(text.trim());
        if let Some(c) = countries(cx)?
            .into_iter()
            .find(|c| sort_key(&c.label) == key)
        {
            return Ok(c.id);
        }
        let is_code = text.trim().chars().count() == 2;
        if is_code {
            return typed_country(cx, text);
        }
        Err(cx.err(ErrorKind::InvalidInput, "screening-country-unknown"))
    }
}

impl PageId for CountryForHelp {
    const ID: ScreenId = ScreenId::CheckCountry;
}

impl Page for CountryForHelp {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let chosen = get(&self.chosen);
        let mut view = View::new_t(cx, "screening-country-ask");
        if chosen.is_some() {
            view = view.action_t(cx, "clear", "shell-remove", ActionStyle::Go);
        }
        view = view.choices("country.", countries(cx)?, chosen.as_deref());
        view.input = Some(Input {
            kind: InputKind::Text,
            label: cx.t("screening-country-type"),
            hint: None,
            value: String::new(),
            submit: cx.t("screening-country-show"),
        });
        Ok(view)
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        set(
            &self.chosen,
            action.strip_prefix("country.").map(str::to_owned),
        );
        Ok(Step::pop())
    }

    /// Checked as typed: a name or code that is no country is said here, and nothing
    /// changes. An empty line leaves as it was.
    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        if text.trim().is_empty() {
            return Ok(Step::pop());
        }
        let code = Self::typed(cx, text)?;
        // What the report will ask for, asked now: a refusal is said on this screen.
        cx.waymark.screen_help(&code, false)?;
        set(&self.chosen, Some(code));
        Ok(Step::pop())
    }
}
