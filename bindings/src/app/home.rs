//! The first screen: every flow, find help first.

use super::{Cx, Page, PageId, Step, View};
use super::{Effect, ScreenId};
use crate::WaymarkError;

pub(crate) struct Home;

/// In order on the screen: (action id, message id).
const ENTRIES: &[(&str, &str)] = &[
    ("help", "directory-menu"),
    ("check_job_offer", "screening-kind-job-offer"),
    ("check_text", "screening-kind-text"),
    ("check_my_situation", "screening-kind-my-situation"),
    ("checklist", "menu-checklist"),
    ("learn", "learn-menu-title"),
    ("workshop", "workshop-menu-title"),
    ("settings", "shell-settings"),
    ("language", "menu-language"),
    ("close", "menu-quit"),
];

impl PageId for Home {
    const ID: ScreenId = ScreenId::Home;
}

impl Page for Home {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let mut view = View::new_t(cx, "app-name")
            .text_t(cx, "app-tagline")
            .note_t(cx, "app-offline-note")
            .heading_t(cx, "menu-main-title");
        for (id, msg) in ENTRIES {
            view = view.go_t(cx, id, msg);
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        Ok(match action {
            "help" => super::help::start(cx)?,
            "check_job_offer" => super::check::start(cx, "job_offer")?,
            "check_my_situation" => super::check::start(cx, "my_situation")?,
            "check_text" => super::scan::start(cx)?,
            "checklist" => super::checklist::start(cx)?,
            "learn" => super::learn::start(cx)?,
            "workshop" => super::workshop::start(cx)?,
            "settings" => super::settings::start(cx)?,
            "language" => Step::push(super::language::Language::from_settings()),
            "close" => Step::stay().effect(Effect::Close),
            _ => Step::stay(),
        })
    }
}
