//! Learn: tracks (one per audience) → modules with progress → a module (its lessons, the
//! story, the quiz, the words) → lessons one at a time with Previous and Next. The quiz and
//! its result are in `learn_quiz.rs`. Progress is saved through the facade, which keeps it
//! in the vault (or in memory under leave-no-trace); a locked vault asks for the PIN.

use std::sync::Arc;

use super::confirm::Confirm;
use super::learn_quiz::Quiz;
use super::{Action, ActionStyle, Block, Cx, Page, PageId, ScreenId, Step, View, key};
use crate::{ModuleProgressView, ModuleView, WaymarkError};

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    Ok(Step::push(Tracks))
}

/// A row leading to another screen, with a second line.
fn go_detail(mut view: View, id: String, label: String, detail: Option<String>) -> View {
    view.actions.push(Action {
        id,
        label,
        detail,
        style: ActionStyle::Go,
    });
    view
}

/// Progress by module. It only adds to these screens: when it cannot be read (the vault
/// was locked behind the app) they show without it, and saving asks for the PIN.
/// A list, not a map: a few modules, and no hash table code in the library for them.
fn progress_by_module(cx: &Cx) -> Vec<ModuleProgressView> {
    cx.waymark.learn_progress().unwrap_or_default()
}

/// "2 of 5 lessons seen", "Your best score: 4 out of 5." (what there is).
fn progress_lines(cx: &Cx, p: &ModuleProgressView) -> Vec<String> {
    let mut lines = Vec::new();
    if !p.lessons_seen.is_empty() {
        lines.push(cx.t_nums(
            "learn-lessons-seen",
            &[
                ("seen", p.lessons_seen.len() as f64),
                ("total", p.lessons_total as f64),
            ],
        ));
    }
    if let Some(best) = p.best_score {
        lines.push(best_line(cx, best, p.quiz_total));
    }
    lines
}

pub(super) fn best_line(cx: &Cx, score: u32, total: u32) -> String {
    cx.t_nums(
        "learn-quiz-best",
        &[("score", score as f64), ("total", total as f64)],
    )
}

/// One module, opened from another flow (a check's "Learn more").
pub(crate) fn open_module(cx: &Cx, id: &str) -> Result<Step, WaymarkError> {
    let module = cx.waymark.learn_module(id.to_owned(), None)?;
    Ok(Step::push(Module {
        module: Arc::new(module),
    }))
}

/// Who are you learning as? The tracks, my progress and the words used.
struct Tracks;

impl PageId for Tracks {
    const ID: ScreenId = ScreenId::LearnTracks;
}

impl Page for Tracks {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let mut view = View::new_t(cx, "learn-menu-title").text_t(cx, "learn-menu-choose-track");
        for t in cx.waymark.learn_tracks()? {
            view = go_detail(view, key("track.", &t.id), t.title, Some(t.summary));
        }
        Ok(view.go_t(cx, "progress", "learn-menu-progress").go_t(
            cx,
            "glossary",
            "learn-menu-glossary",
        ))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(audience) = action.strip_prefix("track.") {
            return Ok(Step::push(Modules {
                audience: audience.to_owned(),
            }));
        }
        match action {
            "progress" => {
                // Read here, so a locked vault asks for the PIN before the screen opens.
                cx.waymark.learn_progress()?;
                Ok(Step::push(Progress))
            }
            "glossary" => Ok(Step::push(Glossary)),
            _ => Ok(Step::stay()),
        }
    }
}

/// One audience's modules, each with its lessons read and best score.
struct Modules {
    audience: String,
}

impl PageId for Modules {
    const ID: ScreenId = ScreenId::LearnModules;
}

impl Page for Modules {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let track = cx
            .waymark
            .learn_tracks()?
            .into_iter()
            .find(|t| t.id == self.audience);
        let mut view = match track {
            Some(t) => View::new(t.title).text(t.summary),
            None => View::new_t(cx, "learn-menu-title"),
        };
        view = view.note_t(cx, "learn-menu-choose-module");
        let progress = progress_by_module(cx);
        for m in cx.waymark.learn_modules(Some(self.audience.clone()))? {
            let mut detail = vec![cx.t_nums("learn-lessons-count", &[("count", m.lessons as f64)])];
            if let Some(p) = progress.iter().find(|p| p.module == m.id) {
                detail.extend(progress_lines(cx, p));
            }
            view = go_detail(
                view,
                key("module.", &m.id),
                m.title,
                Some(detail.join(" · ")),
            );
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        match action.strip_prefix("module.") {
            Some(id) => open_module(cx, id),
            None => Ok(Step::stay()),
        }
    }
}

