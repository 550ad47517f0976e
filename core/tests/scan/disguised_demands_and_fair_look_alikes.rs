//! The classes the eleventh session fixed from red-team round 5, in sentences written for
//! these tests (not taken from the attack files): an attention word heading a demand, sums
//! in thousands, a sum sent on to someone's account, a fee named long before its sum, a
//! passport kept "by me", a contract's "consulate version", a job found by a relative before
//! a tourist visa; and the fair sentences next to them that must stay quiet (one's own
//! passport sent for renewal, a copy made at HR, a parish meal, a friend's wedding hall).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn an_attention_word_over_a_demand_is_no_warning() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "ATENÇÃO MOTORISTAS: a inscrição fica em 450 €, a pagar por transferência até segunda.",
            ),
            (
                "ar",
                "تنبيه للسائقين الجدد: رسوم الملف ٢٠٠٠ ريال تندفع قبل السفر.",
            ),
            (
                "en",
                "ATTENTION to all new pickers: registration is 350 dollars, pay it to the agent before the bus.",
            ),
            (
                "sw",
                "TAHADHARI kwa wote: ada ya usajili ni shilingi 90,000, lipa kabla ya Ijumaa.",
            ),
        ],
    );
    // Advice after the attention word, a public body or fakes named: still a warning.
    assert_quiet(&[
        (
            "pt",
            "ATENÇÃO: se alguém pedir 300 € de inscrição para uma vaga, não pague e denuncie.",
        ),
        (
            "sw",
            "Tahadhari: kama mtu anakuomba ada ya usajili ya shilingi 50,000, usilipe.",
        ),
        (
            "ht",
            "Atansyon ak fo ajan: yo mande w lajan pou enskripsyon, yo pran paspò w. Yon vrè patwon peye tout frè.",
        ),
        (
            "ar",
            "تنبيه من وزارة العمل: ما تدفعش فلوس لأي مكتب عشان تسافر.",
        ),
    ]);
}

#[test]
fn a_sum_in_thousands_is_a_sum() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "La visa de trabajo cuesta 9 mil pesos, hay que pagar antes del lunes.",
            ),
            ("sw", "Ada ya usajili ni elfu hamsini, tuma leo."),
            ("ar", "رسوم التأشيرة ٦ ملاين، تدفعها قبل الخميس."),
            ("en", "The visa fee is 5 thousand, pay before Monday."),
            ("en", "The fee is 5 thousand."),
            ("es", "La inscripción son 7 mil pesos."),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("es", "El salario es de 9 mil pesos por semana, más comida."),
            ("sw", "Mshahara ni elfu hamsini kwa wiki."),
        ],
    );
}

#[test]
fn a_sum_sent_on_to_someone_s_account_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Aqueles 150 mil kwanzas que falámos são para meter na conta do meu primo.",
            ),
            (
                "sw",
                "Zile shilingi 60,000 tuma kwa namba ya dada yangu, yeye ndiye anashughulikia.",
            ),
            (
                "ht",
                "Sèlman 800 dola pou kontra a, voye l sou kont frè m nan.",
            ),
            ("es", "Son 5 mil pesos para apartar tu lugar en el bus."),
        ],
    );
    // A parish fee paid at the office, and a wage paid into an account, are not.
    assert_quiet(&[
        (
            "es",
            "Peregrinación del sábado: aporte RD$ 800 ida y vuelta, se paga en la secretaría parroquial contra recibo.",
        ),
        (
            "pt",
            "O salário de 1.200 euros cai na conta do trabalhador todo dia 5.",
        ),
    ]);
}

#[test]
fn a_fee_named_long_before_its_sum_is_still_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Correction: the placement contribution for the Leeds care-home roles is £900, not £1,900.",
            ),
            (
                "es",
                "La inscripción para los cupos de la temporada en Huelva es de 300 euros.",
            ),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "en",
            "The salary for the Leeds care-home roles is £1,900 a month, paid by the employer.",
        )],
    );
}

#[test]
fn a_passport_left_with_the_writer_is_handed_over() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "pt",
                "Preciso do teu passaporte original para marcar o voo. Deixas comigo na loja e eu é que guardo até ao embarque.",
            ),
            (
                "es",
                "Necesito tu pasaporte para comprar el boleto. Lo dejas conmigo en la oficina y yo te lo guardo hasta el viaje.",
            ),
        ],
    );
    // One's own passport sent for renewal, and a copy made at HR, are not handed over.
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Mum I posted my passport to the embassy for renewal, they send it back in two weeks.",
            ),
            (
                "es",
                "Ya mandé mi pasaporte al consulado para renovarlo, te aviso cuando llegue.",
            ),
            (
                "es",
                "El primer día traiga su pasaporte para que Recursos Humanos saque una fotocopia; el original se le devuelve enseguida.",
            ),
        ],
    );
}

#[test]
fn a_contract_s_consulate_version_is_substitution() {
    assert_each_flagged(
        "contract_substitution_risk",
        &[
            (
                "fr",
                "Voici votre contrat (version consulat). Il sert uniquement à l'obtention du visa ; l'autre vous sera remis à l'arrivée.",
            ),
            (
                "es",
                "Te mando el contrato, versión para el consulado. El de verdad te lo dan allá.",
            ),
        ],
    );
}

