//! A partner or a relative who has booked the ticket, found "a good house" (a domestic job)
//! or says the boss is waiting is arranging a job abroad. Bills and school money between
//! relatives are not. Sentences written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_partner_or_relative_arranging_the_way_is_a_sign() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "en",
                "Babe I've booked ur ticket for Friday 🥰 my friend has a salon in Doha, u start the next day.",
            ),
            (
                "fr",
                "Ma chérie c'est ta cousine, je t'ai trouvé une bonne maison à Beyrouth, ils paient bien.",
            ),
            (
                "es",
                "Primo, ya hablé con el patrón, te tiene la chamba en la obra, vente el lunes.",
            ),
        ],
    );
}

#[test]
fn school_money_between_relatives_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "slt maman, g payé le minerval de Grace, 120$ à la banque ce matin",
            ),
            (
                "pt",
                "oi mãe, já paguei a matrícula da escola do Júnior, R$ 300 no pix",
            ),
        ],
    );
}
