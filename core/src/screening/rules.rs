//! The ILO/EC operational indicators and their combination rules (ILO & European
//! Commission 2009), as Waymark applies them: risk signals, never a legal finding.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::ScreeningError;

/// How much one indicator weighs in its dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Strong,
    Medium,
    Weak,
}

/// The overall result, from least to most serious (so `max` picks the worse).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    Low,
    Caution,
    High,
    Urgent,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Caution => "caution",
            Risk::High => "high",
            Risk::Urgent => "urgent",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub meaning: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// `<dimension>.<indicator>`.
    pub id: String,
    pub dimension: String,
    pub tier: Tier,
    pub meaning: String,
    /// A sign of immediate danger: makes the result `urgent` on its own.
    #[serde(default)]
    pub immediate_danger: bool,
}

/// `content/screening/indicators.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorFile {
    pub source: String,
    pub last_verified: String,
    pub dimensions: Vec<Dimension>,
    pub indicators: Vec<Indicator>,
}

/// Recruitment-phase dimensions (the "means" and "act" for adults).
pub const RECRUITMENT: [&str; 3] = [
    "deceptive_recruitment",
    "coercive_recruitment",
    "abuse_of_vulnerability_at_recruitment",
];
pub const EXPLOITATION: &str = "exploitative_conditions";
pub const DESTINATION: [&str; 2] = [
    "coercion_at_destination",
    "abuse_of_vulnerability_at_destination",
];

/// The counts of observed indicators in one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionResult {
    pub id: String,
    pub positive: bool,
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
}

/// What the rule engine concludes from a set of observed indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub dimensions: Vec<DimensionResult>,
    pub trafficking_indicated: bool,
    pub risk: Risk,
}

/// A dimension is positive with at least 2 strong; or 1 strong and 1 medium or weak; or
/// 3 medium; or 2 medium and 1 weak (ILO/EC 2009).
pub fn dimension_positive(strong: u32, medium: u32, weak: u32) -> bool {
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

/// The indicator catalogue, indexed by id.
#[derive(Debug, Clone)]
pub struct Indicators {
    pub file: IndicatorFile,
    by_id: BTreeMap<String, usize>,
}

impl Indicators {
    pub fn new(file: IndicatorFile) -> Self {
        let by_id = file
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.clone(), i))
            .collect();
        Self { file, by_id }
    }

    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.by_id.get(id).map(|i| &self.file.indicators[*i])
    }

    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// Applies the combination rules. Every id must be known: an unknown id is
    /// `invalid_input`, never ignored (a typo must not lower a risk).
    pub fn assess<S: AsRef<str>>(
        &self,
        observed: &[S],
        minor: bool,
    ) -> Result<Assessment, ScreeningError> {
        let mut seen = BTreeSet::new();
        for id in observed {
            let ind = self
                .get(id.as_ref())
                .ok_or(ScreeningError::UnknownIndicator)?;
            seen.insert(ind.id.as_str());
        }
        let mut dimensions = Vec::with_capacity(self.file.dimensions.len());
        for dim in &self.file.dimensions {
            let (mut strong, mut medium, mut weak) = (0, 0, 0);
            for ind in seen.iter().filter_map(|id| self.get(id)) {
                if ind.dimension == dim.id {
                    match ind.tier {
                        Tier::Strong => strong += 1,
                        Tier::Medium => medium += 1,
                        Tier::Weak => weak += 1,
                    }
                }
            }
            dimensions.push(DimensionResult {
                id: dim.id.clone(),
                positive: dimension_positive(strong, medium, weak),
                strong,
                medium,
                weak,
            });
        }
        let positive = |id: &str| dimensions.iter().any(|d| d.id == id && d.positive);
        let trafficking_indicated = if minor {
            // Palermo Protocol art. 3(c): for a child the means are not needed.
            positive(EXPLOITATION)
        } else {
            RECRUITMENT.iter().any(|d| positive(d))
                && positive(EXPLOITATION)
                && DESTINATION.iter().any(|d| positive(d))
        };
        let danger = seen
            .iter()
            .filter_map(|id| self.get(id))
            .any(|i| i.immediate_danger);
        let any_strong = seen
            .iter()
            .filter_map(|id| self.get(id))
            .any(|i| i.tier == Tier::Strong);
        let risk = if trafficking_indicated || danger {
            Risk::Urgent
        } else if dimensions.iter().any(|d| d.positive) || any_strong || (minor && !seen.is_empty())
        {
            Risk::High
        } else if !seen.is_empty() {
            Risk::Caution
        } else {
            Risk::Low
        };
        Ok(Assessment {
            dimensions,
            trafficking_indicated,
            risk,
        })
    }
}
