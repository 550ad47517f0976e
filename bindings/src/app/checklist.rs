//! PLACEHOLDER until this flow moves into the app core (issue 20): a screen with the
//! section's title only. Replace the whole file.

use super::{Cx, Page, ScreenId, Step, View};
use crate::WaymarkError;

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    Ok(Step::push(Placeholder))
}

struct Placeholder;

impl Page for Placeholder {
    fn id(&self) -> ScreenId {
        ScreenId::Home
    }

    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        Ok(View::new(cx.t("menu-checklist")))
    }
}
