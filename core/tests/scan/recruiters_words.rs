//! How recruiters write signs in words the earlier rounds lacked: sums in lakh or "15k",
//! a contract "made on board" or signed "when we arrive", a paper "just for the DMW" or
//! "para migración nomás", "don't say anything", "almost full", a relative who "already
//! paid your ticket" for a job over there, "nos dejás tu carnet, te lo guardamos", repaying
//! "poquito a poquito", Darija "ماخاصكش تجربة", crossings through the forest at night, a
//! medical visa for work. Each is found; the same words in fair use stay quiet. Sentences
//! written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet};

#[test]
fn signs_in_recruiters_words_are_found() {
    assert_flagged(&[
        (
            "en",
            "Agent fee is 2.5 lakh, visa and ticket included.",
            "recruitment_fee",
        ),
        (
            "en",
            "You pay 12k up front and the rest later.",
            "recruitment_fee",
        ),
        (
            "en",
            "No papers now: the contract will be made on board with the captain.",
            "no_written_contract",
        ),
        (
            "en",
            "The contract you sign here is just for the DMW, the real one comes later.",
            "contract_substitution_risk",
        ),
        (
            "es",
            "Ese contrato es para migración nomás, allá te pagan por pieza.",
            "contract_substitution_risk",
        ),
        (
            "en",
            "Don't say anything about the money to the embassy, just say you applied normally.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Mande a primeira parcela hoje, a turma está quase cheia.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "C'est ton oncle. Je t'ai déjà payé le billet, là-bas tu travailleras dans ma boutique.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Cuando llegues nos dejás tu carnet y nosotros te lo guardamos.",
            "document_handover",
        ),
        (
            "es",
            "Yo te pago el viaje y después me devolvés los 2000 dólares poquito a poquito.",
            "recruitment_debt",
        ),
        (
            "ar",
            "خدمة فمطعم فالدوحة، الخلصة ٨٠٠٠ درهم فالشهر وماخاصكش تجربة.",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "من توصل بيلاروسيا، جماعتنا يعبرونك لبولندا بالليل عبر الغابة وتشتغل هناك.",
            "irregular_travel",
        ),
        (
            "sw",
            "Utasafiri na visa ya matibabu kwa sababu inatoka haraka, ukifika unaanza kazi.",
            "irregular_travel",
        ),
        (
            "sw",
            "Nauli ni TSh 1.5M, unalipa nusu sasa na nusu ukifika.",
            "recruitment_fee",
        ),
        (
            "en",
            "Pay the 800 dollars this week, after that the price goes up to 1,200.",
            "pressure_to_decide",
        ),
        (
            "sw",
            "Tuma deposit kabla ya Jumamosi ama slot inaenda kwa mtu mwingine.",
            "pressure_to_decide",
        ),
        (
            "ar",
            "حول المبلغ قبل الأحد وخلي الموضوع بينا، متقولش لحد في الشغل.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Nós pagamos a viagem e depois tu vais devolvendo, eles descontam um pouquinho de cada salário.",
            "recruitment_debt",
        ),
        (
            "ar",
            "الأكل والترحيل علينا هسي، وبعدين بنقطعهم من نصيبك لما تشتغل.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Le contrat, on verra ça plus tard, commence lundi à l'usine.",
            "no_written_contract",
        ),
        (
            "ht",
            "Kontra a an angle, ou pa bezwen konprann li, jis siyen l.",
            "no_written_contract",
        ),
        (
            "sw",
            "Kazi ya shamba Arusha, hakuna haja ya karatasi ya mkataba, tutaelewana tu.",
            "no_written_contract",
        ),
        (
            "es",
            "Te pasamos por la trocha de noche y ya del otro lado empiezas a trabajar en la finca.",
            "irregular_travel",
        ),
        (
            "es",
            "Cuando llegues la empresa te recoge el pasaporte para los trámites.",
            "document_handover",
        ),
        (
            "ar",
            "الشغل ببنغازي والراتب منيح، كل شي عالتلفون، ما في داعي نلتقي.",
            "unverifiable_recruiter",
        ),
        // Told not to check with the office, the embassy or the ministry.
        (
            "en",
            "Pay the coaching fee to me directly, and please don't ask at the agency office, they don't handle this.",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Tuma hiyo elfu hamsini, na usiende kuuliza ofisi za wizara, watakuchanganya tu.",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "هات الورق والفلوس وماتروحوش مكتب العمل، أنا ليا ناس جوه الوزارة.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Deposita hoy y no vayas a preguntar a la embajada, allá no saben de este programa.",
            "unverifiable_recruiter",
        ),
        // A peer who paid the recruiter himself is recruiting, not paying for you.
        (
            "en",
            "I paid 90k processing to the agent in June and now I'm on the list, join before the 30th.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn the_same_words_in_fair_use_stay_quiet() {
    assert_quiet(&[
        (
            "en",
            "Starting salary 45k a year, paid monthly, with pension.",
        ),
        (
            "en",
            "Mum, I paid your ticket for the wedding, you fly on the 3rd and come back on the 10th.",
        ),
        (
            "es",
            "Firmás el contrato en la oficina antes de viajar y te llevás una copia.",
        ),
        (
            "fr",
            "Ma fille, c'est tata. Je t'ai payé le billet pour le baptême, on t'attend samedi.",
        ),
        (
            "en",
            "Welcome aboard! On Monday bring your passport and your work permit. HR copies them and hands them back at once.",
        ),
        (
            "en",
            "Warning: scammers will tell you 'don't ask at the embassy'. Always check with the embassy before you pay anyone.",
        ),
        (
            "sw",
            "Karibu kwenye timu! Siku ya kwanza kuja na kitambulisho chako. Tutapiga nakala na kukurudishia hapo hapo.",
        ),
    ]);
}

#[test]
fn only_typing_or_english_needed_for_high_pay_is_too_good() {
    // The scam compounds' lure: no skill asked but English and fast typing, for a wage far
    // above home. Sentences written for this test.
    crate::support::assert_each_flagged(
        "too_good_to_be_true",
        &[
            (
                "en",
                "Chat support in Phnom Penh, USD 1,300 a month, you just need english and a phone.",
            ),
            (
                "es",
                "Ventas por chat en Laos, USD 1.200 al mes, solo necesitas escribir rápido.",
            ),
            (
                "sw",
                "Kazi ya chat Bangkok, mshahara $1,100, unahitaji tu Kiingereza.",
            ),
            (
                "ar",
                "Khedma f Dubai, salaire 1300$, ghir khassek t3ref tkteb.",
            ),
        ],
    );
}

#[test]
fn places_said_to_be_running_out_in_everyday_words_push_a_decision() {
    // Sentences written for this test.
    crate::support::assert_each_flagged(
        "pressure_to_decide",
        &[
            ("fr", "Départ le 3 mars, plus que 4 places pour Montréal !"),
            ("ht", "Avyon an pati 12, rete 3 plas sèlman."),
            ("en", "Abeg hurry, 6 slots don go already for Doha."),
            ("es", "Los cupos se cierran el lunes, apúrate."),
        ],
    );
}

#[test]
fn pay_for_a_task_too_small_to_earn_it_is_too_good() {
    // The task scam's and the "sugar daddy's" lure. Sentences written for this test.
    crate::support::assert_each_flagged(
        "too_good_to_be_true",
        &[
            ("en", "Members earn $250 a day just from your phone."),
            ("es", "Te doy 800 USD al mes solo por chatear conmigo."),
            ("pt", "Renda de R$ 400 por dia, só poucos minutos por dia."),
            ("sw", "Unapata $40 kila siku kwa kulike video tu."),
        ],
    );
    // a break of so many minutes is no task
    crate::support::assert_none_flagged(
        "too_good_to_be_true",
        &[
            (
                "en",
                "Warehouse picker, £11.44 an hour, two paid breaks of 15 minutes a day.",
            ),
            (
                "pt",
                "Auxiliar de cozinha, R$ 1.850 por mês, intervalo de 60 minutos por dia.",
            ),
        ],
    );
}

#[test]
fn a_place_held_for_hours_or_filling_fast_pushes_a_decision() {
    // Sentences written for this test.
    crate::support::assert_each_flagged(
        "pressure_to_decide",
        &[
            ("pt", "A vaga fica reservada só por 24 horas."),
            ("ht", "Di m wi anvan jedi, bis la ap plen vit."),
            ("ar", "وما حدا لازم يعرف عن السفر."),
        ],
    );
}
