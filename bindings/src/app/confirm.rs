//! "Are you sure?" answered by a choice in the person's language, never by typing a word.

use super::{ActionStyle, Cx, Nav, Page, PageId, ScreenId, Step, View};
use crate::WaymarkError;

type OnYes = Box<dyn Fn(&Cx) -> Result<Step, WaymarkError> + Send>;

pub(crate) struct Confirm {
    question: String,
    yes: String,
    on_yes: OnYes,
}

impl Confirm {
    /// `question` and `yes` are message ids; `on_yes` acts and says where to go (staying
    /// means back to the screen that asked).
    pub fn new(
        question: &str,
        yes: &str,
        on_yes: impl Fn(&Cx) -> Result<Step, WaymarkError> + Send + 'static,
    ) -> Self {
        Self {
            question: question.to_owned(),
            yes: yes.to_owned(),
            on_yes: Box::new(on_yes),
        }
    }
}

impl PageId for Confirm {
    const ID: ScreenId = ScreenId::Confirm;
}

impl Page for Confirm {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        Ok(View::new(cx.t(&self.question))
            .action("yes", cx.t(&self.yes), ActionStyle::Danger)
            .action_t(cx, "no", "shell-cancel", ActionStyle::Primary))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if action != "yes" {
            return Ok(Step::pop());
        }
        let mut step = (self.on_yes)(cx)?;
        if matches!(step.nav, Nav::Stay) {
            step.nav = Nav::Pop;
        }
        Ok(step)
    }
}
