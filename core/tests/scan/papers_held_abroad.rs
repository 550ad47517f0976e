//! A worker already abroad, or someone around them, says where the passport is now: in the
//! boss's safe, with madam, kept by the agent. That is a document kept from its owner.
//! Sentences written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn papers_kept_by_the_boss_are_a_sign() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Sis don't worry, your passport is with madam inside the safe, you don't need it here.",
            ),
            (
                "sw",
                "Pasipoti yako bosi ameiweka kwenye kabati lake mpaka mkataba uishe.",
            ),
            (
                "es",
                "El pasaporte lo tiene la señora guardado en su armario, dice que es por seguridad.",
            ),
        ],
    );
}

#[test]
fn the_worker_keeping_their_own_papers_is_no_sign() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Keep your passport with you at all times, nobody at the farm will hold it.",
            ),
            (
                "pt",
                "Meu passaporte renovado chegou, a Polícia Federal ficou com o antigo.",
            ),
        ],
    );
}

/// Verb forms the lists once lacked: the papers as a plural subject ("they stay", "zitakaa
/// na"), past tenses ("nos recogió", "guardou"), dialect participles ("شايل", "ماسك" before
/// a plural noun) and Darija "khdat".
#[test]
fn whole_rows_of_the_holding_verbs_are_read() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Our passports? They stay in the office until the contract is over, the foreman says.",
            ),
            (
                "es",
                "El capataz nos recogió los pasaportes al llegar al campo.",
            ),
            (
                "pt",
                "O gerente guardou nossos passaportes no escritório dele.",
            ),
            (
                "sw",
                "Pasipoti zetu zitakaa na msimamizi mpaka mkataba uishe.",
            ),
            ("ar", "المعلم شايل جوازاتنا من أول يوم وصلنا."),
            ("ar", "الكفيل ماسك هوياتنا كلنا."),
            ("ar", "Lmdama khdat liya l passport mn nhar wselt."),
        ],
    );
}

/// The same verbs with the worker as the holder are not a sign.
#[test]
fn the_worker_holding_their_own_papers_is_not_a_sign() {
    assert_none_flagged(
        "document_handover",
        &[
            ("ht", "Paspò m nan men m, tout bagay anfòm isit la."),
            (
                "es",
                "Yo guardo mi pasaporte en mi cuarto, el patrón nunca lo pidió.",
            ),
        ],
    );
}
