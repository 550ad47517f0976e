//! The language list: each language named in its own script.

use super::{ActionStyle, Cx, Effect, Page, PageId, ScreenId, Step, View, key};
use crate::WaymarkError;

pub(crate) struct Language {
    /// The first screen of a first run (no Back to an unchosen home).
    first: bool,
}

impl Language {
    pub fn first() -> Self {
        Self { first: true }
    }
    pub fn from_settings() -> Self {
        Self { first: false }
    }
}

impl PageId for Language {
    const ID: ScreenId = ScreenId::Language;
}

impl Page for Language {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let current = cx.waymark.current_locale()?.id;
        let mut view = View::new_t(cx, "menu-choose-language");
        for l in cx.waymark.locales()? {
            let selected = l.id == current;
            view = view.action(
                key("locale.", &l.id),
                l.native_name,
                ActionStyle::Choice { selected },
            );
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let Some(id) = action.strip_prefix("locale.") else {
            return Ok(Step::stay());
        };
        cx.waymark.set_locales(vec![id.to_owned()])?;
        // Leave no trace: not even the language is kept outside the vault.
        if cx.waymark.leave_no_trace_active() {
            return Ok(Step::pop());
        }
        Ok(Step::pop().effect(Effect::RememberLanguage { id: id.to_owned() }))
    }

    fn can_leave(&self) -> bool {
        !self.first
    }

    /// Names languages only: may show in the app switcher.
    fn secure(&self) -> bool {
        false
    }
}
