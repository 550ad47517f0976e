//! What crosses to the shells: the `Event`s they send, the `Screen` they render and the
//! `Effect`s they perform. Every text is already localized; ids are stable ASCII.

use crate::TextDirection;

/// One variant per screen. A renderer may draw a screen its own way by its id (the PIN
/// pad, the present view); every screen also renders from its blocks and actions alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ScreenId {
    Language,
    Home,
    Unlock,
    StartAgain,
    /// "Are you sure?", answered by a choice (never by typing a word).
    Confirm,
    /// The warning before a call, text or link leaves the app.
    Handoff,
    HelpCountry,
    HelpFilters,
    HelpLanguage,
    HelpResults,
    /// Where the person comes from; kinds of help; who the help is for.
    HelpFrom,
    HelpNeeds,
    HelpAudience,
    CheckQuestion,
    CheckReport,
    /// Which country the person is in, for a check's help contacts.
    CheckCountry,
    TextScan,
    TextScanResult,
    LearnTracks,
    LearnModules,
    LearnModule,
    LearnProgress,
    Lesson,
    Quiz,
    QuizResult,
    Glossary,
    WorkshopPlans,
    WorkshopPlan,
    WorkshopPresent,
    WorkshopSession,
    WorkshopQuiz,
    WorkshopSessions,
    Checklist,
    ChecklistStage,
    ChecklistItem,
    ChecklistAdd,
    Settings,
    Pin,
    Disguise,
    ContentPacks,
    /// One installed pack: pass it on, or remove it.
    ContentPack,
}

/// A piece of a screen's body, in reading order.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Block {
    Heading {
        text: String,
    },
    Text {
        text: String,
    },
    /// Secondary text: a privacy note, a source, a hint.
    Note {
        text: String,
    },
    /// Something the person must not miss (a high risk, "call now").
    Warning {
        text: String,
    },
    /// A labelled value ("People: 12").
    Fact {
        label: String,
        value: String,
    },
    /// "Question 3 of 10".
    Progress {
        done: u32,
        total: u32,
        label: String,
    },
}

/// How an action is drawn. The terminal numbers them all alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ActionStyle {
    /// A row that leads to another screen.
    Go,
    /// One option of a list (an answer, a language); `selected` marks the current one.
    Choice { selected: bool },
    /// An on/off setting, showing its state.
    Toggle { on: bool },
    /// The screen's main button.
    Primary,
    /// Destroys something (after a confirmation screen).
    Danger,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Action {
    /// Sent back in `Event::Choose`.
    pub id: String,
    pub label: String,
    /// A second line (a number, a description).
    pub detail: Option<String>,
    pub style: ActionStyle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InputKind {
    /// One line.
    Text,
    /// A pasted advert or a note: several lines.
    LongText,
    /// Hidden while typed; never kept in any state.
    Pin,
    /// A whole number, in any script's digits.
    Number,
}

/// A field the screen asks for; answered by `Event::Submit`.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Input {
    pub kind: InputKind,
    pub label: String,
    pub hint: Option<String>,
    /// What the field starts with (a saved note); empty for a PIN.
    pub value: String,
    pub submit: String,
}

/// What the last event did: a confirmation or a localized error. Never user text.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Screen {
    pub id: ScreenId,
    pub title: String,
    pub blocks: Vec<Block>,
    pub actions: Vec<Action>,
    pub input: Option<Input>,
    /// The Back label; none on the first screen (nothing to go back to).
    pub back: Option<String>,
    pub quick_exit: String,
    pub read_aloud: String,
    /// Hidden from screenshots, recordings and the app switcher.
    pub secure: bool,
    pub notice: Option<Notice>,
    pub locale: String,
    pub direction: TextDirection,
    /// "This translation is still being reviewed" for draft languages.
    pub review_note: Option<String>,
}

/// What the person did.
#[derive(Clone, PartialEq, uniffi::Enum)]
pub enum Event {
    /// The app opened (or the shell wants the first screen again).
    Start,
    /// The current screen again, with its notice, for example after the app came back to
    /// the front.
    Refresh,
    Choose {
        action: String,
    },
    Submit {
        text: String,
    },
    Back,
    ReadAloud,
    /// The file the person chose after `Effect::ChooseContentPack`.
    FileChosen {
        data: Vec<u8>,
    },
    /// A `.wmpack` opened with Waymark from another app (files, a messaging app, the
    /// share sheet), on whatever screen is shown: installed, the outcome said there.
    PackOpened {
        data: Vec<u8>,
    },
    /// Lock now (a button, or the app went to the background): flow state is forgotten.
    Lock,
    QuickExit,
}

/// What a person typed (a PIN, a note) never reaches a log or a panic message.
impl std::fmt::Debug for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Event::Start => f.write_str("Start"),
            Event::Refresh => f.write_str("Refresh"),
            Event::Choose { action } => f.debug_struct("Choose").field("action", action).finish(),
            Event::Submit { .. } => f.write_str("Submit"),
            Event::FileChosen { .. } => f.write_str("FileChosen"),
            Event::PackOpened { .. } => f.write_str("PackOpened"),
            Event::Back => f.write_str("Back"),
            Event::ReadAloud => f.write_str("ReadAloud"),
            Event::Lock => f.write_str("Lock"),
            Event::QuickExit => f.write_str("QuickExit"),
        }
    }
}

/// What the shell must do for the core: things only the platform can do.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Effect {
    Dial {
        number: String,
    },
    SendText {
        number: String,
    },
    OpenLink {
        url: String,
    },
    Copy {
        text: String,
    },
    Speak {
        text: String,
        locale: String,
    },
    /// Offer a file to other apps (a workshop's M&E summary, a content pack).
    Share {
        file_name: String,
        mime_type: String,
        data: Vec<u8>,
    },
    SetSecure {
        on: bool,
    },
    SetDisguise {
        id: String,
    },
    /// Keep the chosen language outside the vault, so the PIN screen speaks it next time;
    /// an empty id forgets it (after "delete everything").
    RememberLanguage {
        id: String,
    },
    /// Let the person choose a content pack file (`.wmpack`) with the platform's picker,
    /// and send its bytes back in `Event::FileChosen`.
    ChooseContentPack,
    /// Hide the app at once (phones: leave and drop from recents; terminal: clear and end).
    QuickExit,
    /// The person chose to close the app (the terminal's "Close Waymark").
    Close,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Update {
    pub screen: Screen,
    pub effects: Vec<Effect>,
}
