//! Awareness posts the red team of round 8 (twelfth session) found flagged, fixed by class
//! and tested on sentences written for these tests: what fake agents do, said of them in a
//! clause of its own, and a fee or deduction announced as abolished. "Unlike fake agents, we
//! ask only ..." is still a fee.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_quiet};

#[test]
fn what_fake_agents_do_is_described_not_demanded() {
    assert_quiet(&[
        (
            "en",
            "Stay alert! Fake agents ask you to pay a processing fee and hold your passport. With the official scheme the employer pays everything.",
        ),
        (
            "fr",
            "Restez prudents ! Les faux recruteurs exigent des frais et confisquent les passeports.",
        ),
        (
            "sw",
            "Kuwa makini! Mawakala feki wanadai ada na kushika pasipoti za watu.",
        ),
    ]);
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Unlike fake agents, we ask only a 250 dollar registration fee, paid at our office.",
        )],
    );
}

#[test]
fn a_fee_announced_as_abolished_is_no_fee() {
    assert_quiet(&[
        (
            "en",
            "Notice: the 15 dollar locker deposit was abolished in March, nobody may charge it.",
        ),
        (
            "es",
            "Aviso: la cuota de 200 pesos por el gafete fue eliminada este año.",
        ),
        (
            "sw",
            "Tangazo: makato ya shilingi 5,000 kwa kadi ya kazi yamefutwa.",
        ),
    ]);
}
