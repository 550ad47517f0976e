//! Family trips in the red-flag scan, through the shipped content, in every shipped
//! language: a relative's visit on a tourist, visitor or pilgrim visa (a wedding, Eid, the
//! Hajj, a graduation, "no work involved") is no irregular travel and no family
//! recruitment, and a relative passing on an official programme's link with "pay nobody"
//! recruits no one; but a visit visa in a text that names work, an employer or an agency,
//! a relative who calls you over to a job, and the lie told at the airport still raise
//! their flags. Written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet};

#[test]
fn a_relatives_visit_with_no_job_raises_no_flag() {
    let fair: &[(&str, &str)] = &[
        (
            "en",
            "My uncle flies to Jeddah next week on a Hajj visa with his mosque group and comes home after the pilgrimage.",
        ),
        (
            "en",
            "Grandma is going to Toronto on a visitor visa to meet the new baby, no work involved, back in a month.",
        ),
        (
            "en",
            "My cousin is coming over on a tourist visa for my sister's wedding, she returns to Lagos on the 20th.",
        ),
        (
            "en",
            "Auntie will travel to London on a visit visa for the graduation ceremony; she is retired and not working there.",
        ),
        (
            "en",
            "Dad got his Umrah visa, he'll spend ten days in Mecca with the family and fly back.",
        ),
        (
            "en",
            "My brother sent me the official link for the seasonal work programme; apply on the ministry site and pay nobody.",
        ),
        (
            "fr",
            "Mon oncle part à La Mecque avec un visa Hajj et le groupe de la mosquée, il rentre dans trois semaines.",
        ),
        (
            "fr",
            "Ma tante vient à Montréal avec un visa de visiteur pour le baptême du bébé, elle ne travaillera pas là-bas.",
        ),
        (
            "fr",
            "Mon cousin arrive avec un visa touristique pour le mariage de ma sœur et repart le 12.",
        ),
        (
            "fr",
            "Grand-mère va voir ses petits-enfants à Paris avec un visa de court séjour, sans aucun travail.",
        ),
        (
            "fr",
            "Papa a eu son visa Omra, il part dix jours en famille et revient à Dakar.",
        ),
        (
            "fr",
            "Ma sœur m'a envoyé le lien officiel du programme de travail saisonnier : on s'inscrit sur le site du ministère et on ne paie personne.",
        ),
        (
            "ht",
            "Tonton m pral Lamèk ak viza Hajj la ak gwoup moske a, l ap tounen apre twa semèn.",
        ),
        (
            "ht",
            "Matant mwen ap vin Miyami ak viza touris pou batèm ti bebe a, li p ap travay la.",
        ),
        (
            "ht",
            "Kouzen m ap vin pou maryaj sè m nan ak yon viza vizitè, l ap retounen 15 an.",
        ),
        (
            "ht",
            "Grann mwen ap al wè pitit pitit li Monreyal ak viza vizit, pa gen okenn travay.",
        ),
        (
            "ht",
            "Papa m jwenn viza pou fineray tonton m nan Nouyòk, l ap tounen lakay apre sa.",
        ),
        (
            "ht",
            "Frè m voye m lyen ofisyèl pwogram travay la; aplike sou sit ministè a, pa peye pèsonn.",
        ),
        (
            "es",
            "Mi tío viaja a La Meca con visa de Hajj y el grupo de la mezquita, vuelve en tres semanas.",
        ),
        (
            "es",
            "Mi abuela va a Madrid con visa de turista para el bautizo de su nieto, no va a trabajar.",
        ),
        (
            "es",
            "Mi prima viene con visa de visitante a la boda de mi hermana y regresa el 20.",
        ),
        (
            "es",
            "Mi tía viaja a Miami con visa de turismo para la graduación de su hijo, sin ningún trabajo.",
        ),
        (
            "es",
            "Papá sacó su visa de Umrah, pasa diez días con la familia y regresa a casa.",
        ),
        (
            "es",
            "Mi hermano me pasó el enlace oficial del programa de trabajo temporal; te inscribes en la página del ministerio y no le pagas a nadie.",
        ),
        (
            "pt",
            "O meu tio vai a Meca com visto de Hajj e o grupo da mesquita, volta daqui a três semanas.",
        ),
        (
            "pt",
            "A avó vai a Lisboa com visto de turista para o batizado do neto, não vai trabalhar.",
        ),
        (
            "pt",
            "A minha prima vem com visto de visitante para o casamento da minha irmã e volta dia 20.",
        ),
        (
            "pt",
            "A minha tia viaja para São Paulo com visto de turismo para a formatura do filho, sem trabalho nenhum.",
        ),
        (
            "pt",
            "O pai tirou o visto de Umrah, passa dez dias com a família e volta para casa.",
        ),
        (
            "pt",
            "O meu irmão mandou o link oficial do programa de trabalho sazonal; inscreve-te no site do ministério e não pagues a ninguém.",
        ),
        (
            "sw",
            "Shangazi amepata visa ya Hija, ataenda Makka na waumini wa msikiti wetu na kurudi mwezi ujao.",
        ),
        (
            "sw",
            "Bibi anaenda London kwa visa ya utalii kuwaona wajukuu, hatafanya kazi yoyote huko.",
        ),
        (
            "sw",
            "Binamu yangu anakuja kwa visa ya mgeni kwa ajili ya harusi ya dada yangu, atarudi tarehe 20.",
        ),
        (
            "sw",
            "Mama mdogo anasafiri Dubai kwa visa ya kutembelea kwa mahafali ya mwanawe, hakuna kazi.",
        ),
        (
            "sw",
            "Baba amepata visa ya Umra, atakaa siku kumi na familia kisha arudi nyumbani.",
        ),
        (
            "sw",
            "Kaka yangu amenitumia kiungo rasmi cha programu ya kazi za msimu; jisajili kwenye tovuti ya wizara na usimlipe mtu yeyote.",
        ),
        (
            "ar",
            "عمي مسافر إلى مكة بتأشيرة حج مع جماعة المسجد، ويرجع بعد ثلاثة أسابيع.",
        ),
        (
            "ar",
            "جدتي رايحة لندن بفيزا سياحية تشوف أحفادها، ما رح تشتغل هناك.",
        ),
        ("ar", "ابن عمي جاي بفيزا زيارة لعرس أختي، ويرجع يوم ٢٠."),
        (
            "ar",
            "خالتي مسافرة دبي بتأشيرة زيارة لحفل تخرج ابنها، بدون أي شغل.",
        ),
        (
            "ar",
            "أبوي طلع له فيزا عمرة، يقعد عشر أيام مع العائلة ويرجع البيت.",
        ),
        (
            "ar",
            "أخوي بعتلي الرابط الرسمي لبرنامج العمل الموسمي، سجّل على موقع الوزارة وما تدفع لحدا.",
        ),
        (
            "en",
            "Mum and Dad leave for Umrah on Friday with the church-free travel group from our street, two weeks, then home.",
        ),
        (
            "en",
            "Just landed! My niece picked me up, I'm here on a visitor visa for her graduation, flying back Sunday.",
        ),
        (
            "en",
            "Uncle Joe got the tourist visa approved, he'll stay with us for Christmas and go back in January.",
        ),
        (
            "en",
            "My sister sent me the job link from the government portal; she said apply there yourself and never pay an agent.",
        ),
        (
            "en",
            "We're going as tourists to see my brother in Doha for Eid, back after the holiday.",
        ),
        (
            "en",
            "Grandpa's visit visa came through, he just wants to see the grandkids before he gets too old to travel.",
        ),
        (
            "fr",
            "Papa et maman partent pour la Omra vendredi avec un groupe de voyage, deux semaines, puis retour à la maison.",
        ),
        (
            "fr",
            "Bien arrivée ! Ma nièce est venue me chercher, je suis ici avec un visa visiteur pour sa remise de diplôme, je rentre dimanche.",
        ),
        (
            "fr",
            "Tonton a eu son visa touristique, il passe Noël chez nous et repart en janvier.",
        ),
        (
            "fr",
            "Ma sœur m'a transmis l'annonce du portail officiel ; elle dit de postuler soi-même et de ne jamais payer un intermédiaire.",
        ),
        (
            "fr",
            "On part en touristes voir mon frère à Dakar pour la Tabaski, retour après la fête.",
        ),
        (
            "ht",
            "Papa ak manman m ap pati pou Omra vandredi ak yon gwoup vwayaj, de semèn, apre sa yo retounen lakay.",
        ),
        (
            "ht",
            "M rive! Nyès mwen vin chèche m, m la ak viza vizitè pou gradyasyon li, m ap retounen dimanch.",
        ),
        (
            "ht",
            "Tonton Jo jwenn viza touris li, l ap pase Nwèl lakay nou epi l ap retounen an janvye.",
        ),
        (
            "ht",
            "Sè m voye m lyen travay la sou sit ofisyèl gouvènman an; li di aplike pou kont ou, pa janm peye yon ajan.",
        ),
        (
            "ht",
            "Nou prale kòm touris wè frè m nan Miami pou Nwèl, n ap tounen apre fèt yo.",
        ),
        (
            "es",
            "Mis papás se van a la Umrah el viernes con un grupo de viaje, dos semanas y regresan a casa.",
        ),
        (
            "es",
            "¡Ya llegué! Mi sobrina me recogió, estoy aquí con visa de visitante por su graduación, regreso el domingo.",
        ),
        (
            "es",
            "Al tío Pepe le aprobaron la visa de turista, pasa la Navidad con nosotros y vuelve en enero.",
        ),
        (
            "es",
            "Mi hermana me mandó el aviso del portal oficial; dice que postules tú misma y que nunca le pagues a un intermediario.",
        ),
        (
            "es",
            "Vamos de turistas a ver a mi hermano en Miami por Navidad, volvemos después de las fiestas.",
        ),
        (
            "pt",
            "Os meus pais vão à Umrah na sexta com um grupo de viagem, duas semanas, e depois voltam para casa.",
        ),
        (
            "pt",
            "Cheguei! A minha sobrinha foi buscar-me, estou cá com visto de visitante para a formatura dela, volto domingo.",
        ),
        (
            "pt",
            "O tio Zé teve o visto de turista aprovado, passa o Natal connosco e volta em janeiro.",
        ),
        (
            "pt",
            "A minha irmã mandou-me o anúncio do portal oficial; diz para eu me candidatar sozinha e nunca pagar a intermediários.",
        ),
        (
            "pt",
            "Vamos como turistas ver o meu irmão em Luanda no Natal, voltamos depois das festas.",
        ),
        (
            "sw",
            "Wazazi wangu wanaenda Umra Ijumaa na kikundi cha safari, wiki mbili, kisha wanarudi nyumbani.",
        ),
        (
            "sw",
            "Nimefika! Mpwa wangu alinichukua uwanjani, niko hapa kwa visa ya mgeni kwa mahafali yake, narudi Jumapili.",
        ),
        (
            "sw",
            "Mjomba Juma amepata visa ya utalii, atakaa nasi Krismasi na kurudi Januari.",
        ),
        (
            "sw",
            "Dada yangu amenitumia tangazo kutoka tovuti rasmi ya serikali; anasema jisajili mwenyewe na usimlipe wakala.",
        ),
        (
            "sw",
            "Tunaenda kama watalii kumwona kaka yangu Dubai kwa Idi, tutarudi baada ya sikukuu.",
        ),
        (
            "ar",
            "أبوي وأمي مسافرين عمرة يوم الجمعة مع مجموعة سفر، أسبوعين ويرجعوا البيت.",
        ),
        (
            "ar",
            "وصلت! بنت أختي استقبلتني، أنا هون بفيزا زيارة لحفل تخرجها، راجعة يوم الأحد.",
        ),
        (
            "ar",
            "أختي بعتتلي الإعلان من الموقع الرسمي للحكومة، وقالت قدّمي بنفسك ولا تدفعي لأي وسيط.",
        ),
        (
            "ar",
            "رايحين كسياح نشوف أخوي بدبي بالعيد، ونرجع بعد العطلة.",
        ),
        (
            "en",
            "I took leave from work for the Hajj, flying on a Hajj visa with the mosque group next week.",
        ),
        (
            "fr",
            "J'ai pris congé du travail pour le pèlerinage, je pars avec un visa Hajj et le groupe de la mosquée.",
        ),
        (
            "es",
            "Pedí vacaciones en el trabajo para la boda de mi hermana en Madrid, viajo con visa de turista.",
        ),
        (
            "sw",
            "Nimeomba likizo kazini kwa ajili ya harusi ya dada yangu, nitasafiri kwa visa ya utalii.",
        ),
        ("ar", "أخدت إجازة من الشغل لعرس أختي، مسافرة بفيزا سياحية."),
        (
            "en",
            "My auntie is off to Jeddah for Umrah with her women's group, ten days, then straight home.",
        ),
        (
            "en",
            "Cousin Mary comes over on a visitor visa for Dad's 70th birthday and flies home after a fortnight.",
        ),
        (
            "fr",
            "Ma tata part à La Mecque pour la Omra avec son groupe de femmes, dix jours, puis retour direct.",
        ),
        (
            "ht",
            "Matant mwen pral Lamèk pou Omra ak gwoup fanm legliz li, dis jou, apre sa li tounen lakay.",
        ),
        (
            "es",
            "Mi tía se va a La Meca a la Umrah con su grupo de señoras, diez días, y luego vuelve directo a casa.",
        ),
        (
            "pt",
            "A minha tia vai a Meca fazer a Umrah com o grupo de senhoras, dez dias, e depois volta direto para casa.",
        ),
        (
            "sw",
            "Shangazi anaenda Makka kwa Umra na kikundi cha wanawake, siku kumi, kisha anarudi nyumbani moja kwa moja.",
        ),
        (
            "ar",
            "خالتي رايحة مكة تعمل عمرة مع مجموعة ستات، عشر أيام وبعدين ترجع على البيت.",
        ),
    ];
    assert_quiet(fair);
}

