//! The app core: every flow's navigation, screen state and validation, once, for the three
//! shells (crux's core/shell split). A shell sends an [`Event`], gets back an [`Update`]:
//! the [`Screen`] to render (already localized, with the actions it offers) and the
//! [`Effect`]s only the platform can perform. The shells keep no routes and no rules.
//!
//! Each screen is a [`Page`] on a back stack. Flow state (answers, the text being checked,
//! a running quiz) lives in the pages, in memory only: quick exit and lock drop the stack.

mod check;
mod check_country;
mod checklist;
mod checklist_item;
mod confirm;
mod handoff;
mod help;
mod help_results;
mod home;
mod language;
mod learn;
mod learn_quiz;
mod scan;
mod settings;
mod settings_pin;
mod unlock;
mod view;
mod workshop;

#[cfg(test)]
mod learn_tests;
#[cfg(test)]
mod tests;

use std::sync::{Arc, Mutex};

use waymark_core::ErrorKind;

use crate::{HelpChoice, MessageArg, Waymark, WaymarkError};

pub use view::{
    Action, ActionStyle, Block, Effect, Event, Input, InputKind, Notice, Screen, ScreenId, Update,
};

/// A screen's own part; the app adds the chrome (back, quick exit, language, notice).
/// One pointer wide: the builders below take and return it by value, and a boxed view
/// moves in a register where the whole struct was copied at every call (library size,
/// docs/PERFORMANCE.md).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct View(Box<ViewParts>);

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ViewParts {
    pub title: String,
    pub blocks: Vec<Block>,
    pub actions: Vec<Action>,
    pub input: Option<Input>,
}

impl std::ops::Deref for View {
    type Target = ViewParts;
    fn deref(&self) -> &ViewParts {
        &self.0
    }
}

impl std::ops::DerefMut for View {
    fn deref_mut(&mut self) -> &mut ViewParts {
        &mut self.0
    }
}

// The builders and message helpers are called from hundreds of places: `inline(never)`
// keeps one copy of each instead of one per call (library size, docs/PERFORMANCE.md).
impl View {
    #[inline(never)]
    pub fn new(title: String) -> Self {
        Self(Box::new(ViewParts {
            title,
            blocks: Vec::new(),
            actions: Vec::new(),
            input: None,
        }))
    }

    #[inline(never)]
    pub fn text(mut self, text: String) -> Self {
        self.blocks.push(Block::Text { text });
        self
    }

    #[inline(never)]
    pub fn note(mut self, text: String) -> Self {
        self.blocks.push(Block::Note { text });
        self
    }

    #[inline(never)]
    pub fn block(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }

    #[inline(never)]
    pub fn action(mut self, id: impl Into<String>, label: String, style: ActionStyle) -> Self {
        self.actions.push(Action {
            id: id.into(),
            label,
            detail: None,
            style,
        });
        self
    }

    #[inline(never)]
    pub fn go(self, id: impl Into<String>, label: String) -> Self {
        self.action(id, label, ActionStyle::Go)
    }

    /// A list to choose one from (countries, audiences): `prefix` and each entry's id, the
    /// entry `chosen` marked. One loop for every such list.
    #[inline(never)]
    pub fn choices(mut self, prefix: &str, list: Vec<HelpChoice>, chosen: Option<&str>) -> Self {
        for c in list {
            let selected = chosen == Some(c.id.as_str());
            self.actions.push(Action {
                id: key(prefix, &c.id),
                label: c.label,
                detail: None,
                style: ActionStyle::Choice { selected },
            });
        }
        self
    }

    #[inline(never)]
    pub fn heading(self, text: String) -> Self {
        self.block(Block::Heading { text })
    }

    // The same with a message id, said in the current language: one call at each place
    // instead of two, and no text held between them (library size).

    #[inline(never)]
    pub fn new_t(cx: &Cx, msg: &str) -> Self {
        Self::new(cx.t(msg))
    }

