//! Words with an everyday meaning beside the one a rule reads: Spanish "debes pagar" is
//! "you must pay" (a fee), not "you owe"; French and Creole "prêt"/"prèt" is also "ready";
//! Portuguese "segurança" (security) starts like "segura" (holds); "pagan cada jueves" is a
//! pay day; "el vuelo lo pagó el patrón" says who paid, object first. Sentences written
//! for this test, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn you_must_pay_is_a_fee_not_a_debt() {
    let cases = [
        (
            "es",
            "Solo debes pagar 9,000 pesos del curso de seguridad antes de embarcar.",
        ),
        ("es", "Debes pagar 250 dólares para el permiso de trabajo."),
    ];
    assert_each_flagged("recruitment_fee", &cases);
    assert_none_flagged("recruitment_debt", &cases);
}

#[test]
fn a_debt_is_still_a_debt() {
    assert_each_flagged(
        "recruitment_debt",
        &[
            (
                "es",
                "Nos debes el pasaje y la visa, te lo descontamos del sueldo.",
            ),
            (
                "fr",
                "Le billet c'est un prêt, on le retire de ton salaire.",
            ),
        ],
    );
}

#[test]
fn ready_is_not_a_loan() {
    assert_quiet(&[
        (
            "ht",
            "Si pèmi travay ou prèt pou fini, mande renouvèlman an bonè.",
        ),
        (
            "fr",
            "Ton permis de travail est prêt, passe le chercher au bureau de la préfecture.",
        ),
    ]);
}

#[test]
fn security_work_is_not_holding_papers() {
    assert_none_flagged(
        "document_handover",
        &[(
            "pt",
            "Requisitos: passaporte válido e 3 anos de experiência em segurança privada.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "pt",
            "O patrão segura o teu passaporte até acabar o contrato.",
        )],
    );
}

#[test]
fn a_pay_day_or_a_paid_flight_is_not_a_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Aquí nos pagan cada viernes por depósito y dan recibo.",
            ),
            (
                "es",
                "El boleto de avión lo pagó la empresa, como decía el contrato.",
            ),
            (
                "en",
                "They pay every Friday by bank deposit, with a payslip.",
            ),
        ],
    );
}

#[test]
fn a_number_of_days_or_kilometres_is_no_sum_asked() {
    assert_quiet(&[
        (
            "pt",
            "O visto de procura de trabalho dá 120 dias pra procurar emprego.",
        ),
        (
            "en",
            "The farm gives you 180 days to finish the season, it is 300 km from the city.",
        ),
    ]);
    // A sum with its currency is still one.
    assert_each_flagged(
        "recruitment_fee",
        &[("pt", "Para o visto dá 120 euros ao agente antes de sexta.")],
    );
}

#[test]
fn a_performers_fee_is_their_pay_and_creole_pa_before_a_transfer_service_means_by() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Fee: £1,800 per act plus flights and two nights' hotel.",
            ),
            (
                "fr",
                "Le cachet de 4 000 $ est versé sur le compte du groupe.",
            ),
            (
                "pt",
                "O cachê de 5.000 € cai na conta da banda depois do show.",
            ),
        ],
    );
    // "pa MonCash" is "by MonCash", not "no": no "no schooling needed" here
    assert_quiet(&[(
        "ht",
        "M voye 8 000 goud pa MonCash pou lekòl Ti Mari, mande direktè a yon resi.",
    )]);
    assert_each_flagged(
        "unverifiable_recruiter",
        &[(
            "ht",
            "Travay Kanada! Kontak sèlman pa WhatsApp 509 xxxx 1200.",
        )],
    );
    // a stamp ("cachet d'une entreprise") is no pay: the contract for sale is still a fee
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "fr",
            "Je vends des contrats pour le visa, 300 $ le contrat avec cachet d'une entreprise.",
        )],
    );
}

#[test]
fn school_things_and_the_laws_demand_are_no_recruiters_charge() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Mija, te mandé 900 mil guaraníes para la matrícula y los útiles del colegio.",
            ),
            (
                "pt",
                "O teu irmão começou na mina e mandou 4.000 MT para as propinas da Zita.",
            ),
            ("ar", "دفعت ١٥ دينار للمدرسة حق الرحلة ومعي الوصل."),
            (
                "fr",
                "L'entreprise a tout payé : visa, billet, visite médicale, comme la loi l'exige.",
            ),
        ],
    );
}

#[test]
fn portuguese_da_is_of_the_not_give_and_a_first_pay_arriving_is_no_debt() {
    // "da" (of the) before a fee word is no "dá" (give): no hand-over of the passport
    assert_none_flagged(
        "document_handover",
        &[(
            "pt",
            "O meu tio emprestou-me o dinheiro da taxa do passaporte que paguei no balcão da Migração.",
        )],
    );
    assert_flagged(&[
        (
            "pt",
            "Dá o teu passaporte ao agente no aeroporto, ele trata de tudo.",
            "document_handover",
        ),
        (
            "pt",
            "A senhora da agência vai ficar com o teu passaporte até pagares a dívida.",
            "document_handover",
        ),
    ]);
    assert_none_flagged(
        "recruitment_debt",
        &[(
            "fr",
            "Bien arrivé au chantier de Doha, le contrat est signé. Le premier salaire tombe le 5.",
        )],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "en",
            "The club confirmed the trial, no fee. I'll go with him on the coach, tickets £38 each, booked them myself.",
        )],
    );
}
