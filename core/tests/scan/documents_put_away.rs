//! A passport kept by being put away (red-team round 8, twelfth session), in sentences
//! written for these tests: "madam keeps your documents in her drawer", "Madame les range
//! dans son coffre", "المدام بتحطهم بدرجها". One's own papers in one's own drawer stay quiet.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn documents_put_away_by_someone_else_are_held() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "When you arrive the lady keeps your documents in her drawer so nothing gets lost.",
            ),
            (
                "fr",
                "Apporte ton passeport. À l'arrivée, Madame va les ranger dans son coffre.",
            ),
            (
                "ar",
                "جيبي جوازك معاكي، المدام بتحطه بدرجها لحد ما تخلصي العقد.",
            ),
        ],
    );
}

#[test]
fn ones_own_papers_in_ones_own_drawer_stay_quiet() {
    assert_quiet(&[(
        "en",
        "I found my old passport in the drawer at home, I'll keep it for the renewal.",
    )]);
}

/// "Your boss cannot take your passport": the negation stands between the taker and the verb,
/// inside the words that name who takes, and still cancels the hand-over; "don't worry" before
/// a taker is no negation of the taking.
#[test]
fn a_taker_who_cannot_take_the_passport_is_no_hand_over() {
    assert_quiet(&[
        (
            "en",
            "Your boss cannot take your passport or your work permit.",
        ),
        ("fr", "Ton patron ne peut pas prendre ton passeport."),
        ("pt", "O patrão não pode pegar o seu passaporte."),
        ("ht", "Patwon an pa ka pran paspò w."),
    ]);
    assert_each_flagged(
        "document_handover",
        &[(
            "en",
            "Don't worry, the agent will take your passport to the embassy.",
        )],
    );
}

/// Keeping the papers forbidden to all, the negation far before the verb: "No one, not your
/// employer and not your agent, can keep your passport" is no hand-over; "nobody can know"
/// before a keeper still is one.
#[test]
fn keeping_forbidden_to_everyone_is_no_hand_over() {
    assert_quiet(&[(
        "en",
        "No one, not your employer and not your agent, can keep your passport.",
    )]);
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Nobody can know about this, the agent will keep your passport.",
            ),
            (
                "en",
                "Nobody else is allowed to see it, but the agent will keep your passport.",
            ),
        ],
    );
}

/// A request to hand over the papers that nobody will make, the negation far before the
/// verb: "No one at the Ministry will ask you to leave your passport with them" is no
/// hand-over; "nobody will ask you anything" before a hand-over still is one.
#[test]
fn a_request_nobody_will_make_is_no_hand_over() {
    assert_quiet(&[
        (
            "en",
            "No officer at the recruitment centre will ever ask you to leave your passport behind.",
        ),
        (
            "fr",
            "Aucun agent du bureau ne vous demandera jamais de laisser votre passeport.",
        ),
    ]);
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Nobody will ask you anything at the border, just leave your passport with the driver.",
            ),
            (
                "en",
                "Nobody will ask you questions. The agent will ask you to leave your passport at the office.",
            ),
        ],
    );
}

/// "Keep in mind" is no keeping: "Gardez à l'esprit que votre passeport doit être valide",
/// "Kenbe nan tèt ou: paspò w dwe valab". A keeping said after it still is.
#[test]
fn keep_in_mind_keeps_no_passport() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "fr",
                "Gardez à l'esprit que votre passeport doit être valide encore six mois.",
            ),
            ("ht", "Kenbe nan tèt ou: paspò w dwe valab sis mwa ankò."),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[
            (
                "fr",
                "Gardez à l'esprit : nous gardons votre passeport jusqu'au visa.",
            ),
            (
                "ht",
                "Kenbe nan tèt ou: nou kenbe paspò w jiskaske viza a soti.",
            ),
        ],
    );
}

/// Arabic "تحتفظ بجواز سفرك" is "you keep your passport" and also "she / it keeps your
/// passport": with no subject it cannot be the reader keeping it (a probe of fair adverts
/// found "تحتفظ بجواز سفرك طوال الوقت" flagged; reading it as yours would free "الشركة تحتفظ
/// بجواز سفرك"). "جواز سفرك معك" (your passport with you) keeps it.
#[test]
fn an_arabic_passport_the_company_keeps_is_not_kept_with_you() {
    assert_none_flagged(
        "document_handover",
        &[(
            "ar",
            "عمل زراعي موسمي: جواز سفرك معك طوال الوقت وتستلم عقداً مكتوباً قبل السفر.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[
            ("ar", "الشركة تحتفظ بجواز سفرك طوال مدة العقد."),
            ("ar", "الكفيلة تحتفظ بجواز سفرك."),
        ],
    );
}

#[test]
fn being_told_to_stay_with_ones_own_passport_is_no_hand_over() {
    assert_none_flagged(
        "document_handover",
        &[(
            "sw",
            "Semina ya kabla ya safari ni bure Jumanne. Usilete pesa; pasipoti yako kaa nayo.",
        )],
    );
}

#[test]
fn a_shopkeeper_who_will_stay_with_the_id_holds_it() {
    assert_each_flagged(
        "document_handover",
        &[(
            "sw",
            "Kazi ya duka Malaba iko tayari. Ukifika, mwenye duka atabaki na kitambulisho chako mpaka mwisho wa mwezi.",
        )],
    );
}
