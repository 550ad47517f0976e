//! Run a workshop: community leaders running a session from one phone in a hall. Plans
//! (45, 90, 120 minutes per audience) → a plan's agenda and facilitator notes → the
//! present view, one part per screen → a running session ([`session`]) → the sessions on
//! this phone, their M&E export (numbers only) and deleting them.
//!
//! The running session is the one not yet ended in the vault (the core keeps one open at
//! a time), so "Back to the running session" works after Back, a lock or a restart.

mod session;

#[cfg(test)]
mod tests;

use super::confirm::Confirm;
use super::{ActionStyle, Block, Cx, Effect, Page, PageId, ScreenId, Step, View, key};
use crate::workshop::PlanRow;
use crate::{ExportFormat, SessionView, WaymarkError};

use session::Running;

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    Ok(Step::push(Plans))
}

/// The session still running on this phone, if any. Plans need no PIN: with the vault
/// locked there is simply none to show.
fn running(cx: &Cx) -> Option<SessionView> {
    cx.waymark
        .workshop_sessions()
        .ok()?
        .into_iter()
        .rev()
        .find(|s| !s.ended)
}

fn audience_label(cx: &Cx, audience: &str) -> Option<String> {
    match audience {
        "migrants" | "students" | "leaders" => Some(cx.t(&key("shell-audience-", audience))),
        _ => None,
    }
}

/// A plan's title from the list (the plan's id if it went away with a content update).
fn plan_title(rows: &[PlanRow], plan: &str) -> String {
    rows.iter()
        .find(|p| p.id == plan)
        .map(|p| p.title.clone())
        .unwrap_or_else(|| plan.to_owned())
}

/// Every plan, the running session and the sessions list.
struct Plans;

impl PageId for Plans {
    const ID: ScreenId = ScreenId::WorkshopPlans;
}

impl Page for Plans {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let rows = cx.waymark.workshop_plan_rows()?;
        let mut view =
            View::new_t(cx, "workshop-menu-title").text_t(cx, "workshop-menu-choose-plan");
        if let Some(s) = running(cx) {
            view = view.action_t(cx, "resume", "shell-workshop-resume", ActionStyle::Primary);
            if let Some(a) = view.actions.last_mut() {
                a.detail = Some(plan_title(&rows, &s.plan));
            }
        }
        for p in rows {
            view = view.go(key("plan.", &p.id), p.title);
            if let Some(a) = view.actions.last_mut() {
                a.detail = audience_label(cx, &p.audience);
            }
        }
        Ok(view.go_t(cx, "sessions", "shell-workshop-sessions"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(id) = action.strip_prefix("plan.") {
            // Refused here, not later, if the plan went away.
            let plan = cx.waymark.workshop_plan(id.to_owned())?;
            return Ok(Step::push(Plan { id: plan.id }));
        }
        Ok(match action {
            "resume" => match running(cx) {
                Some(s) => Step::push(Running::new(s.session, s.plan, false)),
                None => Step::stay(),
            },
            "sessions" => Step::push(Sessions),
            _ => Step::stay(),
        })
    }
}

/// One plan: its agenda with timings and the facilitator's notes.
struct Plan {
    id: String,
}

impl PageId for Plan {
    const ID: ScreenId = ScreenId::WorkshopPlan;
}

impl Page for Plan {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let p = cx.waymark.workshop_plan(self.id.clone())?;
        let mut view = View::new(p.title);
        let notes = cx.t("workshop-label-notes");
        for item in p.agenda {
            view = view
                .heading(item.title)
                .note(cx.t_num("shell-workshop-minutes", "minutes", f64::from(item.minutes)))
                .text(item.activity)
                .block(Block::Fact {
                    label: notes.clone(),
                    value: item.notes,
                });
        }
        Ok(view.go_t(cx, "present", "workshop-menu-present").action_t(
            cx,
            "start",
            "workshop-menu-run",
            ActionStyle::Primary,
        ))
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        Ok(match action {
            "present" => Step::push(Present {
                plan: self.id.clone(),
                index: 0,
            }),
            // Asked first, as deleting is: a session is not started by a stray tap.
            "start" => {
                let plan = self.id.clone();
                Step::push(Confirm::new(
                    "shell-workshop-start-question",
                    "shell-workshop-start-yes",
                    move |cx| {
                        // Saved in the vault: a locked vault asks for the PIN and comes
                        // back to this question.
                        let s = cx.waymark.workshop_start(plan.clone(), None)?;
                        Ok(Step::replace(Running::new(s.session, plan.clone(), false))
                            .told(cx.t("workshop-session-started")))
                    },
                ))
            }
            _ => Step::stay(),
        })
    }
}

/// One agenda item per screen, for a group. Back leaves at any part.
struct Present {
    plan: String,
    index: u32,
}

impl PageId for Present {
    const ID: ScreenId = ScreenId::WorkshopPresent;
}

