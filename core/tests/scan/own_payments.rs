//! What the writer paid for themselves ("I paid 93 dollars for my passport", "compramos los
//! pasajes") is news, not a fee asked of the reader; a demand in another sentence of the
//! same message still is one, and so is a payment to a recruiter told as a testimonial.
//! Sentences written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn what_the_writer_paid_for_themselves_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Hi sis, I paid 95 dollars for the passport renewal today, it comes by post.",
            ),
            (
                "en",
                "We bought the bus tickets for the wedding, 60 dollars each, see you Friday!",
            ),
            (
                "fr",
                "J'ai payé 86 euros pour le nouveau passeport, le rendez-vous est jeudi.",
            ),
            (
                "es",
                "Ya compramos los boletos para el bautizo, 120 dólares cada uno.",
            ),
            (
                "pt",
                "Já paguei a taxa do passaporte, 257 reais, agora é só esperar.",
            ),
            ("ht", "M te peye 93 dola pou paspò a, y ap voye l pa lapòs."),
            (
                "sw",
                "Nimelipa shilingi 4,500 za pasipoti yangu mpya, nitaipata wiki ijayo.",
            ),
            (
                "ar",
                "انا دفعت ٣٠٠ جنيه رسوم تجديد الباسبور، هستلمه الاسبوع الجاي.",
            ),
        ],
    );
}

#[test]
fn a_demand_beside_the_writers_own_payment_is_still_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "I paid my ticket already. You pay 500 dollars processing fee to the agent before Friday.",
            ),
            (
                "fr",
                "J'ai payé mon billet. Toi tu paies 400 euros de frais de dossier à l'agence.",
            ),
            (
                "es",
                "Ya compré mi pasaje. Tú pagas 600 dólares de trámite a la agencia antes del viernes.",
            ),
            (
                "ht",
                "M te peye tikè pa m. Ou menm ou peye 500 dola frè dosye bay ajans lan.",
            ),
        ],
    );
}

#[test]
fn a_payment_to_a_recruiter_told_as_a_testimonial_is_still_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "J'ai payé 500 000 FCFA à l'agence et mon visa est sorti, viens vite.",
            ),
            (
                "es",
                "Ya pagué 3 mil dólares al agente y ya estoy en la lista, apúntate tú también.",
            ),
            (
                "pt",
                "Já paguei 2 mil euros ao agente e meu visto saiu, entra também.",
            ),
        ],
    );
}
