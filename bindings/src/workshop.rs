//! Workshop mode on the facade: session plans, the present view, running a session
//! (attendance, anonymous quiz scores, show-of-hands counts) and the M&E export.

use std::sync::Arc;
use std::time::SystemTime;

use serde::Serialize;
use waymark_core::workshop::{self, Phase, Plans, SessionRecord, Sessions};

use crate::learn::QuizQuestionView;
use crate::{Waymark, WaymarkError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WorkshopPhase {
    /// Before the session.
    Pre,
    /// After the session.
    Post,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandsView {
    pub id: String,
    pub prompt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItemView {
    pub id: String,
    pub minutes: u32,
    pub module: Option<String>,
    pub title: String,
    pub activity: String,
    pub notes: String,
    pub prompts: Vec<String>,
    pub cards: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanView {
    pub id: String,
    pub title: String,
    pub audience: String,
    pub minutes: u32,
    pub modules: Vec<String>,
    pub agenda: Vec<AgendaItemView>,
    /// The pre/post quiz; question ids are `module/question`.
    pub quiz: Vec<QuizQuestionView>,
    pub hands: Vec<HandsView>,
}

/// One agenda item for showing to a group, with where the session is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresentView {
    pub plan: String,
    pub index: u32,
    pub total: u32,
    pub heading: String,
    pub item: AgendaItemView,
    pub quiz: Vec<QuizQuestionView>,
    pub hands: Vec<HandsView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionStartedView {
    pub session: String,
}

/// A session's aggregates: counts and means only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionView {
    pub session: String,
    pub date: String,
    pub plan: String,
    pub audience: String,
    pub region: Option<String>,
    pub locale: String,
    pub participants: u32,
    pub questions: u32,
    pub pre_responses: u32,
    pub pre_mean_pct: Option<f64>,
    pub post_responses: u32,
    pub post_mean_pct: Option<f64>,
    pub ended: bool,
}

impl From<WorkshopPhase> for Phase {
    fn from(p: WorkshopPhase) -> Self {
        match p {
            WorkshopPhase::Pre => Phase::Pre,
            WorkshopPhase::Post => Phase::Post,
        }
    }
}

impl From<workshop::AgendaItemText> for AgendaItemView {
    fn from(i: workshop::AgendaItemText) -> Self {
        Self {
            id: i.id,
            minutes: i.minutes,
            module: i.module,
            title: i.title,
            activity: i.activity,
            notes: i.notes,
            prompts: i.prompts,
            cards: i.cards,
        }
    }
}

fn hands_views(h: Vec<workshop::HandsText>) -> Vec<HandsView> {
    h.into_iter()
        .map(|h| HandsView {
            id: h.id,
            prompt: h.prompt,
        })
        .collect()
}

impl From<workshop::PlanText> for PlanView {
    fn from(p: workshop::PlanText) -> Self {
        Self {
            id: p.id,
            title: p.title,
            audience: p.audience,
            minutes: p.minutes,
            modules: p.modules,
            agenda: p.agenda.into_iter().map(AgendaItemView::from).collect(),
            quiz: p.quiz.into_iter().map(QuizQuestionView::from).collect(),
            hands: hands_views(p.hands),
        }
    }
}

impl From<&SessionRecord> for SessionView {
    fn from(s: &SessionRecord) -> Self {
        Self {
            session: s.id.clone(),
            date: s.date.clone(),
            plan: s.plan.clone(),
            audience: s.audience.as_str().to_owned(),
            region: s.region.clone(),
            locale: s.locale.clone(),
            participants: s.participants(),
            questions: s.questions,
            pre_responses: s.pre_scores.len() as u32,
            pre_mean_pct: s.mean_pct(Phase::Pre),
            post_responses: s.post_scores.len() as u32,
            post_mean_pct: s.mean_pct(Phase::Post),
            ended: s.ended,
        }
    }
}

// Not exported: the phones reach this through the app core (`app/`); the terminal's
// scriptable commands and the app call it in Rust.
impl Waymark {
    /// Every session plan (45, 90 and 120 minutes per audience), in the current language.
    pub fn workshop_plans(&self) -> Result<Vec<PlanView>, WaymarkError> {
        let (catalog, plans) = (self.catalog()?, self.plans()?);
        workshop::plans_text(self.content(), &catalog, &plans, &self.chain())
            .map(|p| p.into_iter().map(PlanView::from).collect())
            .map_err(|e| self.error(&e))
    }

    pub fn workshop_plan(&self, id: String) -> Result<PlanView, WaymarkError> {
        let (catalog, plans) = (self.catalog()?, self.plans()?);
        workshop::plan_text(self.content(), &catalog, &plans, &id, &self.chain())
            .map(PlanView::from)
            .map_err(|e| self.error(&e))
    }

    /// Agenda item `index` (from 0) of a plan, for the large-text present view.
    pub fn workshop_present(&self, plan: String, index: u32) -> Result<PresentView, WaymarkError> {
        let (catalog, plans) = (self.catalog()?, self.plans()?);
        let p = workshop::present_text(
            self.content(),
            &catalog,
            &plans,
            &plan,
            index,
            &self.chain(),
        )
        .map_err(|e| self.error(&e))?;
        Ok(PresentView {
            plan: p.plan,
            index: p.index,
            total: p.total,
            heading: p.heading,
            item: p.item.into(),
            quiz: p.quiz.into_iter().map(QuizQuestionView::from).collect(),
            hands: hands_views(p.hands),
        })
    }

    /// Starts a session today in the current language. `region` is a two-letter country
    /// code; without one, the language's region (if any) is recorded.
    pub fn workshop_start(
        &self,
        plan: String,
        region: Option<String>,
    ) -> Result<SessionStartedView, WaymarkError> {
        let region = region.or_else(|| self.region());
        let locale = self
            .chain()
            .first()
            .cloned()
            .unwrap_or_else(|| "en".to_owned());
        let date = workshop::civil_date(SystemTime::now());
        let s = self.with_sessions(|s| s.start(&plan, region.as_deref(), &locale, &date))?;
        Ok(SessionStartedView { session: s.id })
    }

    /// Sets how many people are present.
    pub fn workshop_attendance(
        &self,
        session: String,
        count: i64,
    ) -> Result<SessionView, WaymarkError> {
        self.with_sessions(|s| s.attendance(&session, count))
            .map(|r| SessionView::from(&r))
    }

    /// Adds anonymous scores (right answers per person) and, optionally, how many missed
    /// each quiz question, in the plan's question order.
    pub fn workshop_quiz(
        &self,
        session: String,
        phase: WorkshopPhase,
        scores: Vec<i64>,
        missed: Vec<i64>,
    ) -> Result<SessionView, WaymarkError> {
        self.with_sessions(|s| s.add_scores(&session, phase.into(), &scores, &missed))
            .map(|r| SessionView::from(&r))
    }

    /// One person's answers on the phone passed around; only the score and the missed
    /// questions are kept.
    pub fn workshop_answers(
        &self,
        session: String,
        phase: WorkshopPhase,
        answers: Vec<String>,
    ) -> Result<SessionView, WaymarkError> {
        self.with_sessions(|s| s.add_answers(&session, phase.into(), &answers))
            .map(|r| SessionView::from(&r))
    }

    /// Sets the count for one of the plan's show-of-hands questions.
    pub fn workshop_hands(
        &self,
        session: String,
        question: String,
        count: i64,
    ) -> Result<SessionView, WaymarkError> {
        self.with_sessions(|s| s.hands(&session, &question, count))
            .map(|r| SessionView::from(&r))
    }

    pub fn workshop_end(&self, session: String) -> Result<SessionView, WaymarkError> {
        self.with_sessions(|s| s.end(&session))
            .map(|r| SessionView::from(&r))
    }

    /// Every session on this device, oldest first.
    pub fn workshop_sessions(&self) -> Result<Vec<SessionView>, WaymarkError> {
        self.reading_sessions(|s| s.list())
            .map(|all| all.iter().map(SessionView::from).collect())
    }

    /// The M&E summary of every finished session, as CSV or JSON text.
    pub fn workshop_export(&self, format: ExportFormat) -> Result<String, WaymarkError> {
        let format = match format {
            ExportFormat::Csv => workshop::ExportFormat::Csv,
            ExportFormat::Json => workshop::ExportFormat::Json,
        };
        self.reading_sessions(|s| workshop::export(&s.list()?, format))
    }

    /// Deletes every workshop session from this device.
    pub fn workshop_clear(&self) -> Result<(), WaymarkError> {
        self.reading_sessions(|s| s.clear())
    }
}

/// A plan as a list shows it: its title, without formatting its agenda and quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlanRow {
    pub id: String,
    pub title: String,
    pub audience: String,
}

impl Waymark {
    /// Every plan's title (the app's plans and sessions lists, rendered on each event).
    pub(crate) fn workshop_plan_rows(&self) -> Result<Vec<PlanRow>, WaymarkError> {
        let plans = self.plans()?;
        let chain = self.chain();
        plans
            .plans
            .iter()
            .map(|p| {
                let title = self
                    .content()
                    .l10n
                    .format_with(
                        &chain,
                        &p.title_msg,
                        &[("minutes", waymark_core::i18n::Value::from(p.minutes))],
                    )
                    .map_err(|e| self.error(&workshop::WorkshopError::from(e)))?
                    .text;
                Ok(PlanRow {
                    id: p.id.clone(),
                    title,
                    audience: p.audience.as_str().to_owned(),
                })
            })
            .collect()
    }

    fn plans(&self) -> Result<Arc<Plans>, WaymarkError> {
        Plans::of(self.content()).map_err(|e| self.error(&e))
    }

    fn with_sessions<T>(
        &self,
        f: impl FnOnce(&Sessions<'_>) -> Result<T, workshop::WorkshopError>,
    ) -> Result<T, WaymarkError> {
        let store = self.store()?;
        self.sessions_in(store.as_ref(), f)
    }

    /// For looking (and clearing): with no vault yet, an empty store, and none is created.
    fn reading_sessions<T>(
        &self,
        f: impl FnOnce(&Sessions<'_>) -> Result<T, workshop::WorkshopError>,
    ) -> Result<T, WaymarkError> {
        let store = self.store_for_reading()?;
        self.sessions_in(store.as_ref(), f)
    }

    fn sessions_in<T>(
        &self,
        store: &dyn waymark_core::store::Store,
        f: impl FnOnce(&Sessions<'_>) -> Result<T, workshop::WorkshopError>,
    ) -> Result<T, WaymarkError> {
        let (catalog, plans) = (self.catalog()?, self.plans()?);
        let sessions = Sessions::new(store, &plans, &catalog);
        f(&sessions).map_err(|e| self.error(&e))
    }
}