    #[inline(never)]
    pub fn text_t(self, cx: &Cx, msg: &str) -> Self {
        self.text(cx.t(msg))
    }

    #[inline(never)]
    pub fn note_t(self, cx: &Cx, msg: &str) -> Self {
        self.note(cx.t(msg))
    }

    #[inline(never)]
    pub fn heading_t(self, cx: &Cx, msg: &str) -> Self {
        self.heading(cx.t(msg))
    }

    #[inline(never)]
    pub fn go_t(self, cx: &Cx, id: &str, msg: &str) -> Self {
        self.go(id, cx.t(msg))
    }

    #[inline(never)]
    pub fn action_t(self, cx: &Cx, id: &str, msg: &str, style: ActionStyle) -> Self {
        self.action(id, cx.t(msg), style)
    }

    #[inline(never)]
    pub fn input(mut self, kind: InputKind, label: String, submit: String) -> Self {
        self.input = Some(Input {
            kind,
            label,
            hint: None,
            value: String::new(),
            submit,
        });
        self
    }
}

/// An id made of a prefix and a code (`country.` and `KE`, `directory-kind-` and
/// `legal`): one small function for every list instead of a `format!` at each.
#[inline(never)]
pub(crate) fn key(prefix: &str, code: &str) -> String {
    [prefix, code].concat()
}

/// A page on the stack, with its screen id.
pub(crate) struct Open {
    pub id: ScreenId,
    pub page: Box<dyn Page>,
}

impl Open {
    /// Inlined: `Step::push` is already one function per page type.
    #[inline]
    pub fn new<P: Page + PageId + 'static>(page: P) -> Self {
        Self {
            id: P::ID,
            page: Box::new(page),
        }
    }
}

/// Where to go after an event.
pub(crate) enum Nav {
    Stay,
    Push(Open),
    Replace(Open),
    Pop,
    /// Leaves this many screens (a confirmation and the screen that asked).
    PopN(usize),
    /// Leaves this many screens, then opens one (a confirmation and the screen that asked
    /// give way to where the answer leads).
    PopThen(usize, Open),
    /// Back to the first screen, dropping every flow on the way.
    Home,
    /// Every screen dropped and the session started again, as when the app opens (after
    /// "Lock now": the PIN screen).
    Start,
}

/// What a page answers to an event. Boxed, as `View` is: one pointer to move around.
pub(crate) struct Step(Box<StepParts>);

pub(crate) struct StepParts {
    pub nav: Nav,
    pub effects: Vec<Effect>,
    pub notice: Option<Notice>,
}

impl std::ops::Deref for Step {
    type Target = StepParts;
    fn deref(&self) -> &StepParts {
        &self.0
    }
}

impl std::ops::DerefMut for Step {
    fn deref_mut(&mut self) -> &mut StepParts {
        &mut self.0
    }
}

impl Step {
    #[inline(never)]
    pub fn stay() -> Self {
        Self::to(Nav::Stay)
    }
    #[inline(never)]
    pub fn push<P: Page + PageId + 'static>(page: P) -> Self {
        Self::to(Nav::Push(Open::new(page)))
    }
    #[inline(never)]
    pub fn replace<P: Page + PageId + 'static>(page: P) -> Self {
        Self::to(Nav::Replace(Open::new(page)))
    }
    #[inline(never)]
    pub fn pop() -> Self {
        Self::to(Nav::Pop)
    }
    #[inline(never)]
    pub fn to(nav: Nav) -> Self {
        Self(Box::new(StepParts {
            nav,
            effects: Vec::new(),
            notice: None,
        }))
    }
    #[inline(never)]
    pub fn effect(mut self, effect: Effect) -> Self {
        self.effects.push(effect);
        self
    }
    /// A confirmation shown on the next screen.
    #[inline(never)]
    pub fn told(mut self, text: String) -> Self {
        self.notice = Some(Notice { text, error: false });
        self
    }
}

/// Which screen a page is: a constant of its type, not a method (a method would be one
/// more function per page in the library).
pub(crate) trait PageId {
    const ID: ScreenId;
}

