//! Colloquial Arabic negates a verb with ما…ش written as one word ("ماتسيبش", don't
//! leave; "متدفعش", don't pay). Advice in those words is not a demand; the same verbs
//! without the negation are; and words that only look alike ("ماتش", a match; "مفتش", an
//! inspector) negate nothing. Sentences written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_past_tense_negated_in_one_word_says_nothing_was_paid() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "ar",
                "رحت بنفسي مكتب التشغيل والعقد والتأشيرة سليمين، ومدفعتش ولا مليم لحد.",
            ),
            (
                "ar",
                "الخدمة فإسبانيا جات من الوكالة، وماخلصناش حتى درهم على الفيزا.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[("ar", "دفعت ٥٠٠٠ جنيه للسمسار عشان التأشيرة والعقد.")],
    );
}

#[test]
fn a_verb_negated_in_one_word_is_advice_not_a_demand() {
    assert_none_flagged(
        "document_handover",
        &[
            ("ar", "ماتسيبش جواز سفرك مع أي مكتب أو سمسار."),
            ("ar", "نصيحة: متسلمش الباسبور بتاعك لحد، خليه معاك."),
            ("ar", "ماتعطيش الباسبور ديالك لحتى واحد فالمكتب."),
            ("ar", "وماتسلميش جوازك للكفيل حتى لو طلبه."),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("ar", "ماتدفعش ولا جنيه لأي سمسار عشان الفيزا."),
            ("ar", "ماتحولش فلوس لأي رقم بيقولك رسوم حجز فيزا."),
            ("ar", "ماكتخلصش حتى درهم على الفيزا، الشركة هي اللي كتخلص."),
        ],
    );
}

#[test]
fn the_same_verbs_without_the_negation_still_raise_their_signs() {
    assert_each_flagged(
        "document_handover",
        &[
            ("ar", "سيب جواز سفرك مع المكتب لحد ما الفيزا تطلع."),
            ("ar", "سلمي الباسبور بتاعك للمكتب بكرة."),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            ("ar", "ادفع ٣٠٠٠ جنيه للمكتب عشان الفيزا."),
            ("ar", "حول ٥٠٠ دولار رسوم حجز الفيزا النهارده."),
        ],
    );
}

#[test]
fn secrecy_asked_with_a_negated_verb_is_still_pressure() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("ar", "ماتقولش لحد على الشغلانة دي، ولا حتى لأهلك."),
            ("ar", "متقوليش لمامتك حاجة لحد ما نسافر."),
        ],
    );
}

#[test]
fn words_that_only_look_negated_negate_nothing() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "ar",
                "ماتش النهارده خلص، ادفع ٥٠٠٠ جنيه للمكتب عشان الفيزا.",
            ),
            ("ar", "المفتش قال ادفع ٢٠٠٠ جنيه رسوم الفيزا للمكتب."),
        ],
    );
}

#[test]
fn a_reassurance_negated_in_one_word_hides_no_demand() {
    assert_each_flagged(
        "document_handover",
        &[
            ("ar", "ماتخافش سيب الجواز معايا لحد ما الفيزا تطلع."),
            ("ar", "متقلقيش سلمي الباسبور بتاعك للمكتب بكرة."),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[("ar", "ماتقلقش ادفع ٣٠٠٠ جنيه للمكتب عشان الفيزا.")],
    );
}
