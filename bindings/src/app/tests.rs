//! The app core's tests, and `Driver`, the harness every flow's tests use: it plays a
//! person at the screen (choose by action id, type, go back) and fails when a screen does
//! not offer what the test tries.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use proptest::prelude::*;

use super::*;

pub(crate) struct Driver {
    pub app: Arc<App>,
    pub waymark: Arc<Waymark>,
    pub screen: Screen,
    pub effects: Vec<Effect>,
    pub dir: tempfile::TempDir,
}

impl Driver {
    /// English, a fresh data folder, started on home.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let waymark = crate::test_waymark(dir.path());
        Self::over(waymark, dir, false)
    }

    /// English, with `pin` set and the vault locked: the app starts on the PIN screen.
    pub fn locked(pin: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let waymark = crate::test_waymark(dir.path());
        waymark.set_pin(pin.into()).unwrap();
        waymark.lock().unwrap();
        Self::over(waymark, dir, false)
    }

    pub fn over(waymark: Arc<Waymark>, dir: tempfile::TempDir, ask_language: bool) -> Self {
        let app = App::new(waymark.clone(), ask_language).unwrap();
        let update = app.handle(Event::Start).unwrap();
        Self {
            app,
            waymark,
            screen: update.screen,
            effects: update.effects,
            dir,
        }
    }

    pub fn send(&mut self, event: Event) -> &Screen {
        let update = self.app.handle(event).unwrap();
        self.screen = update.screen;
        self.effects = update.effects;
        &self.screen
    }

    /// Chooses an action the screen offers; panics (listing what is offered) otherwise.
    pub fn choose(&mut self, id: &str) -> &Screen {
        assert!(
            self.has(id),
            "{:?} offers no {id:?}: {:?}",
            self.screen.id,
            self.ids()
        );
        self.send(Event::Choose {
            action: id.to_owned(),
        })
    }

    /// Chooses the first action whose id starts with `prefix`.
    pub fn choose_first(&mut self, prefix: &str) -> &Screen {
        let id = self
            .ids()
            .into_iter()
            .find(|a| a.starts_with(prefix))
            .unwrap_or_else(|| {
                panic!("{:?} offers no {prefix}…: {:?}", self.screen.id, self.ids())
            });
        self.choose(&id)
    }

    pub fn submit(&mut self, text: &str) -> &Screen {
        assert!(
            self.screen.input.is_some(),
            "{:?} asks for nothing",
            self.screen.id
        );
        self.send(Event::Submit {
            text: text.to_owned(),
        })
    }

    pub fn back(&mut self) -> &Screen {
        self.send(Event::Back)
    }

    pub fn has(&self, id: &str) -> bool {
        self.screen.actions.iter().any(|a| a.id == id)
    }

    /// How the screen draws an action; panics (listing what is offered) if it has none.
    pub fn style(&self, id: &str) -> ActionStyle {
        self.screen
            .actions
            .iter()
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("no {id}: {:?}", self.ids()))
            .style
    }

    /// The detail line an action shows (what is chosen now), if it has one.
    pub fn detail(&self, id: &str) -> Option<String> {
        self.screen
            .actions
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.detail.clone())
    }

    pub fn ids(&self) -> Vec<String> {
        self.screen.actions.iter().map(|a| a.id.clone()).collect()
    }

    /// Every text on the screen, one string (for `contains` checks).
    pub fn text(&self) -> String {
        speakable(&self.screen)
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.screen.notice.as_ref()
    }
}

#[test]
fn starts_on_home_with_every_flow_and_no_back() {
    let d = Driver::new();
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(d.screen.back.is_none());
    assert_eq!(d.screen.quick_exit, "Quick exit");
    assert_eq!(d.ids()[0], "help", "find help comes first");
    for id in [
        "check_job_offer",
        "check_text",
        "learn",
        "workshop",
        "settings",
        "language",
    ] {
        assert!(d.has(id), "{id}");
    }
    assert_eq!(d.effects, vec![Effect::SetSecure { on: true }]);
}

#[test]
fn a_first_run_starts_on_the_language_list_which_is_not_secure() {
    let dir = tempfile::tempdir().unwrap();
    let waymark = crate::test_waymark(dir.path());
    let mut d = Driver::over(waymark, dir, true);
    assert_eq!(d.screen.id, ScreenId::Language);
    assert!(!d.screen.secure);
    assert!(d.screen.back.is_none(), "nothing chosen yet to go back to");
    d.choose("locale.fr");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert_eq!(d.screen.locale, "fr");
    assert!(
        d.effects
            .contains(&Effect::RememberLanguage { id: "fr".into() })
    );
    assert!(d.effects.contains(&Effect::SetSecure { on: true }));
    assert_eq!(d.screen.quick_exit, "Sortie rapide");
}

