//! Waymark's UniFFI surface: one [`Waymark`] facade object whose methods return view
//! records already localized for the screen. Core types stay in `waymark-core`; the
//! conversions into view records live here only. Each feature adds its methods in its
//! own module with another `#[uniffi::export] impl Waymark` block.

uniffi::setup_scaffolding!("waymark");

mod app;
mod checklist;
mod directory;
mod discretion;
mod error;
mod facade;
mod keystore;
mod learn;
mod locale;
mod packs;
mod screening;
mod vault;
mod workshop;

pub use app::{
    Action, ActionStyle, App, Block, Effect, Event, Input, InputKind, Notice, Screen, ScreenId,
    Update, speakable,
};
pub use checklist::{ChecklistItemView, ChecklistStageView, ChecklistView};
pub use directory::{
    ChannelView, EmergencyView, HelpChoice, HelpChoicesView, HelpQuery, HelpView, SafetyView,
    ServiceView,
};
pub use discretion::{DiscretionView, DisguiseView, ScreenView};
pub use error::WaymarkError;
pub use facade::{Waymark, WaymarkConfig};
pub use keystore::{FileKeyStore, KeyStore, KeyStoreError, PassphraseKeyStore};
pub use learn::{
    ChoiceView, GlossaryTermView, LessonView, ModuleProgressView, ModuleSummaryView, ModuleView,
    QuestionResultView, QuizQuestionView, QuizResultView, ScenarioView, TrackView,
};
pub use locale::{LocaleResolution, LocaleView, MessageArg, MessageView, TextDirection};
pub use packs::ContentPackView;
pub use screening::{
    DimensionView, FindOutView, IndicatorResultView, QuestionView, QuestionsView, ScreenHelpView,
    ScreenReportView, SignalView, TextFlagView, TextScanView,
};
pub use vault::{VAULT_KEY_ALIAS, VaultStatusView, kdf_params};
pub use workshop::{
    AgendaItemView, ExportFormat, HandsView, PlanView, PresentView, SessionStartedView,
    SessionView, WorkshopPhase,
};

/// The configuration of the crate's unit tests: English, data in `dir/data`.
#[cfg(test)]
pub(crate) fn test_config(dir: &std::path::Path) -> WaymarkConfig {
    WaymarkConfig {
        preferred_locales: vec!["en".into()],
        data_dir: dir.join("data").to_string_lossy().into_owned(),
        content_dir: None,
        developer_mode: false,
        developer_pack_key: None,
    }
}

/// A facade over a temporary folder, in English, for the crate's unit tests.
#[cfg(test)]
pub(crate) fn test_waymark(dir: &std::path::Path) -> std::sync::Arc<Waymark> {
    #![allow(clippy::unwrap_used)]
    Waymark::new(
        test_config(dir),
        FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned()),
    )
    .unwrap()
}
