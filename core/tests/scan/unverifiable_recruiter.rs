//! The `unverifiable_recruiter` flag by structure, in every shipped language: a contact
//! that leads to a person and not to an employer (a chat app, a private message, a free
//! mail address, a bare phone number) in a text that names nothing one could check; an
//! employer's name told only after a step of the deal ("once you confirm", "after
//! payment", "at the airport"); indifference to or refusal of who employs; a private
//! person's way into an official body; taking the talk off the site the offer was on. The
//! look-alikes stay quiet: a named company with an address or licence that also gives a
//! WhatsApp number, a CV to the company's own domain, a relative passing on an official
//! programme's link, a local shop with its street, "no matter which agency you use, never
//! pay". Sentences written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

const FLAG: &str = "unverifiable_recruiter";

#[test]
fn recruiters_one_cannot_check_are_found_in_every_language() {
    let cases: &[(&str, &str)] = &[
        (
            "en",
            "Drivers needed in Dubai, AED 4,000 monthly plus accommodation. Serious candidates text 07700 900412 on WhatsApp for the details.",
        ),
        (
            "en",
            "Don't worry, the hotel will be revealed after your deposit clears, it's a 5 star in Doha.",
        ),
        (
            "en",
            "Which farm it is doesn't matter, you'll be working and earning, that's what counts. 250 dollars books your seat.",
        ),
        (
            "en",
            "Oil rig jobs in Norway, no experience, $6,000/month. Send your CV and a passport copy to norwayrigjobs2026@yahoo.com",
        ),
        (
            "en",
            "I have a friend in the immigration office who pushes files through, your visa will be ready in two weeks.",
        ),
        (
            "en",
            "Don't worry about who the employer is, I handle everything with him directly.",
        ),
        (
            "en",
            "Factory work in Poland, 1,200 euro a month, free housing. Contact me in private for more info.",
        ),
        (
            "en",
            "You get the employer's details when your visa is approved, until then you deal with me.",
        ),
        (
            "en",
            "Warehouse packers wanted in Canada, CAD 22/hr, accommodation provided. Drop us a DM to apply 📩",
        ),
        (
            "fr",
            "Cherchons femmes de ménage pour Genève, 2500 CHF par mois, logées. Écrivez-moi sur WhatsApp au 06 00 00 00 00.",
        ),
        (
            "fr",
            "Le nom de l'hôtel, tu le sauras quand tu auras payé les frais de dossier.",
        ),
        (
            "fr",
            "Peu importe quelle société, l'essentiel c'est que tu travailles là-bas.",
        ),
        (
            "fr",
            "Postes de soudeurs au Canada, 25$/h. Envoyez votre CV à recrutement.canada2026@gmail.com, réponse sous 48h.",
        ),
        (
            "fr",
            "J'ai un cousin à la préfecture qui accélère les dossiers de titre de séjour, c'est 400 euros.",
        ),
        (
            "fr",
            "Pas besoin de savoir qui est le patron, tu traites avec moi seulement.",
        ),
        (
            "fr",
            "Offre d'emploi Dubaï, serveuses 1500 $ par mois, logement offert. Intéressées, écrivez en inbox 📩",
        ),
        (
            "ht",
            "Nou bezwen moun pou travay nan faktori Chili, 900 dola pa mwa. Ekri m sou WhatsApp nan 509 0000 0000 pou enfòmasyon.",
        ),
        ("ht", "Non konpayi a m ap ba ou l lè ou fin peye."),
        (
            "ht",
            "Ou pa bezwen konnen ki moun ki patwon an, se avè m w ap regle.",
        ),
        (
            "ht",
            "Kilès konpayi li ye pa enpòtan, sa k konte se ou rive.",
        ),
        (
            "ht",
            "M gen yon moun anndan anbasad la k ap fè viza w soti vit.",
        ),
        (
            "ht",
            "Travay nan otèl Kanada, 2000 dola pa mwa. Voye CV ou nan travaykanada2026@gmail.com, n ap kontakte w.",
        ),
        (
            "es",
            "Se buscan recolectores para fresas en Huelva, 1.400 € al mes. Interesados mandar mensaje al 600 000 000 por WhatsApp.",
        ),
        (
            "es",
            "El nombre de la empresa te lo paso cuando confirmes el pago.",
        ),
        (
            "es",
            "No importa cuál empresa, lo importante es que viajes ya.",
        ),
        (
            "es",
            "Tengo un contacto en el consulado que saca las visas rápido, son 300 dólares.",
        ),
        (
            "es",
            "Trabajo en Italia, 1.800 euros. Manda tu hoja de vida a trabajoseuropa.2026@hotmail.com y te contactamos.",
        ),
        (
            "es",
            "No necesitas saber quién es el patrón, todo lo arreglas conmigo.",
        ),
        (
            "pt",
            "Precisa-se de pessoal para obras em Lisboa, 1.200 euros. Chama no zap 910 000 000 para mais informações.",
        ),
        (
            "pt",
            "O nome da empresa só te digo depois de pagares a inscrição.",
        ),
        (
            "pt",
            "Não interessa qual é a fazenda, o importante é embarcar logo.",
        ),
        (
            "pt",
            "Tenho um conhecido na AIMA que agiliza a autorização de residência por 500 euros.",
        ),
        (
            "pt",
            "Vagas na Irlanda, 2 mil euros. Mande seu currículo para vagas.europa2026@gmail.com que a gente responde.",
        ),
        (
            "pt",
            "Você não precisa saber quem é o patrão, quem cuida de tudo sou eu.",
        ),
        (
            "sw",
            "Tunatafuta madereva Dubai, mshahara AED 3,500. Tuma ujumbe WhatsApp 0700 000 000 kwa maelezo zaidi.",
        ),
        (
            "sw",
            "Jina la kampuni nitakuambia baada ya kulipa ada ya usajili.",
        ),
        (
            "sw",
            "Haijalishi ni kampuni gani, muhimu ufike huko upate kazi.",
        ),
        (
            "sw",
            "Nina mtu wangu ndani ya uhamiaji anayetoa visa haraka, ni shilingi laki mbili.",
        ),
        (
            "sw",
            "Kazi za hoteli Qatar, mshahara mzuri. Tuma CV yako kwa kazi.qatar2026@gmail.com tutakujibu.",
        ),
        (
            "sw",
            "Huhitaji kujua bosi ni nani, mambo yote unamalizana na mimi.",
        ),
        (
            "ar",
            "مطلوب عمال نظافة في الكويت براتب ١٢٠ دينار، للتواصل واتساب ٠٥٠٠٠٠٠٠٠٠",
        ),
        ("ar", "اسم الشركة نقولك عليه بعد ما تدفع الرسوم."),
        ("ar", "مش مهم اسم الشركة، المهم تسافر وتشتغل."),
        ("ar", "عندي واحد في السفارة يطلع الفيزا بسرعة، بس ٣٠٠ دولار."),
        (
            "ar",
            "شغل في قطر براتب ممتاز. ابعت سيرتك الذاتية على jobs.gulf2026@gmail.com وهنرد عليك.",
        ),
        ("ar", "ما تحتاج تعرف مين الكفيل، كل شي معي أنا."),
        (
            "en",
            "Nanny job in Toronto, CAD 3,200/month, room and board. Text or WhatsApp +1 555 0134 for the interview slot.",
        ),
        (
            "en",
            "Sorry dear, the employer's identity stays private until your documents are processed.",
        ),
        (
            "en",
            "Whatever company it is, they all pay the same, just get your medical done and send 200.",
        ),
        (
            "en",
            "Reach our recruiter through Telegram @gulfjobs_hr, interviews daily.",
        ),
        (
            "en",
            "My uncle has a connection at the visa office, he can push your file for 300 dollars.",
        ),
        (
            "en",
            "Email your CV to dubaihotels.recruit@outlook.com, shortlisted candidates will be called.",
        ),
        (
            "en",
            "No need to ask who the sponsor is, the agent will handle that.",
        ),
        (
            "fr",
            "Pour postuler, contactez uniquement le 07 00 00 00 00 par SMS.",
        ),
        (
            "fr",
            "Qu'importe l'employeur, l'important c'est le salaire de 2000 euros.",
        ),
        (
            "fr",
            "Mon oncle a ses contacts à l'ambassade du Canada, il peut faire passer ton dossier.",
        ),
        (
            "fr",
            "Envoyez CV et photo à emploi.europe.recrute@hotmail.fr, nous vous rappelons.",
        ),
        (
            "fr",
            "Ne cherche pas à savoir quelle société, tu verras tout sur place.",
        ),
        (
            "ht",
            "Pou plis enfòmasyon sou travay la, ekri nou an prive sou paj la.",
        ),
        ("ht", "Non patwon an, w ap konnen l sèlman lè w rive Miami."),
        (
            "ht",
            "Nenpòt ki konpayi, sa pa fè anyen, sa k enpòtan se lajan an.",
        ),
        (
            "ht",
            "Mwen gen yon kontak nan imigrasyon ki ka ba w viza a rapid.",
        ),
        (
            "ht",
            "Rele 3700 0000 oswa ekri sou Telegram pou rezève plas ou.",
        ),
        (
            "es",
            "Para más información escríbeme al WhatsApp 311 000 0000, cupos para Chile.",
        ),
        (
            "es",
            "La finca te la digo cuando llegues a Bogotá, no te preocupes.",
        ),
        ("es", "Da igual qué empresa sea, todas pagan bien allá."),
        (
            "es",
            "Envía tus datos a empleos.canada.oficial@gmail.com para aplicar.",
        ),
        (
            "pt",
            "Interessados chamem no privado que eu passo os detalhes da vaga.",
        ),
        (
            "pt",
            "Qual é a fazenda eu só falo depois que você pagar a taxa.",
        ),
        (
            "pt",
            "Tanto faz qual é a empresa, o importante é o salário de 1500 euros.",
        ),
        (
            "pt",
            "Tenho um amigo no consulado que consegue o visto em uma semana.",
        ),
        (
            "pt",
            "Mande seus documentos para trabalho.portugal2026@hotmail.com ainda hoje.",
        ),
        (
            "pt",
            "Não precisas de saber quem é o patrão, isso trato eu.",
        ),
        (
            "sw",
            "Kwa maelezo zaidi nicheki WhatsApp 0712 000 000, nafasi ni chache.",
        ),
        ("sw", "Jina la tajiri utalijua ukishafika Riyadh."),
        ("sw", "Haijalishi ni familia gani, kazi ni ile ile."),
        (
            "sw",
            "Nina jamaa wangu ubalozini atakusaidia kupata visa haraka.",
        ),
        ("sw", "Tuma vyeti vyako kwa ajira.dubai@yahoo.com leo."),
        ("sw", "Usiulize kampuni ni ipi, wewe lipa tu."),
        ("ar", "للاستفسار راسلونا واتساب على الرقم ٠٥٥٠٠٠٠٠٠٠"),
        ("ar", "اسم الكفيل رح تعرفيه لما توصلي الرياض."),
        ("ar", "مش فارقة أي شركة، المهم الراتب."),
        ("ar", "عندي صاحبي في الجوازات يخلص لك الإقامة بسرعة."),
        ("ar", "ارسلي صورك وبياناتك على jobs.kuwait2026@hotmail.com"),
        ("ar", "لا تسأل عن اسم الشركة، كل شي يمشي معي."),
        (
            "en",
            "Company is confidential for now. Interested candidates inbox for more info.",
        ),
        (
            "en",
            "Job is at a big farm in Alberta, farm name i give u after the LMIA fee is paid.",
        ),
        (
            "en",
            "Reach me on 0722 000 000 for the Saudi housemaid jobs, visa and ticket free.",
        ),
        (
            "fr",
            "Société confidentielle, écrivez-moi en privé pour les détails du poste au Qatar.",
        ),
        (
            "fr",
            "Je te donne le nom de la famille une fois que le visa est sorti, pas avant.",
        ),
        (
            "fr",
            "J'ai un gars à l'OFII qui arrange les titres de séjour, 800 euros.",
        ),
        (
            "ht",
            "Non konpayi a se sekrè pou kounye a, ekri m sou WhatsApp.",
        ),
        ("ht", "M ap di w ki fanmi lè w fin peye 500 dola a."),
        (
            "ht",
            "Tonton m gen moun li nan anbasad la, l ap fè viza w pase.",
        ),
        (
            "es",
            "El nombre del patrón es reservado, escríbeme al privado si te interesa.",
        ),
        (
            "es",
            "Te digo qué familia es apenas deposites los 400 dólares.",
        ),
        (
            "es",
            "Tengo una amiga en la embajada que te saca la visa sin entrevista.",
        ),
        (
            "pt",
            "A empresa é sigilosa, manda mensagem no privado pra saber mais.",
        ),
        ("pt", "Eu te passo o nome do hotel assim que o pix cair."),
        (
            "pt",
            "Meu cunhado tem um contato na Polícia Federal que resolve o visto rapidinho.",
        ),
        ("sw", "Jina la mwajiri ni siri kwa sasa, niandikie inbox."),
        ("sw", "Familia gani nitakwambia baada ya kulipa laki tatu."),
        (
            "sw",
            "Nina rafiki yangu uhamiaji atakutolea kibali bila foleni.",
        ),
        ("ar", "اسم الشركة سري حاليا، راسلني على الخاص."),
        ("ar", "أقولك اسم العيلة بعد ما تحولي المبلغ."),
        ("ar", "عندي واحد في السفارة يمشّي لك الفيزا بدون مقابلة."),
        (
            "en",
            "Let's continue outside the app, the site takes too long, send me your number.",
        ),
        (
            "en",
            "Please don't reply on the au pair website anymore, we can talk off the platform by email.",
        ),
        (
            "fr",
            "Ne passez plus par le site, écrivez-moi directement par mail c'est plus simple.",
        ),
        (
            "ht",
            "Pa ekri sou sit la ankò, pale avè m andeyò sit la sou WhatsApp.",
        ),
        (
            "es",
            "Mejor hablemos por fuera de la página, ahí te paso los detalles.",
        ),
        (
            "pt",
            "Vamos conversar por fora do site, lá é tudo mais demorado.",
        ),
        ("sw", "Tuongee nje ya tovuti hii, nitumie namba yako."),
        ("ar", "خلينا نكمل برا الموقع، ابعتلي رقمك."),
    ];
    assert_each_flagged(FLAG, cases);
}

