//! A price, a cost, a deposit or a total is a fee only in a text about work (a job, a wage, a
//! recruiter, a visa, a worker, a contract, places to fill, a departure): a shop's price
//! list, a caterer's total or a landlord's deposit is none; nor is a bank's or a savings
//! group's loan a recruitment debt. The same words in a text about a job still are.
//! Sentences written for these tests, in every shipped language, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_price_outside_any_work_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Braids by Joy: knotless medium, price 120 dollars, bring your own hair.",
            ),
            (
                "en",
                "Catering for the christening: rice, chicken and drinks, TOTAL $1,450.",
            ),
            (
                "fr",
                "Pâtisserie Awa : gâteau trois étages, prix 85 000 FCFA, livraison samedi.",
            ),
            (
                "ht",
                "Bèl tòt pou fèt la, pri a se 3 500 goud, vin pran l samdi maten.",
            ),
            (
                "es",
                "Tortas Doña Meche: precio del pastel grande 650 pesos, pedidos por la mañana.",
            ),
            (
                "pt",
                "Bolo de aniversário de dois andares, preço 180 reais, entrega no sábado.",
            ),
            (
                "sw",
                "Keki ya harusi, gharama ni Ksh 6,500, tutaleta Jumamosi asubuhi.",
            ),
            (
                "ar",
                "تورتة عيد ميلاد دورين، السعر ٤٥٠ جنيه، التوصيل يوم السبت.",
            ),
        ],
    );
}

#[test]
fn the_same_price_words_in_a_job_offer_are_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Warehouse jobs in Poland: the price is 900 dollars, visa and ticket included.",
            ),
            (
                "fr",
                "Poste de chauffeur au Canada : le prix est de 700 000 FCFA pour le dossier.",
            ),
            (
                "ht",
                "Travay nan faktori Miami: pri a se 150 000 goud pou tout papye yo.",
            ),
            (
                "es",
                "Trabajo en la cosecha en España, el precio es 1.200 euros con el visado.",
            ),
            (
                "pt",
                "Vaga de trabalho em Portugal: o preço é 2.000 reais pelo contrato.",
            ),
            (
                "sw",
                "Kazi ya ndani Dubai, gharama ni Ksh 80,000 kwa visa na tiketi.",
            ),
            ("ar", "شغل في مصنع بالكويت، السعر ٣٠ ألف جنيه شامل الفيزا."),
        ],
    );
}

#[test]
fn a_loan_outside_any_work_is_no_recruitment_debt() {
    assert_none_flagged(
        "recruitment_debt",
        &[
            (
                "en",
                "Credit union notice: the balance of your car loan is 3,400 dollars, next instalment on 15 May.",
            ),
            (
                "fr",
                "Rappel de la banque : votre prêt étudiant, mensualité de 120 € prélevée le 5.",
            ),
            (
                "fr",
                "Bonjour à tous,\nles fiches de paie de mars sont en pièce jointe.\nLa retenue pour le prêt que vous avez demandé figure à la ligne 4.\nDes questions ? Écrivez au service de la paie.",
            ),
            (
                "ht",
                "Kès popilè a: ou dwe 2 000 goud sou prè a, n ap tann ou nan reyinyon an.",
            ),
            (
                "es",
                "Cooperativa: su préstamo tiene un saldo de 900 dólares, la próxima cuota vence el 10 de junio.",
            ),
            (
                "pt",
                "Banco: a prestação do seu empréstimo de 350 reais vence dia 10.",
            ),
            (
                "sw",
                "Chama chetu: deni lako la mkopo ni Sh 40,000, karibu kwenye mkutano.",
            ),
            ("ar", "البنك: قسط قرضك الشخصي ٥٠٠ دينار يستحق يوم ١٠."),
        ],
    );
}

#[test]
fn a_debt_for_the_journey_to_a_job_is_still_one() {
    assert_each_flagged(
        "recruitment_debt",
        &[
            (
                "en",
                "The agency pays your ticket to Dubai and you repay it from your salary.",
            ),
            (
                "fr",
                "L'agence paie ton billet pour le Canada, tu rembourses sur ton salaire.",
            ),
            (
                "es",
                "La agencia paga tu pasaje a España y lo devuelves de tu salario.",
            ),
        ],
    );
}

#[test]
fn money_the_writer_is_sending_home_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            ("ht", "M ap voye 3 000 goud pou liv Ti Mari yo demen maten."),
            (
                "pt",
                "Fiz o Pix de 150 pra senhora agora, é pro remédio do vovô.",
            ),
            // sent home, with no "I"
            (
                "en",
                "Sent 200 dollars home for the school shoes, tell me when it lands.",
            ),
            (
                "es",
                "Mandé 200 dólares a la casa para la luz, me avisas cuando lleguen.",
            ),
            ("sw", "Nimetuma shilingi 20,000 nyumbani kwa ajili ya karo."),
        ],
    );
    // Money home and a fee to the agent in the next clause: the fee stays.
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Send 500 dollars home to your mother, then pay the agent 300 dollars for the visa.",
        )],
    );
}

