//! Money between relatives and pay for time are no recruitment: a message that asks the
//! reader to lend money ("can you lend me 600 for the school fees, I pay you back") names a
//! fee, a deadline and a repayment, and none of them is the reader's; money the writer sends
//! ("m voye w 2 000 goud") is no fee and its day no pressure; a sum per hour or per week is a
//! wage. Sentences written for these tests, in every shipped language, not taken from the
//! corpus. Money the writer has sent or the reader has received ("I've sent 30,000 on Mpesa
//! for the school fees", "Umepokea Ksh 18,500") and a community's collection for a funeral or a
//! church trip are none either; a demand beside them still is.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_relative_asking_to_borrow_raises_nothing() {
    assert_quiet(&[
        (
            "en",
            "Bro the exam fees are 2,400 cedis and the deadline is Friday. Abeg can you lend me 800? I pay you back when my salary comes.",
        ),
        (
            "fr",
            "Tonton, l'inscription de Koffi à l'université c'est 120 000 FCFA, dernier délai lundi. Tu peux me prêter 40 000 ? Je te rembourse à la fin du mois.",
        ),
        (
            "ht",
            "Matant, lekòl la mande 20 000 goud anvan vandredi. Èske ou ka prete m 5 000? M ap remèt ou l lè m touche.",
        ),
        (
            "es",
            "Tía, la matrícula del instituto son 200 dólares y vence el lunes. ¿Me puedes prestar 80? Te lo devuelvo en la quincena.",
        ),
        (
            "pt",
            "Mano, a propina da faculdade é 30 mil kwanzas até sexta. Podes me emprestar 10 mil? Te devolvo no fim do mês.",
        ),
        (
            "pt",
            "Tia, a gente casa no cartório dia 12 e o salão custa R$ 600 até sexta. A senhora empresta? Pago em duas vezes.",
        ),
        (
            "sw",
            "Dada, ada ya shule ni 90,000 na mwisho ni Ijumaa. Naomba unikopeshe 30,000, nitakurudishia mwisho wa mwezi.",
        ),
        (
            "ar",
            "يا خالي رسوم الجامعة ٤٠٠ دينار وآخر يوم الخميس. ممكن تسلفني ١٠٠؟ برجعلك ياهم أول الشهر.",
        ),
    ]);
}

#[test]
fn money_the_writer_sends_and_pay_for_time_raise_nothing() {
    assert_quiet(&[
        (
            "ht",
            "Pitit mwen, m voye w 3 000 goud pou inifòm yo semèn sa a.",
        ),
        ("en", "Mama, I go send 50 dollars for the books on Friday."),
        (
            "es",
            "Hija, te mando mañana los 2 mil pesos para los útiles.",
        ),
        (
            "fr",
            "Le soir je fais le ménage dans un bureau, payé 15 $ de l'heure, et je commence lundi.",
        ),
        (
            "es",
            "En la panadería del barrio pagan 4 mil pesos a la semana y el horario es de mañana.",
        ),
        (
            "fr",
            "J'ai signé mon contrat à l'usine, je suis payé chaque deux semaines par dépôt direct.",
        ),
    ]);
}

#[test]
fn a_loan_offered_by_the_recruiter_is_still_a_debt() {
    // The borrower is the worker here, not the writer: no "lend me".
    assert_each_flagged(
        "recruitment_debt",
        &[
            (
                "en",
                "We lend you the 2,000 for the ticket and take it from your salary each month.",
            ),
            (
                "fr",
                "On t'avance le billet et on retire 100 € chaque mois sur ta paie.",
            ),
        ],
    );
}

#[test]
fn paying_for_ones_own_passport_renewal_raises_nothing() {
    assert_quiet(&[
        (
            "en",
            "Did my passport renewal online today, paid the 40k fee by card, capture is next week.",
        ),
        (
            "ht",
            "M al renouvle paspò m jodi a, m peye 6 000 goud la nan bank lan, m gen resi a.",
        ),
        (
            "ar",
            "رحت اليوم عشان تجديد الباسبور، دفعت الرسوم في البنك وخدت الوصل.",
        ),
        (
            "pt",
            "Fui tratar o passaporte ontem, paguei a taxa no balcão e fica pronto num mês.",
        ),
    ]);
}

#[test]
fn an_employer_bearing_every_cost_raises_nothing() {
    assert_quiet(&[
        (
            "en",
            "The employer pays the visa, medical, air ticket and our service charge; you pay nothing.",
        ),
        (
            "ar",
            "تتحمل الشركة كامل تكاليف التأشيرة والتذكرة والفحص الطبي.",
        ),
    ]);
}

