//! LOCAL STAND-IN until the help flow's `handoff.rs` is merged (issue 20): the warning
//! before a call, text or link leaves the app. Same signature as help's
//! `handoff::handoff(kind, number_or_url) -> Step`; once that exists, delete this file and
//! call `super::handoff::handoff` from check.rs and scan.rs instead.

use super::{ActionStyle, Cx, Effect, Page, ScreenId, Step, View};
use crate::WaymarkError;

/// `kind`: `call`, `text` or `open`; `target`: the number (call, text) or the address.
pub(crate) fn handoff(kind: &str, target: &str) -> Step {
    Step::push(Handoff {
        kind: kind.to_owned(),
        target: target.to_owned(),
    })
}

struct Handoff {
    kind: String,
    target: String,
}

impl Page for Handoff {
    fn id(&self) -> ScreenId {
        ScreenId::Handoff
    }

    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let warning = match self.kind.as_str() {
            "call" => "shell-handoff-call",
            "text" => "shell-handoff-text",
            _ => "shell-handoff-open",
        };
        Ok(View::new(cx.t(warning))
            .text(self.target.clone())
            .action(
                "continue",
                cx.t("shell-handoff-continue"),
                ActionStyle::Primary,
            )
            .go("copy", cx.t("shell-handoff-copy"))
            .go("cancel", cx.t("shell-cancel")))
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let target = self.target.clone();
        Ok(match action {
            "continue" => Step::pop().effect(match self.kind.as_str() {
                "call" => Effect::Dial { number: target },
                "text" => Effect::SendText { number: target },
                _ => Effect::OpenLink { url: target },
            }),
            "copy" => Step::pop().effect(Effect::Copy { text: target }),
            _ => Step::pop(),
        })
    }
}