/// A bill, a fine, a party's share or a landlord's rent asked in a text not about work is no
/// fee, and its payment deadline is no pressure to take a job, even in the imperative: bills
/// and notices demand too ("voye l sou MonCash anvan vandredi"). A savings group's reminder (a
/// chama, a sòl, a kixikila) names a monthly sum, a date and who collects: words a wage and a
/// hurry share, which make no text about work by themselves.
#[test]
fn a_sum_for_an_errand_of_everyday_life_is_no_fee_and_its_deadline_no_pressure() {
    let errands = [
        (
            "ht",
            "Fakti limyè a rive: 1 200 goud, voye l sou MonCash anvan vandredi.",
        ),
        (
            "es",
            "Factura del mes: 45 dólares, paga por Yape antes del viernes.",
        ),
        (
            "ar",
            "فاتورة الكهرباء ٣٠٠ جنيه، حولها على فودافون كاش قبل الخميس.",
        ),
        (
            "pt",
            "Niver da Bia sábado! Rateio do bolo R$ 30 cada, manda no Pix até quinta.",
        ),
        (
            "sw",
            "Harusi ya Juma ni Jumamosi. Kila mtu achangie Sh 20,000, tuma kwa M-Pesa kabla ya Alhamisi.",
        ),
        (
            "en",
            "Hello ladies of the Tumaini chama! This month's contribution is Ksh 2,500 each, pay to the chama account by Sunday. The merry-go-round goes to Akinyi. Late payment fine is 100.",
        ),
        (
            "ht",
            "Bonjou manm sòl la! Kotizasyon mwa sa a se 2 000 goud chak moun, voye l sou MonCash anvan dimanch. Se Tida ki touche men an mwa sa a.",
        ),
        (
            "pt",
            "Kixikila das manas: cada uma manda os 15 mil kwanzas até domingo, por Multicaixa Express. Este mês recebe a Joana. Atrasos avisem cedo.",
        ),
    ];
    assert_none_flagged("recruitment_fee", &errands);
    assert_none_flagged("pressure_to_decide", &errands);
}

/// A lease, a child's school, "over there" do not make an errand about work:
/// flatmates sharing a deposit, a worker abroad sending school money home.
#[test]
fn a_lease_or_a_school_leaves_an_errand_an_errand() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The landlord says the deposit for the flat is 1,200 pounds, so 400 each. Send \
                 your share to my account by Friday, the tenancy agreement is in the group.",
            ),
            (
                "es",
                "Ya habló el dueño: el depósito del departamento son 900 dólares, 300 cada una. \
                 Mándame tu parte antes del jueves y el lunes firmamos el alquiler.",
            ),
            (
                "ht",
                "Manmi m voye 200 dola pou ou. 80 pou lekòl Ti Djo, rès la pou manje ak \
                 medikaman. M ap rele w dimanch.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The agent has your work contract ready. Send 400 pounds for the hostel deposit \
                 by Friday, then you fly.",
            ),
            (
                "es",
                "La agencia ya tiene tu contrato de trabajo. El depósito del cuarto son 300 \
                 dólares, mándalos antes del jueves y viajas.",
            ),
        ],
    );
}

/// The same errand words in a text about work leave its fee found; a demand with no topic at
/// all is still read as one.
#[test]
fn an_errand_word_beside_a_job_or_a_bare_demand_leaves_the_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Send 300 dollars for the job registration today, and keep the receipt.",
            ),
            (
                "ht",
                "Fèt la fini. Kounye a voye 500 dola pou dosye travay la nan Kanada.",
            ),
            (
                "es",
                "Para el trabajo en la finca, paga 200 dólares de inscripción y guarda el recibo.",
            ),
            ("sw", "Lipa elfu hamsini kwanza, halafu tutaongea."),
        ],
    );
}

#[test]
fn a_room_booked_by_the_night_is_an_errand_and_a_hotel_job_is_not() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "ht",
                "Rezèvasyon w konfime: 1 chanm, 60 dola pa nwit. Nou resevwa depo 40 dola a pa MonCash.",
            ),
            (
                "sw",
                "Nimelipa deposit ya Sh 4,000 kwa nyumba ya wageni Lamu, bei ni Sh 6,000 kwa usiku.",
            ),
            (
                "es",
                "Su reserva está confirmada: 150.000 COP por noche. Cobramos un depósito de 100.000 COP.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Hotel housekeeping job in Dubai. Staff room at 5 dollars per night. Pay 400 dollars processing fee first.",
            ),
            (
                "ht",
                "Travay nan otèl la: chanm 5 dola pa nwit. Voye 400 dola pou dosye a anvan.",
            ),
        ],
    );
}

