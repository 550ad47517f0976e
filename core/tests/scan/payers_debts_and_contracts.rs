//! The classes the tenth session added from round 14 and red-team round 4, in sentences
//! written for these tests (not taken from the corpus): who pays the way, debts repaid by
//! working or for leaving early, someone else taking the passport, prices in words or gift
//! cards, contracts for show, a ticket someone else pays; and the fair sentences next to them
//! that must stay quiet.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_payer_named_by_a_pronoun_pays_the_way_but_a_demand_of_the_reader_stays_a_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "My boss has a farm in Alberta. He will pay your plane ticket.",
            ),
            (
                "es",
                "Mi jefe tiene un hotel en Cancún. Él te paga el pasaje.",
            ),
            (
                "ht",
                "Patwon an gen yon plantasyon. Tikè avyon an li peye l.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "She must pay the visa fee of 500 dollars before Friday.",
            ),
            ("sw", "Nitakutumia tiketi ukishatuma KSh 40,000 ya visa."),
        ],
    );
}

#[test]
fn a_sum_paid_now_is_a_fee_even_when_the_rest_is_a_debt() {
    for (locale, text) in [
        (
            "sw",
            "Gharama ni laki mbili, unatuma 120k sasa hivi kwa M-Pesa, salio boss atakata kwenye mshahara.",
        ),
        (
            "fr",
            "Mes honoraires : tu me donnes 300 000 maintenant, le reste le patron le retire sur tes salaires.",
        ),
        // half now, or what the worker lacks, taken from the wages keeps the fee asked now
        (
            "en",
            "Pay 400 dollars now and the other half comes out of your wages.",
        ),
        (
            "es",
            "Son 6 mil dólares: la mitad ya y la otra mitad se descuenta de tu sueldo.",
        ),
        (
            "ht",
            "Se 9 000 peso, si w pa genyen l kounye a bòs la ap retire l sou pewòl ou.",
        ),
        (
            "sw",
            "Ada ni KSh 50,000, kama huna yote tutakata kwenye mshahara wako.",
        ),
    ] {
        assert_each_flagged("recruitment_fee", &[(locale, text)]);
        assert_each_flagged("recruitment_debt", &[(locale, text)]);
    }
    // the whole cost taken from the wages is the debt alone
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "en",
            "The ticket costs 900 dollars, but don't worry, we deduct it from your salary.",
        )],
    );
}

#[test]
fn the_way_repaid_by_working_or_a_fee_for_leaving_early_is_a_debt() {
    assert_each_flagged(
        "recruitment_debt",
        &[
            (
                "pt",
                "Chegando lá você me paga os 3 mil euro da passagem com o trabalho.",
            ),
            (
                "es",
                "Si renuncias antes de 24 meses devuelves 8.000 € de la formación.",
            ),
            (
                "en",
                "If you quit before two years you pay back 4,000 dollars to the agency.",
            ),
            ("sw", "Nauli nitakulipia, utanirudishia ukianza kulipwa."),
        ],
    );
}

#[test]
fn someone_else_taking_the_passport_is_a_hand_over_and_a_safe_in_your_room_is_not() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "When you land, the site manager will take your passport to the office safe.",
            ),
            (
                "es",
                "Mañana pasa don Ramón: dale tu cédula y tu pasaporte.",
            ),
        ],
    );
    assert_quiet(&[(
        "en",
        "Put your passport into the safe in your room when you arrive.",
    )]);
}

#[test]
fn a_price_in_words_or_in_gift_cards_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The medical is two hundred and the visa stamping is three fifty, cash only.",
            ),
            (
                "en",
                "To open your file, buy two Apple gift cards of 100 USD and send the codes.",
            ),
        ],
    );
}

#[test]
fn a_contract_for_show_with_another_over_there_is_substitution_but_one_for_the_visa_is_not() {
    assert_each_flagged(
        "contract_substitution_risk",
        &[(
            "en",
            "The contract you sign here is for the embassy only. Over there the boss gives you another one.",
        )],
    );
    assert_each_flagged(
        "no_written_contract",
        &[
            ("pt", "Aqui é tudo no aperto de mão, papelada só atrapalha."),
            (
                "sw",
                "Mkataba wa maandishi hauhitajiki, makubaliano yetu ya mdomo yanatosha.",
            ),
        ],
    );
    assert_quiet(&[
        (
            "en",
            "Your signed contract is for the visa: the employer sends it to the embassy.",
        ),
        ("ar", "العقد مطلوب عشان الفيزا، صاحب العمل يرسله للسفارة."),
        (
            "sw",
            "Mkataba ni kwa ajili ya viza ya kazi, mwajiri anautuma ubalozini.",
        ),
        (
            "pt",
            "Vaga para limpeza de fachada de prédios, salário R$ 2.000 por mês.",
        ),
    ]);
}

