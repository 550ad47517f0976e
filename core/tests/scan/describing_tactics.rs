//! Awareness leaflets, rights notices and checklists DESCRIBE what traffickers and fake
//! agents do ("if someone asks you to pay a fee…", "did they keep your passport?", "signs
//! of fraud: – …; – …"): the scan must not read the tactics they list as demands. A scam
//! that borrows their words ("beware of fake agents", "red flags are everywhere") and then
//! asks for money or a passport in its own voice must still be found. Sentences written
//! for these tests in the seven shipped languages, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet, flags};

/// Descriptions of tactics: a third party's demand in a conditional or a question, the
/// items of a list under a header that frames them as signs or prohibitions.
const FAIR: &[(&str, &str)] = &[
    // ---- English
    (
        "en",
        "If a recruiter asks you to pay a placement fee, say no and call the labour office.",
    ),
    (
        "en",
        "If anyone wants to keep your passport for safekeeping, refuse.",
    ),
    (
        "en",
        "Did the agent ask you for money for the visa or the medical? Talk to a counsellor first.",
    ),
    (
        "en",
        "Signs of a fake offer:\n- they want a deposit before the interview\n- they hold on to your passport\n- the contract is shown only on arrival\nOur counsellors answer questions every weekday.",
    ),
    (
        "en",
        "Things a licensed agency must never do: charge you a registration fee; keep your ID card; send you to work on a visitor visa.",
    ),
    (
        "en",
        "When someone offers you work abroad and asks for 500 dollars to process the visa, walk away.",
    ),
    (
        "en",
        "Be on guard if:\n• the recruiter asks you to send money by M-Pesa\n• you are told to travel on a tourist visa\n• nobody shows you a written contract",
    ),
    (
        "en",
        "Has anyone told you to say you are a tourist at the airport? That is how traffickers work.",
    ),
    // ---- French
    (
        "fr",
        "Si quelqu'un vous réclame de l'argent pour un visa de travail, refusez.",
    ),
    (
        "fr",
        "Si on vous demande de laisser votre passeport au bureau, partez.",
    ),
    (
        "fr",
        "Un recruteur vous demande 300 euros pour le dossier ? Parlez-en d'abord à un conseiller.",
    ),
    (
        "fr",
        "Ce qu'une agence n'a jamais le droit de faire : vous faire payer l'inscription ; confisquer votre passeport ; vous envoyer travailler avec un visa touristique.",
    ),
    (
        "fr",
        "Quand une agence vous demande de laisser votre passeport chez elle, appelez l'inspection du travail.",
    ),
    (
        "fr",
        "Soyez vigilant si :\n- on vous demande une caution avant l'entretien\n- on garde vos papiers\n- on vous dit de voyager comme touriste",
    ),
    (
        "fr",
        "L'employeur vous a demandé de payer votre billet d'avion ? Vous pouvez porter plainte.",
    ),
    // ---- Haitian Creole
    (
        "ht",
        "Si yon moun mande w lajan pou yon viza travay, di l non epi rele biwo a.",
    ),
    ("ht", "Si ajan an vle kenbe paspò w, pa kite l fè sa."),
    (
        "ht",
        "Yo mande w peye pou entèvyou a? Al pale ak yon avoka anvan.",
    ),
    (
        "ht",
        "Bagay yon biwo plasman pa dwe janm fè: fè w peye enskripsyon; kenbe paspò w; voye w travay ak viza touris.",
    ),
    (
        "ht",
        "Lè yon moun ofri w travay lòt bò dlo epi li mande 500 dola pou viza a, kouri kite l.",
    ),
    (
        "ht",
        "Veye zo w si:\n- yo mande w yon depo anvan entèvyou a\n- yo kenbe papye w\n- yo di w vwayaje kòm touris",
    ),
    (
        "ht",
        "Yon ajan mande w kite paspò w lakay li? Sa pa nòmal ditou.",
    ),
    // ---- Spanish
    (
        "es",
        "Si alguien te pide dinero para conseguirte la visa de trabajo, niégate y llama a la oficina de empleo.",
    ),
    (
        "es",
        "Si una agencia quiere quedarse con tu pasaporte, no lo entregues.",
    ),
    (
        "es",
        "¿Te cobraron por la entrevista o por el examen médico? Habla con un abogado laboral.",
    ),
    (
        "es",
        "Prácticas prohibidas a las agencias: cobrarte la inscripción; retener tu pasaporte; mandarte a trabajar con visa de turista.",
    ),
    (
        "es",
        "Cuando un reclutador te ofrece trabajo afuera y te pide 500 dólares para el visado, aléjate.",
    ),
    (
        "es",
        "Mucho ojo si:\n- te piden un depósito antes de la entrevista\n- se quedan con tus documentos\n- te dicen que viajes como turista",
    ),
    (
        "es",
        "¿Alguien te dijo que no le cuentes nada a tu familia? Así trabajan los tratantes.",
    ),
    // ---- Portuguese
    (
        "pt",
        "Se alguém te pedir dinheiro para arranjar o visto de trabalho, recusa e liga para o sindicato.",
    ),
    (
        "pt",
        "Se a agência quiser ficar com o teu passaporte, não entregues.",
    ),
    (
        "pt",
        "Pediram-te dinheiro pela entrevista ou pelo exame médico? Fala com o sindicato.",
    ),
    (
        "pt",
        "Práticas proibidas às agências: cobrar a inscrição; ficar com o seu passaporte; mandá-lo trabalhar com visto de turista.",
    ),
    (
        "pt",
        "Quando um recrutador oferece trabalho fora e pede 500 dólares pelo visto, afaste-se.",
    ),
    (
        "pt",
        "Fique atento se:\n- pedirem um depósito antes da entrevista\n- ficarem com os seus documentos\n- disserem para viajar como turista",
    ),
    (
        "pt",
        "Alguém te disse para não contares nada à família? É assim que os aliciadores agem.",
    ),
    // ---- Swahili
    (
        "sw",
        "Mtu akikuomba pesa ili akupatie visa ya kazi, kataa na uende ofisi ya kazi.",
    ),
    (
        "sw",
        "Kama wakala anataka kushika pasipoti yako, usikubali.",
    ),
    (
        "sw",
        "Wamekutoza ada ya usaili au ya uchunguzi wa afya? Zungumza na afisa wa kazi.",
    ),
    (
        "sw",
        "Mambo ambayo wakala halali hawezi kufanya: kukutoza ada ya usajili; kushika pasipoti yako; kukupeleka kazini kwa visa ya utalii.",
    ),
    (
        "sw",
        "Wakala akikupa kazi nje ya nchi na kukuomba dola 500 za visa, ondoka.",
    ),
    (
        "sw",
        "Kuwa macho kama:\n- wanakuomba amana kabla ya usaili\n- wanashika nyaraka zako\n- wanakwambia usafiri kama mtalii",
    ),
    (
        "sw",
        "Mtu amekwambia usimwambie familia yako? Hivyo ndivyo wasafirishaji wanavyofanya kazi.",
    ),
    // ---- Arabic
    (
        "ar",
        "إذا حدا طلب منك مصاري لتطلعلك فيزا شغل، ارفض واتصل بوزارة العمل.",
    ),
    ("ar", "لو المكتب بدو ياخد جواز سفرك، لا تعطيه."),
    (
        "ar",
        "طلبوا منك فلوس مقابل المقابلة أو الفحص الطبي؟ كلم محامي.",
    ),
    (
        "ar",
        "أشياء ما بيحق للمكتب يعملها: ياخد منك رسوم تسجيل؛ يحتفظ بجوازك؛ يبعتك تشتغل بفيزا سياحية.",
    ),
    (
        "ar",
        "لما وكيل يعرض عليك شغل برا ويطلب 500 دولار للفيزا، ابعد عنه.",
    ),
    (
        "ar",
        "خلي بالك إذا:\n- طلبوا منك عربون قبل المقابلة\n- خلوا أوراقك عندهم\n- قالولك سافر كسائح",
    ),
    ("ar", "حدا قلك ما تخبر أهلك؟ احكي مع حدا بتثق فيه."), // ---- written after the mechanism, measured before any change for them
    (
        "en",
        "If an employer keeps your passport, ask for it back in writing.",
    ),
    (
        "en",
        "When a broker tells you the contract will be signed only after you land, don't travel.",
    ),
    (
        "en",
        "Did a recruiter promise you a salary of 2,000 dollars with no experience needed?\nDid they ask you to keep it secret from your family?\nCall the helpline before you decide.",
    ),
    (
        "en",
        "Red flags in a job offer:\n* payment for a 'slot'\n* your passport held by the agent\n* a visitor visa for work",
    ),
    (
        "fr",
        "Si un intermédiaire vous propose un visa touriste pour aller travailler, refusez.",
    ),
    (
        "fr",
        "Quelqu'un vous a dit de ne rien dire à votre famille ? Parlez-en à une association.",
    ),
    (
        "fr",
        "Les signes d'une fausse offre :\n• une avance à verser pour réserver la place\n• votre passeport gardé par l'agence\n• aucun contrat écrit avant le départ",
    ),
    (
        "ht",
        "Si yon koutye pwomèt ou viza touris pou al travay, pa aksepte.",
    ),
    (
        "ht",
        "Yo te di w pa di fanmi w anyen? Pale ak yon moun ou fè konfyans.",
    ),
    (
        "ht",
        "Siy yon fo travay:\n- yo mande w lajan pou rezève plas\n- ajans lan kenbe paspò w\n- pa gen kontra ekri anvan vwayaj la",
    ),
    (
        "es",
        "Si un enganchador te ofrece visa de turista para ir a trabajar, no aceptes.",
    ),
    (
        "es",
        "¿Te dijeron que no le contaras nada a tu familia? Habla con una organización de confianza.",
    ),
    (
        "es",
        "Señales de una oferta falsa:\n• un anticipo para apartar el cupo\n• la agencia se queda con tu pasaporte\n• ningún contrato escrito antes de viajar",
    ),
    (
        "pt",
        "Se um aliciador te oferecer visto de turista para ir trabalhar, não aceites.",
    ),
    (
        "pt",
        "Disseram-te para não contares nada à família? Fala com uma associação.",
    ),
    (
        "pt",
        "Sinais de uma oferta falsa:\n• um adiantamento para reservar a vaga\n• a agência fica com o teu passaporte\n• nenhum contrato escrito antes da viagem",
    ),
    (
        "sw",
        "Dalali akikuahidi visa ya utalii ili ukafanye kazi, kataa.",
    ),
    (
        "sw",
        "Wamekwambia usiiambie familia yako? Ongea na shirika unaloliamini.",
    ),
    (
        "sw",
        "Dalili za kazi feki:\n• malipo ya kushikilia nafasi\n• wakala anashika pasipoti yako\n• hakuna mkataba wa maandishi kabla ya safari",
    ),
    ("ar", "إذا سمسار عرض عليك فيزا سياحة عشان تشتغل، ارفض."),
    ("ar", "حدا قلك ما تحكي لأهلك؟ احكي مع جمعية بتثق فيها."),
    (
        "ar",
        "علامات العرض المزيف:\n• دفعة مقدمة لحجز المكان\n• المكتب بياخد جوازك\n• ما في عقد مكتوب قبل السفر",
    ),
    // ---- a verdict right after a checklist of questions
    (
        "en",
        "Do you have to pay for your visa? Must you leave your passport with the agent? If yes, it is a scam.",
    ),
    (
        "fr",
        "Devez-vous payer votre visa ? Faut-il laisser votre passeport à l'agent ? Si oui, c'est une arnaque.",
    ),
    (
        "es",
        "¿Tienes que pagar tu visa? ¿Debes dejar tu pasaporte con el agente? Si la respuesta es sí, es un fraude.",
    ),
    (
        "pt",
        "Tens de pagar o teu visto? Tens de deixar o passaporte com o agente? Se sim, é golpe.",
    ),
    (
        "ht",
        "Ou dwe peye viza w? Ou dwe kite paspò w bay ajan an? Si wi, se yon frod.",
    ),
    (
        "sw",
        "Unatakiwa kulipa ada ya visa? Unatakiwa kuacha pasipoti yako kwa wakala? Kama ndiyo, ni utapeli.",
    ),
    (
        "ar",
        "لازم تدفع حق الفيزا؟ لازم تترك جوازك عند الوكيل؟ إذا نعم، هذا احتيال.",
    ),
    // ---- whole leaflets and messages, written after the mechanism
    (
        "en",
        "KNOW BEFORE YOU GO 🛫 A licensed recruiter never charges workers. Watch out for these tricks:\n• a 'medical fee' paid to a clinic the agent chooses\n• the agent holding your passport 'until the visa comes'\n• a contract you only see at the airport\nIf an agent asks you for any of these, call the labour office hotline.",
    ),
    (
        "en",
        "Hi sis, saw this from the migrant workers' centre: if someone offers you a job in Dubai on a visit visa and asks for 800 dollars, don't go. Real jobs come with a work visa and the company pays.",
    ),
    (
        "ht",
        "Avi pou tout moun k ap chèche travay nan Chili: si yon ajan mande w 600 dola pou yon kontra, oswa li vle kenbe paspò w, pa dakò. Pèsonn pa dwe peye pou jwenn travay.",
    ),
    (
        "ht",
        "Kesyon pou w poze tèt ou:\n1. Èske yo mande w lajan anvan entèvyou a?\n2. Èske yo di w pa di fanmi w anyen?\nSi wi, se yon frod.",
    ),
    (
        "es",
        "Atención migrantes: si en la frontera alguien les ofrece cruzar por 2000 dólares, es un engaño. Si les piden el pasaporte para 'tramitar', no lo entreguen.",
    ),
    (
        "es",
        "Antes de viajar, revisa:\n- ¿La agencia te cobró por la colocación?\n- ¿Te dijeron que firmarías el contrato al llegar?\n- ¿Te pidieron dejar tus documentos?\nSi respondiste sí, busca ayuda.",
    ),
    (
        "pt",
        "Mãe, vi isto na página do consulado: se alguém te oferecer trabalho em Portugal e pedir 1.000 euros pelo visto, é golpe. Não mandes nada a ninguém.",
    ),
    (
        "pt",
        "Seus direitos: é proibido à agência cobrar taxa de colocação, reter o passaporte do trabalhador ou mudar o contrato depois da chegada.",
    ),
    (
        "sw",
        "Ujumbe kwa vijana: kama mtu anakuahidi kazi Qatar bila uzoefu na anakuomba elfu hamsini za usajili, usilipe. Kazi halali hazina ada.",
    ),
    (
        "sw",
        "Jiulize:\n- Wakala amekuomba pesa ya visa?\n- Amekwambia usiwaambie wazazi?\n- Anataka kushika pasipoti yako?\nKama ndiyo, ni utapeli.",
    ),
    (
        "ar",
        "قبل ما تمضي على أي عقد:\n- المكتب طلب منك رسوم؟\n- حدا قلك تسافر بفيزا سياحة؟\n- بدهم ياخدوا جوازك؟\nإذا نعم، هذا احتيال.",
    ),
    (
        "en",
        "If an agent asks you for money, or keeps your passport, refuse.",
    ),
    // A condition whose demands run on through commas to a verdict that ends its sentence.
    (
        "en",
        "If an agency asks you for a placement fee, wants to keep your passport, or tells you to travel on a tourist visa, it is breaking the law.",
    ),
    (
        "en",
        "If a recruiter asks you for a fee, keeps your passport or gives you no contract, that is illegal. Call the labour ministry.",
    ),
    (
        "fr",
        "Si une agence vous réclame des frais, garde votre passeport ou vous dit de voyager avec un visa de touriste, elle agit dans l'illégalité.",
    ),
    (
        "es",
        "Si una agencia le cobra una cuota, le pide el pasaporte para guardarlo o le dice que viaje con visa de turista, es ilegal.",
    ),
    (
        "pt",
        "Se uma agência te cobrar uma taxa, quiser ficar com o teu passaporte ou mandar-te viajar com visto de turista, é crime.",
    ),
    (
        "ht",
        "Si yon ajans mande w lajan pou plas la, vle kenbe paspò w oswa di w vwayaje ak viza touris, se yon krim.",
    ),
    (
        "sw",
        "Kama wakala anakuomba ada ya usajili, anataka kushika pasipoti yako au anakwambia usafiri kwa visa ya utalii, ni kinyume cha sheria.",
    ),
    (
        "ar",
        "إذا طلب منك المكتب رسوم توظيف أو أراد أن يحتفظ بجوازك أو قال لك سافر بتأشيرة سياحة، هذا مخالف للقانون.",
    ),
];

