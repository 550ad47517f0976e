//! A warning word dressing a demand (red-team round 8, twelfth session), in sentences
//! written for these tests: a reason given against scammers ("to protect you from
//! fraudsters, the fee is paid...") or the writer's own office as the only place to pay
//! ("beware of fake agents: the fee is paid only at our office") leaves the demand a demand.
//! Warnings that only advise stay quiet.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_quiet};

#[test]
fn a_fee_paid_only_at_our_office_is_a_fee_under_any_warning() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Beware of scammers: the registration fee of 200 dollars is paid only at our office.",
            ),
            (
                "fr",
                "Méfiez-vous des escrocs : l'inscription de 150 000 FCFA se règle uniquement à notre bureau.",
            ),
            (
                "es",
                "Cuidado con las estafas: la cuota de 400 dólares se paga solo en nuestra oficina.",
            ),
            (
                "pt",
                "Cuidado com golpistas: a taxa de 800 reais é paga só no nosso escritório.",
            ),
            (
                "ht",
                "Atansyon ak vòlè yo: peye 10 000 goud pou dosye a sèlman nan biwo nou.",
            ),
            (
                "ar",
                "احذروا من النصابين: رسوم الملف ٥٠٠ دولار تدفع في مكتبنا فقط.",
            ),
        ],
    );
}

#[test]
fn a_reason_against_scammers_does_not_hide_the_demand() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "To protect applicants from fraudsters, the processing fee of 250 dollars is paid to our cashier.",
            ),
            (
                "fr",
                "Pour éviter les arnaqueurs, les frais de visa de 90 000 FCFA sont versés à notre caissière.",
            ),
            (
                "sw",
                "Ili kuepuka matapeli, ada ya usajili ya shilingi 40,000 inalipwa kwa katibu wetu.",
            ),
        ],
    );
    assert_each_flagged(
        "irregular_travel",
        &[(
            "es",
            "Para evitar estafas con permisos falsos, usted viaja con visa de turista y allá lo arreglamos.",
        )],
    );
}

#[test]
fn warnings_that_only_advise_stay_quiet() {
    assert_quiet(&[
        (
            "en",
            "To avoid scams, never pay anyone for a job abroad and report agents who ask for money.",
        ),
        (
            "fr",
            "Pour éviter les arnaques, ne payez jamais de frais à un agent et gardez votre passeport.",
        ),
        (
            "en",
            "Beware of fake agents who ask for 300 dollars to put your name on a list.",
        ),
        (
            "es",
            "Para su seguridad, nunca entregue su pasaporte a un reclutador ni pague por una vacante.",
        ),
    ]);
}
