//! The warning before a call, a text or a link leaves the app: the dialler, the messages
//! app and the browser keep their own history, so the person hears that first and may
//! copy the number instead. Every flow's call/text/open goes through here.

use super::{ActionStyle, Cx, Effect, Page, ScreenId, Step, View};
use crate::WaymarkError;

/// `kind`: `call`, `text` or `open`; `target`: the number (call, text) or the address.
pub(crate) fn handoff(kind: &str, target: &str) -> Step {
    Step::push(Handoff {
        kind: kind.to_owned(),
        target: target.to_owned(),
    })
}

/// The handoff for a channel's URI (`tel:`, `sms:`, anything else opens).
pub(crate) fn handoff_uri(uri: &str) -> Step {
    if let Some(number) = uri.strip_prefix("tel:") {
        handoff("call", number)
    } else if let Some(number) = uri.strip_prefix("sms:") {
        handoff("text", number)
    } else {
        handoff("open", uri)
    }
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

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let target = self.target.clone();
        Ok(match action {
            "continue" => Step::pop().effect(match self.kind.as_str() {
                "call" => Effect::Dial { number: target },
                "text" => Effect::SendText { number: target },
                _ => Effect::OpenLink { url: target },
            }),
            "copy" => Step::pop()
                .effect(Effect::Copy { text: target })
                .told(cx.t("shell-copied")),
            _ => Step::pop(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::super::tests::Driver;
    use super::super::{Effect, ScreenId};

    /// Home → find help → a country with a hotline → its results.
    fn on_results(country: &str) -> Driver {
        let mut d = Driver::new();
        d.choose("help");
        d.submit(country);
        d.choose("results");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        d
    }

    #[test]
    fn continue_hands_the_number_to_the_dialler_and_comes_back() {
        let mut d = on_results("JM");
        d.choose("call.0");
        assert_eq!(d.screen.id, ScreenId::Handoff);
        assert_eq!(
            d.screen.title,
            "Calling from this phone leaves the number in its call history."
        );
        assert_eq!(d.ids(), ["continue", "copy", "cancel"]);
        assert!(
            d.effects
                .iter()
                .all(|e| matches!(e, Effect::SetSecure { .. }))
        );
        d.choose("continue");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert_eq!(
            d.effects,
            vec![Effect::Dial {
                number: "119".into()
            }]
        );
    }

    #[test]
    fn copy_instead_copies_says_so_and_dials_nothing() {
        let mut d = on_results("JM");
        d.choose("call.0");
        d.choose("copy");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert_eq!(d.effects, vec![Effect::Copy { text: "119".into() }]);
        assert_eq!(d.notice().map(|n| n.text.as_str()), Some("Copied."));
        assert!(!d.notice().unwrap().error);
    }

    #[test]
    fn cancel_and_back_do_nothing() {
        let mut d = on_results("JM");
        d.choose("call.0");
        d.choose("cancel");
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert!(d.effects.is_empty());
        d.choose("call.0");
        d.back();
        assert_eq!(d.screen.id, ScreenId::HelpResults);
        assert!(d.effects.is_empty());
    }

    #[test]
    fn a_text_and_a_link_say_their_own_warning() {
        let mut d = on_results("US");
        d.choose_first("text.");
        assert_eq!(
            d.screen.title,
            "A text message stays in this phone's messages app."
        );
        d.choose("continue");
        assert_eq!(
            d.effects,
            vec![Effect::SendText {
                number: "233733".into()
            }]
        );
        d.choose_first("open.");
        assert_eq!(
            d.screen.title,
            "This opens another app, which may keep the address in its history."
        );
        d.choose("continue");
        assert!(
            matches!(d.effects.as_slice(), [Effect::OpenLink { url }] if url.contains(':')),
            "{:?}",
            d.effects
        );
    }

    #[test]
    fn quick_exit_on_the_warning_dials_nothing() {
        let mut d = on_results("JM");
        d.choose("call.0");
        d.send(super::super::Event::QuickExit);
        assert_eq!(d.effects, vec![Effect::QuickExit]);
        assert_eq!(d.screen.id, ScreenId::Home);
    }
}
