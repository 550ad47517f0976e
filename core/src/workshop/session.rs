//! Running sessions, kept through the [`Store`]: a count of people, anonymous quiz scores
//! (numbers only: no names, no free text, no answers tied to a person) and show-of-hands
//! counts. Every change validates first and then writes the record once, so bad input
//! never leaves a session half-updated.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use rand::RngCore;
use serde::{Deserialize, Serialize};

use super::{Plan, Plans, WorkshopError};
use crate::learn::{Audience, Catalog, parse_region};
use crate::number::{MAX_COUNT, NumberError};
use crate::store::Store;

/// The store collection for sessions; nothing else is kept under it.
pub const COLLECTION: &str = "workshop_sessions";

/// Before or after the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Pre,
    Post,
}

/// One session. Every field is an id from the content, a code, a date or a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub id: String,
    /// The day only (`2026-11-23`, UTC).
    pub date: String,
    pub plan: String,
    pub audience: Audience,
    /// An ISO country code, if the facilitator gave one.
    pub region: Option<String>,
    pub locale: String,
    pub attendance: Option<u32>,
    /// Questions in the plan's quiz: the most a score can be.
    pub questions: u32,
    pub pre_scores: Vec<u32>,
    pub post_scores: Vec<u32>,
    /// Per quiz question (`module/question`), how many people missed it; empty until
    /// misses are recorded for that phase.
    pub pre_missed: BTreeMap<String, u32>,
    pub post_missed: BTreeMap<String, u32>,
    pub hands: BTreeMap<String, u32>,
    pub ended: bool,
}

impl SessionRecord {
    pub fn scores(&self, phase: Phase) -> &[u32] {
        match phase {
            Phase::Pre => &self.pre_scores,
            Phase::Post => &self.post_scores,
        }
    }

    /// The attendance count, or the most scores in a phase when no count was given.
    pub fn participants(&self) -> u32 {
        self.attendance
            .unwrap_or_else(|| self.pre_scores.len().max(self.post_scores.len()) as u32)
    }

    /// The mean score as a percentage of the questions, to one decimal, if any scores.
    pub fn mean_pct(&self, phase: Phase) -> Option<f64> {
        let scores = self.scores(phase);
        if scores.is_empty() || self.questions == 0 {
            return None;
        }
        let sum: u64 = scores.iter().map(|s| u64::from(*s)).sum();
        let pct = sum as f64 * 100.0 / (scores.len() as f64 * f64::from(self.questions));
        Some((pct * 10.0).round() / 10.0)
    }

    fn phase_mut(&mut self, phase: Phase) -> (&mut Vec<u32>, &mut BTreeMap<String, u32>) {
        match phase {
            Phase::Pre => (&mut self.pre_scores, &mut self.pre_missed),
            Phase::Post => (&mut self.post_scores, &mut self.post_missed),
        }
    }
}

/// The session operations over a store, the plans and the modules.
pub struct Sessions<'a> {
    store: &'a dyn Store,
    plans: &'a Plans,
    catalog: &'a Catalog,
}

/// A count of people: 0..=[`MAX_COUNT`], the same bound as a typed number, so a huge
/// count is refused the same way whether it fits in 32 bits or not.
fn count(n: i64) -> Result<u32, WorkshopError> {
    if n < 0 {
        return Err(WorkshopError::NegativeCount);
    }
    u32::try_from(n)
        .ok()
        .filter(|n| *n <= MAX_COUNT)
        .ok_or(WorkshopError::Number(NumberError::TooLarge {
            max: MAX_COUNT,
        }))
}

impl<'a> Sessions<'a> {
    pub fn new(store: &'a dyn Store, plans: &'a Plans, catalog: &'a Catalog) -> Self {
        Self {
            store,
            plans,
            catalog,
        }
    }

    pub fn get(&self, id: &str) -> Result<SessionRecord, WorkshopError> {
        let bytes = self
            .store
            .get(COLLECTION, id)?
            .ok_or(WorkshopError::UnknownSession)?;
        serde_json::from_slice(&bytes).map_err(|_| WorkshopError::CorruptSession)
    }

