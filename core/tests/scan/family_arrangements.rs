//! A partner or a relative who has booked the ticket, found "a good house" (a domestic job)
//! or says the boss is waiting is arranging a job abroad. Bills and school money between
//! relatives are not. Sentences written for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_partner_or_relative_arranging_the_way_is_a_sign() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "en",
                "Babe I've booked ur ticket for Friday 🥰 my friend has a salon in Doha, u start the next day.",
            ),
            (
                "fr",
                "Ma chérie c'est ta cousine, je t'ai trouvé une bonne maison à Beyrouth, ils paient bien.",
            ),
            (
                "es",
                "Primo, ya hablé con el patrón, te tiene la chamba en la obra, vente el lunes.",
            ),
        ],
    );
}

#[test]
fn school_money_between_relatives_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "slt maman, g payé le minerval de Grace, 120$ à la banque ce matin",
            ),
            (
                "pt",
                "oi mãe, já paguei a matrícula da escola do Júnior, R$ 300 no pix",
            ),
        ],
    );
}

#[test]
fn a_visa_fee_beside_school_money_is_still_a_fee() {
    // an errand word (school fees) quiets a sum only in a text with no hiring word; the
    // visa here is one
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "Maman, envoie pour le minerval de Grace, et les 300 000 FCFA pour ton visa avant vendredi.",
            ),
            (
                "pt",
                "Mãe, manda a matrícula da escola do Júnior e os R$ 2.000 da taxa do visto pro agente.",
            ),
        ],
    );
}

/// The worker tells, once there, that a partner or relative paid their way: the partner is
/// named sentences before ("my boyfriend … he paid my ticket"), in the third person.
#[test]
fn a_partner_or_relative_who_paid_the_way_told_by_the_worker() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "fr",
                "Tu connais Didier, mon chéri de Lyon? C'est lui qui a payé mon billet, et je travaille dans le restaurant de son frère.",
            ),
            (
                "pt",
                "Lembra do Beto que eu namorava? Ele pagou minha passagem e agora trabalho na lanchonete do primo dele em Braga.",
            ),
            (
                "sw",
                "Shangazi yangu ndiye alinilipia tiketi, sasa nafanya kazi za ndani kwa jirani yake Doha.",
            ),
        ],
    );
    assert_none_flagged(
        "romance_or_family_recruitment",
        &[(
            "en",
            "Mum, I booked my ticket to see Auntie in Leeds for Easter, back on the 20th.",
        )],
    );
}

#[test]
fn a_relative_or_lover_who_will_pay_the_way_to_a_job_named_before_recruits() {
    // The job named between the relative (or lover) and the promise to pay the way, more
    // than a sentence apart. Sentences written for this test.
    crate::support::assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "ht",
                "Cheri, m fin jwenn yon travay pou ou nan yon otèl Miami. Pa enkyete w, m ap achte tikè a pou ou.",
            ),
            (
                "es",
                "Primo, el patrón del taller dice que te da trabajo en cuanto llegues. Son 8 mil dólares, yo los pongo.",
            ),
        ],
    );
}

#[test]
fn a_relative_who_found_the_job_and_pays_the_transport_in_any_word_order() {
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[
            (
                "pt",
                "Tio Zeca, o Mário pode vir comigo para Maputo, já lhe arranjei trabalho numa oficina e ele fica na minha casa. O transporte eu pago.",
            ),
            (
                "fr",
                "Grand frère, envoie-moi ta fille, elle va travailler au restaurant ici à Abidjan. C'est moi qui paie son transport au chauffeur.",
            ),
        ],
    );
}

#[test]
fn a_job_in_a_family_house_and_papers_given_to_the_reader_are_not_what_they_look_like() {
    // "casa de família" is the employer's house, not a relative
    assert_none_flagged(
        "romance_or_family_recruitment",
        &[(
            "pt",
            "Boa tarde, tenho emprego pra ti em Joanesburgo numa casa de família, 3.000 rands por mês.",
        )],
    );
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[(
            "pt",
            "Prima, tenho emprego pra ti em Joanesburgo, a tia paga a viagem.",
        )],
    );
    // a paper given to the reader on arrival is no hand-over of the reader's papers
    assert_none_flagged(
        "document_handover",
        &[(
            "ht",
            "Kontra a? Lè w rive Santo Domingo y ap ba w yon papye pou siyen.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "ht",
            "Ba m paspò w la, m ap kenbe l pou ou jiskaske w peye.",
        )],
    );
}