#[test]
fn recruiters_that_name_something_checkable_stay_quiet() {
    let cases: &[(&str, &str)] = &[
        (
            "en",
            "Greenfield Hospitality Ltd, 14 Harbour Road, Mombasa, is hiring waiters. Call or WhatsApp 07700 900311 between 9am and 5pm.",
        ),
        (
            "en",
            "Send your CV to careers@northwindlogistics.com by 30 June. Northwind Logistics is an equal opportunity employer.",
        ),
        (
            "en",
            "My cousin told me about the Seasonal Worker scheme on the gov.uk website, I'll send you the link on WhatsApp.",
        ),
        (
            "en",
            "Sunrise Bakery on 22 Market Street needs a morning shift assistant. Ask for Joyce at the counter.",
        ),
        (
            "en",
            "Atlas Manpower Services, licence no. 1234/2019, recruits welders for Saudi Arabia. Visit our office at Plot 7, Kampala Road, or message us on WhatsApp.",
        ),
        (
            "en",
            "Hey it's Sam, my boss at the garage needs another mechanic, I'll text you his number tonight.",
        ),
        (
            "en",
            "Mwangaza Tea Estates Ltd is recruiting pickers for the season. For questions contact our HR desk on WhatsApp, P.O. Box 12, Kericho.",
        ),
        (
            "fr",
            "La société Bâtisud SARL, 12 rue des Lilas à Lyon, recrute des maçons. Renseignements par téléphone ou WhatsApp au 04 00 00 00 00.",
        ),
        (
            "fr",
            "Envoyez votre candidature à rh@hotel-lesoleil.fr avant le 15 mars.",
        ),
        (
            "fr",
            "Mon frère m'a parlé du programme officiel de travailleurs saisonniers du ministère, je t'envoie le lien sur WhatsApp.",
        ),
        (
            "fr",
            "Boulangerie Martin, 5 place du Marché, cherche vendeuse le samedi. Se présenter au magasin.",
        ),
        (
            "fr",
            "Agence agréée (licence n° 2021-045), nous recrutons des aides-soignants pour la Belgique ; contactez-nous au bureau ou par WhatsApp.",
        ),
        (
            "fr",
            "Le nom de l'employeur figure sur l'offre publiée sur le site de l'ANPE, postulez en ligne.",
        ),
        (
            "ht",
            "Konpayi Agro Sid SA, ki nan Ri Kapwa #15 Pòtoprens, ap chèche chofè. Rele oswa WhatsApp biwo a.",
        ),
        (
            "ht",
            "Kouzen m di m pwogram ofisyèl travayè sezonye a louvri sou sit gouvènman an, m ap voye lyen an ba ou sou WhatsApp.",
        ),
        (
            "ht",
            "Boulanjri Bon Pen nan Ri Granmoun, Jakmèl, bezwen yon vandè. Vin nan magazen an.",
        ),
        ("ht", "Voye CV ou bay rh@lakayhotel.ht anvan 30 jen."),
        (
            "ht",
            "Ajans Travay Lakay, lisans ministè a nimewo 045, ap anboche enfimyè; vin nan biwo a oswa ekri nou sou WhatsApp.",
        ),
        (
            "es",
            "Construcciones Andina S.A.S., Calle 45 # 12-30, Bogotá, busca maestros de obra. Informes al WhatsApp de la oficina 300 000 0000.",
        ),
        (
            "es",
            "Envía tu currículum a empleo@hotelmirador.es antes del 30 de abril.",
        ),
        (
            "es",
            "Mi tía me mandó por WhatsApp el enlace del programa oficial del Ministerio de Trabajo para temporeros.",
        ),
        (
            "es",
            "Panadería La Espiga, en la calle Mayor 8, busca dependienta. Pasa por la tienda.",
        ),
        (
            "es",
            "Agencia de empleo autorizada con registro n.º 0934, buscamos cuidadoras para Madrid; escríbenos por WhatsApp o ven a la oficina.",
        ),
        (
            "pt",
            "Construtora Horizonte Lda, Rua da Prata 45, Lisboa, contrata pedreiros. Informações pelo telefone ou WhatsApp do escritório.",
        ),
        (
            "pt",
            "Envie o seu currículo para rh@hotelmarazul.pt até 15 de maio.",
        ),
        (
            "pt",
            "Minha irmã me mandou pelo WhatsApp o link do programa oficial do governo para trabalho sazonal.",
        ),
        (
            "pt",
            "Padaria Pão Quente, na Rua Direita 10, precisa de balconista. Passe na loja.",
        ),
        (
            "pt",
            "Agência licenciada pelo IEFP (licença n.º 12/2020) recruta cuidadores; fale connosco no escritório ou pelo WhatsApp.",
        ),
        (
            "sw",
            "Kampuni ya Mwangaza Logistics Ltd, Barabara ya Moi, Nairobi, inatafuta madereva. Piga simu au WhatsApp ofisini.",
        ),
        (
            "sw",
            "Tuma maombi yako kwa ajira@hoteliyabahari.co.tz kabla ya tarehe 30 Juni.",
        ),
        (
            "sw",
            "Kaka yangu ameniambia kuhusu mpango rasmi wa serikali wa kazi za msimu, nitakutumia kiungo kwa WhatsApp.",
        ),
        (
            "sw",
            "Duka la Mama Neema, Mtaa wa Uhuru, linahitaji muuzaji. Fika dukani.",
        ),
        (
            "sw",
            "Wakala aliyesajiliwa na wizara (leseni namba 0456) anatafuta wahudumu; tembelea ofisi yetu au tuandikie WhatsApp.",
        ),
        (
            "ar",
            "شركة النور للمقاولات ذ.م.م، شارع الملك فهد، الرياض، تطلب فنيين. للاستفسار اتصل أو واتساب على رقم المكتب.",
        ),
        (
            "ar",
            "أرسل سيرتك الذاتية إلى hr@alnoorhotel.com قبل ٣٠ يونيو.",
        ),
        (
            "ar",
            "أختي بعتتلي على الواتساب رابط البرنامج الرسمي لوزارة العمل للعمالة الموسمية.",
        ),
        ("ar", "مخبز الأمل في شارع الجامعة يطلب بائع. تعال للمحل."),
        (
            "ar",
            "مكتب استقدام مرخص من وزارة الموارد البشرية (ترخيص رقم ٤٥٦) يطلب عاملات؛ زورونا في المكتب أو راسلونا على الواتساب.",
        ),
        (
            "en",
            "Bluewater Resorts Ltd (Reg. No. C-44821) is hiring lifeguards. Apply at bluewaterresorts.com or WhatsApp +254 700 000 111.",
        ),
        (
            "en",
            "When you arrive, the hotel manager will tell you your shift and show you the staff canteen.",
        ),
        (
            "en",
            "It doesn't matter which region you choose, the Seasonal Worker Scheme pays the same minimum wage, check gov.uk.",
        ),
        (
            "en",
            "Call the Kisumu County Labour Office on 057 000 0000 to confirm whether an agency is licensed.",
        ),
        (
            "en",
            "Driver needed at Mama Lucy's shop, Ngong Road plot 12, licence B, 3 years experience. Call 0700 000 222.",
        ),
        (
            "fr",
            "Hôtel Le Palmier SA, avenue Bourguiba 45, Dakar, recrute des réceptionnistes. Dépôt des CV à l'accueil ou par WhatsApp.",
        ),
        (
            "fr",
            "À votre arrivée, l'employeur vous donnera les clés du logement et le planning.",
        ),
        (
            "fr",
            "Le Programme des travailleurs agricoles saisonniers est gratuit, infos sur canada.ca; ma tante m'a envoyé le lien par WhatsApp.",
        ),
        (
            "ht",
            "Lekòl Sen Jozèf, Ri Pave #22, Pòtoprens, bezwen yon pwofesè. Rele direksyon an oswa WhatsApp.",
        ),
        (
            "ht",
            "Lè w rive nan otèl la, manadjè a ap di w ki lè w ap travay.",
        ),
        (
            "ht",
            "Sè m voye lyen pwogram ofisyèl la ban mwen sou WhatsApp, se gratis.",
        ),
        (
            "es",
            "Hotel Sol Caribe S.A., Av. Colón 120, Santo Domingo, contrata camareras. Envíe su CV por WhatsApp o en recepción.",
        ),
        (
            "es",
            "Al llegar, la empresa te explicará el horario y te dará el uniforme.",
        ),
        (
            "es",
            "Mi hermana me pasó por WhatsApp el enlace del programa oficial de trabajo temporal del gobierno.",
        ),
        (
            "pt",
            "Hotel Atlântico Lda, Avenida da Liberdade 200, Lisboa, recruta empregados de mesa. Candidaturas por email ou WhatsApp.",
        ),
        (
            "pt",
            "Quando chegares, a empresa vai te mostrar o alojamento e o contrato.",
        ),
        (
            "pt",
            "A minha prima mandou-me pelo WhatsApp o link do programa oficial do governo.",
        ),
        (
            "sw",
            "Hoteli ya Serena, S.L.P. 123, Dodoma, inatafuta wapishi. Tuma CV kwa WhatsApp au fika ofisini.",
        ),
        ("sw", "Ukifika, mwajiri atakupa ratiba ya kazi na sare."),
        (
            "sw",
            "Dada yangu amenitumia kiungo cha mpango rasmi wa serikali kwa WhatsApp.",
        ),
        (
            "ar",
            "فندق الواحة ذ.م.م، شارع الاستقلال، عمّان، يطلب موظفي استقبال. أرسل سيرتك عبر الواتساب أو سلّمها في الاستقبال.",
        ),
        ("ar", "لما توصل، الشركة رح تعطيك السكن والعقد."),
        (
            "ar",
            "أخوي بعتلي على الواتساب رابط البرنامج الرسمي للعمالة الموسمية.",
        ),
        (
            "en",
            "Once you confirm the interview date, we will send you directions to our Westlands office.",
        ),
        (
            "en",
            "The hotel will email you the contract after the interview, read it before you sign.",
        ),
        (
            "en",
            "No matter which agency you use, never pay a recruitment fee, it is illegal in Kenya.",
        ),
        (
            "en",
            "Which company you work for is printed on your contract; ask us if anything is unclear.",
        ),
        (
            "en",
            "Applications close on 15.03.2027. Questions? Call the helpline 0800 000 0000 from 8am to 5pm, Ministry of Labour.",
        ),
        (
            "en",
            "Harbour Cleaning Services Ltd, 3 Dock Street, London. Tel +44 20 7946 0000. We are hiring cleaners.",
        ),
        (
            "fr",
            "Quand vous arrivez, le responsable de l'hôtel vous présente l'équipe et votre chambre.",
        ),
        (
            "fr",
            "Peu importe l'agence choisie, ne payez jamais de frais de recrutement, c'est interdit.",
        ),
        (
            "fr",
            "Transports Diallo SARL recrute des chauffeurs, envoyez votre CV par WhatsApp au 77 000 00 00.",
        ),
        (
            "ht",
            "Lè w rive, patwon an ap ba w kontra a pou w li anvan w siyen.",
        ),
        (
            "ht",
            "Kèlkeswa ajans lan, pa janm peye pou yon travay, se entèdi.",
        ),
        (
            "es",
            "Cuando llegues, el hotel te entregará el contrato y la llave de tu habitación.",
        ),
        (
            "es",
            "No importa qué agencia elijas, nunca pagues por un empleo, es ilegal.",
        ),
        (
            "es",
            "Constructora Rivas S.A.S. busca obreros. Informes al 310 000 0000 o en la calle 80 # 20-15.",
        ),
        (
            "pt",
            "Quando chegares, a quinta entrega-te o contrato e a chave do quarto.",
        ),
        (
            "pt",
            "Limpezas Tejo Lda contrata pessoal de limpeza. Contacto: 912 000 000 ou geral@limpezastejo.pt.",
        ),
        (
            "sw",
            "Ukifika, meneja wa hoteli atakuonyesha chumba chako na mkataba.",
        ),
        (
            "sw",
            "Kampuni ya Usafi Bora Ltd inatafuta wafanyakazi. Piga 0700 000 000 au fika ofisini Mtaa wa Jamhuri.",
        ),
        ("ar", "لما توصل، مدير الفندق رح يوريك السكن ويعطيك العقد."),
        (
            "ar",
            "مش مهم أي مكتب تختار، لا تدفع أي رسوم للتوظيف، هذا ممنوع.",
        ),
        (
            "ar",
            "شركة البناء الحديث ذ.م.م تطلب عمال. للتواصل ٠٥٠٠٠٠٠٠٠٠ أو زورونا في شارع التحلية.",
        ),
        (
            "en",
            "The office is just outside the city centre, visit our website for the map.",
        ),
        (
            "fr",
            "Ne quittez jamais la plateforme pour discuter avec un employeur, c'est souvent une arnaque.",
        ),
        (
            "es",
            "Nunca salgas de la plataforma para negociar, es una señal de estafa.",
        ),
        ("ar", "لا تكمل الكلام خارج المنصة أبدا، هذا احتيال."),
        (
            "en",
            "Whatever your employer tells you, you have the right to keep your own passport.",
        ),
        (
            "en",
            "No matter what the employer says, you can always call the labour office for free.",
        ),
        (
            "fr",
            "Peu importe ce que dit l'employeur, ton passeport reste avec toi.",
        ),
        (
            "es",
            "No importa lo que diga el empleador, tu pasaporte es tuyo.",
        ),
        (
            "pt",
            "Não importa o que o patrão diga, o passaporte fica contigo.",
        ),
        (
            "sw",
            "Haijalishi mwajiri atasema nini, pasipoti yako ni yako.",
        ),
        ("ar", "مش مهم شو يقول الكفيل، جواز سفرك حقك."),
        ("ht", "Kèlkeswa sa patwon an di, paspò w se pou ou."),
        (
            "en",
            "I have a cousin who lives near the embassy, she can show you the way to your appointment.",
        ),
    ];
    assert_none_flagged(FLAG, cases);
}