#[test]
fn an_action_the_screen_does_not_offer_changes_nothing() {
    let mut d = Driver::new();
    d.send(Event::Choose {
        action: "settings.wipe".into(),
    });
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(d.notice().is_some_and(|n| n.error));
    d.send(Event::Submit { text: "x".into() });
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(d.notice().is_some_and(|n| n.error));
}

#[test]
fn read_aloud_speaks_the_screen_in_its_language() {
    let mut d = Driver::new();
    d.send(Event::ReadAloud);
    let [Effect::Speak { text, locale }] = d.effects.as_slice() else {
        panic!("{:?}", d.effects)
    };
    assert_eq!(locale, "en");
    assert!(text.starts_with("Waymark\n"), "{text}");
}

#[test]
fn quick_exit_from_a_flow_forgets_it_and_asks_the_shell_to_hide() {
    let mut d = Driver::new();
    d.choose("language");
    assert_eq!(d.app.depth(), 2);
    d.send(Event::QuickExit);
    assert!(d.effects.contains(&Effect::QuickExit));
    assert_eq!(d.app.depth(), 1);
    assert_eq!(d.screen.id, ScreenId::Home);
}

#[test]
fn with_a_pin_the_session_starts_on_the_pin_and_a_wait_is_said_before_asking() {
    let mut d = Driver::locked("4826");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    assert!(d.screen.back.is_none(), "home is behind the PIN");
    assert!(d.has("help"), "find help works without the PIN");
    for _ in 0..3 {
        d.submit("1111");
    }
    // Locked out for a while: the screen says so and asks for nothing.
    let d_text = d.text();
    assert!(d.screen.input.is_none(), "{d_text}");
    assert!(d_text.contains("Try again in"), "{d_text}");
    assert!(d.has("retry"));
}

#[test]
fn the_right_pin_opens_home() {
    let mut d = Driver::locked("4826");
    d.submit("1111");
    assert!(d.notice().is_some_and(|n| n.error), "a wrong PIN is said");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(d.screen.back.is_none());
    d.send(Event::Lock);
    assert_eq!(d.screen.id, ScreenId::Unlock);
}

/// One step of a random walk: a number picks among what the screen offers.
#[derive(Debug, Clone)]
enum Move {
    Choose(usize),
    Submit(usize),
    Back,
    QuickExit,
    Lock,
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    prop::collection::vec(
        prop_oneof![
            8 => any::<usize>().prop_map(Move::Choose),
            2 => any::<usize>().prop_map(Move::Submit),
            3 => Just(Move::Back),
            1 => Just(Move::QuickExit),
            1 => Just(Move::Lock),
        ],
        1..40,
    )
}

/// What a person might type anywhere.
const TYPED: &[&str] = &[
    "",
    "3",
    "KE",
    "ZZ",
    "!!",
    "٣",
    "4826",
    "Job in Dubai, pay 500 USD fee, we keep your passport.",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// From every reachable screen there is a way back (or it is the first screen) and a
    /// quick exit, and quick exit leaves no flow state.
    #[test]
    fn every_screen_has_a_way_back_and_quick_exit_forgets_everything(moves in moves()) {
        let mut d = Driver::new();
        for m in moves {
            match m {
                Move::Choose(i) => {
                    let ids = d.ids();
                    // "close" ends the terminal session; the walk goes on.
                    if ids.is_empty() { continue; }
                    let id = ids[i % ids.len()].clone();
                    d.send(Event::Choose { action: id });
                }
                Move::Submit(i) => {
                    if d.screen.input.is_some() {
                        d.send(Event::Submit { text: TYPED[i % TYPED.len()].to_owned() });
                    }
                }
                Move::Back => { d.send(Event::Back); }
                Move::QuickExit => {
                    d.send(Event::QuickExit);
                    prop_assert!(d.effects.contains(&Effect::QuickExit));
                    prop_assert_eq!(d.app.depth(), 1);
                    prop_assert!(d.screen.notice.is_none());
                }
                Move::Lock => { d.send(Event::Lock); }
            }
            prop_assert!(!d.screen.quick_exit.is_empty());
            prop_assert!(!d.screen.title.is_empty());
            // No Back only on the first screen, or where leaving would skip a question
            // that must be answered first (the PIN at start, the first language choice).
            if d.screen.back.is_none() && d.app.depth() > 1 {
                prop_assert!(matches!(d.screen.id, ScreenId::Unlock | ScreenId::StartAgain | ScreenId::Language),
                    "{:?} at depth {} has no Back", d.screen.id, d.app.depth());
            }
            if d.app.depth() == 1 {
                prop_assert!(d.screen.back.is_none());
            }
        }
    }
}
