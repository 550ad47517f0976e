//! Arabic typed in Latin letters with digits for the letters Latin lacks ("Arabizi":
//! 2 ء, 3 ع, 5 خ, 7 ح, 9 ق), as chats in Egypt, the Levant and the Maghreb are written,
//! and dialect phrasings in Arabic script. Sentences written for this test, not taken from
//! the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_quiet};

#[test]
fn signs_typed_in_arabizi_are_found() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("ar", "mat2olsh le 7ad 3al shoghl da"),
            ("ar", "ma te7ke la 7ada, khalliha beynetna"),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "ar",
                "khalles 3000 dh dial dossier bach ndakhlek f la liste",
            ),
            // Maghrebi chats write the fee in French
            ("ar", "el frais du dossier 2000 dh, khallesha lyoum"),
        ],
    );
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("ar", "ma tgoul walo l babak 3la had l5edma"),
            ("ar", "hal 7aki beynetna, w el 3adad m7doud"),
        ],
    );
    assert_each_flagged(
        "too_good_to_be_true",
        &[("ar", "ratib 9000 derham + sakan, bla khebra w bla shehada")],
    );
    assert_each_flagged(
        "irregular_travel",
        &[("ar", "temchi b visa touristique w temma tkhdem 3adi")],
    );
    assert_each_flagged(
        "document_handover",
        &[("ar", "lamma twsali 3tine el passport w ana bkhabbih 3andi")],
    );
}

#[test]
fn everyday_arabizi_about_school_and_travel_stays_quiet() {
    assert_quiet(&[
        ("ar", "habibti el wajeb tayyeb? el bus be 20 dh"),
        (
            "ar",
            "wach 3ndk passport? ila bghiti tsafri l Espagne f l3otla, dir visa f consulat",
        ),
        (
            "ar",
            "salam khti, rani f l'ecole m3a wladi, ghadi nchri l ktoub ghda",
        ),
    ]);
}

#[test]
fn dialect_phrasings_in_arabic_script_are_found() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("ar", "بلاش تقولي لمامتك على الشغل ده دلوقتي."),
            ("ar", "ما في داعي تحكي لأهلك هلق، بعدين منخبرهن."),
        ],
    );
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            ("ar", "اسم الشركة بقلك ياه لما توصل."),
            ("ar", "اسم الشركة ما نقدرش نقولهالك دابا."),
        ],
    );
    assert_each_flagged(
        "irregular_travel",
        &[
            ("ar", "لا تجيب جواز، ما تحتاجه، الطريق مضمون."),
            ("ar", "الشوفير بيدبر الطريق من المعبر، ما في مشكلة."),
        ],
    );
    assert_each_flagged(
        "too_good_to_be_true",
        &[("ar", "ما يلزمش ديبلوم، الشهرية 3000 دينار + سكنى.")],
    );
}

#[test]
fn a_company_named_only_later_and_money_paid_by_working_are_found() {
    crate::support::assert_flagged(&[
        // the company's name told after paying, or on arrival (Darija in Latin letters)
        (
            "ar",
            "Smiya dyal charika ghadi n3tihalek mn b3d ma tkhelles l avance.",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "Lkhedma f Doha, smiya dyal charika ghadi y3tiwha lik mnin twesli.",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "Khellsi 5000 dh w ma tgoul walou l 7ta wa7ed.",
            "pressure_to_decide",
        ),
        // no experience needed with a high wage; the money repaid by working
        (
            "ar",
            "مطلوب بنات للشغل بمطعم، ما في داعي للخبرة، المعاش ١٥٠٠ دولار",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "السفر علينا، والقروش بتدفعها من شغلك بعدين",
            "recruitment_debt",
        ),
    ]);
}

#[test]
fn egyptian_and_levantine_arabizi_of_a_lover_and_a_live_stream_agent() {
    // "I keep the passport with me", "without a contract, all on our word", "don't tell
    // your family"; "no experience needed" (feminine), "transfer me 1500", "don't tell"
    let lover = "7ayati el shoghl fel ma6'3am jahez, bala 3a2d, kolo 3al kalam. el basbor bikhalli 3ndi. ma t2oli la ahlik.";
    assert_each_flagged("no_written_contract", &[("ar", lover)]);
    assert_each_flagged("document_handover", &[("ar", lover)]);
    assert_each_flagged("pressure_to_decide", &[("ar", lover)]);
    let agent = "shoghl live men el beit, 15 alf geneh fel shahr w mesh me7taga 5ebra. bas te7awelili 900 geneh 3ashan el 7esab. balash te2oli le 7ad.";
    assert_each_flagged("too_good_to_be_true", &[("ar", agent)]);
    assert_each_flagged("recruitment_fee", &[("ar", agent)]);
    assert_each_flagged("pressure_to_decide", &[("ar", agent)]);
}

#[test]
fn levantine_and_maghrebi_arabizi_spellings_of_a_lovers_and_a_brokers_lines() {
    // "I keep the passport with me", "no need for a contract between us", "don't tell your
    // family now"; "don't tell anyone at all, places are few"; "ticket and visa on them"
    let lover = "7ayati shighl bel mat3am jahez, ma fi da3i la 3a2d. el basbor b5alli 3indi. ma t2uli la ahlik.";
    assert_each_flagged("no_written_contract", &[("ar", lover)]);
    assert_each_flagged("document_handover", &[("ar", lover)]);
    assert_each_flagged("pressure_to_decide", &[("ar", lover)]);
    assert_each_flagged(
        "pressure_to_decide",
        &[("ar", "Khedma f l'hotel, ma t9oul l7ta wa7ed, blayss 9lal.")],
    );
    assert_quiet(&[("ar", "Khedma f Doha, salaire 900$, billet w visa 3lihom.")]);
}

#[test]
fn levantine_arabizi_of_a_sponsor_who_deducts_and_a_lover_who_takes_the_passport() {
    // "the sponsor pays your residence and takes it back in instalments from your salary,
    // the passport stays with him"; "I want you with me in the Emirates, I pay the ticket,
    // you work in my friend's salon, I take the passport"
    let sponsor =
        "el kafeel byedfa3lak el iqama w byrja3 y2asseta mn ma3ashak. el passport byeb2a 3ando.";
    assert_each_flagged("recruitment_debt", &[("ar", sponsor)]);
    assert_each_flagged("document_handover", &[("ar", sponsor)]);
    let lover = "Habibti bade yaki ma3i bel Kuwait, ana bedfa3 el tazkara. Btshte8li bel mat3am, w el passport ba5do ana.";
    assert_each_flagged("romance_or_family_recruitment", &[("ar", lover)]);
    assert_each_flagged("document_handover", &[("ar", lover)]);
}
