//! The warning before a call, a text or a link leaves the app: the dialler, the messages
//! app and the browser keep their own history, so the person hears that first and may
//! copy the number instead. Every flow's call/text/open goes through here, and says whose
//! number it is and what they do, so nobody dials a bare number not knowing who answers.

use waymark_core::directory::query::directory_of;

use super::{ActionStyle, Block, Cx, Effect, Page, PageId, ScreenId, Step, View};
use crate::WaymarkError;

/// Who answers: a service's or an emergency line's name, what it is for and what it does
/// with a call (already localized).
#[derive(Debug, Clone, Default)]
pub(crate) struct Who {
    pub name: String,
    pub about: Option<String>,
    pub warning: Option<String>,
}

impl Who {
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            ..Self::default()
        }
    }

    /// A directory service by id, with its description and warning (just the name when the
    /// id is an emergency line or left the directory).
    pub fn service(cx: &Cx, id: &str, name: &str) -> Self {
        let Ok(directory) = directory_of(cx.waymark.content()) else {
            return Self::named(name);
        };
        let found = directory
            .countries
            .values()
            .flat_map(|c| &c.services)
            .chain(&directory.fallbacks)
            .find(|s| s.id == id);
        match found {
            Some(s) => Self {
                name: name.to_owned(),
                about: Some(cx.t(&s.description_msg)),
                warning: s.warning_msg.as_deref().map(|w| cx.t(w)),
            },
            None => Self::named(name),
        }
    }
}

/// `kind`: `call`, `text` or `open`; `target`: the number (call, text) or the address.
pub(crate) fn handoff(kind: &str, target: &str, who: Who) -> Step {
    Step::push(Handoff {
        kind: kind.to_owned(),
        target: target.to_owned(),
        who,
    })
}

/// The handoff for a channel's URI (`tel:`, `sms:`, anything else opens).
pub(crate) fn handoff_uri(uri: &str, who: Who) -> Step {
    if let Some(number) = uri.strip_prefix("tel:") {
        handoff("call", number, who)
    } else if let Some(number) = uri.strip_prefix("sms:") {
        handoff("text", number, who)
    } else {
        handoff("open", uri, who)
    }
}

struct Handoff {
    kind: String,
    target: String,
    who: Who,
}

impl PageId for Handoff {
    const ID: ScreenId = ScreenId::Handoff;
}

impl Page for Handoff {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let warning = match self.kind.as_str() {
            "call" => "shell-handoff-call",
            "text" => "shell-handoff-text",
            _ => "shell-handoff-open",
        };
        let mut view = View::new_t(cx, warning);
        if !self.who.name.is_empty() {
            view = view.heading(self.who.name.clone());
        }
        if let Some(about) = &self.who.about {
            view = view.text(about.clone());
        }
        if let Some(w) = &self.who.warning {
            view = view.block(Block::Warning {
                text: cx.t_text("directory-warning", "text", w),
            });
        }
        Ok(view
            .text(self.target.clone())
            .action_t(
                cx,
                "continue",
                "shell-handoff-continue",
                ActionStyle::Primary,
            )
            .go_t(cx, "copy", "shell-handoff-copy")
            .go_t(cx, "cancel", "shell-cancel"))
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
    use super::super::{Block, Effect, ScreenId};

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

    /// Bug: the warning showed only the number; a frightened person did not know who
    /// would answer.
    #[test]
    fn the_warning_says_whose_number_it_is_and_what_they_do() {
        let mut d = on_results("US");
        let label = d
            .screen
            .actions
            .iter()
            .find(|a| a.id.starts_with("call.") && a.label.contains("Hotline"))
            .map(|a| a.id.clone())
            .expect("a hotline to call");
        d.choose(&label);
        assert_eq!(d.screen.id, ScreenId::Handoff);
        let text = d.text();
        assert!(
            text.contains("National Human Trafficking Hotline (Polaris)"),
            "{text}"
        );
        assert!(text.contains("It is not the police."), "{text}");
        assert!(text.contains("18883737888"), "{text}");
        // An emergency line says its name too.
        d.choose("cancel");
        d.choose("call.0");
        let name = d.screen.blocks.iter().find_map(|b| match b {
            Block::Heading { text } => Some(text.clone()),
            _ => None,
        });
        assert!(name.is_some_and(|n| !n.is_empty()), "{:?}", d.screen.blocks);
    }

    /// The same from a check's report: the help contact says who it is.
    #[test]
    fn a_reports_help_contact_says_who_answers() {
        let mut d = Driver::new();
        d.choose("check_job_offer");
        while d.screen.id == ScreenId::CheckQuestion {
            d.choose_first("answer.");
        }
        d.choose("country");
        d.choose("country.US");
        d.choose_first("help.");
        assert_eq!(d.screen.id, ScreenId::Handoff);
        let text = d.text();
        assert!(
            d.screen
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Heading { .. })),
            "{text}"
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
