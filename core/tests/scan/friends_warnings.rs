//! A friend or a parent who tells the reader that a demand is fake, or not to pay it, is
//! warning them: the fee they describe is no sign. Sentences written for this test, not
//! taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_fee_told_as_a_scam_to_avoid_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Oye, un tipo en el grupo anda cobrando 200 pesos por apuntarte a la beca, no le pagues, eso lo haces gratis en la página.",
            ),
            (
                "fr",
                "Le monsieur qui demande 15 000 FCFA pour le dossier de la bourse, c'est du faux, réponds pas.",
            ),
            (
                "pt",
                "Mãe, aquele cara pedindo R$ 150 pra inscrição do Jovem Aprendiz é golpe, não cai nessa.",
            ),
        ],
    );
}

#[test]
fn a_recruiter_who_says_pay_only_us_still_asks_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "No le pagues a nadie más, el registro de 300 dólares se paga solo en nuestra oficina.",
            ),
            (
                "en",
                "This is not a scam, pay the 250 dollars registration today and you fly next week.",
            ),
        ],
    );
}
