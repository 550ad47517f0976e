//! Signs in the words of English (Caribbean, West and East African, South Asian, Filipino,
//! North American registers, Nigerian Pidgin), French (West and Central African, Maghrebi,
//! Québec, France) and Haitian Creole recruiters the lists lacked: the "donkey route", "la
//! harga", the Darién; debts "paid back small small" or "pris sur ta paye"; "drop your
//! number in the comments"; "no IELTS", "salaire alléchant"; "my sugar, I will sponsor your
//! visa"; "your passport go dey with oga"; "hush hush", "motus", "pa fè moun konnen". Each is
//! found; the same words in fair use stay quiet. Sentences written for these tests, not
//! taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_quiet};

#[test]
fn signs_in_these_registers_are_found() {
    assert_flagged(&[
        (
            "en",
            "Na visiting visa you go use enter, when you land oga go sort the work permit.",
            "irregular_travel",
        ),
        (
            "en",
            "We go through the donkey route, Mexico first then the border.",
            "irregular_travel",
        ),
        (
            "en",
            "It's the dunki route bro, 3 countries by road and jungle.",
            "irregular_travel",
        ),
        (
            "en",
            "You go on a business visa and start work the same week.",
            "irregular_travel",
        ),
        (
            "en",
            "Just overstay after the three months, nobody checks.",
            "irregular_travel",
        ),
        (
            "en",
            "Our escort at NAIA will take you through immigration, don't worry.",
            "irregular_travel",
        ),
        (
            "en",
            "We go pass Agadez, then the desert road to Libya, then boat.",
            "irregular_travel",
        ),
        (
            "en",
            "Travel by road through Niger, no need for passport.",
            "irregular_travel",
        ),
        (
            "en",
            "Enter on a transit visa and the boss will keep you working.",
            "irregular_travel",
        ),
        (
            "fr",
            "On passe par la Libye puis le bateau pour l'Italie.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu pars à l'aventure par le désert, le passeur t'attend à Agadez.",
            "irregular_travel",
        ),
        (
            "fr",
            "On fait la harga en zodiac, 3000 euros la place.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu entres par le chemin Roxham et après on te trouve du travail.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu viens avec un visa d'affaires et tu commences à travailler direct.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu restes après l'expiration du visa, personne ne vérifie.",
            "irregular_travel",
        ),
        (
            "ht",
            "N ap pase pa Nikaragwa, apre sa fwontyè Meksik la.",
            "irregular_travel",
        ),
        (
            "ht",
            "W ap pase nan forè Darien nan ak gwoup la.",
            "irregular_travel",
        ),
        (
            "ht",
            "Ou antre ak viza touris la epi w rete travay.",
            "irregular_travel",
        ),
        (
            "ht",
            "Nou pase w Dajabón lannwit, pa bezwen paspò.",
            "irregular_travel",
        ),
        (
            "en",
            "Don't worry about the ticket money, you go pay am back small small from your salary.",
            "recruitment_debt",
        ),
        (
            "en",
            "We'll take it from your pay every month until the ticket is cleared.",
            "recruitment_debt",
        ),
        (
            "en",
            "The visa cost will be adjusted from your salary.",
            "recruitment_debt",
        ),
        (
            "en",
            "No placement fee, salary deduction scheme for the processing cost.",
            "recruitment_debt",
        ),
        (
            "en",
            "You can pay me back when you start earning over there.",
            "recruitment_debt",
        ),
        (
            "en",
            "Madam paid your transport, you will work it off.",
            "recruitment_debt",
        ),
        (
            "en",
            "Everything na loan, you go refund from your first three salaries.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Le billet, on le prend sur ta paye chaque semaine.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Tu me rembourses avec ton premier chèque de paye.",
            "recruitment_debt",
        ),
        (
            "fr",
            "La patronne a avancé le billet, tu travailles pour elle jusqu'à ce que ce soit payé.",
            "recruitment_debt",
        ),
        (
            "fr",
            "On te retire 100 euros par mois jusqu'à ce que le visa soit remboursé.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Patwon an peye tikè a, w ap remèt li sou chak chèk.",
            "recruitment_debt",
        ),
        (
            "ht",
            "N ap retire kòb viza a sou salè w chak mwa.",
            "recruitment_debt",
        ),
        (
            "en",
            "Interested persons should drop their number in the comments.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Comment INTERESTED and I will send you the details.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Chat me up on WhatsApp for more info.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Hit me up on WhatsApp, serious applicants only.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Kindly PM for details, limited slots.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Link me on WhatsApp, mi have the farm work.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Send your CV to careers.canada.jobs@yahoo.com today.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Laissez votre numéro en commentaire, on vous contacte.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Tout se fait par WhatsApp, pas besoin de venir au bureau.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Commentez INTÉRESSÉ et je vous écris en privé.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Écrivez-nous sur WhatsApp au plus vite pour le recrutement.",
            "unverifiable_recruiter",
        ),
        (
            "ht",
            "Kite nimewo w nan kòmantè yo, m ap ekri w.",
            "unverifiable_recruiter",
        ),
        (
            "ht",
            "Ekri m sou WhatsApp pou plis enfòmasyon sou travay la.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Mouth-watering salary, no IELTS required.",
            "too_good_to_be_true",
        ),
        (
            "en",
            "Juicy salary in pounds, no experience needed, free accommodation and feeding.",
            "too_good_to_be_true",
        ),
        (
            "fr",
            "Salaire alléchant, aucun niveau d'études exigé.",
            "too_good_to_be_true",
        ),
        (
            "fr",
            "Logé, nourri, blanchi, 2500 euros par mois sans diplôme.",
            "too_good_to_be_true",
        ),
        (
            "fr",
            "Pas besoin du bac, salaire très motivant payé en euros.",
            "too_good_to_be_true",
        ),
        (
            "ht",
            "Pa bezwen konn li ni ekri, w ap touche 2000 dola pa mwa.",
            "too_good_to_be_true",
        ),
        (
            "en",
            "My sugar, I will sponsor your visa and we go settle for Dubai.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Mahal, I'll process your papers, just come over and stay with me.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Babes I'll handle your ticket, come and meet me in Doha.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Your uncle don arrange work for you for Lagos, come next week.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Cousin, there is work for you here, the boss needs a girl for the shop.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Aunty go sponsor your transport, you go help her sell for the shop.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ma puce, je m'occupe de ton visa, viens me retrouver à Paris.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Mon cœur, je prends ton billet, on vivra ensemble à Montréal.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ta tata veut que tu viennes l'aider à la maison en ville, elle paie le car.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ton oncle t'a trouvé une place de bonne chez un monsieur à Abidjan.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Cheri, m ap fè papye pou ou, vin jwenn mwen Miami.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Matant ou vle w vin rete lakay li pou ede l nan kay la, l ap peye bis la.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Your international passport go dey with oga until you finish.",
            "document_handover",
        ),
        (
            "en",
            "Lef yuh passport wid me, I'll hold it till the season done.",
            "document_handover",
        ),
        (
            "en",
            "Carry your passport come office tomorrow, we go keep am.",
            "document_handover",
        ),
        (
            "en",
            "Your passport will be with the sponsor for the whole contract.",
            "document_handover",
        ),
        (
            "en",
            "Surrender your passport to the broker at the airport.",
            "document_handover",
        ),
        (
            "fr",
            "File-moi ton passeport, je le mets au coffre.",
            "document_handover",
        ),
        (
            "fr",
            "Ton passeport va rester avec nous le temps du contrat.",
            "document_handover",
        ),
        (
            "ht",
            "Pote paspò w vin biwo a, se nou k ap kenbe l.",
            "document_handover",
        ),
        (
            "ht",
            "Ban m paspò w la, m ap gade l pou ou.",
            "document_handover",
        ),
        (
            "en",
            "Don't dull yourself, the slots go finish before Friday.",
            "pressure_to_decide",
        ),
        (
            "en",
            "This is the last batch, after this no more.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Doh tell nobody about this, not even your mother.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Nuh tell nobody bout the work, keep it on the low.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Keep it hush hush, not even your husband should know.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Final call for applicants, confirm by tonight.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Grouille-toi, y a pas le temps de réfléchir.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Faut pas traîner, les autres attendent ta place.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Motus et bouche cousue, même à tes parents.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Ne le dis pas à tes parents, garde ça entre nous.",
            "pressure_to_decide",
        ),
        (
            "ht",
            "Pa dòmi sou sa, m bezwen repons ou jodi a.",
            "pressure_to_decide",
        ),
        (
            "ht",
            "Pa fè moun konnen, kenbe sa pou ou.",
            "pressure_to_decide",
        ),
        ("ht", "Pa mize, plas yo prèske fini.", "pressure_to_decide"),
        (
            "en",
            "Do transfer of 150k for the form and medicals to this account.",
            "recruitment_fee",
        ),
        (
            "en",
            "Pay the priority processing fee to secure your slot.",
            "recruitment_fee",
        ),
        (
            "en",
            "The mobilisation is 300k, you go pay am before you travel.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Il faut envoyer 150 000 FCFA par Orange Money pour l'ouverture du dossier.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Les frais de visa c'est toi, 2 millions.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Voye 300 dola sou MonCash pou dosye a.",
            "recruitment_fee",
        ),
        (
            "en",
            "No IELTS required, earn $3,500 monthly as a care assistant.",
            "too_good_to_be_true",
        ),
        (
            "fr",
            "Pas besoin de parler anglais, salaire en euros, logé nourri.",
            "too_good_to_be_true",
        ),
        (
            "ht",
            "Pa bezwen pale angle, w ap touche salè an dola, lojman gratis.",
            "too_good_to_be_true",
        ),
        (
            "en",
            "Sweetie, I've booked your flight to Toronto, you'll stay with me and help at my friend's restaurant.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Hun, I'll send the ticket money, there's good work for you at my uncle's farm.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Your big sister said come to Dubai, she has a salon job waiting for you.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Nephew, I have arranged a job for you in Manchester, just come.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Bhe, I will shoulder your ticket, come here and work with me at the spa.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ma chérie, j'ai déjà réservé ton billet, tu travailleras dans le restaurant de mon ami.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Ta grande sœur dit de venir à Dakar, elle a un travail pour toi au marché.",
            "romance_or_family_recruitment",
        ),
        (
            "fr",
            "Mon neveu, je t'ai arrangé un boulot à Lyon, viens vite.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Doudou, m deja achte tikè w, w ap travay nan restoran zanmi m nan.",
            "romance_or_family_recruitment",
        ),
        (
            "ht",
            "Sè w la di vin Santiago, li gen yon djòb pou ou nan salon an.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "The agency will foot the bill and recover it from your wages.",
            "recruitment_debt",
        ),
        (
            "en",
            "Your ticket is on credit, we deduct 20% monthly.",
            "recruitment_debt",
        ),
        (
            "en",
            "You'll owe the boss for the flight until the harvest.",
            "recruitment_debt",
        ),
        (
            "en",
            "We pay everything first, you balance us when you start work.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Le patron paie ton voyage et tu lui rends l'argent en travaillant.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Bòs la peye tout, w ap ba l kòb la apre sou travay ou.",
            "recruitment_debt",
        ),
        (
            "en",
            "For more info call or WhatsApp +234 803 000 0000.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Interested? Send a message to our Facebook page, no office visits.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Apply via Telegram @canadajobsfast.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Pour postuler, contactez-nous uniquement sur Telegram.",
            "unverifiable_recruiter",
        ),
        (
            "fr",
            "Le nom de l'employeur sera communiqué après le paiement.",
            "unverifiable_recruiter",
        ),
        (
            "ht",
            "Non patwon an, n ap ba w li lè w fin peye.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Send us your original passport via DHL for processing.",
            "document_handover",
        ),
        (
            "en",
            "Your passport will be held by the company for safekeeping.",
            "document_handover",
        ),
        (
            "en",
            "Drop your passport with the agent at the bus park.",
            "document_handover",
        ),
        (
            "fr",
            "Déposez votre passeport au bureau pour le visa.",
            "document_handover",
        ),
        (
            "fr",
            "On garde les passeports à l'agence jusqu'au départ.",
            "document_handover",
        ),
        (
            "ht",
            "Kite paspò w nan men ajan an pou viza a.",
            "document_handover",
        ),
        (
            "en",
            "You will enter through Mexico and cross over.",
            "irregular_travel",
        ),
        (
            "en",
            "We go by road through the bush to the border, no stamp.",
            "irregular_travel",
        ),
        (
            "en",
            "Don't say you are going to work, tell immigration it's holiday.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu dis à la douane que tu viens en vacances chez ton oncle.",
            "irregular_travel",
        ),
        (
            "fr",
            "Tu passes par le Maroc puis tu traverses vers l'Espagne.",
            "irregular_travel",
        ),
        (
            "ht",
            "Nan imigrasyon, di yo w ap vizite kouzen w.",
            "irregular_travel",
        ),
        (
            "en",
            "Opportunity like this no dey last, pay before weekend.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Slots are filling up, confirm now.",
            "pressure_to_decide",
        ),
        (
            "fr",
            "Les places partent comme des petits pains, décide aujourd'hui.",
            "pressure_to_decide",
        ),
        (
            "ht",
            "Plas yo ap fini, peye anvan vandredi.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Processing is N450,000, balance after visa.",
            "recruitment_fee",
        ),
        (
            "en",
            "You go drop 200k for medicals and the rest when visa comes.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Il faut cotiser 500 000 pour le dossier.",
            "recruitment_fee",
        ),
        ("ht", "Fò w bay 50 mil goud pou dosye a.", "recruitment_fee"),
    ]);
}