impl Page for Present {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let v = cx.waymark.workshop_present(self.plan.clone(), self.index)?;
        let item = v.item;
        let mut view = View::new(item.title)
            .block(Block::Progress {
                done: v.index + 1,
                total: v.total,
                label: v.heading,
            })
            .heading_t(cx, "workshop-label-activity")
            .text(item.activity)
            .heading_t(cx, "workshop-label-notes")
            .note(item.notes);
        let lists = [
            ("workshop-label-prompts", item.prompts),
            ("workshop-label-cards", item.cards),
            (
                "workshop-label-hands",
                v.hands.into_iter().map(|h| h.prompt).collect(),
            ),
        ];
        for (label, lines) in lists {
            if lines.is_empty() {
                continue;
            }
            view = view.heading_t(cx, label);
            for line in lines {
                view = view.text(line);
            }
        }
        for (i, q) in v.quiz.into_iter().enumerate() {
            view = view.block(Block::Heading {
                text: format!("{}. {}", i + 1, q.prompt),
            });
            for c in q.choices {
                view = view.text(format!("{}) {}", c.id, c.text));
            }
        }
        // Next first: the terminal pages on with the same number.
        if v.index + 1 < v.total {
            view = view.action_t(cx, "next", "shell-workshop-next", ActionStyle::Primary);
        }
        if v.index > 0 {
            view = view.go_t(cx, "previous", "shell-workshop-previous");
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let _ = cx;
        match action {
            "previous" => self.index = self.index.saturating_sub(1),
            // Offered only before the last part.
            "next" => self.index += 1,
            _ => {}
        }
        Ok(Step::stay())
    }
}

/// The sessions on this phone (newest first), the export and deleting them.
struct Sessions;

impl PageId for Sessions {
    const ID: ScreenId = ScreenId::WorkshopSessions;
}

impl Page for Sessions {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let sessions = cx.waymark.workshop_sessions()?;
        let mut view = View::new_t(cx, "shell-workshop-sessions");
        if sessions.is_empty() {
            return Ok(view.text_t(cx, "shell-workshop-no-sessions"));
        }
        let rows = cx.waymark.workshop_plan_rows()?;
        let mut resume = None;
        for s in sessions.iter().rev() {
            view = view
                .heading(plan_title(&rows, &s.plan))
                .text(s.date.clone())
                .text(cx.t_num("shell-workshop-people", "count", f64::from(s.participants)));
            for (id, pct) in [
                ("shell-workshop-before", s.pre_mean_pct),
                ("shell-workshop-after", s.post_mean_pct),
            ] {
                if let Some(pct) = pct {
                    view = view.text(cx.t_num(id, "percent", pct.round()));
                }
            }
            if s.ended {
                view = view.note_t(cx, "shell-workshop-ended");
            } else {
                view = view.note_t(cx, "shell-workshop-running");
                resume = Some(s);
            }
        }
        if let Some(s) = resume {
            view = view.action(
                key("continue.", &s.session),
                cx.t("shell-workshop-resume"),
                ActionStyle::Primary,
            );
            if let Some(a) = view.actions.last_mut() {
                a.detail = Some(plan_title(&rows, &s.plan));
            }
        }
        Ok(view
            .heading_t(cx, "workshop-menu-export")
            .note_t(cx, "workshop-export-note")
            .go_t(cx, "share.csv", "shell-workshop-share-csv")
            .go_t(cx, "share.json", "shell-workshop-share-json")
            .action_t(cx, "clear", "shell-workshop-clear", ActionStyle::Danger))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(id) = action.strip_prefix("continue.") {
            let s = cx
                .waymark
                .workshop_sessions()?
                .into_iter()
                .find(|s| s.session == id && !s.ended);
            return Ok(match s {
                Some(s) => Step::push(Running::new(s.session, s.plan, true)),
                None => Step::stay(),
            });
        }
        Ok(match action {
            "share.csv" => share(cx, ExportFormat::Csv)?,
            "share.json" => share(cx, ExportFormat::Json)?,
            "clear" => Step::push(Confirm::new(
                "shell-workshop-clear-question",
                "shell-workshop-clear-yes",
                |cx| {
                    cx.waymark.workshop_clear()?;
                    Ok(Step::stay().told(cx.t("shell-workshop-cleared")))
                },
            )),
            _ => Step::stay(),
        })
    }
}

/// The M&E summary of finished sessions to the share sheet: counts, ids, dates and
/// language tags only.
fn share(cx: &Cx, format: ExportFormat) -> Result<Step, WaymarkError> {
    let text = cx.waymark.workshop_export(format)?;
    let (file_name, mime_type) = match format {
        ExportFormat::Csv => ("waymark-workshop-summary.csv", "text/csv"),
        ExportFormat::Json => ("waymark-workshop-summary.json", "application/json"),
    };
    // The screen already says what leaves the phone; the share sheet is the answer.
    Ok(Step::stay().effect(Effect::Share {
        file_name: file_name.to_owned(),
        mime_type: mime_type.to_owned(),
        data: text.into_bytes(),
    }))
}