#[test]
fn a_visit_visa_for_work_or_a_relative_with_a_job_still_raises_its_flag() {
    let dangerous: &[(&str, &str, &str)] = &[
        (
            "en",
            "My uncle says go on a tourist visa for the wedding and then stay to work at his shop.",
            "irregular_travel",
        ),
        (
            "en",
            "Cousin, come on a visit visa, I have already found you a job at the restaurant here.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Your aunt will get you a tourist visa, when you arrive you start work as a housemaid.",
            "irregular_travel",
        ),
        (
            "en",
            "Travel on an Umrah visa, my brother will find you work in Riyadh after.",
            "irregular_travel",
        ),
        (
            "fr",
            "Mon oncle dit de venir avec un visa touriste pour le mariage, puis de rester travailler dans son magasin.",
            "irregular_travel",
        ),
        (
            "fr",
            "Cousine, viens avec un visa de visite, je t'ai déjà trouvé un travail au restaurant.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ta tante va te faire un visa touriste, en arrivant tu commences comme femme de ménage.",
            "irregular_travel",
        ),
        (
            "fr",
            "Pars avec un visa Omra, mon frère te trouvera du travail à Riyad après.",
            "irregular_travel",
        ),
        (
            "ht",
            "Tonton m di vin ak viza touris pou maryaj la epi rete travay nan boutik li.",
            "irregular_travel",
        ),
        (
            "ht",
            "Kouzin, vin ak viza vizit, m jwenn yon travay pou ou nan restoran an deja.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Matant ou ap fè viza touris pou ou, lè w rive w ap kòmanse travay kòm bòn.",
            "irregular_travel",
        ),
        (
            "ht",
            "Vin ak viza touris, frè m ap jwenn travay pou ou apre.",
            "irregular_travel",
        ),
        (
            "es",
            "Mi tío dice que vengas con visa de turista para la boda y luego te quedas trabajando en su tienda.",
            "irregular_travel",
        ),
        (
            "es",
            "Prima, vente con visa de visita, ya te conseguí trabajo en el restaurante.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Tu tía te saca la visa de turista y al llegar empiezas a trabajar de empleada doméstica.",
            "irregular_travel",
        ),
        (
            "es",
            "Viaja con visa de Umrah, mi hermano te consigue trabajo en Riad después.",
            "irregular_travel",
        ),
        (
            "pt",
            "O meu tio diz para vires com visto de turista para o casamento e depois ficares a trabalhar na loja dele.",
            "irregular_travel",
        ),
        (
            "pt",
            "Prima, vem com visto de visita, já te arranjei trabalho no restaurante.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "A tua tia tira-te o visto de turista e quando chegares começas a trabalhar como empregada.",
            "irregular_travel",
        ),
        (
            "pt",
            "Vai com visto de Umrah, o meu irmão arranja-te trabalho em Riade depois.",
            "irregular_travel",
        ),
        (
            "sw",
            "Mjomba anasema uje kwa visa ya utalii kwa harusi kisha ubaki ufanye kazi dukani kwake.",
            "irregular_travel",
        ),
        (
            "sw",
            "Binamu, njoo kwa visa ya kutembelea, nimekutafutia kazi tayari kwenye mgahawa.",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Shangazi yako atakutafutia visa ya utalii, ukifika utaanza kazi ya ndani.",
            "irregular_travel",
        ),
        (
            "sw",
            "Safiri kwa visa ya Umra, kaka yangu atakutafutia kazi Riyadh baadaye.",
            "irregular_travel",
        ),
        (
            "ar",
            "عمي بيقول تعال بفيزا سياحية عالعرس وبعدين خليك اشتغل بمحله.",
            "irregular_travel",
        ),
        (
            "ar",
            "يا بنت عمي، تعالي بفيزا زيارة، لقيتلك شغل بالمطعم خلاص.",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "خالتك بتطلعلك فيزا سياحة، ولما توصلي بتبدي شغل خدامة.",
            "irregular_travel",
        ),
        (
            "ar",
            "سافر بفيزا عمرة، أخوي بيلاقيلك شغل بالرياض بعدين.",
            "irregular_travel",
        ),
        (
            "en",
            "My sister says come as a tourist, her madam needs another cleaner and will pay you 300 a month.",
            "irregular_travel",
        ),
        (
            "en",
            "Come on a visitor visa to see your aunt, then the agency changes it to work papers.",
            "irregular_travel",
        ),
        (
            "en",
            "Niece, come to Doha, your uncle found you a job in a cafe, he will pay the ticket.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Tell them at the airport you're visiting your cousin, the job at the farm starts Monday.",
            "irregular_travel",
        ),
        (
            "fr",
            "Ma sœur dit de venir comme touriste, sa patronne cherche une autre femme de ménage payée 300 par mois.",
            "irregular_travel",
        ),
        (
            "fr",
            "Viens avec un visa visiteur pour voir ta tante, ensuite l'agence le change en permis de travail.",
            "irregular_travel",
        ),
        (
            "fr",
            "Ma nièce, viens à Doha, ton oncle t'a trouvé un poste dans un café, il paie le billet.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Sè m di vin kòm touris, patwòn li bezwen yon lòt moun pou netwaye, l ap peye w 300 pa mwa.",
            "irregular_travel",
        ),
        (
            "ht",
            "Vin ak viza vizitè pou wè matant ou, apre sa ajans lan ap chanje l an pèmi travay.",
            "irregular_travel",
        ),
        (
            "ht",
            "Nyès mwen, vin Miami, tonton ou jwenn yon djòb pou ou nan yon kafe, l ap peye tikè a.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi hermana dice que vengas como turista, su patrona necesita otra muchacha de limpieza y te paga 300 al mes.",
            "irregular_travel",
        ),
        (
            "es",
            "Ven con visa de visitante a ver a tu tía, luego la agencia te la cambia por permiso de trabajo.",
            "irregular_travel",
        ),
        (
            "es",
            "Sobrina, vente a Panamá, tu tío te consiguió un puesto en una cafetería, él paga el pasaje.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "A minha irmã diz para vires como turista, a patroa dela precisa de outra empregada de limpeza e paga 300 por mês.",
            "irregular_travel",
        ),
        (
            "pt",
            "Vem com visto de visitante ver a tua tia, depois a agência troca para autorização de trabalho.",
            "irregular_travel",
        ),
        (
            "pt",
            "Sobrinha, vem para Lisboa, o teu tio arranjou-te um lugar num café, ele paga a passagem.",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Dada yangu anasema uje kama mtalii, bosi wake anahitaji msichana mwingine wa usafi atakulipa 300 kwa mwezi.",
            "irregular_travel",
        ),
        (
            "sw",
            "Njoo kwa visa ya mgeni kumtembelea shangazi yako, kisha wakala ataibadilisha kuwa kibali cha kazi.",
            "irregular_travel",
        ),
        (
            "sw",
            "Mpwa wangu, njoo Doha, mjomba wako amekutafutia kazi kwenye mgahawa, atalipa tiketi.",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "أختي بتقول تعالي كسائحة، المدام تبعها بدها خدامة تانية وبتدفعلك ٣٠٠ بالشهر.",
            "irregular_travel",
        ),
        (
            "ar",
            "تعال بفيزا زيارة تشوف خالتك، وبعدين المكتب بيحولها لإقامة عمل.",
            "irregular_travel",
        ),
        (
            "ar",
            "يا بنت أختي، تعالي عالدوحة، خالك لقالك شغل بكافيه، وهو بيدفع التذكرة.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Come on a tourist visa for your cousin's wedding and the agency will find you work.",
            "irregular_travel",
        ),
        (
            "en",
            "Visit visa for the wedding, after that my uncle's friend has a cleaning job for you at 1,200 a month.",
            "irregular_travel",
        ),
        (
            "fr",
            "Viens avec un visa touriste pour le mariage de ta cousine. Après, l'agence te trouve un travail.",
            "irregular_travel",
        ),
        (
            "es",
            "Vente con visa de turista a la boda de tu prima. Después la agencia te consigue trabajo.",
            "irregular_travel",
        ),
        (
            "sw",
            "Njoo kwa visa ya utalii kwa harusi ya binamu yako. Baadaye wakala atakutafutia kazi.",
            "irregular_travel",
        ),
        (
            "ar",
            "تعالي بفيزا سياحية لعرس بنت عمك. بعدين المكتب بيلاقيلك شغل.",
            "irregular_travel",
        ),
        (
            "en",
            "Your uncle will sponsor a tourist visa, once you land he has a housekeeping job waiting at a hotel.",
            "irregular_travel",
        ),
        (
            "fr",
            "Ton oncle te prend un visa touriste, dès que tu atterris il a un boulot de femme de chambre qui t'attend.",
            "irregular_travel",
        ),
        (
            "ht",
            "Tonton w ap fè viza touris pou ou, depi w ateri li gen yon travay nan yon otèl k ap tann ou.",
            "irregular_travel",
        ),
        (
            "es",
            "Tu tío te saca una visa de turista, apenas aterrices tiene un trabajo de camarera esperándote en un hotel.",
            "irregular_travel",
        ),
        (
            "pt",
            "O teu tio tira-te um visto de turista, assim que aterrares ele tem um trabalho de camareira à tua espera num hotel.",
            "irregular_travel",
        ),
        (
            "sw",
            "Mjomba wako atakutafutia visa ya utalii, ukitua tu ana kazi ya hoteli inakusubiri.",
            "irregular_travel",
        ),
        (
            "ar",
            "عمك بيطلعلك فيزا سياحية، وأول ما توصل عنده شغل بفندق ناطرك.",
            "irregular_travel",
        ),
    ];
    assert_flagged(dangerous);
}
