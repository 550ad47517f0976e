//! A recruiter who calls the warnings about them a lie, or tells the reader to pay nobody
//! else, is still asking for a fee. (A friend's "no le pagues, c'est du faux" before a
//! demand reads the same word for word; warning words of that kind were tried and taken
//! out because they silenced these.) Sentences written for this test, not taken from the
//! corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::assert_each_flagged;

#[test]
fn a_recruiter_who_denies_the_scam_still_asks_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "No le pagues a nadie más, manda los 300 a nuestra oficina para la visa.",
            ),
            (
                "fr",
                "Ce que les gens disent c'est du faux, envoie les 200 000 FCFA pour le visa demain.",
            ),
            (
                "pt",
                "O que falam de nós é golpe? Não cai nessa, manda os 500 reais da inscrição hoje.",
            ),
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