/// A company suffix or an address quiets only a chat contact: "WhatsApp only", a name told
/// after payment, "which company doesn't matter" are found whatever else the text names.
#[test]
fn a_checkable_name_does_not_hide_a_withheld_employer() {
    let cases: &[(&str, &str)] = &[
        (
            "en",
            "Bluewater Resorts Ltd, 14 Harbour Road. Contact us on WhatsApp only.",
        ),
        (
            "en",
            "Atlas Manpower Ltd, licence no. 1234. The hotel name we tell you after payment.",
        ),
        (
            "fr",
            "Bâtisud SARL, 12 rue des Lilas. Peu importe quelle entreprise, tu pars lundi.",
        ),
        (
            "sw",
            "Kampuni ya Mwangaza Ltd, Mtaa wa Moi. Jina la familia utaambiwa ukifika uwanja wa ndege.",
        ),
    ];
    assert_each_flagged(FLAG, cases);
}

/// "Qualquer coisa me chama" (anything, call me) closes a landlady's or an HR officer's
/// message; a recruiter who is only reached in private says where: "me chama no whats",
/// "me chama só no Signal". Portuguese "contrato" (a flat's lease too) names no recruiter.
#[test]
fn call_me_closing_a_message_hides_no_employer() {
    assert_none_flagged(
        "unverifiable_recruiter",
        &[
            (
                "pt",
                "Oi Thiago, aqui é a Márcia, dona do quarto. Recebi o depósito e te mandei o certificado por e-mail. Aluguel todo dia 5. Qualquer coisa me chama.",
            ),
            (
                "pt",
                "Olá Larissa, seu contrato de trabalho segue em anexo para você ler com calma antes de assinar. Qualquer dúvida me chama. Abraço, Julia – RH",
            ),
        ],
    );
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "pt",
                "Vaga de garçonete em Lisboa, salário bom. Me chama no whats 💋",
            ),
            (
                "pt",
                "Fecho a lista na sexta. Me chama só no Signal, ligação não.",
            ),
        ],
    );
}