#[test]
fn fair_texts_in_these_registers_stay_quiet() {
    assert_quiet(&[
        ("en", "Mum, the agency paid my ticket, I land on Sunday."),
        (
            "en",
            "The company pays your visa and ticket, no fees at any time.",
        ),
        (
            "en",
            "Interested applicants should apply on our website www.greenfieldfarms.ca before 15 January.",
        ),
        (
            "en",
            "Bring your passport and certificates to the interview on Tuesday.",
        ),
        ("en", "Our nurses earn a good salary; IELTS 7 is required."),
        ("en", "Keep your passport with you at all times."),
        (
            "en",
            "We are hiring drivers, 3 years experience required, salary per company scale.",
        ),
        (
            "fr",
            "L'employeur paie le billet et le visa, aucun frais pour vous.",
        ),
        (
            "fr",
            "Présentez-vous à l'entretien avec votre passeport, il vous sera rendu sur place.",
        ),
        (
            "fr",
            "Les candidatures sont ouvertes jusqu'au 30 mars sur notre site.",
        ),
        ("ht", "Konpayi a peye viza ak tikè, ou pa peye anyen."),
        (
            "ht",
            "Pote paspò w nan entèvyou a, n ap gade l epi n ap remèt ou l.",
        ),
        (
            "en",
            "Visa on arrival is available for tourists; this job needs a work permit, which the employer pays.",
        ),
        (
            "en",
            "IELTS 6.5 is required; salary is paid in dollars into your bank account.",
        ),
        (
            "en",
            "When you start earning, open a bank account and keep your payslips.",
        ),
        (
            "en",
            "Hush, the baby is sleeping; we will discuss your contract at the office tomorrow.",
        ),
        (
            "fr",
            "Le visa est assuré par l'employeur, vous ne payez rien.",
        ),
        (
            "fr",
            "L'entreprise prend sur elle tous les frais de voyage; salaire 2 000 euros par mois.",
        ),
        (
            "fr",
            "Garde ton passeport avec toi; l'agence ne te le demandera jamais.",
        ),
        (
            "ht",
            "Konpayi a gade paspò w nan entèvyou a epi li remèt ou l menm jou a.",
        ),
        (
            "ht",
            "Matant ou vin lakay nou pou Nwèl, l ap rete de semèn.",
        ),
        (
            "en",
            "Drop your CV and a copy of your passport at our office on Harbour Road.",
        ),
        (
            "en",
            "Mum, I paid for your visa myself, come for the graduation and fly back after.",
        ),
        (
            "fr",
            "Ton neveu a trouvé un boulot à Lyon, il commence lundi.",
        ),
        (
            "en",
            "Entries for the photo contest close before the weekend.",
        ),
    ]);
}

#[test]
fn dont_announce_it_keeps_the_offer_secret() {
    assert_each_flagged(
        "pressure_to_decide",
        &[(
            "en",
            "A family in Doha needs a nanny, 1,500 QAR monthly. Pls dont announce it in the fellowship, people will talk.",
        )],
    );
}

#[test]
fn a_chance_not_to_miss_and_a_coached_denial_press_the_reader() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("en", "Apply by Sunday, after that the places are gone."),
            ("en", "If the embassy asks, say you paid nothing, ok?"),
            (
                "fr",
                "Dernier groupe pour l'Italie, ne ratez pas votre chance !",
            ),
            ("ht", "Dènye gwoup pou Kanada, pa kite chans sa a pase!"),
        ],
    );
    assert_quiet(&[(
        "en",
        "Good news: my old phone is gone, the new one works fine.",
    )]);
}
