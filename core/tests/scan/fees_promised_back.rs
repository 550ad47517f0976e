//! A fee asked now and promised back later ("refundable", "returned with your first salary")
//! is a fee the worker pays, not a debt the worker owes: the refund is the usual bait of fake
//! hospital, school and UN recruiters. Slang currencies ("3,500 bob") are money. Sentences
//! written for these tests, in every shipped language, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

const PROMISED_BACK: &[(&str, &str)] = &[
    (
        "en",
        "Send 300 dollars for the visa processing today, it is fully refundable with your first salary.",
    ),
    (
        "fr",
        "Versez 90 000 FCFA pour le dossier, ils vous seront remboursés avec votre premier salaire.",
    ),
    (
        "ht",
        "Ou dwe peye 200 dola pou frè dosye a, y ap renmèt ou tout lajan an sou premye pewòl ou.",
    ),
    (
        "es",
        "Deposita 250 dólares de la visa, te lo devolvemos con tu primer sueldo.",
    ),
    (
        "pt",
        "Paga 400 euros da inscrição agora, é reembolsado no primeiro salário.",
    ),
    (
        "sw",
        "Lipa 4,000 bob za medical kesho, utarudishiwa ukipokea mshahara wa kwanza.",
    ),
    (
        "ar",
        "حول ٦٠٠ درهم رسوم الفيزا اليوم، ويُسترد المبلغ مع أول راتب.",
    ),
];

#[test]
fn a_fee_promised_back_is_still_a_fee() {
    assert_each_flagged("recruitment_fee", PROMISED_BACK);
}

#[test]
fn a_fee_promised_back_is_no_debt() {
    assert_none_flagged("recruitment_debt", PROMISED_BACK);
}

#[test]
fn slang_currencies_are_money() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            ("sw", "Barua ya daktari ni 2,500 bob, ulete kesho asubuhi."),
            ("fr", "Le dossier c'est 75 000 francs, tu payes lundi."),
        ],
    );
}

#[test]
fn a_fee_that_comes_back_with_the_first_salary_is_a_fee_not_a_debt() {
    let text = "مبروك انقبلت بوظيفة محاسب، الراتب ٩٠٠٠ ريال. باقي بس رسوم تفعيل الملف ٣٠٠ دولار تحولها على الحساب، وترجع لك مع أول راتب.";
    assert_each_flagged("recruitment_fee", &[("ar", text)]);
    assert_none_flagged("recruitment_debt", &[("ar", text)]);
}