#[test]
fn an_office_closed_for_the_day_is_no_hidden_employer() {
    // "Don't go to the office" was a `dont_check` entry on its own: everyday advice,
    // not a recruiter telling someone not to check
    assert_none_flagged(
        "unverifiable_recruiter",
        &[
            (
                "en",
                "Don't go to the office today, it's closed for the holiday.",
            ),
            (
                "en",
                "Pls don't call the office on Sunday, Mr Banda will ring you on Monday.",
            ),
        ],
    );
}

/// Eight-digit local numbers (Haiti, Central America, the Gulf) are a contact like any
/// other: an advert whose only contact is a first name and such a number names no one to
/// check. A company with its address and licence is still checkable.
#[test]
fn an_eight_digit_local_number_is_a_contact() {
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "ht",
                "Travay nan faktori an Dominikani, 20,000 pesos pa kenzèn. Rele Wilner 3712 5561.",
            ),
            (
                "es",
                "Se buscan meseras para bar en Ciudad de Panamá, buen sueldo. Llamar a Yesi al 6612-4478.",
            ),
            (
                "en",
                "Drivers needed in Doha, QAR 3000 a month. Call Ahmed on 5512 3344.",
            ),
            // a masked number whose group starts with x, "informes", a bare "piga"
            (
                "pt",
                "Trabalho na colheita de laranja, 3 000 rands por mês. Ligar 84 xxx x219.",
            ),
            (
                "es",
                "Se solicitan jornaleros para la fresa, $400 diarios. Informes con Don Beto al 74x xxx 3310.",
            ),
            (
                "sw",
                "Kazi za shamba Oman, mshahara riyal 900 kwa mwezi. Piga 07xx xxx 518",
            ),
        ],
    );
    assert_none_flagged(
        "unverifiable_recruiter",
        &[(
            "es",
            "Hotel Miramar S.A., licencia MITRADEL n.º 214, Avenida Balboa 12, busca meseros. Tel. 6612-4478.",
        )],
    );
}