/// Someone else paying the reader's ticket or visa is a lure, not a fee asked of the reader
/// ("I'll pay your ticket", "c'est lui qui paie", "nitakulipia tiketi", "بدفعلك التذكرة");
/// the same costs left to the reader still are. A debt repaid from the wages is one.
#[test]
fn a_ticket_someone_else_pays_is_no_fee_but_its_repayment_is_a_debt() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Come see me, I'll pay your ticket and the visa, just come.",
            ),
            (
                "fr",
                "Le billet et le visa, c'est lui qui paie, ne t'inquiète pas.",
            ),
            ("sw", "Usijali, nitakulipia tiketi na visa, njoo tu."),
            ("ar", "ما تشيليش هم، بدفعلك التذكرة والفيزا."),
            ("ht", "Pa enkyete w, m ap peye tikè a ak viza a pou ou."),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Pay your ticket and the visa yourself, then you start work.",
            ),
            (
                "fr",
                "Tu paies le billet et le visa toi-même, ensuite tu commences.",
            ),
            ("sw", "Lipa tiketi na visa mwenyewe, kisha unaanza kazi."),
        ],
    );
    assert_each_flagged(
        "recruitment_debt",
        &[(
            "fr",
            "Il paie le billet, après tu lui rends trois mois de salaire, c'est normal.",
        )],
    );
}

/// French "retenu" is also "selected": "les candidats retenus passent la visite médicale",
/// "les personnes retenues signent un contrat" are no deduction; "300 € sont retenus sur ton
/// salaire" is. "Il faut régler" with
/// the employer named before it is the reader paying, not the employer.
#[test]
fn french_selected_candidates_are_no_deduction_and_il_faut_regler_is_a_fee() {
    assert_none_flagged(
        "recruitment_debt",
        &[
            (
                "fr",
                "Les candidats retenus passent la visite médicale à Dakar puis reçoivent leur \
                 visa de travail saisonnier.",
            ),
            (
                "fr",
                "Les personnes retenues signent un contrat écrit et suivent leur formation à \
                 Abidjan.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_debt",
        &[(
            "fr",
            "Le billet et le visa sont avancés, puis 300 € sont retenus sur ton salaire \
             chaque mois.",
        )],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "fr",
            "Pour passer l'entrevue avec l'employeur il faut régler 2 000 dollars cette \
             semaine.",
        )],
    );
}

#[test]
fn fees_someone_else_pays_or_papers_sorted_out_are_no_fee_asked_of_the_reader() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "ht",
                "Cheri, m jwenn yon plas pou ou nan faktori a. M ap peye tout frè yo. Lè w rive n ap regle papye yo isit la.",
            ),
            (
                "ht",
                "Kontratis la bezwen moun. Lè w rive se li k ap regle papye travay ou.",
            ),
            (
                "en",
                "I paid her 200 dollars as thank you, then at the airport they took our passports. Please check the agency first.",
            ),
            (
                "ar",
                "أبوك خلّص ورق تأشيرة العمرة وإن شاء الله نيجي في رمضان.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "ht",
                "Pou pèmi travay la, se ou k ap peye tout frè yo: 1,200 EC.",
            ),
            ("ht", "Pou pèmi travay la, voye 1,200 EC ban mwen."),
            // the papers sorted out after a sum asked for leave the sum a fee
            (
                "ht",
                "Yon klib an Frans vle wè l. Peye 2 000 dola pou esè a, epi n ap regle tout papye li.",
            ),
            (
                "en",
                "You pay all the fees for the permit, 1,200 EC, before Friday.",
            ),
        ],
    );
}

#[test]
fn a_sum_asked_of_the_reader_stays_a_fee_when_the_employer_pays_something_else_after_it() {
    // A payment asked of the reader that opens its clause is a turn: what the club pays
    // after it ("all his papers") is not what the reader pays ("the trial").
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "A club in Spain wants to see him. Pay 2,000 dollars for the trial, and the club pays all his papers.",
            ),
            (
                "fr",
                "Un club en Espagne veut le voir. Payez 2 000 dollars pour l'essai, et le club paie tous ses papiers.",
            ),
            (
                "ht",
                "Yon klib an Espay vle wè l. Peye 2 000 dola pou esè a, epi klib la ap peye tout papye li.",
            ),
        ],
    );
    // A sum the employer pays back, a wage in Swahili's "lipwa" (be paid): no demand.
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("en", "The visa costs 300 dollars, and the company pays it."),
            (
                "sw",
                "Kazi ya shambani Nakuru, lipwa Ksh 30,000 kwa mwezi pamoja na chakula na malazi bure.",
            ),
        ],
    );
}