/// A module: its lessons (each marked when read), the story, the quiz and the words.
struct Module {
    /// In the language it was opened in; the quiz fetches its own (this attempt's order).
    module: Arc<ModuleView>,
}

impl PageId for Module {
    const ID: ScreenId = ScreenId::LearnModule;
}

impl Page for Module {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let m = &self.module;
        let mut view = View::new(m.title.clone()).text(m.summary.clone());
        let progress = progress_by_module(cx)
            .into_iter()
            .find(|p| p.module == m.id);
        let seen = progress
            .as_ref()
            .map(|p| p.lessons_seen.clone())
            .unwrap_or_default();
        if let Some(p) = &progress {
            for line in progress_lines(cx, p) {
                view = view.note(line);
            }
        }
        let total = m.lessons.len();
        // Reopened: straight back to the lesson opened last.
        let last = cx.waymark.learn_last_lesson(&m.id);
        if let Some((i, l)) = m
            .lessons
            .iter()
            .enumerate()
            .find(|(_, l)| last.as_deref() == Some(l.id.as_str()))
        {
            view = view.action(
                "continue",
                cx.t_text("shell-learn-continue", "lesson", &l.title),
                ActionStyle::Primary,
            );
            if let Some(a) = view.actions.last_mut() {
                a.detail = Some(cx.t_nums(
                    "learn-lesson-heading",
                    &[("number", (i + 1) as f64), ("total", total as f64)],
                ));
            }
        }
        for (i, l) in m.lessons.iter().enumerate() {
            let mut detail = cx.t_nums(
                "learn-lesson-heading",
                &[("number", (i + 1) as f64), ("total", total as f64)],
            );
            if seen.contains(&l.id) {
                detail = format!("{detail} · {}", cx.t("shell-learn-read"));
            }
            view = go_detail(
                view,
                format!("lesson.{}", i + 1),
                l.title.clone(),
                Some(detail),
            );
        }
        view = go_detail(
            view,
            "story".to_owned(),
            cx.t("learn-menu-scenario"),
            Some(m.scenario.title.clone()),
        );
        if !m.quiz.is_empty() {
            view = view.action_t(cx, "quiz", "shell-learn-start-quiz", ActionStyle::Primary);
        }
        Ok(view.go_t(cx, "glossary", "learn-menu-glossary"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let at = if action == "continue" {
            cx.waymark
                .learn_last_lesson(&self.module.id)
                .and_then(|id| self.module.lessons.iter().position(|l| l.id == id))
                .map(|i| format!("lesson.{}", i + 1))
        } else {
            None
        };
        let action = at.as_deref().unwrap_or(action);
        if let Some(n) = action.strip_prefix("lesson.") {
            let Some(page) = n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) else {
                return Ok(Step::stay());
            };
            let lesson = Lesson {
                module: self.module.clone(),
                page,
            };
            lesson.mark_seen(cx)?;
            return Ok(Step::push(lesson));
        }
        match action {
            "story" => Ok(Step::push(Lesson {
                module: self.module.clone(),
                page: self.module.lessons.len(),
            })),
            "quiz" => Ok(Step::push(Quiz::start(cx, &self.module.id)?)),
            "glossary" => Ok(Step::push(Glossary)),
            _ => Ok(Step::stay()),
        }
    }
}

/// The lessons one at a time, then the story: Next and Previous walk them, Back leaves.
/// A lesson is marked seen when it is shown.
struct Lesson {
    module: Arc<ModuleView>,
    /// A lesson's index; the number of lessons is the story.
    page: usize,
}

impl Lesson {
    /// Saves that the lesson on this page was seen (nothing for the story). Called before
    /// the page moves, so a refusal (the vault locked) leaves the screen as it was.
    fn mark_seen(&self, cx: &Cx) -> Result<(), WaymarkError> {
        if let Some(l) = self.module.lessons.get(self.page) {
            cx.waymark
                .learn_lesson_seen(self.module.id.clone(), l.id.clone())?;
        }
        Ok(())
    }

