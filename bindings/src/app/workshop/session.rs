//! A running session: attendance, the group quiz before and after (scores typed one at a
//! time with the misses per question, or the phone passed around), the show of hands and
//! the end. What is typed stays in these pages (memory only) until saved: the vault keeps
//! counts and scores, never names or one person's answers.

use std::collections::BTreeMap;

use waymark_core::ErrorKind;

use crate::app::confirm::Confirm;
use crate::app::{
    ActionStyle, Block, Cx, Input, InputKind, Nav, Open, Page, PageId, ScreenId, Step, View, key,
};
use crate::{PlanView, SessionView, WaymarkError, WorkshopPhase};

fn session_view(cx: &Cx, id: &str) -> Result<SessionView, WaymarkError> {
    let s = cx
        .waymark
        .workshop_sessions()?
        .into_iter()
        .find(|s| s.session == id)
        .ok_or_else(|| cx.err(ErrorKind::NotFound, "workshop-error-unknown-session"))?;
    if s.ended {
        return Err(cx.err(ErrorKind::InvalidInput, "workshop-error-session-ended"));
    }
    Ok(s)
}

fn number_input(label: String, hint: Option<String>, value: &str, cx: &Cx) -> Input {
    Input {
        kind: InputKind::Number,
        label,
        hint,
        value: value.to_owned(),
        submit: cx.t("shell-save"),
    }
}

fn invalid(message: String) -> WaymarkError {
    WaymarkError::new(ErrorKind::InvalidInput, message)
}

