//! Find help's results, grouped as the core groups them: the country's sourced notes,
//! emergency numbers, the services that match, those whose answer is not confirmed, the
//! others, what the person's own country offers here, and help from anywhere. Each
//! service says what it does with a call before its number, and when it was last
//! checked. Every call, text or link goes through the handoff warning.

use super::handoff::Who;
use super::help::{Shared, language_name, lock};
use super::{ActionStyle, Block, Cx, Page, PageId, ScreenId, Step, View, key};
use crate::{HelpView, ServiceView, WaymarkError};

pub(crate) struct Results {
    form: Shared,
    /// "I am in danger now": emergency numbers first.
    danger_now: bool,
}

impl Results {
    /// Asks the core first, so a refused query is said on the screen that asked.
    pub fn open(cx: &Cx, form: Shared, danger_now: bool) -> Result<Step, WaymarkError> {
        let page = Results { form, danger_now };
        page.answer(cx)?;
        Ok(Step::push(page))
    }

    fn answer(&self, cx: &Cx) -> Result<HelpView, WaymarkError> {
        let (query, from_off) = {
            let form = lock(&self.form);
            (form.query(self.danger_now), form.from_off)
        };
        let mut answer = cx.waymark.find_help(query)?;
        // Turned off: the facade would assume the language's region; nothing is shown.
        if from_off {
            answer.from = None;
            answer.from_name = None;
            answer.from_title = None;
            answer.from_home.clear();
        }
        Ok(answer)
    }
}

/// One way to reach an entry, in the order the actions are offered.
struct Contact {
    /// `call`, `text`, `open`, or `copy` (no link: an address to walk to).
    verb: &'static str,
    /// Whose it is ("Police", a service's name), what it is for and its warning: the
    /// handoff says them again before anything leaves the app.
    who: Who,
    /// What is shown ("Phone: 1-888-373-7888").
    detail: String,
    /// The URI (`tel:…`) or, for `copy`, the text.
    target: String,
}

fn contacts(cx: &Cx, view: &HelpView) -> Vec<Contact> {
    let mut list: Vec<Contact> = view
        .emergency
        .iter()
        .map(|e| Contact {
            verb: "call",
            who: Who {
                name: e.label.clone(),
                about: None,
                warning: e.warning.clone(),
            },
            detail: e.number.clone(),
            target: e.uri.clone(),
        })
        .collect();
    for s in all_services(view) {
        for c in &s.channels {
            let kind = cx.t(&key("directory-channel-", &c.kind));
            let (verb, target) = match (c.kind.as_str(), &c.uri) {
                ("phone", Some(uri)) => ("call", uri.clone()),
                ("sms", Some(uri)) => ("text", uri.clone()),
                (_, Some(uri)) => ("open", uri.clone()),
                (_, None) => ("copy", c.display.clone()),
            };
            list.push(Contact {
                verb,
                who: Who {
                    name: s.name.clone(),
                    about: Some(s.description.clone()),
                    warning: s.warning.clone(),
                },
                detail: format!("{kind}: {}", c.display),
                target,
            });
        }
    }
    list
}

/// Every service in reading order (as `render` shows them).
fn all_services(view: &HelpView) -> impl Iterator<Item = &ServiceView> {
    view.services
        .iter()
        .chain(&view.not_confirmed)
        .chain(&view.other_services)
        .chain(&view.from_home)
        .chain(&view.fallbacks)
}

impl PageId for Results {
    const ID: ScreenId = ScreenId::HelpResults;
}