/// Look-alikes that ask in their own voice: a conditional or question whose subject is the
/// reader or the writer, a scam's own warning before its demand, a list of its own terms.
const DANGEROUS: &[(&str, &str, &str)] = &[
    // ---- English
    (
        "en",
        "If you want the job, send 300 dollars registration today.",
        "recruitment_fee",
    ),
    (
        "en",
        "Beware of fake agents. If you are serious, pay the 300 registration to our M-Pesa.",
        "recruitment_fee",
    ),
    (
        "en",
        "Can you send 500 for the visa today?",
        "recruitment_fee",
    ),
    (
        "en",
        "We will keep your passport for the visa.",
        "document_handover",
    ),
    (
        "en",
        "If the agency accepts you, you pay a 400 dollar placement fee before the flight.",
        "recruitment_fee",
    ),
    (
        "en",
        "Can the driver keep your passport until Monday?",
        "document_handover",
    ),
    (
        "en",
        "When the employer confirms you must pay 300 dollars to our agent.",
        "recruitment_fee",
    ),
    (
        "en",
        "Red flags are everywhere online. Our requirements:\n- registration fee 200 USD\n- leave your passport at our office",
        "recruitment_fee",
    ),
    // ---- French
    (
        "fr",
        "Si tu veux le poste, envoie 300 euros de frais de dossier aujourd'hui.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Méfiez-vous des faux recruteurs. Si vous êtes sérieux, payez les 300 euros d'inscription par Wave.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Tu peux envoyer 500 euros pour le visa aujourd'hui ?",
        "recruitment_fee",
    ),
    (
        "fr",
        "Nous gardons votre passeport pour le visa.",
        "document_handover",
    ),
    (
        "fr",
        "Si l'agence vous accepte, vous payez 400 euros de frais de placement avant le vol.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Le chauffeur peut garder ton passeport jusqu'à lundi ?",
        "document_handover",
    ),
    (
        "fr",
        "Les faux recruteurs sont partout. Nos conditions :\n- frais d'inscription 200 euros\n- laisser votre passeport au bureau",
        "recruitment_fee",
    ),
    // ---- Haitian Creole
    (
        "ht",
        "Si w vle travay la, voye 300 dola enskripsyon jodi a.",
        "recruitment_fee",
    ),
    (
        "ht",
        "Atansyon ak fo ajan. Si w serye, peye 300 dola enskripsyon an sou MonCash nou an.",
        "recruitment_fee",
    ),
    (
        "ht",
        "Ou ka voye 500 dola pou viza a jodi a?",
        "recruitment_fee",
    ),
    ("ht", "N ap kenbe paspò w pou viza a.", "document_handover"),
    (
        "ht",
        "Si ajans lan aksepte w, w ap peye 400 dola frè plasman anvan vòl la.",
        "recruitment_fee",
    ),
    (
        "ht",
        "Chofè a ka kenbe paspò w jiska lendi?",
        "document_handover",
    ),
    // ---- Spanish
    (
        "es",
        "Si quieres el puesto, manda 300 dólares de inscripción hoy.",
        "recruitment_fee",
    ),
    (
        "es",
        "Cuidado con los falsos agentes. Si vas en serio, paga los 300 de inscripción a nuestro Yape.",
        "recruitment_fee",
    ),
    (
        "es",
        "¿Puedes mandar 500 para la visa hoy?",
        "recruitment_fee",
    ),
    (
        "es",
        "Nos quedamos con tu pasaporte para tramitar la visa.",
        "document_handover",
    ),
    (
        "es",
        "Si el reclutador te acepta, tienes que pagar 400 dólares de colocación antes del vuelo.",
        "recruitment_fee",
    ),
    (
        "es",
        "Sí, te cobramos 300 dólares por el trámite del visado.",
        "recruitment_fee",
    ),
    (
        "es",
        "Señales de alerta hay muchas en internet. Nuestros requisitos:\n- inscripción 200 dólares\n- dejar el pasaporte en la oficina",
        "recruitment_fee",
    ),
    // ---- Portuguese
    (
        "pt",
        "Se quiser a vaga, mande 300 reais de inscrição hoje.",
        "recruitment_fee",
    ),
    (
        "pt",
        "Cuidado com falsos agentes. Se for sério, pague os 300 da inscrição no nosso Pix.",
        "recruitment_fee",
    ),
    (
        "pt",
        "Pode mandar 500 para o visto hoje?",
        "recruitment_fee",
    ),
    (
        "pt",
        "Nós ficamos com o seu passaporte para tratar do visto.",
        "document_handover",
    ),
    (
        "pt",
        "Se o recrutador te aceitar, tens de pagar 400 dólares de colocação antes do voo.",
        "recruitment_fee",
    ),
    (
        "pt",
        "Paga-se a taxa de 300 reais na inscrição.",
        "recruitment_fee",
    ),
    // ---- Swahili
    (
        "sw",
        "Kama unataka kazi, tuma dola 300 za usajili leo.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Jihadhari na mawakala feki. Kama uko serious, lipa usajili 300 kwa M-Pesa yetu.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Unaweza kunitumia dola 500 za visa leo?",
        "recruitment_fee",
    ),
    (
        "sw",
        "Tutashika pasipoti yako kwa ajili ya visa.",
        "document_handover",
    ),
    (
        "sw",
        "Wakala akikukubali, utalipa dola 400 za uwakala kabla ya ndege.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Dereva anaweza kushika pasipoti yako mpaka Jumatatu?",
        "document_handover",
    ),
    (
        "sw",
        "Dalili za utapeli ni nyingi mtandaoni. Masharti yetu:\n- ada ya usajili 200\n- acha pasipoti ofisini",
        "recruitment_fee",
    ),
    // ---- Arabic
    (
        "ar",
        "إذا بدك الشغل، ابعت 300 دولار تسجيل اليوم.",
        "recruitment_fee",
    ),
    (
        "ar",
        "انتبه من الوكلاء المزيفين. إذا انت جدي، ادفع 300 دولار رسوم التسجيل لمندوبنا اليوم.",
        "recruitment_fee",
    ),
    ("ar", "بتقدر تبعت 500 للفيزا اليوم؟", "recruitment_fee"),
    ("ar", "رح نحتفظ بجواز سفرك للفيزا.", "document_handover"),
    (
        "ar",
        "إذا المكتب قبلك، بتدفع 400 دولار رسوم مكتب قبل الطيارة.",
        "recruitment_fee",
    ),
    ("ar", "ممكن السواق يحتفظ بجوازك لبكرة؟", "document_handover"),
    (
        "ar",
        "علامات الاحتيال كثيرة على النت. شروطنا:\n- رسوم تسجيل 200 دولار\n- اترك جوازك بالمكتب",
        "recruitment_fee",
    ), // ---- written after the mechanism: look-alikes that try each of its doors (a demand
    // run on after a condition, a tag question, a scam's own "signs", a heading then a fee)
    (
        "en",
        "If your family agrees, the agent keeps your passport until the visa is ready.",
        "document_handover",
    ),
    (
        "en",
        "Did you transfer the 250 dollars for the medical? Do it before Friday.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Si vous êtes d'accord, l'agence garde votre passeport jusqu'au départ.",
        "document_handover",
    ),
    (
        "fr",
        "Vous avez versé les 250 euros pour la visite médicale ? Faites-le avant vendredi.",
        "recruitment_fee",
    ),
    (
        "ht",
        "Si fanmi w dakò, ajan an ap kenbe paspò w jiskaske viza a pare.",
        "document_handover",
    ),
    (
        "ht",
        "Ou voye 250 dola pou egzamen medikal la? Fè l anvan vandredi.",
        "recruitment_fee",
    ),
    (
        "es",
        "Si tu familia está de acuerdo, la agencia se queda con tu pasaporte hasta el viaje.",
        "document_handover",
    ),
    (
        "es",
        "¿Ya depositaste los 250 dólares del examen médico? Hazlo antes del viernes.",
        "recruitment_fee",
    ),
    (
        "pt",
        "Se a tua família concordar, a agência fica com o teu passaporte até à viagem.",
        "document_handover",
    ),
    (
        "pt",
        "Já transferiste os 250 reais do exame médico? Faz isso antes de sexta.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Familia yako ikikubali, wakala atashika pasipoti yako mpaka visa itoke.",
        "document_handover",
    ),
    (
        "sw",
        "Umeshatuma dola 250 za uchunguzi wa afya? Fanya hivyo kabla ya Ijumaa.",
        "recruitment_fee",
    ),
    (
        "ar",
        "إذا أهلك وافقوا، المكتب بيحتفظ بجوازك لحد ما تطلع الفيزا.",
        "document_handover",
    ),
    (
        "en",
        "If the agent asks you for the 300 send it by M-Pesa today",
        "recruitment_fee",
    ),
    (
        "fr",
        "Si l'agent vous demande les 300 euros envoyez-les par Wave aujourd'hui",
        "recruitment_fee",
    ),
    (
        "sw",
        "Wakala akikuomba 300 tuma kwa M-Pesa leo",
        "recruitment_fee",
    ),
    (
        "ar",
        "إذا المندوب طلب منك ال 300 دولار ابعتها عالواتساب كاش اليوم",
        "recruitment_fee",
    ),
    (
        "ht",
        "Si ajan an mande w 300 dola voye l sou MonCash jodi a",
        "recruitment_fee",
    ),
    (
        "pt",
        "Se o agente te pedir os 300 reais mande pelo Pix hoje",
        "recruitment_fee",
    ),
    (
        "en",
        "The agency keeps your passport until you arrive, ok?",
        "document_handover",
    ),
    (
        "fr",
        "L'agence garde ton passeport jusqu'à l'arrivée, d'accord ?",
        "document_handover",
    ),
    (
        "es",
        "La agencia se queda con tu pasaporte hasta que llegues, ¿vale?",
        "document_handover",
    ),
    (
        "pt",
        "A agência fica com o teu passaporte até chegares, tá?",
        "document_handover",
    ),
    (
        "ht",
        "Ajans lan ap kenbe paspò w jiskaske w rive, dakò?",
        "document_handover",
    ),
    (
        "sw",
        "Wakala atashika pasipoti yako mpaka ufike, sawa?",
        "document_handover",
    ),
    (
        "ar",
        "المكتب بيحتفظ بجوازك لحد ما توصل، تمام؟",
        "document_handover",
    ),
    (
        "es",
        "Sí te cobran 300 dólares por el trámite del visado",
        "recruitment_fee",
    ),
    (
        "en",
        "Signs of a serious candidate:\n- pays the 200 registration on time\n- brings the passport to the office",
        "recruitment_fee",
    ),
    (
        "en",
        "FAKE JOB OFFERS are everywhere. Registration fee 200 USD, pay at the office before Friday.",
        "recruitment_fee",
    ),
    (
        "en",
        "If the employer sponsors you they keep your passport for two years",
        "document_handover",
    ),
    // ---- a verdict that is none, after a question of the writer's own
    (
        "en",
        "Do you have to pay for your visa? Yes, 300 dollars, send it today.",
        "recruitment_fee",
    ),
    (
        "en",
        "Can you pay the 300 registration today? If yes, we book your flight.",
        "recruitment_fee",
    ),
    (
        "en",
        "Can you pay the 300 registration today? If yes, it is not a scam, we book your flight.",
        "recruitment_fee",
    ),
    // ---- a list ends at a blank line or a sentence that is no item
    (
        "en",
        "Be careful if:\n- someone asks you for a deposit\n- they keep your passport\n\nRegistration fee 200 USD at the office before Friday.",
        "recruitment_fee",
    ),
    (
        "es",
        "Desconfía si: te piden un depósito; se quedan con tu pasaporte. Inscripción 200 dólares en la oficina antes del viernes.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Kuwa macho kama:\n- wanakuomba amana\n- wanashika pasipoti yako\n\nAda ya usajili dola 200 ofisini kabla ya Ijumaa.",
        "recruitment_fee",
    ),
    // ---- scams that open with a warning, then ask in their own voice
    (
        "en",
        "Warning: many fake agents online! We are licensed. Processing fee 350 USD, send by M-Pesa to secure your slot.",
        "recruitment_fee",
    ),
    (
        "en",
        "If the client approves your CV you pay 500 dollars for the visa and we keep your passport until you fly.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Attention aux arnaques ! Notre agence est sérieuse : frais de dossier 300 euros à verser avant lundi.",
        "recruitment_fee",
    ),
    (
        "ht",
        "Atansyon ak vòlè yo! Nou menm nou serye: frè dosye a se 300 dola, voye l sou MonCash.",
        "recruitment_fee",
    ),
    (
        "es",
        "¡Cuidado con las estafas! Nosotros somos serios. Si te aceptan, pagas 400 dólares de trámite y dejas el pasaporte en la oficina.",
        "recruitment_fee",
    ),
    (
        "pt",
        "Cuidado com golpes! A nossa agência é séria. Se fores aprovado, pagas 400 euros de taxa e deixas o passaporte connosco.",
        "recruitment_fee",
    ),
    (
        "sw",
        "Tahadhari na matapeli! Sisi ni halali. Ada ya usajili ni elfu thelathini, lipa kwa M-Pesa yetu kabla ya Ijumaa.",
        "recruitment_fee",
    ),
    (
        "ar",
        "احذر من النصابين! نحنا مكتب مرخص. رسوم التسجيل 300 دولار، ادفعها قبل الخميس.",
        "recruitment_fee",
    ),
    (
        "en",
        "If the agent asks you, or you want it faster, pay 300 now.",
        "recruitment_fee",
    ),
    // A verdict ends the description: a demand after it, or the writer's own voice, is read.
    (
        "en",
        "If the agency asks you for the 300 fee, pay it today, it is not illegal.",
        "recruitment_fee",
    ),
    (
        "fr",
        "Si une agence vous demande des frais, c'est illégal, mais chez nous l'inscription coûte 200 euros, payez avant vendredi.",
        "recruitment_fee",
    ),
    (
        "es",
        "Si el agente le pide el pasaporte, déselo, nosotros lo guardamos, no es ilegal.",
        "document_handover",
    ),
];