#[test]
fn a_contract_only_for_the_embassy_is_one_for_show() {
    assert_each_flagged(
        "contract_substitution_risk",
        &[
            (
                "sw",
                "Ule mkataba wa Ksh 35,000 ulisaini hapa Nairobi ulikuwa wa ubalozi tu. Huko Saudi utalipwa riyal 900 kama mkataba wa mdosi unavyosema.",
            ),
            (
                "en",
                "The contract you sign here is solely for the visa. Over there the boss gives you his own.",
            ),
        ],
    );
    // "utalipwa" (you will be paid) is a wage, not a sum asked for
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "sw",
            "Huko Saudi utalipwa riyal 900 kila mwezi kama mkataba unavyosema.",
        )],
    );
}

#[test]
fn a_french_fee_in_the_future_tense_is_found_and_an_employer_paying_in_it_is_none() {
    // "paiera", "payeras", "paierez": the future of "payer", with the worker or the
    // employer as its subject
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "Chaque travailleur paiera le billet et le visa avant le départ.",
            ),
            ("fr", "Les candidates payeront la visite médicale à Dakar."),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("fr", "L'employeur paiera le billet et le visa."),
            ("fr", "Ils paieront ton billet d'avion, tu commences lundi."),
        ],
    );
}

/// Costs "advanced by the boss" and taken from the worker's share (a mine's gold, a boat's
/// catch) are a debt; a ticket "paid in advance by the employer" is not.
#[test]
fn costs_advanced_by_the_boss_are_a_debt() {
    assert_each_flagged(
        "recruitment_debt",
        &[(
            "fr",
            "Le transport et les outils sont avancés par le patron, on retire sur ta part à la fin du mois.",
        )],
    );
    assert_none_flagged(
        "recruitment_debt",
        &[(
            "fr",
            "Billet d'avion payé d'avance par l'employeur, contrat signé avant le départ.",
        )],
    );
}

/// A contract signed only on the first day there, in a Levantine "when you arrive" the lists
/// lacked ("أول يوم بتوصل"), is no written contract before the worker commits.
#[test]
fn a_contract_signed_the_day_you_arrive_is_not_written_before() {
    assert_each_flagged(
        "no_written_contract",
        &[(
            "ar",
            "شغل بمطعم بدبي، العقد بتمضيه أول يوم بتوصل، والراتب منيح.",
        )],
    );
}

#[test]
fn trust_instead_of_paper_is_no_written_contract() {
    assert_each_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "The boat owner takes your son for the season, he feeds him. No paper, we trust each other.",
            ),
            (
                "pt",
                "Precisam de empacotadores em Durban, 4 000 rand por mês. Lá ninguém assina papel, é tudo na confiança.",
            ),
            (
                "ar",
                "مطلوب عمال لجني البرتقال، اليومية ٢٠٠ جنيه. الاتفاق كلمة ومفيش ورق.",
            ),
        ],
    );
}

#[test]
fn a_fee_with_its_own_sum_beside_a_wage_is_still_asked() {
    // the wage's sum is not the fee's: a second sum in the sentence is asked
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Processing fee 300 dollars, salary 1,100 dollars a month, room free.",
            ),
            (
                "en",
                "The agent charges 600 dollars and the salary is 1,400 dollars.",
            ),
            (
                "es",
                "Inscripción 2 mil pesos y el sueldo es de 12 mil al mes.",
            ),
            (
                "fr",
                "Inscription 40 000 FCFA, salaire 280 000 FCFA par mois.",
            ),
        ],
    );
    // a wage alone, or a wage paid by transfer, asks nothing
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("en", "Pay: $17.20 an hour, overtime paid, flights covered."),
            ("fr", "Salaire 250 000 FCFA par mois, logement offert."),
        ],
    );
}

#[test]
fn a_contract_signed_only_after_arrival_is_no_written_contract_before_leaving() {
    assert_each_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "The work contract is signed after arrival, in Polish.",
            ),
            (
                "fr",
                "Le contrat de travail est signé après l'arrivée à Moscou.",
            ),
        ],
    );
    assert_none_flagged(
        "no_written_contract",
        &[(
            "en",
            "You sign the contract before departure; a stamped copy is given after arrival.",
        )],
    );
}

#[test]
fn a_running_loans_remaining_balance_is_the_debt_not_a_fee() {
    let text = "bro ur wage this week came £380. £120 i take for ur visa loan like we said + £30 interest, remaining loan now £1,950.";
    assert_each_flagged("recruitment_debt", &[("en", text)]);
    assert_none_flagged("recruitment_fee", &[("en", text)]);
}

#[test]
fn a_go_between_taking_a_sum_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "Je gère tout avec l'agent de Kaolack : il prend 900 000 FCFA.",
            ),
            ("en", "The agent takes 700 dollars and sorts the papers."),
        ],
    );
    // no sum taken: a passport kept is another sign, a bus ride no fee
    assert_none_flagged(
        "recruitment_fee",
        &[("en", "The agency bus takes 5 hours to reach the farm.")],
    );
}
