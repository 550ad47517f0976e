//! Fair sentences the twelfth session found flagged in corpus rounds 15 and 16, fixed by
//! class and tested here on sentences written for these tests: a departure is no hand-over
//! ("the permit before you leave"), papers the employer sends to the worker, free movement
//! within ECOWAS or CARICOM (a visa is not needed; a passport still is), a ticket refunded
//! with the first salary, paid overtime, a passport that stays in the worker's hands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_departure_or_papers_sent_to_the_worker_are_no_hand_over() {
    assert_quiet(&[
        (
            "en",
            "A real employer arranges your work permit before you leave and gives you a written contract.",
        ),
        (
            "pt",
            "Se fores escolhida, a empresa manda os documentos do visto para a tua casa.",
        ),
        (
            "fr",
            "L'entreprise vous envoie les papiers du visa avant votre départ, sans frais.",
        ),
    ]);
    // Leaving the passport with someone is still a hand-over.
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Leave your passport with my cousin before you travel.",
            ),
            (
                "pt",
                "Manda os documentos para o meu escritório antes de sexta.",
            ),
        ],
    );
}

#[test]
fn free_movement_needs_no_visa_but_still_a_passport() {
    assert_quiet(&[
        (
            "en",
            "I'm off to Accra for my sister's wedding, no visa needed, it's ECOWAS, just my passport.",
        ),
        (
            "es",
            "Para ir a Montevideo no necesitas visa, es Mercosur, solo la cédula.",
        ),
    ]);
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "Work in the hotel in Abidjan, we go by road, ECOWAS so no need for passport.",
            ),
            (
                "en",
                "Cleaning job in Doha, no visa needed, our agent sorts it.",
            ),
        ],
    );
}

#[test]
fn a_ticket_refunded_with_the_first_salary_is_no_debt() {
    assert_none_flagged(
        "recruitment_debt",
        &[(
            "pt",
            "A passagem de ida é reembolsada integralmente junto com o primeiro salário.",
        )],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Salário de 2.100 € por mês, 40 horas semanais, hora extra paga à parte.",
            ),
            (
                "en",
                "The sponsorship costs (the certificate and the skills charge) are ours.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_debt",
        &[(
            "pt",
            "A passagem a gente adianta e desconta do teu salário nos primeiros meses.",
        )],
    );
}

#[test]
fn a_crossing_at_the_official_border_post_is_no_irregular_travel() {
    assert_none_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "Friday we take the beans to Malaba. We go through the one-stop border post like always, the form is free.",
            ),
            (
                "sw",
                "Jumamosi tunapeleka mchele Namanga, tutapita kituo cha pamoja cha mpakani, fomu ni bure.",
            ),
        ],
    );
    assert_each_flagged(
        "irregular_travel",
        &[(
            "en",
            "The farm job is ready. We cross the border at night by the river, no need for the border post.",
        )],
    );
}

#[test]
fn collecting_ones_own_passport_from_the_office_is_no_hand_over() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Your visa is approved. Collect your passport at the VFS centre on Monday after 2pm, bring the receipt.",
            ),
            (
                "es",
                "Tu visa de trabajo salió. Recoge tu pasaporte en el consulado el lunes.",
            ),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "en",
            "Your job is ready. When you land, the agent will collect your passport and keep it.",
        )],
    );
}