#[test]
fn a_fixer_who_does_the_passport_for_a_price_still_charges_a_fee() {
    // Only one's own renewal is family news; "the passport thing, I sort it" is a fixer.
    crate::support::assert_flagged(&[
        (
            "es",
            "Lo del pasaporte lo arreglo yo, son 300 dólares que me mandas hoy.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Eu trato o passaporte pra você, são 300 reais no pix.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn money_already_sent_home_is_no_fee() {
    assert_quiet(&[
        (
            "en",
            "Dad I've sent 30,000 on Mpesa for the twins' school fees, tell me when it lands.",
        ),
        (
            "en",
            "I just sent you $200 through Remitly for grandma's medicine.",
        ),
        (
            "fr",
            "Maman, je t'ai envoyé 80 000 par Orange Money pour les frais de scolarité de Fatou.",
        ),
        (
            "fr",
            "J'ai envoyé 200 € pour l'inscription de Paul, garde le reçu.",
        ),
        (
            "ht",
            "Manmi m fèk voye 10 000 goud sou MonCash pou frè lekòl Woody.",
        ),
        (
            "es",
            "Ya te mandé 3 mil pesos por Western Union para la colegiatura de Mari.",
        ),
        (
            "es",
            "Ma, ya le mandé a la tía los 150 dólares para los útiles.",
        ),
        (
            "pt",
            "Mãe, já mandei 600 reais no Pix para a matrícula do Júnior.",
        ),
        ("sw", "Nimekutumia 15,000 kwa M-Pesa, ni ya karo ya Amani."),
        (
            "ar",
            "حولتلك ٥٠٠٠ جنيه على فودافون كاش عشان مصاريف مدرسة سارة",
        ),
    ]);
}

#[test]
fn a_demand_beside_money_sent_is_still_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "I've sent you the ticket. Now send 300 dollars for the visa before Friday.",
            ),
            (
                "fr",
                "Je t'ai envoyé le billet, maintenant envoie 150 000 FCFA pour le visa.",
            ),
            (
                "es",
                "Ya te mandé el pasaje; ahora mándame 400 dólares para la visa.",
            ),
            ("sw", "Nimekutumia tiketi, sasa tuma 40,000 ya viza leo."),
        ],
    );
}

#[test]
fn collections_for_a_funeral_a_wedding_or_a_church_trip_are_no_fee() {
    // (A day to pay by is still read as pressure: see the note in docs/PERFORMANCE.md.)
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Funeral of Papa Kwame on the 3rd. Each household gives GH₵300 to Sister Abena.",
            ),
            (
                "en",
                "Church trip to the coast: bus and lunch, $40, pay the treasurer by Sunday.",
            ),
            (
                "fr",
                "Obsèques de tonton Marc samedi. Chaque famille verse 20 000 FCFA au trésorier.",
            ),
            (
                "sw",
                "Harambee ya mazishi ya Mzee Otieno: tuma Sh 2,000 kwa mweka hazina.",
            ),
            (
                "sw",
                "Kwaya itaenda Mombasa. Nauli Sh 1,500 kwa kila mwanakwaya, lipa kwa katibu.",
            ),
            (
                "pt",
                "Excursão da igreja a Fátima dia 12. Valor 35 euros, pagar à irmã Rosa.",
            ),
            (
                "es",
                "Velorio de doña Carmen el viernes. Cada familia aporta 200 lempiras para el café.",
            ),
            (
                "ht",
                "Fineray manman Jozèf samdi. Chak fanmi ap bay 1 000 goud bay trezorye a.",
            ),
        ],
    );
}

#[test]
fn a_trip_that_carries_a_job_is_still_a_fee() {
    // An excursion or an umrah is also how workers are moved out: those words do not
    // quiet a fee (nor does a bride price: see round 20).
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "La excursión son 120 dólares, me los das a mí y allá te quedas trabajando.",
            ),
            ("ar", "بنطلعك عمرة بـ ٣٥ ألف جنيه شامل وتشتغل في مطعم هناك"),
        ],
    );
}

#[test]
fn money_a_relative_sent_or_lent_and_the_writer_pays_back_raises_nothing() {
    // Sentences written for this test: thanks for money received, a loan repaid from the
    // writer's own wages, a day's pay docked for an absence as the contract says
    assert_quiet(&[
        (
            "en",
            "Auntie, thanks for the 500 dollars for my ticket. I will pay you back from my first wages in August.",
        ),
        (
            "en",
            "Dad, my first pay came in, I'm sending back the £150 you lent me for the deposit.",
        ),
        (
            "es",
            "Tío, gracias por los 200 dólares del pasaje, te los devuelvo con mi primer sueldo.",
        ),
        (
            "en",
            "One day's pay (£88) was deducted because I was absent without notice, as the contract says.",
        ),
        ("ar", "وصلني الراتب، والجواز عندي في البيت."),
    ]);
    // thanks do not hide a balance asked next
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Thanks for the 300 dollars, the agency will process your visa. Send the balance of 500 by Friday.",
        )],
    );
}