#[test]
fn descriptions_of_tactics_stay_quiet() {
    assert_quiet(FAIR);
}

#[test]
fn demands_that_borrow_their_words_are_found() {
    assert_flagged(DANGEROUS);
}

/// `cargo test -p waymark-core --test scan describing_tactics::tally -- --ignored --nocapture`:
/// how many of these sentences the scan reads right, per language (printed, not asserted).
#[test]
#[ignore]
fn tally() {
    for locale in ["en", "fr", "ht", "es", "pt", "sw", "ar"] {
        let fair: Vec<_> = FAIR.iter().filter(|(l, _)| *l == locale).collect();
        let quiet = fair.iter().filter(|(l, t)| flags(l, t).is_empty()).count();
        let risky: Vec<_> = DANGEROUS.iter().filter(|(l, _, _)| *l == locale).collect();
        let found = risky
            .iter()
            .filter(|(l, t, f)| flags(l, t).iter().any(|x| x == f))
            .count();
        println!(
            "{locale}: fair quiet {quiet}/{}, dangerous found {found}/{}",
            fair.len(),
            risky.len()
        );
    }
}

/// An FAQ's "No," answers the question before it; the clause after it is the answer in the
/// writer's own words, and a demand there is a demand.
#[test]
fn an_answer_that_opens_with_no_and_then_demands_is_a_demand() {
    assert_flagged(&[
        (
            "en",
            "Can I keep my passport? No, the agency keeps all passports until the end of the contract.",
            "document_handover",
        ),
        (
            "fr",
            "Est-ce que je garde mon passeport ? Non, l'agence garde tous les passeports jusqu'à la fin du contrat.",
            "document_handover",
        ),
        (
            "es",
            "¿Puedo quedarme con mi pasaporte? No, la agencia guarda los pasaportes hasta el final del contrato.",
            "document_handover",
        ),
        (
            "pt",
            "Posso ficar com o meu passaporte? Não, a agência guarda todos os passaportes até o fim do contrato.",
            "document_handover",
        ),
        (
            "en",
            "Is the job free? No, the registration is 300 USD, paid at our office before the visa.",
            "recruitment_fee",
        ),
    ]);
    assert_quiet(&[
        (
            "en",
            "Do I pay a fee? No, the employer pays every cost of recruitment.",
        ),
        (
            "en",
            "Will they keep my passport? No, your passport stays with you at all times.",
        ),
        (
            "fr",
            "Dois-je payer des frais ? Non, l'employeur paie tous les frais de recrutement.",
        ),
        (
            "es",
            "¿Tengo que pagar algo? No, el empleador paga todos los costos.",
        ),
    ]);
}