impl Page for Results {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let answer = self.answer(cx)?;
        let danger = cx.t("directory-danger-note");
        let mut view = View::new_t(cx, "directory-title").block(if self.danger_now {
            Block::Warning { text: danger }
        } else {
            Block::Note { text: danger }
        });
        if !answer.notes.is_empty() {
            view = view.heading_t(cx, "directory-notes-heading");
            for n in &answer.notes {
                view = view
                    .block(Block::Warning {
                        text: n.text.clone(),
                    })
                    .note(n.source.clone());
            }
        }
        view = emergency(cx, view, &answer);
        let has_country = answer.country.is_some();
        if has_country {
            view = view.heading_t(cx, "directory-services-heading");
            if answer.services.is_empty()
                && answer.not_confirmed.is_empty()
                && answer.other_services.is_empty()
            {
                view = view.text_t(cx, "directory-no-services");
            }
        }
        view = services(cx, view, &answer.services);
        let headed = [
            ("directory-not-confirmed-heading", &answer.not_confirmed),
            ("directory-other-heading", &answer.other_services),
        ];
        for (heading, list) in headed {
            if !list.is_empty() {
                view = view.heading_t(cx, heading);
                view = services(cx, view, list);
            }
        }
        if let Some(title) = &answer.from_title {
            view = view.heading(title.clone());
            if answer.from_home.is_empty() {
                let country = answer.from_name.clone().unwrap_or_default();
                view = view.text(cx.t_text("directory-from-none", "country", &country));
            }
            view = services(cx, view, &answer.from_home);
        }
        view = view.heading_t(cx, "directory-fallbacks-heading");
        view = services(cx, view, &answer.fallbacks);
        for (i, c) in contacts(cx, &answer).into_iter().enumerate() {
            let verb = match c.verb {
                "call" => "directory-call",
                "text" => "directory-text",
                "open" => "directory-open",
                _ => "shell-copy",
            };
            let style = if c.verb == "call" && i < answer.emergency.len() {
                ActionStyle::Primary
            } else {
                ActionStyle::Go
            };
            view = view.action(
                format!("{}.{i}", c.verb),
                format!("{}: {}", cx.t(verb), c.who.name),
                style,
            );
            if let Some(last) = view.actions.last_mut() {
                last.detail = Some(c.detail);
            }
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let answer = self.answer(cx)?;
        let Some((verb, index)) = action.split_once('.') else {
            return Ok(Step::stay());
        };
        let Some(c) = index
            .parse::<usize>()
            .ok()
            .and_then(|i| contacts(cx, &answer).into_iter().nth(i))
        else {
            return Ok(Step::stay());
        };
        if verb == "copy" {
            return Ok(Step::stay()
                .effect(super::Effect::Copy { text: c.target })
                .told(cx.t("shell-copied")));
        }
        Ok(super::handoff::handoff_uri(&c.target, c.who))
    }
}

fn checked(cx: &Cx, date: &str, out_of_date: bool, verified: bool) -> String {
    let mut lines = vec![cx.t_text("directory-last-verified", "date", date)];
    if out_of_date {
        lines.push(cx.t("directory-out-of-date"));
    }
    if !verified {
        lines.push(cx.t("directory-status-unconfirmed"));
    }
    lines.join(" ")
}

fn emergency(cx: &Cx, mut view: View, answer: &HelpView) -> View {
    if answer.country.is_none() {
        return view;
    }
    view = view.heading_t(cx, "directory-emergency-heading");
    if answer.emergency.is_empty() {
        view = view.text_t(cx, "directory-no-emergency");
    }
    for e in &answer.emergency {
        // What the line does with a call comes before its number.
        if let Some(w) = &e.warning {
            view = view.block(Block::Warning {
                text: cx.t_text("directory-warning", "text", w),
            });
        }
        view = view
            .block(Block::Fact {
                label: e.label.clone(),
                value: e.number.clone(),
            })
            .note(checked(
                cx,
                &e.last_verified,
                e.out_of_date,
                e.status == "verified",
            ));
    }
    view
}

fn services(cx: &Cx, mut view: View, list: &[ServiceView]) -> View {
    for s in list {
        view = service(cx, view, s);
    }
    view
}

fn service(cx: &Cx, mut view: View, s: &ServiceView) -> View {
    let answer = |v: &str| cx.t(&format!("directory-answer-{}", v.replace('_', "-")));
    view = view.heading(s.name.clone()).text(s.description.clone());
    if let Some(w) = &s.warning {
        view = view.block(Block::Warning {
            text: cx.t_text("directory-warning", "text", w),
        });
    }
    for c in &s.channels {
        view = view.block(Block::Fact {
            label: cx.t(&key("directory-channel-", &c.kind)),
            value: c.display.clone(),
        });
    }
    view = view
        .text(s.hours.clone())
        .text(cx.t(&key("directory-cost-", &s.cost)));
    if !s.languages.is_empty() {
        let names: Vec<String> = s
            .languages
            .iter()
            .map(|l| match l.as_str() {
                "any" => cx.t("directory-languages-any"),
                tag => language_name(cx, tag),
            })
            .collect();
        view = view.text(names.join(", "));
    }
    for (id, value, warn) in s.safety.said() {
        let line = cx.t_text(id, "answer", &answer(value));
        view = if value == "yes" && warn {
            view.block(Block::Warning { text: line })
        } else {
            view.text(line)
        };
    }
    view = view
        .note(checked(
            cx,
            &s.last_verified,
            s.out_of_date,
            s.status == "verified",
        ))
        .note(format!("{}: {}", s.confidence_text, s.source));
    if !s.why.is_empty() {
        view = view.note(cx.t_text("directory-matched", "reasons", &s.why.join(", ")));
    }
    view
}