/// One screen and its flow state.
pub(crate) trait Page: Send {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError>;
    /// An action of the rendered view was chosen. Unknown ids are refused by the app
    /// before they reach the page.
    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        let _ = (cx, action);
        Ok(Step::stay())
    }
    /// The view's input was submitted.
    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        let _ = (cx, text);
        Ok(Step::stay())
    }
    /// A file the person chose for this page (a content pack).
    fn file(&mut self, cx: &Cx, data: &[u8]) -> Result<Step, WaymarkError> {
        let _ = data;
        Err(cx.err(ErrorKind::InvalidInput, "menu-invalid-choice"))
    }
    /// Back within the page (a questionnaire's previous question); `None` leaves it.
    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        None
    }
    /// Whether Back may leave this page (false for the PIN screen at start).
    fn can_leave(&self) -> bool {
        true
    }
    /// Hidden from screenshots (all but the language list).
    fn secure(&self) -> bool {
        true
    }
    /// What "Read aloud" speaks: the whole screen, unless it shows the person's own words
    /// (a page then leaves them out: nobody nearby should hear them).
    fn read_aloud(&self, cx: &Cx, screen: &Screen) -> String {
        let _ = cx;
        speakable(screen)
    }
}

/// What pages use: the facade and localized text.
pub(crate) struct Cx<'a> {
    pub waymark: &'a Arc<Waymark>,
}

