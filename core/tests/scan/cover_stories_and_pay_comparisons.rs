//! A story told to the police or at the airport about a holiday or a wedding hides a trip
//! for work (irregular travel); "no passport no visa" with no "needed" is still a route
//! round the border; months of pay worth years at home is too good to be true. Sentences
//! written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_cover_story_for_the_officer_is_irregular_travel() {
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "If police ask at the bus park, say you are going to Lagos for a wedding.",
            ),
            (
                "en",
                "At immigration just tell them vacation, the boss meets you after.",
            ),
            (
                "en",
                "We go by road to the coast, no passport no visa, my people know the way.",
            ),
        ],
    );
}

#[test]
fn the_answer_to_give_when_an_officer_asks_is_irregular_travel_without_a_verb_of_saying() {
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "Your ticket is ready. If immigration asks, you are going to Doha for holiday, the boss meets you.",
            ),
            (
                "es",
                "El trabajo en la finca ya está. Si en migración te preguntan, vas de paseo con tu prima.",
            ),
            (
                "pt",
                "A vaga na obra é tua. Se perguntarem no aeroporto, vais a um casamento e voltas.",
            ),
            (
                "sw",
                "Kazi ya hoteli iko tayari. Wakikuuliza uwanjani, unaenda kumtembelea shangazi yako.",
            ),
        ],
    );
    assert_none_flagged(
        "irregular_travel",
        &[(
            "en",
            "Work permit ready. If immigration asks, show them your work permit and contract.",
        )],
    );
}

#[test]
fn advice_to_tell_the_truth_about_a_trip_is_not() {
    assert_none_flagged(
        "irregular_travel",
        &[(
            "en",
            "Warning: recruiters may tell you to say at immigration that you are on vacation. Never lie to an officer.",
        )],
    );
}

#[test]
fn months_of_pay_worth_years_at_home_is_too_good_to_be_true() {
    assert_each_flagged(
        "too_good_to_be_true",
        &[
            (
                "fr",
                "Là-bas en 3 mois tu gagnes plus que 2 ans ici, crois-moi.",
            ),
            (
                "es",
                "Allá en un mes ganas más que un año aquí, no lo pienses tanto.",
            ),
            (
                "en",
                "In one month there you make more than a year at home.",
            ),
        ],
    );
    assert_none_flagged(
        "too_good_to_be_true",
        &[(
            "en",
            "Requirements: more than 2 years of experience; a 3 months probation period.",
        )],
    );
}

#[test]
fn a_holiday_to_tell_at_the_border_in_the_second_person_is_a_cover_story() {
    // Sentences written for this test.
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "pt",
                "Na fronteira dizes que vais de férias ver a tua prima.",
            ),
            (
                "es",
                "En el aeropuerto dices que vas de vacaciones con tu tía.",
            ),
            (
                "fr",
                "À la douane tu dis que tu pars en vacances chez ta cousine.",
            ),
        ],
    );
}
