//! Swahili negates a verb inside the word: "hawatalipa" (they will not pay),
//! "hayataruhusiwa kushikilia pasipoti" (will not be allowed to hold passports),
//! "usikubali" (don't accept). A news item or a ministry notice said that way is no
//! demand; the demand said without the prefix still is, and "don't delay, answer today"
//! still presses.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_verb_negated_by_its_prefix_negates() {
    assert_quiet(&[
        (
            "sw",
            "Waziri amesema wafanyakazi hawatalipa tena ada ya usajili kwa mawakala.",
        ),
        (
            "sw",
            "Mawakala hawataruhusiwa kushikilia pasipoti za wafanyakazi.",
        ),
        (
            "sw",
            "Hatutozi ada yoyote ya usajili, mwajiri analipa kila kitu.",
        ),
        // "has no permission / no right to": a rights notice, said in two words.
        ("sw", "Wakala hana ruhusa ya kushika pasipoti yako."),
        (
            "sw",
            "Waajiri hawana haki ya kuchukua pasipoti za wafanyakazi wao.",
        ),
    ]);
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "sw",
            "Utalipa ada ya usajili ya shilingi 60,000 kwa wakala wetu.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[
            (
                "sw",
                "Wakala atashikilia pasipoti yako mpaka mkataba uishe.",
            ),
            ("sw", "Wakala ana ruhusa ya kushika pasipoti yako."),
        ],
    );
}

#[test]
fn words_that_only_look_negated_do_not_negate() {
    // "hamsini" is fifty, "usindikaji" processing: the fee stays a fee.
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "sw",
                "Lipa ada ya usindikaji shilingi elfu hamsini kabla ya Ijumaa.",
            ),
            (
                "sw",
                "Ada ya usajili ni shilingi 50,000, lipa sikuzote kwa wakala wetu.",
            ),
        ],
    );
    // "usikawie" (don't delay) presses.
    assert_none_flagged(
        "recruitment_fee",
        &[("sw", "Tunaondoka kesho asubuhi, usikawie kunijibu leo.")],
    );
    assert_each_flagged(
        "pressure_to_decide",
        &[("sw", "Tunaondoka kesho asubuhi, usikawie kunijibu leo.")],
    );
}
