//! Advice that describes tactics in forms beyond a "beware" heading, and family news about a
//! trip, stay quiet: a condition naming any office or firm up to its verdict, numbered tips
//! with no colon, self-check questions, a prohibition closed by a colon, a sanction after a
//! fee ("will lose its licence"), "you keep your passport" in Creole, a visitor who pays from
//! their own savings or goes back to their own job. Demands in the same shapes are still
//! found. An FAQ whose answer opens with "no", items numbered "1)", checklists headed
//! "questions to ask", an ID brought with one's certificates, "who pays? the employer" in
//! Gulf Arabic: quiet too. So are everyday messages: a parish notice with a bus fare, a
//! relative asking to borrow, one's own passport renewal, a news report of a case, money the
//! writer will send, an Egyptian "don't send" (متبعتش), a helpline open "24h/24", an
//! out-of-office holiday ("en vacances"), "as férias" in an HR notice. Sentences written
//! for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn advice_in_other_shapes_stays_quiet() {
    assert_quiet(&[
        (
            "fr",
            "Si un bureau vous demande des frais, garde votre passeport ou vous dit de partir comme touriste, il agit dans l'illégalité.",
        ),
        (
            "es",
            "5 consejos para no caer en engaños 1. Guarde siempre su pasaporte. 2. No acepte préstamos para el viaje: una deuda es una trampa. 3. Verifique la agencia.",
        ),
        (
            "pt",
            "Faça a si mesma estas perguntas: Pagou alguma taxa para ter a vaga? Ficaram com o seu passaporte? Se sim, procure ajuda.",
        ),
        (
            "fr",
            "Il est interdit à une agence de vous faire payer des frais ou de garder votre passeport : nous respectons cette loi.",
        ),
        (
            "sw",
            "Wakala atakayetoza ada ya usajili atanyang'anywa leseni.",
        ),
        (
            "es",
            "Antes de entregar dinero o documentos a cualquier persona, verifique la agencia en el Ministerio de Trabajo.",
        ),
        (
            "ht",
            "Se lopital la ki peye tikè avyon an. Ou kenbe paspò w pandan tout kontra a.",
        ),
        (
            "es",
            "Usted conserva su pasaporte en todo momento; la empresa solo lo mira en la entrevista.",
        ),
    ]);
}

#[test]
fn answers_checklists_and_applications_stay_quiet() {
    assert_quiet(&[
        (
            "pt",
            "Perguntas frequentes: – Tenho de pagar o visto? Não. O visto é pago pela empresa.",
        ),
        ("ar", "هل يحق للمكتب يمسك جوازك؟ لا. الجواز حقك ويبقى معك."),
        (
            "en",
            "Do I have to pay the agency for the visa? No. Our employers pay all visa costs.",
        ),
        (
            "fr",
            "5 QUESTIONS À POSER AVANT DE PARTIR. 1. Vous demande-t-on de l'argent pour le visa ? 2. Qui garde votre passeport là-bas ?",
        ),
        (
            "pt",
            "Golpe do emprego falso – 4 sinais pra ficar esperto\n1) Pedem Pix pra taxa de cadastro.\n2) O recrutador só fala por WhatsApp.\n3) A vaga fecha hoje.",
        ),
        (
            "sw",
            "Mafunzo ya bure ya kompyuta. Leta kitambulisho na vyeti vyako siku ya usajili.",
        ),
        (
            "es",
            "Prestá atención si: te piden plata para el pasaje, te apuran para que viajes ya, o se quedan con tu documento.",
        ),
        (
            "sw",
            "Wakala akikuambia usimwambie mtu kuhusu safari, kataa.",
        ),
        (
            "ar",
            "مين يتحمل تكاليف الاستقدام؟ صاحب العمل، وما ينخصم شي من الراتب.",
        ),
    ]);
}