/// A checklist asks whether an unnamed someone wants to keep the reader's papers; the same
/// words said as a statement are a hand-over.
#[test]
fn a_question_about_someone_wanting_the_papers_is_no_hand_over() {
    assert_quiet(&[
        (
            "en",
            "Before you go: does someone want to keep your passport for you? Your papers are yours.",
        ),
        (
            "es",
            "Antes de viajar: ¿alguien quiere guardarte la cédula o el pasaporte? Es tuyo, no lo entregues.",
        ),
        (
            "sw",
            "Jiulize: je, kuna mtu anataka kushika pasipoti yako? Ni yako, usikubali.",
        ),
        (
            "fr",
            "Avant de partir : quelqu'un veut garder votre passeport ? Il est à vous, refusez.",
        ),
    ]);
    assert_flagged(&[
        (
            "en",
            "Someone at the office wants to keep your passport, bring it tomorrow.",
            "document_handover",
        ),
        (
            "es",
            "Alguien de la agencia quiere guardarte el pasaporte hasta el viaje, tráelo mañana.",
            "document_handover",
        ),
    ]);
}

#[test]
fn a_verdict_after_what_it_judges_describes_it() {
    assert_quiet(&[
        (
            "en",
            "The guy at the bus park who wants 3,000 cedis for a Dubai visa, that's a scam.",
        ),
        (
            "ht",
            "Nèg sou Facebook la k ap mande w 500 dola pou yon viza, se kout ba sa.",
        ),
        (
            "pt",
            "Um rapaz no Instagram vende vaga na fábrica por 400 euros, metade adiantado. É golpe.",
        ),
        (
            "es",
            "Una señora cobra 300 dólares por apuntarte en la lista de la cosecha. Es estafa.",
        ),
    ]);
    // The writer's own demand before the verdict, or after it, is still a demand.
    assert_flagged(&[(
        "pt",
        "Outros cobram 4 mil, é golpe. Aqui você paga só 400 euros de taxa.",
        "recruitment_fee",
    )]);
}
