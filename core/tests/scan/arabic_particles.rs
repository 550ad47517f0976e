//! Arabic writes its particles onto the next word: "و" and "ف" (and, so), "ب" and "ك"
//! before the article, "لل" for ل + ال. A lexicon word is found behind them, so the
//! lexicons need not list "والبحر", "فأوعى", "بالبحر" beside "البحر", "أوعى". Sentences
//! written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_sign_is_found_behind_the_particles_written_onto_its_word() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("ar", "فأوعى تقول لحد إنك مسافر."),
            ("ar", "فأوعي تقولي لحد على السفرية."),
        ],
    );
    assert_each_flagged(
        "irregular_travel",
        &[
            ("ar", "الطريق من ليبيا والبحر لإيطاليا، الرحلة كلها علينا."),
            ("ar", "فبدون فيزا توصل وتشتغل هناك."),
            ("ar", "ومن غير فيزا بتوصل لإيطاليا والشغل جاهز."),
        ],
    );
}

#[test]
fn a_short_word_is_not_cut_into_another() {
    // "ولا" (nor), "فيه" (in it): fewer than three letters would remain, so they stay whole.
    assert_none_flagged(
        "pressure_to_decide",
        &[("ar", "الشغل فيه عقد مكتوب ولا فيه أي رسوم على العامل.")],
    );
}

#[test]
fn ma_after_as_is_no_negation_and_they_pay_for_you_is_the_employer() {
    // "متل ما اتفقنا بالعقد": as we agreed in the contract; "كيخلصو ليك البيي": they pay
    // your ticket (Maghrebi)
    assert_none_flagged(
        "no_written_contract",
        &[(
            "ar",
            "المدام رجعتلي الباسبور متل ما اتفقنا بالعقد، وهو معي بغرفتي.",
        )],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "ar",
            "الخدمة ففرنسا مع الوكالة الرسمية، كيخلصو ليك البيي والسكن والعقد مكتوب.",
        )],
    );
    assert_each_flagged(
        "no_written_contract",
        &[("ar", "الشغل في دبي، ما في عقد، كلشي بالكلمة.")],
    );
}
