//! The M&E summary for funders: one row per finished session, aggregated. Every column is
//! a date (day only), a content id, a code or a number, so no column can hold a name, a
//! phone number or anything a person typed.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{Phase, SessionRecord, WorkshopError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionSummary {
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
    /// Per quiz question (`module/question`), how many missed it.
    pub pre_missed: BTreeMap<String, u32>,
    pub post_missed: BTreeMap<String, u32>,
    /// Per show-of-hands question, how many hands went up.
    pub hands: BTreeMap<String, u32>,
}

pub const CSV_HEADER: &str = "date,plan,audience,region,locale,participants,questions,pre_responses,pre_mean_pct,post_responses,post_mean_pct,pre_missed,post_missed,hands";

pub fn summarize(s: &SessionRecord) -> SessionSummary {
    SessionSummary {
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
        pre_missed: s.pre_missed.clone(),
        post_missed: s.post_missed.clone(),
        hands: s.hands.clone(),
    }
}

/// `id=count` pairs joined by `;` (ids are content ids: no commas, no quotes).
fn pairs(map: &BTreeMap<String, u32>) -> String {
    map.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(";")
}

fn pct(p: Option<f64>) -> String {
    p.map(|p| format!("{p:.1}")).unwrap_or_default()
}

/// The summary of every finished session. No finished session is `NoSessions`.
pub fn export(sessions: &[SessionRecord], format: ExportFormat) -> Result<String, WorkshopError> {
    let rows: Vec<SessionSummary> = sessions.iter().filter(|s| s.ended).map(summarize).collect();
    if rows.is_empty() {
        return Err(WorkshopError::NoSessions);
    }
    Ok(match format {
        ExportFormat::Json => {
            serde_json::to_string_pretty(&rows).map_err(|_| WorkshopError::CorruptSession)?
        }
        ExportFormat::Csv => {
            let mut out = String::from(CSV_HEADER);
            out.push('\n');
            for r in &rows {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                    r.date,
                    r.plan,
                    r.audience,
                    r.region.as_deref().unwrap_or_default(),
                    r.locale,
                    r.participants,
                    r.questions,
                    r.pre_responses,
                    pct(r.pre_mean_pct),
                    r.post_responses,
                    pct(r.post_mean_pct),
                    pairs(&r.pre_missed),
                    pairs(&r.post_missed),
                    pairs(&r.hands),
                );
            }
            out
        }
    })
}