#[test]
fn an_unnamed_go_between_waiting_over_there_is_no_one_to_check() {
    // "my guy will meet you": the person who takes the worker on is known only to the
    // recruiter. Sentences written for this test.
    crate::support::assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "ht",
                "Nou travèse larivyè a nan nwit, nèg mwen ap tann ou lòtbò a ak yon machin.",
            ),
            (
                "es",
                "Primero viajas a Panamá y allá nuestro intermediario te consigue el permiso.",
            ),
            (
                "en",
                "Come to Lagos on Monday, my boy go carry you from the park to the madam's house.",
            ),
        ],
    );
}

#[test]
fn a_receipt_sent_by_chat_is_no_recruiters_contact() {
    assert_none_flagged(
        "unverifiable_recruiter",
        &[
            (
                "es",
                "Amá, ya pagué la luz y el agua de la casa, el comprobante te lo paso por WhatsApp.",
            ),
            (
                "pt",
                "Mãe, paguei a matrícula do Júnior na escola, o comprovante te mando no WhatsApp.",
            ),
        ],
    );
    assert_each_flagged(
        "unverifiable_recruiter",
        &[(
            "es",
            "Trabajo en Madrid, 1.500 euros. Escríbeme por WhatsApp al 6xx xxx 210.",
        )],
    );
}