#[test]
fn everyday_messages_stay_quiet() {
    assert_quiet(&[
        (
            "sw",
            "Safari ya kwaya kwenda Kisumu: mchango wa basi ni KSh 2,000, lipa kwa katekista kabla ya Jumapili.",
        ),
        (
            "es",
            "Retiro juvenil el sábado: el aporte de RD$ 500 se paga en la secretaría parroquial.",
        ),
        (
            "ht",
            "Kouzen, eske w ta ka prete m 5 000 goud? M ap remèt ou l nan fen mwa a lè m touche.",
        ),
        (
            "pt",
            "Mana, consegues me emprestar 2.000 MT até ao fim do mês? Devolvo quando receber o salário.",
        ),
        (
            "sw",
            "Leo nimeenda uhamiaji kurenew passport yangu. Nikalipa TSh 150,000 benki na wamesema nirudi baada ya wiki mbili.",
        ),
        (
            "en",
            "NEWS: 40 women were rescued from a farm in the north. Police say their passports were taken and they were charged $500 each for transport.",
        ),
        (
            "sw",
            "Mshahara umetoka, kesho nitakutumia elfu thelathini kwa M-Pesa.",
        ),
        (
            "pt",
            "Salário segundo o contrato coletivo, com subsídio de férias e de Natal.",
        ),
        ("en", "My love, I miss you, call me after work."),
        (
            "fr",
            "Mon cœur, tu me manques, appelle-moi après le travail.",
        ),
        ("sw", "Lipa bili ya maji kabla ya mwisho wa mwezi."),
        (
            "ht",
            "Kouzen, prete m 3 000 goud pou lekòl la, m ap remèt ou l nan 2 mwa.",
        ),
        (
            "ar",
            "تنبيه من الوزارة: متبعتش جواز سفرك الأصلي لأي مكتب، ولا تدفع أي مبلغ قبل ما تتأكد.",
        ),
    ]);
}

#[test]
fn family_trips_in_other_words_stay_quiet() {
    assert_quiet(&[
        (
            "en",
            "Dad, your visitor visa for the graduation is ready. No work at all while you're there, just the ceremony. I paid the flights from my savings.",
        ),
        (
            "sw",
            "Naenda Doha kwa harusi ya dada yangu, visa ya utalii imetoka. Sitafuti kazi huko, narudi kazini Jumatatu.",
        ),
        (
            "ar",
            "أمي جاية على تأشيرة زيارة عائلية، لا شغل ولا شي، بس تشوف الأحفاد وترجع.",
        ),
    ]);
}

#[test]
fn demands_in_the_same_shapes_are_found() {
    assert_flagged(&[
        (
            "fr",
            "Il est interdit de demander des frais aux travailleurs, mais chez nous l'inscription coûte 200 euros à payer aujourd'hui.",
            "recruitment_fee",
        ),
        (
            "en",
            "Steps to start: 1. Pay the 300 dollars registration. 2. Send your passport to our agent.",
            "recruitment_fee",
        ),
        (
            "es",
            "5 consejos para no caer en engaños: 1. Pague la inscripción de 200 dólares solo en nuestra oficina.",
            "recruitment_fee",
        ),
        (
            "en",
            "Pay the tickets from your savings, 400 dollars, before Friday.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Patwon an ap kenbe paspò w pandan tout kontra a.",
            "document_handover",
        ),
        // "at all times" says how long, not who keeps it.
        (
            "es",
            "El patrón guarda su pasaporte en todo momento mientras dure el contrato.",
            "document_handover",
        ),
        (
            "pt",
            "O patrão fica com o seu passaporte o tempo todo na fazenda.",
            "document_handover",
        ),
        // Everyday words around a real demand.
        (
            "en",
            "Babe I miss you, I sent the ticket, come to me in Dubai, my friend has work for you in her salon.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Assina este aqui, lá vais assinar um segundo contrato com outro salário.",
            "contract_substitution_risk",
        ),
        (
            "en",
            "Pay the 300 dollars registration at our office, not at the church.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Nitakutumia tiketi ukishatuma KSh 40,000 ya visa.",
            "recruitment_fee",
        ),
        (
            "ar",
            "ابعت جواز سفرك الأصلي للمكتب بكرة عشان الفيزا.",
            "document_handover",
        ),
        // An answer that is no answer, a "yes", a demand in the answer itself.
        (
            "en",
            "Can you send your passport to our office today? No? Then tomorrow morning.",
            "document_handover",
        ),
        (
            "en",
            "Is there a fee? No problem, it is only 300 dollars for the visa processing.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Tenho de pagar o visto? Não, só a taxa de inscrição de 500 reais, paga hoje.",
            "recruitment_fee",
        ),
        (
            "en",
            "Steps: 1) Pay the 250 dollars registration. 2) Send your passport to the agent.",
            "document_handover",
        ),
        (
            "sw",
            "Leta pasipoti yako ofisini kesho, tutaishika mpaka visa itoke.",
            "document_handover",
        ),
    ]);
}

/// A helpline's hours ("24h/24", "24/7") are no deadline; "within 24h" still is.
#[test]
fn a_helplines_hours_are_no_hurry() {
    assert_none_flagged(
        "pressure_to_decide",
        &[
            (
                "fr",
                "Appelez la ligne verte (gratuit, 24h/24, en créole et en français).",
            ),
            (
                "es",
                "Línea gratuita y anónima 24h/24 para quien necesite ayuda.",
            ),
            ("en", "The hotline is open 24/7, free and confidential."),
        ],
    );
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("fr", "Envoie les papiers dans les 24h sinon la place part."),
            ("es", "Paga en 24h o pierdes el cupo."),
        ],
    );
}

