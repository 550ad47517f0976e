//! A lover's "I can't live without you" holds a negation that negates nothing: the ticket
//! paid and "come to me" after it are still romance recruitment. Sentences written for this
//! test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn i_cannot_live_without_you_does_not_negate_the_invitation() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "fr",
                "Chéri, je ne peux pas vivre sans toi. Viens me rejoindre à Santiago, je paie ton billet.",
            ),
            (
                "ht",
                "Cheri m, m pa ka viv san ou ankò ❤️ Vin jwenn mwen Santiago. M ap peye tikè w.",
            ),
            (
                "es",
                "Mi amor no puedo vivir sin ti. Vente conmigo a Madrid, yo te pago el pasaje.",
            ),
            (
                "pt",
                "Amor não consigo viver sem você. Vem pra Lisboa, eu pago tua passagem.",
            ),
        ],
    );
}

#[test]
fn the_words_of_love_alone_raise_nothing() {
    assert_none_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "fr",
                "Chéri, je ne peux pas vivre sans toi, tu me manques trop.",
            ),
            ("en", "babe i can't live without you, call me tonight"),
        ],
    );
}

#[test]
fn a_partners_payslip_is_pay_received_not_the_way_paid() {
    assert_none_flagged(
        "romance_or_family_recruitment",
        &[(
            "es",
            "Amor, ya me llegó el talón de pago: 44 horas, con impuestos y pensión descontados como dice el contrato.",
        )],
    );
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[(
            "es",
            "Amor, yo te pago el pasaje y te consigo trabajo aquí conmigo.",
        )],
    );
}
