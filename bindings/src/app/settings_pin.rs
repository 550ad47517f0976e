//! Setting, changing and removing the PIN, and the emergency (duress) PIN: one question per
//! step on the same screen. The PIN now is checked as soon as it is typed. The rule (how long a PIN may be) is shown before the first
//! try, and a PIN that breaks it is refused at once, on the same screen. A new PIN is
//! typed twice. PINs are held only between "new" and "again", in memory that is wiped
//! when dropped (Back, quick exit, lock, or done).

use waymark_core::ErrorKind;
use waymark_core::vault::{self, PIN_MAX, PIN_MIN, pin};
use zeroize::Zeroizing;

use super::{Cx, Input, InputKind, Page, PageId, ScreenId, Step, View};
use crate::WaymarkError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    Set,
    Change,
    Remove,
    Duress,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Current,
    New,
    Again,
}

pub(crate) struct PinPage {
    purpose: Purpose,
    ask: Ask,
    current: Option<Zeroizing<String>>,
    new: Option<Zeroizing<String>>,
}

impl PinPage {
    pub fn new(purpose: Purpose) -> Self {
        Self {
            purpose,
            ask: Self::first(purpose),
            current: None,
            new: None,
        }
    }

    fn first(purpose: Purpose) -> Ask {
        match purpose {
            Purpose::Set | Purpose::Duress => Ask::New,
            Purpose::Change | Purpose::Remove => Ask::Current,
        }
    }

    /// Back to the first question, forgetting what was typed.
    fn restart(&mut self) {
        self.current = None;
        self.new = None;
        self.ask = Self::first(self.purpose);
    }

    fn done(&mut self, cx: &Cx, new: &str) -> Result<Step, WaymarkError> {
        let w = &cx.waymark;
        let result = match self.purpose {
            Purpose::Set => w.set_pin(new.to_owned()).map(|_| "vault-pin-set"),
            Purpose::Duress => w.set_duress_pin(new.to_owned()).map(|_| "vault-duress-set"),
            Purpose::Change => {
                let old = self.current.take().unwrap_or_default();
                w.change_pin(old.to_string(), new.to_owned())
                    .map(|_| "vault-pin-changed")
            }
            Purpose::Remove => Ok("vault-pin-removed"),
        };
        self.restart();
        Ok(Step::pop().told(cx.t(result?)))
    }
}

/// The rule, shown before the first try: "A PIN needs 4 to 64 characters."
fn rule(cx: &Cx) -> String {
    cx.t_nums(
        "vault-error-pin-format",
        &[("min", PIN_MIN as f64), ("max", PIN_MAX as f64)],
    )
}

/// Typed twice: the same PIN, in any script's digits.
fn same(a: &str, b: &str) -> bool {
    *pin::normalize(a) == *pin::normalize(b)
}

impl PageId for PinPage {
    const ID: ScreenId = ScreenId::Pin;
}

impl Page for PinPage {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let duress = self.purpose == Purpose::Duress;
        let title = match self.purpose {
            Purpose::Set => "vault-set-pin",
            Purpose::Change => "vault-change-pin",
            Purpose::Remove => "vault-remove-pin",
            Purpose::Duress => "vault-set-duress",
        };
        let mut view = View::new_t(cx, title);
        if duress {
            view = view.text_t(cx, "vault-duress-explain");
        }

        let (label, hint) = match self.ask {
            Ask::Current => ("shell-pin-current", None),
            Ask::New if duress => ("vault-enter-duress-pin", Some(rule(cx))),
            Ask::New => ("shell-pin-new", Some(rule(cx))),
            Ask::Again if duress => ("vault-enter-duress-pin-again", Some(rule(cx))),
            Ask::Again => ("shell-pin-repeat", Some(rule(cx))),
        };
        let submit = match (self.ask, self.purpose) {
            (Ask::Current, Purpose::Remove) => "shell-remove",
            (Ask::Again, _) => "shell-save",
            _ => "vault-pin-next",
        };
        view.input = Some(Input {
            kind: InputKind::Pin,
            label: cx.t(label),
            hint,
            value: String::new(),
            submit: cx.t(submit),
        });
        Ok(view)
    }

    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        match self.ask {
            Ask::Current if self.purpose == Purpose::Remove => {
                cx.waymark.remove_pin(text.to_owned())?;
                self.done(cx, "")
            }
            Ask::Current => {
                // Checked now, before a new PIN is typed twice for nothing; a wrong one is
                // said at once and asked again.
                cx.waymark.verify_pin(text)?;
                self.current = Some(Zeroizing::new(text.to_owned()));
                self.ask = Ask::New;
                Ok(Step::stay().told(cx.t("shell-pin-current-right")))
            }
            Ask::New => {
                // Checked now, not after typing it twice: the rule stays on the screen.
                vault::new_pin(text).map_err(|e| cx.waymark.error(&e))?;
                self.new = Some(Zeroizing::new(text.to_owned()));
                self.ask = Ask::Again;
                Ok(Step::stay())
            }
            Ask::Again => {
                let Some(new) = self.new.take() else {
                    self.ask = Ask::New;
                    return Ok(Step::stay());
                };
                if !same(&new, text) {
                    self.ask = Ask::New;
                    return Err(cx.err(ErrorKind::InvalidInput, "shell-pin-mismatch"));
                }
                self.done(cx, &new)
            }
        }
    }

    fn back(&mut self, cx: &Cx) -> Option<Step> {
        let _ = cx;
        match self.ask {
            Ask::Again => {
                self.new = None;
                self.ask = Ask::New;
                Some(Step::stay())
            }
            Ask::New if self.purpose == Purpose::Change => {
                self.current = None;
                self.ask = Ask::Current;
                Some(Step::stay())
            }
            _ => None,
        }
    }
}