/// Mozambique's e-Mola is a mobile wallet, not "mola" (money, or a bribe in Angolan and
/// Mozambican slang): a group's dues sent by it are no fee.
#[test]
fn e_mola_is_a_wallet_not_money_slang() {
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "pt",
            "Lembrete do grupo: a quota do mês é 500 MT, manda por e-Mola.",
        )],
    );
}

#[test]
fn a_school_trip_and_its_date_are_no_fee_and_no_pressure() {
    assert_quiet(&[
        (
            "en",
            "School notice: parents are asked to pay the trip fee of 15 dollars by Thursday.",
        ),
        (
            "es",
            "Aviso escolar: se pide a los padres pagar la excursión de 12 euros antes del jueves.",
        ),
        (
            "pt",
            "Aviso da escola: pedimos aos pais que paguem o passeio de 15 reais até quinta.",
        ),
        (
            "sw",
            "Tangazo la shule: wazazi wanaombwa kulipa shilingi elfu sita kwa safari ya masomo kabla ya Alhamisi.",
        ),
    ]);
    // A scholarship abroad sold to parents is a fee and a deadline.
    let en = "Your daughter is selected for a scholarship in Dubai. Pay the 300 dollars \
              processing fee by Thursday.";
    let pt = "Sua filha foi selecionada para uma bolsa em Dubai. Paguem a taxa de 300 dólares \
              até quinta.";
    assert_flagged(&[
        ("en", en, "recruitment_fee"),
        ("en", en, "pressure_to_decide"),
        ("pt", pt, "recruitment_fee"),
        ("pt", pt, "pressure_to_decide"),
    ]);
}

#[test]
fn a_fare_on_a_bus_ticket_that_asks_for_a_passport_is_no_fee() {
    // A ticket holds a fare, a departure and a passport asked at the border, but no job,
    // employer, recruiter, wage, visa, route round the border or life over there. (A fare
    // named beside the ticket, "Nauli: TSh 45,000", is still read as a fee: the same words
    // make "Only 100 dollars to open your file" one.)
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "fr",
                "Billet STC n° 778. Abidjan → Accra, départ 5h, place 3. Tarif : 25 000 FCFA. Passeport obligatoire à la frontière de Noé.",
            ),
            (
                "ht",
                "Tikè Kapital Coach Line. Pòtoprens → Santo Domingo, depa 6è, chèz 8. Pri: 3 500 goud. Paspò obligatwa nan fwontyè Malpas.",
            ),
            (
                "es",
                "Boleto Nº 4410. Guatemala → Tapachula, salida 4:00, asiento 17. Precio: Q 350. Pasaporte obligatorio en la frontera de Tecún Umán.",
            ),
            (
                "pt",
                "Bilhete Nº 3302. Luanda → Windhoek, partida 5h00, lugar 21. Preço: 45.000 Kz. Passaporte obrigatório na fronteira de Santa Clara.",
            ),
        ],
    );
    // The same bare price for a route round the border, or beside a club's trial, is one.
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Route to the US border through Quito and Mexico with a guide, no American visa needed. Price: 7,000 USD.",
            ),
            (
                "es",
                "Ruta hasta la frontera gringa por Quito y México con guía, no necesitas visa americana. Precio: 7.000 dólares.",
            ),
            (
                "pt",
                "Rota até à fronteira americana por Quito e México com guia, não precisas de visto americano. Preço: 7.000 dólares.",
            ),
            (
                "es",
                "Pruebas en clubes de España para chicos de 16 años. Costo del paquete: USD 2.500 (pasaje y hospedaje).",
            ),
            (
                "en",
                "Trials at clubs in Spain for boys of 16. Package cost: USD 2,500 (flight and hotel).",
            ),
            (
                "fr",
                "Essais dans des clubs en Espagne pour les garçons de 16 ans. Prix du forfait : 2 500 USD (billet et hôtel).",
            ),
        ],
    );
}