    fn move_to(&mut self, cx: &Cx, page: usize) -> Result<Step, WaymarkError> {
        let next = Lesson {
            module: self.module.clone(),
            page,
        };
        next.mark_seen(cx)?;
        self.page = page;
        Ok(Step::stay())
    }
}

impl PageId for Lesson {
    const ID: ScreenId = ScreenId::Lesson;
}

impl Page for Lesson {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let m = &self.module;
        let total = m.lessons.len();
        let mut view = View::new(m.title.clone());
        match m.lessons.get(self.page) {
            Some(l) => {
                view = view
                    .block(Block::Progress {
                        done: (self.page + 1) as u32,
                        total: total as u32,
                        label: cx.t_nums(
                            "learn-lesson-heading",
                            &[("number", (self.page + 1) as f64), ("total", total as f64)],
                        ),
                    })
                    .heading(l.title.clone())
                    .text(l.body.clone());
                if !l.points.is_empty() {
                    view = view.heading_t(cx, "learn-key-points");
                    for p in &l.points {
                        view = view.text(format!("• {p}"));
                    }
                }
                view = view.go_t(cx, "next", "shell-learn-next");
            }
            None => {
                view = view
                    .heading_t(cx, "learn-menu-scenario")
                    .heading(m.scenario.title.clone())
                    .text(m.scenario.body.clone());
                if !m.quiz.is_empty() {
                    view =
                        view.action_t(cx, "quiz", "shell-learn-start-quiz", ActionStyle::Primary);
                }
            }
        }
        if self.page > 0 {
            view = view.go_t(cx, "previous", "shell-learn-previous");
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let last = self.module.lessons.len();
        match action {
            "next" if self.page < last => self.move_to(cx, self.page + 1),
            "previous" if self.page > 0 => self.move_to(cx, self.page - 1),
            "quiz" => Ok(Step::push(Quiz::start(cx, &self.module.id)?)),
            _ => Ok(Step::stay()),
        }
    }
}

/// Every module with some progress, and "Clear my progress" (asked first).
struct Progress;

impl PageId for Progress {
    const ID: ScreenId = ScreenId::LearnProgress;
}

impl Page for Progress {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let all = cx.waymark.learn_progress()?;
        let mut view = View::new_t(cx, "learn-menu-progress");
        if all.is_empty() {
            return Ok(view.text_t(cx, "learn-progress-none"));
        }
        let modules = cx.waymark.learn_modules(None)?;
        for p in &all {
            let title = modules
                .iter()
                .find(|m| m.id == p.module)
                .map_or_else(|| p.module.clone(), |m| m.title.clone());
            let mut detail = vec![cx.t_nums(
                "learn-lessons-seen",
                &[
                    ("seen", p.lessons_seen.len() as f64),
                    ("total", p.lessons_total as f64),
                ],
            )];
            if let Some(best) = p.best_score {
                detail.push(best_line(cx, best, p.quiz_total));
            }
            view = go_detail(
                view,
                key("module.", &p.module),
                title,
                Some(detail.join(" · ")),
            );
        }
        Ok(view.action_t(
            cx,
            "clear",
            "learn-menu-clear-progress",
            ActionStyle::Danger,
        ))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(id) = action.strip_prefix("module.") {
            return open_module(cx, id);
        }
        match action {
            "clear" => Ok(Step::push(Confirm::new(
                "shell-learn-clear-question",
                "shell-learn-clear-yes",
                |cx| {
                    cx.waymark.learn_clear_progress()?;
                    Ok(Step::stay().told(cx.t("learn-progress-cleared")))
                },
            ))),
            _ => Ok(Step::stay()),
        }
    }
}

/// The words lessons and explanations use, each with a plain definition. Content only:
/// no PIN.
struct Glossary;

impl PageId for Glossary {
    const ID: ScreenId = ScreenId::Glossary;
}

impl Page for Glossary {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let mut view = View::new_t(cx, "learn-glossary-title");
        for t in cx.waymark.learn_glossary()? {
            view = view.heading(t.term).text(t.text);
        }
        Ok(view)
    }
}
