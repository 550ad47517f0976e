//! Messages typed the way people type them: SMS French ("slt", "c entre nous", "dis pa"),
//! chat Spanish and Portuguese ("q aki hay chamba", "ngm pode saber"), Swahili with English
//! verbs ("usimtell"), Quebec and West African French words. Sentences written for this
//! test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_quiet};

#[test]
fn secrecy_typed_in_chat_spelling_is_pressure() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            (
                "fr",
                "slt ma belle, c entre nous hein, dis pa a ta mere pr le travail",
            ),
            ("pt", "ngm pode saber disso, nem tua mae"),
            ("sw", "usimtell mtu yeyote kuhusu hii kazi"),
        ],
    );
}

#[test]
fn a_lover_who_pays_the_ticket_typed_in_chat_spelling_is_romance_recruitment() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "es",
                "amorsito ya te compre el tiquete, vente pa aca q aki hay chamba",
            ),
            (
                "pt",
                "amorzinho a passagem eu pago, vem pra ca q aki tem trampo",
            ),
            ("sw", "mpenzi nitakubuyia tiketi, kuja huku kuna kazi"),
        ],
    );
}

#[test]
fn a_voter_card_kept_is_a_handover() {
    assert_each_flagged(
        "document_handover",
        &[(
            "fr",
            "ya une job pour toi au Quebec, envoie moi ta carte d electeur et je la garde",
        )],
    );
}

#[test]
fn family_money_in_chat_spelling_stays_quiet() {
    assert_quiet(&[
        ("en", "Mum the school fees na 25k, I go send am tomorrow"),
        (
            "es",
            "q onda, mañana pago la colegiatura del niño, 1500 pesos",
        ),
        (
            "es",
            "Oferta limitada: 20% de descuento en vestidos de verano, solo hasta hoy!",
        ),
    ]);
}