#[test]
fn a_job_found_by_a_relative_makes_a_tourist_visa_irregular() {
    assert_each_flagged(
        "irregular_travel",
        &[(
            "ar",
            "خالك في إسبانيا لقالك خدمة عند صاحبو، وتجي بفيزا سياحية وتقعد عندو.",
        )],
    );
    // A relative's visit names no work.
    assert_none_flagged(
        "irregular_travel",
        &[(
            "ar",
            "خالك جاي من إسبانيا بفيزا سياحية يقعد عندنا أسبوعين في العيد.",
        )],
    );
}

#[test]
fn a_meal_or_a_hall_paid_by_friends_is_no_sign() {
    assert_quiet(&[
        (
            "fr",
            "Kermesse de la paroisse dimanche. Participation aux frais du repas : 2 000 FCFA.",
        ),
        (
            "ar",
            "حبيبتي سارة، دفعنا عربون القاعة ٣٠٠٠ جنيه امبارح والباقي يوم الفرح.",
        ),
    ]);
    // A lover who paid the way is still one.
    assert_each_flagged(
        "romance_or_family_recruitment",
        &[(
            "en",
            "Babe I bought your ticket already, come and work in my uncle's shop.",
        )],
    );
}

#[test]
fn a_study_visa_as_the_way_to_work_is_irregular() {
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "We enrol you at a language school in Warsaw, you fly on the study visa and start at the depot on Monday.",
            ),
            (
                "es",
                "Te inscribimos en una academia en Dublín, viajas con visa de estudiante y a la semana ya trabajas en la cocina.",
            ),
            (
                "ht",
                "Ou vwayaje ak viza etidyan an, pèsonn p ap tcheke si w ap travay nan faktori a.",
            ),
        ],
    );
    // A student's own plans, and the legal hours of a study permit, are not.
    assert_none_flagged(
        "irregular_travel",
        &[
            (
                "en",
                "With a study permit you may work up to 20 hours a week during term.",
            ),
            (
                "fr",
                "J'ai reçu mon visa étudiant, je commence mon master à Lyon en septembre.",
            ),
        ],
    );
}

#[test]
fn an_employer_kept_secret_until_arrival_cannot_be_checked() {
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "en",
                "Our client, a large hotel group, prefers to remain confidential; you will learn their name once you arrive.",
            ),
            (
                "fr",
                "Notre client souhaite garder l'anonymat jusqu'à votre arrivée à Doha.",
            ),
        ],
    );
}

#[test]
fn two_contracts_and_a_word_for_a_contract_are_signs() {
    assert_flagged(&[
        (
            "en",
            "Sign both copies: the one with 1,500 is for the Ministry, the other is what you'll actually be paid.",
            "contract_substitution_risk",
        ),
        (
            "ar",
            "هذه النسخة شكلية، وسيتم توقيع عقد العمل الفعلي بعد الوصول.",
            "contract_substitution_risk",
        ),
        (
            "ht",
            "Kontra? Non, isit la pawòl se kontra.",
            "no_written_contract",
        ),
        (
            "ar",
            "الشغل مضمون، مفيش ورق ولا إمضاءات.",
            "no_written_contract",
        ),
    ]);
}

#[test]
fn fees_for_a_consulate_a_school_or_a_news_story_are_not_recruitment() {
    assert_quiet(&[
        (
            "pt",
            "Renovação de passaporte: taxa consular de 65 €, paga no balcão. O novo passaporte é entregue em mão ao titular.",
        ),
        (
            "ht",
            "Lekòl la: paran yo dwe peye 2 500 goud pou inifòm timoun yo avan 15 septanm.",
        ),
        (
            "pt",
            "Polícia prende aliciador em Goiás: o homem cobrava R$ 2 mil por vaga de trabalho.",
        ),
        (
            "sw",
            "Polisi Kisumu wamewakamata mawakala wawili waliowatoza vijana Ksh 30,000 kwa kazi hewa.",
        ),
        (
            "ar",
            "صاحب العمل يتحمل التأشيرة والتذكرة، والعقد موثق من الوزارة.",
        ),
    ]);
    // A membership fee to get on a list stays a fee.
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "fr",
            "La cotisation annuelle de 150 € est obligatoire pour être sur la liste des saisonniers.",
        )],
    );
}

#[test]
fn a_congregation_is_not_a_family_and_its_offering_can_be_a_fee() {
    // "Sister church" names no relative: the tourist visa to work stays a sign.
    assert_each_flagged(
        "irregular_travel",
        &[(
            "en",
            "Our sister church in Houston has cleaning jobs for you. Come on the visitor visa for the convention and start work the next week.",
        )],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Bring a love offering of 500 USD per person to the pastor before the trip.",
        )],
    );
    // A relative's visit is still a family visit.
    assert_none_flagged(
        "irregular_travel",
        &[(
            "en",
            "My sister comes on a visitor visa in June to meet the baby.",
        )],
    );
}

#[test]
fn a_contract_after_arrival_or_in_a_language_she_cannot_read() {
    assert_flagged(&[
        (
            "ht",
            "Pa okipe w de papye, kontra a n ap fè l lè w rive.",
            "no_written_contract",
        ),
        (
            "ar",
            "العقد بالإنجليزي وإنتِ ما تقرين إنجليزي، بس امضي وخلاص.",
            "no_written_contract",
        ),
    ]);
}

#[test]
fn a_licence_number_is_not_a_sum() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("en", "Placement (licence POEA-123). Fees: none."),
            ("en", "Placement agency licence POEA-456, Manila."),
        ],
    );
}