#[test]
fn a_travel_invoice_for_a_family_is_an_errand_and_a_placement_invoice_is_not() {
    // Tickets, a departure or papers do not end an errand; a hiring word does, and a travel
    // agency is none.
    assert_quiet(&[
        (
            "en",
            "Invoice 2231 from Sunrise Travel: 3 bus tickets Nairobi to Mombasa for the Otieno family, total 7,500 shillings, pay by M-Pesa before Friday.",
        ),
        (
            "es",
            "Factura 451, Viajes Sol: pasajes de bus para la familia Pérez, total 900 pesos, pagar por transferencia antes del viernes.",
        ),
        (
            "sw",
            "Ankara namba 31, Safari Njema: tiketi za basi kwa familia ya Otieno, jumla Sh 7,500, lipa kwa M-Pesa kabla ya Ijumaa.",
        ),
        (
            "fr",
            "Facture n° 88 – Agence de voyages Soleil : billets de car pour la famille Diallo, total 60 000 FCFA, à régler par Wave avant vendredi.",
        ),
        (
            "pt",
            "Fatura 77 da agência de viagens Sol: passagens de ônibus para a família Souza, total R$ 540, pagar por Pix até sexta.",
        ),
        (
            "ht",
            "Fakti 12, Ajans vwayaj Solèy: tikè bis pou fanmi Jean, total 4 500 goud, peye pa MonCash anvan vandredi.",
        ),
        (
            "ar",
            "فاتورة رقم ٥٥ من وكالة سفريات الشمس: تذاكر أتوبيس لعائلة حسن، الإجمالي ١٢٠٠ جنيه، الدفع بفودافون كاش قبل الجمعة.",
        ),
    ]);
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Invoice 2231 from Sunrise Recruitment: placement for 3 cleaners in Dubai, total 7,500 dollars, pay by M-Pesa before Friday.",
            ),
            (
                "fr",
                "Facture pro forma n° 88 : réservation de poste d'aide-soignante en Belgique, total 600 000 FCFA, à régler par Wave sous 72 h.",
            ),
        ],
    );
}

#[test]
fn a_fare_for_ones_own_trip_is_no_fee_but_a_ticket_priced_in_a_job_offer_is() {
    // a sum beside a ticket, a flight or a fare is a fee only in a text about hiring; a sum
    // beside a visa, a medical or a file stays one anywhere
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The flight to Accra is only 320 dollars return, shall I book it for you?",
            ),
            (
                "en",
                "Ticket to Kingston 320 dollars return, leaving Friday at 9.",
            ),
            (
                "pt",
                "O voo para Recife está 320 dólares ida e volta, compro?",
            ),
            (
                "fr",
                "Le vol pour Dakar est à 320 euros aller-retour, je le prends ?",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Cleaning job in Dubai: the ticket is 320 dollars, you send it to the agent.",
            ),
            (
                "sw",
                "Kazi ya ndani Oman, tiketi TSh 900,000 kwa wakala kabla ya safari.",
            ),
            ("en", "Only 100 dollars to open your file."),
            ("fr", "Visa et visite médicale : 450 000 FCFA."),
        ],
    );
}

#[test]
fn money_the_writer_will_send_home_in_darija_arabizi_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "ar",
            "Salam khti, l khedma f Lleida mzyana w l contrat siniti 9bel. Mnin nkhelles ghadi nsift lik 2000 dh l 3ers dyal Salma.",
        )],
    );
}

#[test]
fn a_remittance_code_the_writers_own_arrival_and_a_refund_received_are_no_signs() {
    assert_quiet(&[
        (
            "es",
            "Mami, ya cobré mi primer cheque del hotel. Te mandé 200 dólares por Remitly, el código está en tu WhatsApp.",
        ),
        (
            "en",
            "Hey sis! The sponsor sent my DS-2019 and I have a coordinator I can call. Flight's in May, I'll send you the address when I land.",
        ),
        (
            "fr",
            "Maman, la clinique m'a remboursé le billet comme prévu, et sur ma paie il y a les retenues normales.",
        ),
    ]);
    // the employer's name told on the reader's arrival is still withheld
    assert_each_flagged(
        "unverifiable_recruiter",
        &[("en", "The family's address I'll send you when you land.")],
    );
}

#[test]
fn a_church_trip_paid_to_its_secretary_is_no_fee() {
    assert_quiet(&[
        (
            "ht",
            "Vwayaj legliz la pou Okap: 2 000 goud pa moun, peye sekretè legliz la anvan samdi.",
        ),
        (
            "sw",
            "Safari ya kanisa kwenda Moshi: TSh 40,000 kila mtu, lipa kwa katibu kabla ya Jumamosi.",
        ),
    ]);
}

#[test]
fn a_bank_loan_repaid_from_the_wage_is_no_recruitment_debt() {
    assert_none_flagged(
        "recruitment_debt",
        &[
            (
                "sw",
                "Mkopo wako wa benki: rejesho la TSh 120,000 linakatwa kwenye mshahara wako kila mwezi kama mlivyokubaliana.",
            ),
            (
                "en",
                "Your bank loan instalment of 200 dollars is deducted from your salary every month as agreed.",
            ),
        ],
    );
    // a loan a go-between arranges for a fee is still the recruiter's debt
    assert_each_flagged(
        "recruitment_debt",
        &[(
            "en",
            "The agency arranges a bank loan for your placement fee of 4,000 dollars, deducted from your salary.",
        )],
    );
}