/// Arabic "الليلة" is tonight ("she arrived tonight"), "على طول" is "straight back": no
/// hurry alone. "Reply tonight or else" and "don't tell your family" (Gulf "لا تعلّم
/// أهلك") still press.
#[test]
fn a_night_in_a_hotel_is_no_hurry_but_tonight_or_else_is() {
    assert_none_flagged(
        "pressure_to_decide",
        &[
            (
                "ar",
                "الحمد لله بنتي وصلت الرياض الليلة بالسلامة ومعاها جوازها، والشركة دفعت التذكرة.",
            ),
            (
                "ar",
                "هاخد الباسبور والورق معايا للسفارة يوم الأحد وأرجع على طول. ادعيلي.",
            ),
        ],
    );
    assert_each_flagged(
        "pressure_to_decide",
        &[
            (
                "ar",
                "ما عنا أوراق هون، بتبلش الاثنين. رد علي الليلة وإلا بعطي المحل لغيرك.",
            ),
            (
                "ar",
                "أطلع لك فيزا زيارة وتشتغل هناك. بس لا تعلّم أهلك لين توصل.",
            ),
        ],
    );
}

/// Seeing someone tonight or having booked a table is no deadline (found by probing everyday
/// phrasings): "Nos vemos esta noche", "Te vejo hoje a noite", "Tutaonana usiku huu", "j'ai
/// réservé une table". "Reply tonight or I give the place to another" and "book your place
/// today" still press.
#[test]
fn a_dinner_tonight_is_no_deadline() {
    assert_none_flagged(
        "pressure_to_decide",
        &[
            (
                "es",
                "Nos vemos esta noche en el restaurante, reservé mesa para las 8.",
            ),
            (
                "pt",
                "Te vejo hoje a noite no restaurante, reservei mesa para as 20h.",
            ),
            (
                "sw",
                "Tutaonana usiku huu mgahawani, nimeshika meza saa mbili.",
            ),
            (
                "fr",
                "On se voit ce soir au resto, j'ai réservé une table pour 20h.",
            ),
            (
                "ht",
                "N ap wè aswè a nan restoran an, m rezève yon tab pou 8è.",
            ),
        ],
    );
    assert_each_flagged(
        "pressure_to_decide",
        &[
            (
                "pt",
                "Me responde hoje a noite senão passo a vaga pra outra.",
            ),
            ("sw", "Nijibu leo usiku la sivyo nampa mtu mwingine nafasi."),
            ("es", "Contéstame esta noche o se la doy a otra."),
            ("fr", "Paie aujourd'hui pour réserver ta place."),
            ("ht", "Peye mwatye jodi a pou m rezève plas ou."),
        ],
    );
}

#[test]
fn a_holiday_in_an_out_of_office_or_an_hr_notice_is_no_irregular_travel() {
    assert_quiet(&[
        (
            "fr",
            "Bonjour, je serai en vacances du 3 au 14 août. Pour toute demande, écrivez à Paul.",
        ),
        (
            "pt",
            "Aviso do RH: as férias de dezembro devem ser marcadas com o gestor até dia 15.",
        ),
    ]);
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "fr",
                "Tu voyages en touriste et là-bas le patron te donne le travail.",
            ),
            (
                "pt",
                "Tu entras como turista e lá o patrão arranja o trabalho.",
            ),
            ("ht", "N ap pase w nan mòn lan lannwit, ou pa bezwen paspò."),
        ],
    );
}

#[test]
fn a_helpline_for_what_your_employer_does_is_no_sign_but_a_recruiters_number_is() {
    assert_quiet(&[
        (
            "en",
            "Never pay anyone for a job. If your employer keeps your passport, call the labour helpline 1-800-555-0134.",
        ),
        (
            "fr",
            "Ne payez jamais pour un emploi. Si votre patron garde votre passeport, appelez le 0800 555 013.",
        ),
        (
            "es",
            "Nunca pagues por un trabajo. Si tu empleador te quita el pasaporte, llama al 0800 555 0134.",
        ),
        // the verb before its subject after "if": Arabic, Spanish
        (
            "ar",
            "لا تدفع لأي وكيل مقابل عمل. إذا احتفظ صاحب العمل بجواز سفرك، اتصل بالخط الساخن.",
        ),
        (
            "es",
            "Si te pide el patrón el pasaporte, no se lo des y llama a la línea gratuita.",
        ),
    ]);
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "en",
                "Good job for you in Dubai, good salary. Call 0700 900 412 now.",
            ),
            (
                "fr",
                "Bon travail pour toi à Dubaï. Appelle vite le 0700 900 412.",
            ),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[("ar", "احتفظ صاحب العمل بجواز سفرك حتى نهاية العقد.")],
    );
}
