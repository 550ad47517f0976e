//! A module's quiz, one question per screen, and its result. The choices come in the
//! core's order for this attempt (fetched once, so every render shows the same order); the
//! answers live in this page only, until "Check my answers" sends them to be scored.

use std::sync::Arc;

use super::learn::best_line;
use super::{ActionStyle, Block, Cx, Page, PageId, ScreenId, Step, View, key};
use crate::{ModuleView, QuizResultView, WaymarkError};

pub(super) struct Quiz {
    module: Arc<ModuleView>,
    /// One choice id (or none yet) per question.
    answers: Vec<Option<String>>,
    /// The question on screen.
    index: usize,
}

impl Quiz {
    /// A new attempt: nothing chosen, the first question.
    pub fn start(cx: &Cx, module: &str) -> Result<Self, WaymarkError> {
        let module = cx.waymark.learn_module(module.to_owned(), None)?;
        Ok(Self {
            answers: vec![None; module.quiz.len()],
            module: Arc::new(module),
            index: 0,
        })
    }

    fn complete(&self) -> Option<Vec<String>> {
        self.answers.iter().cloned().collect()
    }
}

fn heading(cx: &Cx, number: usize, total: usize) -> String {
    cx.t_nums(
        "learn-quiz-question-heading",
        &[("number", number as f64), ("total", total as f64)],
    )
}

impl PageId for Quiz {
    const ID: ScreenId = ScreenId::Quiz;
}

impl Page for Quiz {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let total = self.module.quiz.len();
        let mut view = View::new(self.module.title.clone());
        let Some(q) = self.module.quiz.get(self.index) else {
            return Ok(view);
        };
        view = view
            .block(Block::Progress {
                done: (self.index + 1) as u32,
                total: total as u32,
                label: heading(cx, self.index + 1, total),
            })
            .text(q.prompt.clone());
        let chosen = self.answers.get(self.index).cloned().flatten();
        for c in &q.choices {
            let selected = chosen.as_deref() == Some(c.id.as_str());
            view = view.action(
                key("answer.", &c.id),
                c.text.clone(),
                ActionStyle::Choice { selected },
            );
        }
        if chosen.is_some() && self.index + 1 < total {
            view = view.go_t(cx, "next", "shell-learn-next");
        }
        if self.complete().is_some() {
            view = view.action_t(cx, "submit", "shell-learn-submit", ActionStyle::Primary);
        }
        Ok(view)
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let total = self.module.quiz.len();
        if let Some(choice) = action.strip_prefix("answer.") {
            if let Some(a) = self.answers.get_mut(self.index) {
                *a = Some(choice.to_owned());
            }
            // On to the next question; the last one stays, to check the answers.
            if self.index + 1 < total {
                self.index += 1;
            }
            return Ok(Step::stay());
        }
        match action {
            "next" if self.index + 1 < total => {
                self.index += 1;
                Ok(Step::stay())
            }
            "submit" => {
                let Some(answers) = self.complete() else {
                    return Ok(Step::stay());
                };
                // A refusal (the vault locked) keeps every answer on this page.
                let result = cx
                    .waymark
                    .learn_submit_quiz(self.module.id.clone(), answers)?;
                Ok(Step::replace(QuizResult {
                    module: self.module.clone(),
                    result,
                }))
            }
            _ => Ok(Step::stay()),
        }
    }

    /// Back goes to the previous question (its answer kept); from the first, it leaves.
    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        if self.index == 0 {
            return None;
        }
        self.index -= 1;
        Some(Step::stay())
    }
}

/// The score, each question right or wrong with why, and "Try the quiz again".
struct QuizResult {
    /// The attempt's module, to name the choices by their text.
    module: Arc<ModuleView>,
    result: QuizResultView,
}

impl PageId for QuizResult {
    const ID: ScreenId = ScreenId::QuizResult;
}

impl Page for QuizResult {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let r = &self.result;
        let score = cx.t_nums(
            "learn-quiz-score",
            &[("score", f64::from(r.score)), ("total", f64::from(r.total))],
        );
        let mut view = View::new(self.module.title.clone())
            .heading(score)
            .text(best_line(cx, r.best_score, r.total));
        let total = r.questions.len();
        for (i, a) in r.questions.iter().enumerate() {
            let q = self.module.quiz.iter().find(|q| q.id == a.id);
            let choice = |id: &str| {
                q.and_then(|q| q.choices.iter().find(|c| c.id == id))
                    .map(|c| c.text.clone())
                    .unwrap_or_else(|| id.to_owned())
            };
            view = view.heading(heading(cx, i + 1, total));
            if let Some(q) = q {
                view = view.text(q.prompt.clone());
            }
            view = view.text(cx.t_text("shell-learn-your-answer", "answer", &choice(&a.chosen)));
            view = if a.correct {
                view.text_t(cx, "learn-quiz-correct")
            } else {
                view.block(Block::Warning {
                    text: cx.t_text("learn-quiz-wrong", "answer", &choice(&a.answer)),
                })
            };
            view = view.note(a.explanation.clone());
        }
        Ok(view.action_t(cx, "retry", "shell-learn-retry", ActionStyle::Primary))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        match action {
            // A new attempt, its choices in a new order.
            "retry" => Ok(Step::replace(Quiz::start(cx, &self.module.id)?)),
            _ => Ok(Step::stay()),
        }
    }
}