fn phase_title(cx: &Cx, phase: WorkshopPhase) -> String {
    cx.t(match phase {
        WorkshopPhase::Pre => "workshop-menu-quiz-pre",
        WorkshopPhase::Post => "workshop-menu-quiz-post",
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Ask {
    /// The session's choices.
    Menu,
    Attendance,
    /// The count for the plan's show-of-hands question at this index.
    Hands(usize),
}

/// The running session. Number inputs are steps of this page (Back returns to its
/// choices), so a renderer with no actions on number screens still has them here.
pub(crate) struct Running {
    session: String,
    plan: String,
    /// Opened from the sessions list: ending it goes back there.
    from_list: bool,
    ask: Ask,
    /// What was typed last, kept when refused so it can be corrected.
    draft: String,
    /// Show-of-hands counts saved from this screen, shown beside each question.
    hands: BTreeMap<String, u32>,
}

impl Running {
    pub fn new(session: String, plan: String, from_list: bool) -> Self {
        Self {
            session,
            plan,
            from_list,
            ask: Ask::Menu,
            draft: String::new(),
            hands: BTreeMap::new(),
        }
    }

    fn ask(&mut self, ask: Ask) {
        self.ask = ask;
        self.draft.clear();
    }
}

impl PageId for Running {
    const ID: ScreenId = ScreenId::WorkshopSession;
}

impl Page for Running {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let s = session_view(cx, &self.session)?;
        let plan = cx.waymark.workshop_plan(self.plan.clone())?;
        let mut view = View::new(plan.title);
        match self.ask {
            Ask::Attendance => {
                view.input = Some(number_input(
                    cx.t("workshop-ask-attendance"),
                    None,
                    &self.draft,
                    cx,
                ));
                return Ok(view);
            }
            Ask::Hands(i) => {
                if let Some(h) = plan.hands.get(i) {
                    view = view.text(h.prompt.clone());
                }
                view.input = Some(number_input(
                    cx.t("workshop-ask-hands"),
                    None,
                    &self.draft,
                    cx,
                ));
                return Ok(view);
            }
            Ask::Menu => {}
        }
        view = view.text(cx.t_num("shell-workshop-people", "count", f64::from(s.participants)));
        for (id, pct) in [
            ("shell-workshop-before", s.pre_mean_pct),
            ("shell-workshop-after", s.post_mean_pct),
        ] {
            if let Some(pct) = pct {
                view = view.text(cx.t_num(id, "percent", pct.round()));
            }
        }
        view = view
            .go_t(cx, "attendance", "workshop-menu-attendance")
            .go("quiz.pre", phase_title(cx, WorkshopPhase::Pre))
            .go("quiz.post", phase_title(cx, WorkshopPhase::Post));
        for (i, h) in plan.hands.iter().enumerate() {
            view = view.go(format!("hands.{i}"), h.prompt.clone());
            if let (Some(n), Some(a)) = (self.hands.get(&h.id), view.actions.last_mut()) {
                a.detail = Some(cx.t_num("workshop-hands-saved", "count", f64::from(*n)));
            }
        }
        Ok(view.action_t(cx, "end", "workshop-menu-end", ActionStyle::Primary))
    }

    fn act(&mut self, _cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(i) = action.strip_prefix("hands.") {
            if let Ok(i) = i.parse() {
                self.ask(Ask::Hands(i));
            }
            return Ok(Step::stay());
        }
        Ok(match action {
            "attendance" => {
                self.ask(Ask::Attendance);
                Step::stay()
            }
            "quiz.pre" | "quiz.post" => {
                let phase = if action == "quiz.pre" {
                    WorkshopPhase::Pre
                } else {
                    WorkshopPhase::Post
                };
                Step::push(Quiz::new(self.session.clone(), self.plan.clone(), phase))
            }
            // Asked first: an ended session takes nothing more.
            "end" => {
                let (session, from_list) = (self.session.clone(), self.from_list);
                Step::push(Confirm::new(
                    "shell-workshop-end-question",
                    "shell-workshop-end-yes",
                    move |cx| {
                        cx.waymark.workshop_end(session.clone())?;
                        // The question and the ended session go: an ended session is no
                        // place to go back to, so the list takes its place.
                        let nav = if from_list {
                            Nav::PopN(2)
                        } else {
                            Nav::PopThen(2, Open::new(super::Sessions))
                        };
                        Ok(Step::to(nav).told(cx.t("workshop-session-ended")))
                    },
                ))
            }
            _ => Step::stay(),
        })
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        self.draft = text.to_owned();
        let n = i64::from(cx.number(text)?);
        let told = match self.ask {
            Ask::Menu => return Ok(Step::stay()),
            Ask::Attendance => {
                let s = cx.waymark.workshop_attendance(self.session.clone(), n)?;
                cx.t_num(
                    "workshop-attendance-saved",
                    "count",
                    f64::from(s.participants),
                )
            }
            Ask::Hands(i) => {
                let plan = cx.waymark.workshop_plan(self.plan.clone())?;
                let Some(h) = plan.hands.get(i) else {
                    return Ok(Step::stay());
                };
                cx.waymark
                    .workshop_hands(self.session.clone(), h.id.clone(), n)?;
                self.hands.insert(h.id.clone(), n as u32);
                cx.t_num("workshop-hands-saved", "count", n as f64)
            }
        };
        self.ask(Ask::Menu);
        Ok(Step::stay().told(told))
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if self.ask == Ask::Menu {
            return None;
        }
        self.ask(Ask::Menu);
        Some(Step::stay())
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tally {
    Menu,
    /// One person's score after another.
    Score,
    /// How many missed the quiz question at this index.
    Missed(usize),
}

/// The group quiz of one phase, counted by the facilitator: scores typed one at a time and,
/// if counted, how many missed each question; saved together.
struct Quiz {
    session: String,
    plan: String,
    phase: WorkshopPhase,
    scores: Vec<u32>,
    missed: Vec<Option<u32>>,
    tally: Tally,
    draft: String,
}

impl Quiz {
    fn new(session: String, plan: String, phase: WorkshopPhase) -> Self {
        Self {
            session,
            plan,
            phase,
            scores: Vec::new(),
            missed: Vec::new(),
            tally: Tally::Menu,
            draft: String::new(),
        }
    }

    fn to(&mut self, tally: Tally) {
        self.tally = tally;
        self.draft.clear();
    }

    fn typed(&self, cx: &Cx, view: View) -> View {
        if self.scores.is_empty() {
            return view;
        }
        let list: Vec<String> = self.scores.iter().map(u32::to_string).collect();
        view.block(Block::Fact {
            label: cx.t("workshop-scores-typed"),
            value: list.join(", "),
        })
    }
}

/// "Question 2 of 5" for the question at `index`.
fn progress(cx: &Cx, index: usize, total: usize) -> Block {
    Block::Progress {
        done: index as u32 + 1,
        total: total as u32,
        label: cx.t_nums(
            "learn-quiz-question-heading",
            &[("number", (index + 1) as f64), ("total", total as f64)],
        ),
    }
}

fn plan_of(cx: &Cx, plan: &str) -> Result<PlanView, WaymarkError> {
    cx.waymark.workshop_plan(plan.to_owned())
}

impl PageId for Quiz {
    const ID: ScreenId = ScreenId::WorkshopQuiz;
}

impl Page for Quiz {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        session_view(cx, &self.session)?;
        let plan = plan_of(cx, &self.plan)?;
        let max = plan.quiz.len() as f64;
        let mut view = View::new(phase_title(cx, self.phase));
        match self.tally {
            Tally::Score => {
                view = self.typed(cx, view);
                view.input = Some(number_input(
                    cx.t_num("workshop-ask-one-score", "max", max),
                    Some(cx.t("workshop-scores-done-hint")),
                    &self.draft,
                    cx,
                ));
            }
            Tally::Missed(k) => {
                view = view.block(progress(cx, k, plan.quiz.len()));
                if let Some(q) = plan.quiz.get(k) {
                    view = view.text(q.prompt.clone());
                }
                view.input = Some(number_input(
                    cx.t_num("workshop-ask-missed", "max", self.scores.len() as f64),
                    None,
                    &self.draft,
                    cx,
                ));
            }
            Tally::Menu => {
                view = self.typed(cx, view.text(cx.t_num("workshop-quiz-max", "max", max)));
                for (q, n) in plan.quiz.iter().zip(&self.missed) {
                    if let Some(n) = n {
                        view = view.block(Block::Fact {
                            label: q.prompt.clone(),
                            value: n.to_string(),
                        });
                    }
                }
                view = view.go_t(cx, "score", "workshop-menu-type-scores");
                if !self.scores.is_empty() {
                    view = view
                        .go_t(cx, "missed", "workshop-menu-missed")
                        .go_t(cx, "undo", "workshop-menu-undo-score")
                        .action_t(
                            cx,
                            "save",
                            "shell-workshop-save-scores",
                            ActionStyle::Primary,
                        );
                }
                view = view.go_t(cx, "pass", "workshop-menu-pass-phone");
            }
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        Ok(match action {
            "score" => {
                self.to(Tally::Score);
                Step::stay()
            }
            "missed" => {
                self.to(Tally::Missed(0));
                Step::stay()
            }
            "undo" => {
                self.scores.pop();
                Step::stay()
            }
            "save" => {
                let scores: Vec<i64> = self.scores.iter().map(|n| i64::from(*n)).collect();
                // Misses all or none: a question left out counts as missed by no one.
                let missed: Vec<i64> = if self.missed.iter().all(Option::is_none) {
                    Vec::new()
                } else {
                    let n = plan_of(cx, &self.plan)?.quiz.len();
                    (0..n)
                        .map(|i| i64::from(self.missed.get(i).copied().flatten().unwrap_or(0)))
                        .collect()
                };
                cx.waymark
                    .workshop_quiz(self.session.clone(), self.phase, scores, missed)?;
                let n = self.scores.len() as f64;
                self.scores.clear();
                self.missed.clear();
                Step::pop().told(cx.t_num("workshop-scores-saved", "count", n))
            }
            "pass" => Step::push(Pass::new(
                self.session.clone(),
                self.plan.clone(),
                self.phase,
            )),
            _ => Step::stay(),
        })
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        self.draft = text.to_owned();
        let n = cx.number(text)?;
        let questions = plan_of(cx, &self.plan)?.quiz.len();
        match self.tally {
            Tally::Menu => {}
            Tally::Score => {
                let max = questions as u32;
                if n > max {
                    return Err(invalid(cx.t_num(
                        "workshop-error-score-range",
                        "max",
                        f64::from(max),
                    )));
                }
                self.scores.push(n);
                // Ready for the next person's score.
                self.draft.clear();
            }
            Tally::Missed(k) => {
                let max = self.scores.len() as u32;
                if n > max {
                    return Err(invalid(cx.t_num(
                        "workshop-error-missed-range",
                        "max",
                        f64::from(max),
                    )));
                }
                if self.missed.len() < questions {
                    self.missed.resize(questions, None);
                }
                if let Some(m) = self.missed.get_mut(k) {
                    *m = Some(n);
                }
                self.to(if k + 1 < questions {
                    Tally::Missed(k + 1)
                } else {
                    Tally::Menu
                });
            }
        }
        Ok(Step::stay())
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if self.tally == Tally::Menu {
            return None;
        }
        self.to(Tally::Menu);
        Some(Step::stay())
    }
}

/// The phone passed around: one person answers every question, one per screen, and saves;
/// only their score and the questions missed are kept, then the next person starts.
struct Pass {
    session: String,
    plan: String,
    phase: WorkshopPhase,
    /// The question on screen; all answered when it equals the number of questions.
    at: usize,
    answers: Vec<String>,
}

impl Pass {
    fn new(session: String, plan: String, phase: WorkshopPhase) -> Self {
        Self {
            session,
            plan,
            phase,
            at: 0,
            answers: Vec::new(),
        }
    }
}

impl PageId for Pass {
    const ID: ScreenId = ScreenId::WorkshopQuiz;
}

impl Page for Pass {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        session_view(cx, &self.session)?;
        let quiz = plan_of(cx, &self.plan)?.quiz;
        let mut view = View::new(phase_title(cx, self.phase));
        let Some(q) = quiz.get(self.at) else {
            return Ok(view.note_t(cx, "shell-workshop-pass-phone").action_t(
                cx,
                "save",
                "shell-workshop-save-answers",
                ActionStyle::Primary,
            ));
        };
        if self.at == 0 {
            view = view.note_t(cx, "shell-workshop-pass-phone");
        }
        view = view
            .block(progress(cx, self.at, quiz.len()))
            .text(q.prompt.clone());
        for c in &q.choices {
            let selected = self.answers.get(self.at) == Some(&c.id);
            view = view.action(
                key("answer.", &c.id),
                c.text.clone(),
                ActionStyle::Choice { selected },
            );
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(choice) = action.strip_prefix("answer.") {
            // A changed answer (after Back) keeps the ones after it.
            match self.answers.get_mut(self.at) {
                Some(a) => *a = choice.to_owned(),
                None => self.answers.push(choice.to_owned()),
            }
            self.at += 1;
            return Ok(Step::stay());
        }
        if action != "save" {
            return Ok(Step::stay());
        }
        cx.waymark
            .workshop_answers(self.session.clone(), self.phase, self.answers.clone())?;
        // Ready for the next person; these answers are not kept.
        self.answers.clear();
        self.at = 0;
        Ok(Step::stay().told(cx.t_num("workshop-scores-saved", "count", 1.0)))
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if self.at == 0 {
            return None;
        }
        self.at -= 1;
        Some(Step::stay())
    }
}
