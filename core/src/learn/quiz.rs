//! A quiz attempt shows each question's choices in an order of its own, so the right
//! answer's place is never a pattern to learn. Choices keep their ids, and answers are
//! scored by id ([`Module::score`](super::Module::score)), so the order is display only.
//!
//! The order of an attempt is fixed by one seed per module: every screen of the attempt
//! (a shell re-renders the module on each tap) shows the same order, and a new seed is
//! drawn once the quiz is submitted.

use std::collections::BTreeMap;
use std::sync::Mutex;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::QuestionText;

/// Puts each question's choices in the order `seed` gives. The same seed gives the same
/// order; ids, texts, answers and explanations are untouched.
pub fn shuffle_choices(quiz: &mut [QuestionText], seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    for q in quiz {
        q.choices.shuffle(&mut rng);
    }
}

/// The seed of the attempt in progress, per module. `source` draws a new seed; the app
/// uses the OS's random numbers, tests a fixed sequence.
pub struct Attempts<F: Fn() -> u64> {
    seeds: Mutex<BTreeMap<String, u64>>,
    source: F,
}

impl<F: Fn() -> u64> Attempts<F> {
    pub const fn new(source: F) -> Self {
        Self {
            seeds: Mutex::new(BTreeMap::new()),
            source,
        }
    }

    /// The seed of `module`'s current attempt, drawn on first use.
    pub fn seed(&self, module: &str) -> u64 {
        let mut seeds = match self.seeds.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        *seeds
            .entry(module.to_owned())
            .or_insert_with(|| (self.source)())
    }

    /// Ends `module`'s attempt: the next one gets a new order.
    pub fn finish(&self, module: &str) {
        let mut seeds = match self.seeds.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        seeds.remove(module);
    }
}

/// A seed from the operating system's random numbers. The seed only orders choices, so if
/// the OS cannot give one the clock does (rather than failing or panicking).
pub fn os_seed() -> u64 {
    use rand::RngCore;
    let mut bytes = [0u8; 8];
    if rand::rngs::OsRng.try_fill_bytes(&mut bytes).is_ok() {
        return u64::from_le_bytes(bytes);
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}