    /// Every session on this device, oldest first. A damaged record is left out rather
    /// than costing every other session (the store counts it).
    pub fn list(&self) -> Result<Vec<SessionRecord>, WorkshopError> {
        let (records, _damaged) = self.store.list_readable(COLLECTION)?;
        let mut out: Vec<SessionRecord> = records
            .into_iter()
            .filter_map(|(_, bytes)| serde_json::from_slice(&bytes).ok())
            .collect();
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    fn put(&self, s: &SessionRecord) -> Result<(), WorkshopError> {
        let bytes = serde_json::to_vec(s).map_err(|_| WorkshopError::CorruptSession)?;
        Ok(self.store.put(COLLECTION, &s.id, &bytes)?)
    }

    /// An open session, with its plan.
    fn open(&self, id: &str) -> Result<(SessionRecord, &'a Plan), WorkshopError> {
        let s = self.get(id)?;
        if s.ended {
            return Err(WorkshopError::Ended);
        }
        let plan = self.plans.plan(&s.plan)?;
        Ok((s, plan))
    }

    /// Starts a session of `plan` today, ending any session still open. `locale` is the
    /// language it is run in (a locale id from the manifest), `region` an optional
    /// country code.
    pub fn start(
        &self,
        plan: &str,
        region: Option<&str>,
        locale: &str,
        date: &str,
    ) -> Result<SessionRecord, WorkshopError> {
        let p = self.plans.plan(plan)?;
        let region = region.map(parse_region).transpose()?;
        // Only a well-formed language tag: nothing free-form reaches the export.
        let locale = crate::i18n::parse_tag(locale)?.to_string();
        // One phone runs one session at a time: a session left open (the facilitator
        // never pressed "end") is ended now, so its counts reach the export instead of
        // staying open and never exported.
        for mut open in self.list()?.into_iter().filter(|s| !s.ended) {
            open.ended = true;
            self.put(&open)?;
        }
        let mut bytes = [0u8; 8];
        rand::thread_rng().fill_bytes(&mut bytes);
        let id: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let s = SessionRecord {
            id,
            date: date.to_owned(),
            plan: p.id.clone(),
            audience: p.audience,
            region,
            locale,
            attendance: None,
            questions: p.quiz.len() as u32,
            pre_scores: Vec::new(),
            post_scores: Vec::new(),
            pre_missed: BTreeMap::new(),
            post_missed: BTreeMap::new(),
            hands: BTreeMap::new(),
            ended: false,
        };
        self.put(&s)?;
        Ok(s)
    }

    /// Sets how many people are here (a count, replacing the previous one).
    pub fn attendance(&self, id: &str, n: i64) -> Result<SessionRecord, WorkshopError> {
        let n = count(n)?;
        let (mut s, _) = self.open(id)?;
        // Never fewer people than the scores already given in a phase (one per person).
        if s.pre_scores.len().max(s.post_scores.len()) > n as usize {
            return Err(WorkshopError::TooManyScores { count: n });
        }
        s.attendance = Some(n);
        self.put(&s)?;
        Ok(s)
    }

    /// Adds scores counted by the group (one number per person: right answers), and,
    /// optionally, how many of them missed each quiz question (a show of hands), in the
    /// plan's question order.
    pub fn add_scores(
        &self,
        id: &str,
        phase: Phase,
        scores: &[i64],
        missed: &[i64],
    ) -> Result<SessionRecord, WorkshopError> {
        let (mut s, plan) = self.open(id)?;
        if scores.is_empty() {
            return Err(WorkshopError::NoScores);
        }
        let max = s.questions;
        let scores = scores
            .iter()
            .map(|n| {
                u32::try_from(*n)
                    .ok()
                    .filter(|n| *n <= max)
                    .ok_or(WorkshopError::ScoreRange { max })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let responders = scores.len() as u32;
        // Each person present gives at most one score per phase.
        if let Some(present) = s.attendance
            && s.scores(phase).len() + scores.len() > present as usize
        {
            return Err(WorkshopError::TooManyScores { count: present });
        }
        if !missed.is_empty() && missed.len() != plan.quiz.len() {
            return Err(WorkshopError::MissedCount {
                count: plan.quiz.len() as u32,
            });
        }
        let missed = missed
            .iter()
            .map(|n| {
                u32::try_from(*n)
                    .ok()
                    .filter(|n| *n <= responders)
                    .ok_or(WorkshopError::MissedRange { max: responders })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (all, misses) = s.phase_mut(phase);
        all.extend(scores);
        if !missed.is_empty() {
            for (q, n) in plan.quiz.iter().zip(missed) {
                *misses.entry(q.clone()).or_insert(0) += n;
            }
        }
        self.put(&s)?;
        Ok(s)
    }

    /// One person's answers on the phone passed around (choice ids in the plan's question
    /// order). Only their score and which questions were missed are kept, never the
    /// answers themselves.
    pub fn add_answers(
        &self,
        id: &str,
        phase: Phase,
        answers: &[String],
    ) -> Result<SessionRecord, WorkshopError> {
        let (mut s, plan) = self.open(id)?;
        if answers.len() != plan.quiz.len() {
            return Err(crate::learn::LearnError::AnswerCount {
                count: plan.quiz.len(),
            }
            .into());
        }
        let mut right = 0u32;
        let mut missed = Vec::new();
        for (r, a) in plan.quiz.iter().zip(answers) {
            let (_, q) = self.catalog.question(r).ok_or(WorkshopError::UnknownItem)?;
            let a = a.trim().to_ascii_lowercase();
            if !q.choices.iter().any(|c| c.id == a) {
                return Err(crate::learn::LearnError::UnknownChoice.into());
            }
            if a == q.answer {
                right += 1;
            } else {
                missed.push(r.clone());
            }
        }
        let (all, misses) = s.phase_mut(phase);
        all.push(right);
        if misses.is_empty() {
            for q in &plan.quiz {
                misses.insert(q.clone(), 0);
            }
        }
        for q in missed {
            *misses.entry(q).or_insert(0) += 1;
        }
        self.put(&s)?;
        Ok(s)
    }

    /// Sets the count for one of the plan's show-of-hands questions.
    pub fn hands(&self, id: &str, question: &str, n: i64) -> Result<SessionRecord, WorkshopError> {
        let n = count(n)?;
        let (mut s, plan) = self.open(id)?;
        if !plan.hands.iter().any(|h| h == question) {
            return Err(WorkshopError::UnknownHands);
        }
        s.hands.insert(question.to_owned(), n);
        self.put(&s)?;
        Ok(s)
    }

    pub fn end(&self, id: &str) -> Result<SessionRecord, WorkshopError> {
        let (mut s, _) = self.open(id)?;
        s.ended = true;
        self.put(&s)?;
        Ok(s)
    }

    /// Deletes every session record (after the summary was exported, for example).
    pub fn clear(&self) -> Result<(), WorkshopError> {
        Ok(self.store.clear(COLLECTION)?)
    }
}

/// The calendar day (UTC) of a time, `YYYY-MM-DD`: sessions keep the day only.
pub fn civil_date(t: SystemTime) -> String {
    let days = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
