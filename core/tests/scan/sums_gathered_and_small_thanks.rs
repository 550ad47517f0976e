//! Fees the red team of round 8 (twelfth session) hid without a fee word, tested on
//! sentences written for these tests: a sum in words being gathered to keep a place ("did
//! you get the three hundred together? then I hold your spot") and a bribe called a
//! thank-you for whoever stamps the visa. Tuition, a gift between friends and thanks to an
//! embassy stay quiet.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_quiet};

#[test]
fn a_sum_gathered_to_keep_a_place_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Hi dear, did you manage to get the three hundred together? As soon as it comes I hold your spot for Muscat.",
            ),
            (
                "fr",
                "Avez-vous pu réunir les deux cent mille ? Dès que je reçois, je garde votre place pour Doha.",
            ),
            (
                "es",
                "¿Ya pudiste juntar los quinientos? Apenas me llegan te aparto tu cupo para Panamá.",
            ),
            (
                "sw",
                "Umeshapata zile laki tatu? Zikifika nakushikilia nafasi ya Riyadh.",
            ),
        ],
    );
}

#[test]
fn a_thank_you_for_the_visa_officer_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "No agency fee with us, you only give a small thank you to the officer at the embassy.",
            ),
            (
                "fr",
                "Nous ne prenons rien, juste un petit geste pour le monsieur du consulat qui sort le visa.",
            ),
            (
                "pt",
                "Aqui não se cobra nada, só uma gasosa para o despachante do visto.",
            ),
            (
                "sw",
                "Hatuchukui ada, ni kitu kidogo cha shukrani kwa afisa wa uhamiaji tu.",
            ),
        ],
    );
}

#[test]
fn tuition_gifts_and_thanks_stay_quiet() {
    assert_quiet(&[
        (
            "pt",
            "A propina da faculdade ficou 20 mil kz por mês, pai, se puder ajudar agradeço.",
        ),
        (
            "en",
            "We got together on Sunday for Mum's birthday, the cake was a small thank you from all of us.",
        ),
        (
            "sw",
            "Shukrani kwa ubalozi kwa msaada wao wakati wa likizo yangu.",
        ),
    ]);
}

#[test]
fn everyday_places_thanks_and_visas_are_no_fee() {
    // A place is only a slot when it is "your" place or a spot kept: "pay at the place near
    // the gate" is a school errand; a settlement visa and a cover letter ("lettre de
    // motivation") are no bribes.
    assert_quiet(&[
        (
            "en",
            "Bring the money for the school trip, pay at the place near the gate by Friday.",
        ),
        (
            "en",
            "Apply for a settlement visa at the embassy, the fee is on the government website.",
        ),
        (
            "fr",
            "Joins ta lettre de motivation au dossier de visa pour l'ambassade.",
        ),
        (
            "es",
            "El evento es en colaboración con la embajada de Canadá, entrada libre.",
        ),
    ]);
}