// Not inlined either, for the same reason as `View`'s builders.
impl Cx<'_> {
    /// A message in the current language (its id if missing: `content check` prevents that).
    #[inline(never)]
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, Vec::new())
    }

    #[inline(never)]
    pub fn t_args(&self, id: &str, args: Vec<MessageArg>) -> String {
        self.waymark
            .message(id.to_owned(), args)
            .map(|m| m.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    #[inline(never)]
    pub fn t_num(&self, id: &str, name: &str, value: f64) -> String {
        self.t_nums(id, &[(name, value)])
    }

    /// A message with numbers: `("total", 5.0)` for `{ $total }`.
    #[inline(never)]
    pub fn t_nums(&self, id: &str, numbers: &[(&str, f64)]) -> String {
        let args = numbers
            .iter()
            .map(|&(name, value)| MessageArg::Number {
                name: name.to_owned(),
                value,
            })
            .collect();
        self.t_args(id, args)
    }

    /// An error of this kind saying this message.
    #[inline(never)]
    pub fn err(&self, kind: ErrorKind, id: &str) -> WaymarkError {
        WaymarkError::new(kind, self.t(id))
    }

    #[inline(never)]
    pub fn t_text(&self, id: &str, name: &str, value: &str) -> String {
        self.t_args(
            id,
            vec![MessageArg::Text {
                name: name.to_owned(),
                value: value.to_owned(),
            }],
        )
    }

    /// A number as a person typed it, in any script's digits; a clear error otherwise.
    pub fn number(&self, text: &str) -> Result<u32, WaymarkError> {
        self.waymark.parse_number(text.to_owned())
    }
}

struct State {
    stack: Vec<Open>,
    notice: Option<Notice>,
    /// The secure flag last sent, so `SetSecure` goes out only when it changes.
    secure: Option<bool>,
    ask_language: bool,
    /// A pack opened while the vault was locked: held in memory until the PIN is entered,
    /// because only then is "leave no trace" (kept in the vault) known. Never written.
    pending_pack: Option<Vec<u8>>,
}

/// The app core the shells hold beside the facade.
#[derive(uniffi::Object)]
pub struct App {
    waymark: Arc<Waymark>,
    state: Mutex<State>,
}

#[uniffi::export]
impl App {
    /// `ask_language`: start on the language list (a first run, or the terminal without
    /// `--locale`). Returns a `Result`, like every export, so that even a panic reaches a
    /// Swift shell as an error it catches instead of `try!` ending the app.
    #[uniffi::constructor]
    pub fn new(waymark: Arc<Waymark>, ask_language: bool) -> Result<Arc<Self>, WaymarkError> {
        let app = Self {
            waymark,
            state: Mutex::new(State {
                stack: Vec::new(),
                notice: None,
                secure: None,
                ask_language,
                pending_pack: None,
            }),
        };
        Ok(Arc::new(app))
    }

    /// Handles one event and says what to show and do. An error becomes a notice on the
    /// screen; the `Result` is for a panic (see `new`).
    pub fn handle(&self, event: Event) -> Result<Update, WaymarkError> {
        let mut state = match self.state.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        let cx = Cx {
            waymark: &self.waymark,
        };
        let mut effects = Vec::new();
        let result = self
            .dispatch(&mut state, &cx, event, &mut effects)
            .and_then(|()| self.install_held_pack(&mut state, &cx, &mut effects));
        if let Err(e) = result {
            self.failed(&mut state, &cx, e);
        }
        let screen = self.screen(&mut state, &cx);
        if state.secure != Some(screen.secure) {
            state.secure = Some(screen.secure);
            effects.insert(0, Effect::SetSecure { on: screen.secure });
        }
        Ok(Update { screen, effects })
    }
}

impl App {
    fn dispatch(
        &self,
        state: &mut State,
        cx: &Cx,
        event: Event,
        effects: &mut Vec<Effect>,
    ) -> Result<(), WaymarkError> {
        // Refresh shows the same screen again, its notice too (the outcome of a pack
        // opened as the app came to the front arrives just before it).
        if !matches!(event, Event::Refresh) {
            state.notice = None;
        }
        if state.stack.is_empty() && !matches!(event, Event::QuickExit | Event::Lock) {
            self.start(state, cx)?;
            if matches!(event, Event::Start) {
                return Ok(());
            }
        }
        match event {
            Event::Start => self.start(state, cx),
            Event::Refresh => {
                // Back in front (the phone may be open now): a PIN or start-again screen
                // shown at start is decided again.
                let first = state.stack.first().map(|p| p.id);
                if state.stack.len() == 1
                    && matches!(first, Some(ScreenId::Unlock | ScreenId::StartAgain))
                {
                    self.start(state, cx)?;
                }
                Ok(())
            }
            Event::QuickExit => {
                // Never fails (the facade forgets in memory only).
                let _ = self.waymark.quick_exit();
                state.stack.clear();
                state.pending_pack = None;
                effects.push(Effect::QuickExit);
                self.start(state, cx)
            }
            Event::Lock => {
                let _ = self.waymark.lock();
                state.stack.clear();
                state.pending_pack = None;
                self.start(state, cx)
            }
            Event::ReadAloud => {
                let screen = self.screen(state, cx);
                let text = match state.stack.last() {
                    Some(open) => open.page.read_aloud(cx, &screen),
                    None => speakable(&screen),
                };
                effects.push(Effect::Speak {
                    text,
                    locale: screen.locale,
                });
                Ok(())
            }
            Event::Back => {
                let depth = state.stack.len();
                let Some(Open { page: top, .. }) = state.stack.last_mut() else {
                    return Ok(());
                };
                match top.back(cx) {
                    Some(step) => self.apply(state, step, effects),
                    None if depth > 1 && top.can_leave() => {
                        state.stack.pop();
                        Ok(())
                    }
                    None => Ok(()),
                }
            }
            Event::Choose { action } => {
                let Some(Open { page: top, .. }) = state.stack.last_mut() else {
                    return Ok(());
                };
                // Only what the screen offers: a stale or made-up id changes nothing.
                let offered = top.render(cx)?.actions.iter().any(|a| a.id == action);
                if !offered {
                    return Err(cx.err(ErrorKind::InvalidInput, "menu-invalid-choice"));
                }
                let step = top.act(cx, &action)?;
                self.apply(state, step, effects)
            }
            Event::FileChosen { data } => {
                let Some(Open { page: top, .. }) = state.stack.last_mut() else {
                    return Ok(());
                };
                let step = top.file(cx, &data)?;
                self.apply(state, step, effects)
            }
            // Any screen, the PIN screen included: a pack is signed public content.
            Event::PackOpened { data } => match settings::install_pack(cx, &data) {
                // Locked: whether leave no trace is on is in the vault. Held until the PIN.
                Err(e) if e.kind() == ErrorKind::Locked => {
                    state.pending_pack = Some(data);
                    state.notice = Some(Notice {
                        text: cx.t("pack-after-pin"),
                        error: false,
                    });
                    Ok(())
                }
                step => self.apply(state, step?, effects),
            },
            Event::Submit { text } => {
                let text = zeroize::Zeroizing::new(text);
                let Some(Open { page: top, .. }) = state.stack.last_mut() else {
                    return Ok(());
                };
                if top.render(cx)?.input.is_none() {
                    return Err(cx.err(ErrorKind::InvalidInput, "menu-invalid-choice"));
                }
                let step = top.submit(cx, &text)?;
                self.apply(state, step, effects)
            }
        }
    }

    /// A pack held on the PIN screen is installed once the vault is open (its outcome
    /// shown on the screen after the PIN).
    fn install_held_pack(
        &self,
        state: &mut State,
        cx: &Cx,
        effects: &mut Vec<Effect>,
    ) -> Result<(), WaymarkError> {
        let waiting = matches!(
            state.stack.last().map(|p| p.id),
            None | Some(ScreenId::Unlock | ScreenId::StartAgain)
        );
        if waiting {
            return Ok(());
        }
        match state.pending_pack.take() {
            Some(data) => {
                let step = settings::install_pack(cx, &data)?;
                self.apply(state, step, effects)
            }
            None => Ok(()),
        }
    }

    /// The first screen: the PIN if one is set and not entered, else home (the language
    /// list on top when asked for).
    fn start(&self, state: &mut State, cx: &Cx) -> Result<(), WaymarkError> {
        state.stack.clear();
        state.stack.push(Open::new(home::Home));
        if std::mem::take(&mut state.ask_language) {
            state.stack.push(Open::new(language::Language::first()));
        }
        if let Some(page) = unlock::at_start(cx)? {
            state.stack = vec![page];
        }
        Ok(())
    }

    fn apply(
        &self,
        state: &mut State,
        step: Step,
        effects: &mut Vec<Effect>,
    ) -> Result<(), WaymarkError> {
        let StepParts {
            nav,
            effects: more,
            notice,
        } = *step.0;
        effects.extend(more);
        state.notice = notice;
        match nav {
            Nav::Stay => {}
            Nav::Push(page) => state.stack.push(page),
            Nav::Replace(page) => {
                state.stack.pop();
                state.stack.push(page);
            }
            Nav::Pop => {
                if state.stack.len() > 1 {
                    state.stack.pop();
                }
            }
            Nav::PopN(n) => {
                let keep = state.stack.len().saturating_sub(n).max(1);
                state.stack.truncate(keep);
            }
            Nav::PopThen(n, page) => {
                let keep = state.stack.len().saturating_sub(n).max(1);
                state.stack.truncate(keep);
                state.stack.push(page);
            }
            Nav::Home => state.stack.truncate(1),
            // `screen()` starts again from an empty stack.
            Nav::Start => state.stack.clear(),
        }
        Ok(())
    }

    /// An error from a page: a locked vault asks for the PIN (and comes back); anything
    /// else is said on the screen, and what was entered stays.
    fn failed(&self, state: &mut State, cx: &Cx, e: WaymarkError) {
        if e.kind() == ErrorKind::Locked
            && state.stack.last().is_none_or(|p| p.id != ScreenId::Unlock)
        {
            state.stack.push(Open::new(unlock::Unlock::returning()));
            return;
        }
        let _ = cx;
        state.notice = Some(Notice {
            text: e.message().to_owned(),
            error: true,
        });
    }

    /// Renders the top page with the chrome. A page that cannot render (its data went
    /// away) is left, and the reason shown on the one below.
    fn screen(&self, state: &mut State, cx: &Cx) -> Screen {
        loop {
            let Some(top) = state.stack.last() else {
                if self.start(state, cx).is_err() {
                    state.stack = vec![Open::new(home::Home)];
                }
                continue;
            };
            match top.page.render(cx) {
                Ok(view) => {
                    let (id, secure) = (top.id, top.page.secure());
                    let can_back = state.stack.len() > 1 && top.page.can_leave();
                    return self.chrome(cx, id, secure, can_back, view, state.notice.clone());
                }
                Err(e) if e.kind() == ErrorKind::Locked && top.id != ScreenId::Unlock => {
                    state.stack.push(Open::new(unlock::Unlock::returning()));
                }
                Err(e) => {
                    state.notice = Some(Notice {
                        text: e.message().to_owned(),
                        error: true,
                    });
                    if state.stack.len() > 1 {
                        state.stack.pop();
                    } else {
                        state.stack = vec![Open::new(home::Home)];
                        return self.chrome(
                            cx,
                            ScreenId::Home,
                            true,
                            false,
                            View::new_t(cx, "app-name"),
                            state.notice.clone(),
                        );
                    }
                }
            }
        }
    }

    fn chrome(
        &self,
        cx: &Cx,
        id: ScreenId,
        secure: bool,
        can_back: bool,
        view: View,
        notice: Option<Notice>,
    ) -> Screen {
        let locale = self.waymark.current_locale().ok();
        // The facade's screen state (quick exit forgets it): an id, never user text.
        let _ = self
            .waymark
            .set_current_screen(Some(format!("{id:?}").to_ascii_lowercase()));
        let ViewParts {
            title,
            blocks,
            actions,
            input,
        } = *view.0;
        Screen {
            id,
            title,
            blocks,
            actions,
            input,
            back: can_back.then(|| cx.t("menu-back")),
            quick_exit: cx.t("menu-quick-exit"),
            read_aloud: cx.t("shell-read-aloud"),
            secure,
            notice,
            locale: locale
                .as_ref()
                .map(|l| l.id.clone())
                .unwrap_or_else(|| "en".to_owned()),
            direction: locale
                .as_ref()
                .map(|l| l.direction)
                .unwrap_or(crate::TextDirection::Ltr),
            review_note: locale.and_then(|l| l.review_note),
        }
    }

    /// How many screens are stacked (tests: quick exit leaves only the first).
    #[cfg(test)]
    pub(crate) fn depth(&self) -> usize {
        self.state.lock().map(|s| s.stack.len()).unwrap_or(0)
    }
}

/// What "Read aloud" speaks: the title, the body and the choices, in order.
pub fn speakable(screen: &Screen) -> String {
    speakable_but(screen, &screen.title, &|_| true, &|_| true)
}

/// `speakable` with `title` said in place of the screen's, and only the blocks and actions
/// `block` and `action` keep: a page leaving out the person's own words.
pub(crate) fn speakable_but(
    screen: &Screen,
    title: &str,
    block: &dyn Fn(&Block) -> bool,
    action: &dyn Fn(&Action) -> bool,
) -> String {
    fn line(out: &mut String, text: &str) {
        out.push('\n');
        out.push_str(text);
    }
    let mut out = title.to_owned();
    if let Some(n) = &screen.notice {
        line(&mut out, &n.text);
    }
    for b in screen.blocks.iter().filter(|b| block(b)) {
        match b {
            Block::Heading { text }
            | Block::Text { text }
            | Block::Note { text }
            | Block::Warning { text } => line(&mut out, text),
            Block::Fact { label, value } => {
                line(&mut out, label);
                out.push_str(": ");
                out.push_str(value);
            }
            Block::Progress { label, .. } => line(&mut out, label),
        }
    }
    for a in screen.actions.iter().filter(|a| action(a)) {
        line(&mut out, &a.label);
    }
    if let Some(i) = &screen.input {
        line(&mut out, &i.label);
    }
    out
}
