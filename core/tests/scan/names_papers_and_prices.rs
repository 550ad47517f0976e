//! Words recruiters use that the lists lacked: a company named only after the medical, or
//! "at the airport" in Levantine Arabic; birth certificates, family booklets and US work
//! cards kept by a recruiter; customer service in Bangkok in Arabic; "حق" (the price of) with
//! a sum; a daily wage ("اليومية") is pay, and what is deducted from it a debt. Sentences
//! written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_none_flagged};

#[test]
fn recruiters_words_the_lists_lacked_raise_their_signs() {
    assert_flagged(&[
        (
            "en",
            "Agency name I tell you after medical, people copy our line.",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "اسم الشركة بتعرفوه بالمطار، هيك التعليمات.",
            "unverifiable_recruiter",
        ),
        (
            "ht",
            "Pote kat sosyal ou ak kat otorizasyon travay ou, m ap kenbe yo nan biwo a.",
            "document_handover",
        ),
        (
            "en",
            "Bring your EAD card and social security card Monday, the office keeps them while you work.",
            "document_handover",
        ),
        (
            "ar",
            "جيب ليا عقد الازدياد ديالها والدفتر العائلي نخليهم عندي.",
            "document_handover",
        ),
        (
            "ar",
            "شغل خدمة زبائن أونلاين في بانكوك، التذكرة والفيزا على الشركة.",
            "online_scam_centre_pattern",
        ),
        (
            "ar",
            "حق السيارة والدليل ٩٠٠ ريال تسلمها لي قبل الطلعة.",
            "recruitment_fee",
        ),
        (
            "en",
            "Only 5 places in the van, leaving Sunday so msg fast.",
            "pressure_to_decide",
        ),
        (
            "ar",
            "اليومية ٦ دولار، بس حق السفر بينخصم من يوميتك كل جمعة لحتى يخلص الدين.",
            "recruitment_debt",
        ),
    ]);
}

#[test]
fn a_daily_wage_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[("ar", "اليومية ٧ دولار للواحد، والشغل من الصبح للعصر.")],
    );
}

#[test]
fn secrecy_asked_as_discretion_and_a_passport_carried_for_you() {
    assert_flagged(&[
        (
            "es",
            "Y nada de andar comentando en el barrio a dónde vas ni cuánto cobras, eso es con discreción.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Tu pars samedi, n'en parle à personne, reste discrète.",
            "pressure_to_decide",
        ),
        (
            "sw",
            "Pasipoti yako nitaibeba mimi njiani mpaka tufike Muscat.",
            "document_handover",
        ),
    ]);
}
