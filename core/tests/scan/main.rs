//! The red-flag scan's tests, one module per theme, built as one test binary: one link
//! instead of thirty-two, natively and again for aarch64 under qemu (`tests/arm64`), which
//! is most of what CI spends on them. Run one theme with its module name, e.g.
//! `cargo test -p waymark-core --test scan french_negation`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod arabic_dialects;
mod arabic_negated_verbs;
mod arabic_particles;
mod arabizi;
mod chat_spellings;
mod cover_stories_and_pay_comparisons;
mod departures_and_free_movement;
mod describing_tactics;
mod disguised_demands;
mod disguised_demands_and_fair_look_alikes;
mod documents_put_away;
mod documents_seen;
mod employer_pays;
mod fake_agents_described;
mod family_arrangements;
mod family_money_and_wages;
mod family_trips;
mod fees_promised_back;
mod french_negation;
mod friends_warnings;
mod leaflets_and_family_news;
mod lovers_lines;
mod money_outside_work;
mod names_papers_and_prices;
mod own_payments;
mod papers_held_abroad;
mod payers_debts_and_contracts;
mod recruiter_phrasing_en_fr_ht;
mod recruiter_phrasing_es_pt;
mod recruiter_phrasing_sw_ar;
mod recruiters_words;
mod regional_english_words;
mod regional_spanish_and_portuguese_words;
mod screening_attacks;
mod screening_corpus;
mod sums_gathered_and_small_thanks;
mod swahili_negated_verbs;
mod unverifiable_recruiter;
mod warning_then_fee;
mod warnings_that_still_demand;
mod words_with_two_meanings;
