//! Waymark's UniFFI surface: one [`Waymark`] facade object whose methods return view
//! records already localized for the screen. Core types stay in `waymark-core`; the
//! conversions into view records live here only. Each feature adds its methods in its
//! own module with another `#[uniffi::export] impl Waymark` block.

uniffi::setup_scaffolding!("waymark");

mod error;
mod facade;
mod keystore;
mod learn;
mod locale;
mod workshop;

pub use error::WaymarkError;
pub use facade::{Waymark, WaymarkConfig};
pub use keystore::{FileKeyStore, KeyStore, KeyStoreError};
pub use learn::{
    ChoiceView, LessonView, ModuleProgressView, ModuleSummaryView, ModuleView, QuestionResultView,
    QuestionView, QuizResultView, ScenarioView, TrackView,
};
pub use locale::{LocaleResolution, LocaleView, MessageArg, MessageView, TextDirection};
pub use workshop::{
    AgendaItemView, ExportFormat, HandsView, PlanView, PresentView, SessionStartedView,
    SessionView, WorkshopPhase,
};