#[test]
fn a_go_betweens_direct_line_to_the_employer_cannot_be_checked() {
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "en",
                "I have direct contact with the hotel manager, send me your CV today.",
            ),
            (
                "pt",
                "Tenho contato direto com o dono da fazenda, ele confia em mim.",
            ),
            (
                "es",
                "Tengo contacto directo con el patrón de la finca en Almería.",
            ),
            (
                "fr",
                "J'ai un contact direct avec le patron du restaurant à Lyon.",
            ),
            (
                "ht",
                "Mwen gen moun pa m nan konsila a, l ap fè viza a pase.",
            ),
            (
                "sw",
                "Nina connection ya moja kwa moja na kampuni ya Dubai.",
            ),
            ("ar", "عندي اتصال مباشر مع صاحب الشركة في دبي."),
        ],
    );
    // a job's own contact with customers is no inside link, nor an Instagram "direct"
    assert_none_flagged(
        "unverifiable_recruiter",
        &[
            (
                "en",
                "Front desk: you will be in direct contact with guests all day.",
            ),
            (
                "fr",
                "Le poste est en contact direct avec la clientèle du magasin.",
            ),
        ],
    );
}

#[test]
fn a_name_given_after_payment_or_a_family_one_need_not_know_cannot_be_checked() {
    assert_each_flagged(
        "unverifiable_recruiter",
        &[
            (
                "es",
                "El nombre de la empresa se lo damos cuando complete el pago.",
            ),
            (
                "sw",
                "Kabla hatujakupa jina la kampuni, tuma ada ya usajili.",
            ),
            (
                "fr",
                "Pas besoin de connaître la famille, je m'occupe de tout.",
            ),
            (
                "en",
                "Keep the convo here on insta, your coach will only slow it down.",
            ),
        ],
    );
}
