//! Identity documents in the red-flag scan, through the shipped content, in every shipped
//! language. A passport, ID or work card brought to an interview or a counter to be seen,
//! checked, scanned or copied and given back, shown on a video call, or kept by the worker
//! raises no flag; one left with someone, kept "for the visa" or "for your safety", stored
//! "until the visa is out", or given back only "when the contract ends" or "after your
//! first salary" still raises `document_handover`, even when the same text says it is
//! checked at an interview. Written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_document_seen_checked_or_copied_and_given_back_raises_no_flag() {
    let fair: &[(&str, &str)] = &[
        (
            "en",
            "Please come to the interview with your passport; the manager will check it and hand it straight back to you.",
        ),
        (
            "en",
            "On the day, show your national ID at reception for verification. It never leaves your hands.",
        ),
        (
            "en",
            "Bring your work permit to the induction so HR can scan it; the original is returned the same morning.",
        ),
        (
            "en",
            "For the right-to-work check we need to see your original passport in person; you keep it throughout.",
        ),
        (
            "en",
            "Have your ID card ready during the video call, we will look at it on camera.",
        ),
        (
            "en",
            "Carry your passport to the selection day. We make a copy and give it back before you leave.",
        ),
        (
            "en",
            "Your passport stays with you at all times; we only need to sight it at the interview.",
        ),
        (
            "en",
            "Please present your passport when you arrive so the interviewer can confirm your identity, then put it back in your bag.",
        ),
        (
            "fr",
            "Le jour de l'entretien, présentez votre passeport : nous le vérifions et vous le rendons aussitôt.",
        ),
        (
            "fr",
            "Apportez votre carte d'identité pour la vérification, elle reste avec vous.",
        ),
        (
            "fr",
            "Merci de venir avec votre titre de séjour ; le recruteur en fait une photocopie et vous le rend sur place.",
        ),
        (
            "fr",
            "Pendant l'appel vidéo, montrez votre pièce d'identité à la caméra.",
        ),
        (
            "fr",
            "Votre passeport ne quitte pas vos mains : nous devons seulement le voir lors de l'entretien.",
        ),
        (
            "fr",
            "Venez au rendez-vous avec votre passeport original, il sera contrôlé puis restitué immédiatement.",
        ),
        (
            "fr",
            "Munissez-vous de votre carte de séjour le premier jour, le service RH la consulte et vous la rend.",
        ),
        (
            "ht",
            "Jou entèvyou a, pote paspò w pou nou ka verifye l, epi n ap remèt ou l touswit.",
        ),
        (
            "ht",
            "Vin ak kat idantite w, nou jis gade l epi w ap kenbe l.",
        ),
        (
            "ht",
            "Pote paspò orijinal la pou nou fè yon kopi, apre sa li retounen nan men w.",
        ),
        (
            "ht",
            "Nan apèl videyo a, montre nou paspò w devan kamera a.",
        ),
        (
            "ht",
            "Paspò w rete nan men w tout tan, nou bezwen wè l sèlman.",
        ),
        (
            "ht",
            "Prezante kat idantite w nan resepsyon an pou verifikasyon, y ap ba w li tousuit.",
        ),
        (
            "es",
            "El día de la entrevista trae tu pasaporte; lo verificamos y te lo devolvemos en el momento.",
        ),
        (
            "es",
            "Presenta tu DNI en recepción para comprobarlo, no nos quedamos con ningún documento.",
        ),
        (
            "es",
            "Ven con tu cédula original, sacamos una copia y te la regresamos enseguida.",
        ),
        (
            "es",
            "En la videollamada muéstranos tu pasaporte frente a la cámara.",
        ),
        (
            "es",
            "Tu pasaporte se queda siempre contigo; solo necesitamos verlo en la entrevista.",
        ),
        (
            "es",
            "Trae tu permiso de trabajo para revisarlo, te lo devolvemos al terminar la entrevista.",
        ),
        (
            "pt",
            "No dia da entrevista traga o seu passaporte; nós conferimos e devolvemos na hora.",
        ),
        (
            "pt",
            "Apresente o BI na recepção para verificação, ele fica sempre consigo.",
        ),
        (
            "pt",
            "Venha com a carteira de identidade original, tiramos uma cópia e devolvemos logo.",
        ),
        ("pt", "Na videochamada mostre o passaporte para a câmera."),
        (
            "pt",
            "O passaporte fica com você o tempo todo; só precisamos vê-lo na entrevista.",
        ),
        (
            "pt",
            "Traga a carteira de trabalho para conferência, ela é devolvida no mesmo dia.",
        ),
        (
            "sw",
            "Siku ya usaili njoo na pasipoti yako; tutaikagua na kukurudishia hapo hapo.",
        ),
        (
            "sw",
            "Onyesha kitambulisho chako mapokezi kwa uhakiki, kinabaki mikononi mwako.",
        ),
        (
            "sw",
            "Leta kitambulisho halisi, tutapiga nakala na kukurudishia mara moja.",
        ),
        (
            "sw",
            "Kwenye simu ya video, tuonyeshe pasipoti yako mbele ya kamera.",
        ),
        (
            "sw",
            "Pasipoti yako inabaki kwako wakati wote; tunahitaji kuiona tu kwenye usaili.",
        ),
        (
            "sw",
            "Njoo na kibali chako cha kazi ili tukihakiki, utarudishiwa siku hiyo hiyo.",
        ),
        (
            "ar",
            "يوم المقابلة أحضر جواز سفرك، نتحقق منه ونعيده إليك فوراً.",
        ),
        ("ar", "اعرض بطاقة الهوية في الاستقبال للتحقق، وتبقى معك."),
        (
            "ar",
            "تعال بالهوية الأصلية، نأخذ نسخة منها ونرجعها لك في الحال.",
        ),
        ("ar", "في مكالمة الفيديو، أرنا جواز سفرك أمام الكاميرا."),
        (
            "ar",
            "جوازك يبقى معك طوال الوقت، نحتاج فقط أن نراه في المقابلة.",
        ),
        ("ar", "أحضر تصريح العمل للمراجعة، يُعاد لك في نفس اليوم."),
        (
            "en",
            "Candidates should have their passport on them at the assessment centre; it is inspected at the door.",
        ),
        (
            "en",
            "We'll need to sight your original ID at interview, nothing is retained.",
        ),
        (
            "en",
            "Bring along photo ID; the panel will glance at it and you take it home with you.",
        ),
        (
            "en",
            "Take your passport with you to the appointment, the officer will note the number.",
        ),
        (
            "en",
            "During onboarding, hold your ID up to the webcam for a quick check.",
        ),
        (
            "en",
            "Please bring your passport and two references to the assessment. Originals are handed back at the end of the session.",
        ),
        (
            "en",
            "Don't forget your passport on Thursday: the consular officer needs it to confirm who you are, and you walk out with it.",
        ),
        (
            "en",
            "Applicants must produce a valid passport at interview for identification purposes.",
        ),
        ("en", "HR will photocopy your passport and hand it back."),
        ("en", "We only ask to see your ID, we never hang on to it."),
        (
            "en",
            "Show your passport to the guard at the gate; he writes down the number and gives it back.",
        ),
        (
            "fr",
            "Les candidats doivent avoir leur passeport sur eux au centre d'évaluation, il est contrôlé à l'entrée.",
        ),
        (
            "fr",
            "Nous devons voir l'original de votre pièce d'identité à l'entretien, rien n'est conservé.",
        ),
        (
            "fr",
            "Prenez une pièce d'identité avec photo ; le jury y jette un œil et vous repartez avec.",
        ),
        (
            "fr",
            "Pendant l'intégration, tenez votre carte d'identité devant la webcam pour un contrôle rapide.",
        ),
        (
            "fr",
            "Apportez votre passeport et deux références à l'entretien. Les originaux vous sont rendus à la fin de la séance.",
        ),
        (
            "fr",
            "Le service RH photocopie votre passeport et vous le rend.",
        ),
        (
            "fr",
            "Montrez votre passeport au gardien à l'entrée, il note le numéro et vous le redonne.",
        ),
        (
            "ht",
            "Kandida yo dwe gen paspò yo sou yo jou evalyasyon an, yo tcheke l nan pòt la.",
        ),
        (
            "ht",
            "Nou bezwen wè kat idantite orijinal la nan entèvyou a, nou pa kenbe anyen.",
        ),
        (
            "ht",
            "Pote yon pyès idantite, jiri a ap gade l epi w ale avè l lakay ou.",
        ),
        (
            "ht",
            "Pote paspò w ak de referans nan entèvyou a. Yo remèt ou orijinal yo nan fen sesyon an.",
        ),
        (
            "ht",
            "Montre gad la paspò w nan baryè a, l ap ekri nimewo a epi l ap remèt ou l.",
        ),
        ("ht", "RH ap fè fotokopi paspò w la epi remèt ou l."),
        (
            "es",
            "Los candidatos deben llevar su pasaporte encima al centro de evaluación; se revisa en la entrada.",
        ),
        (
            "es",
            "Necesitamos ver tu identificación original en la entrevista, no retenemos nada.",
        ),
        (
            "es",
            "Trae una identificación con foto; el jurado le echa un vistazo y te la llevas.",
        ),
        (
            "es",
            "Trae tu pasaporte y dos referencias a la entrevista. Los originales se devuelven al final de la sesión.",
        ),
        (
            "es",
            "Recursos humanos fotocopia tu pasaporte y te lo devuelve.",
        ),
        (
            "es",
            "Enséñale tu pasaporte al guardia de la entrada, anota el número y te lo regresa.",
        ),
        (
            "pt",
            "Os candidatos devem ter o passaporte consigo no centro de avaliação; é verificado à entrada.",
        ),
        (
            "pt",
            "Precisamos de ver o documento de identidade original na entrevista, não ficamos com nada.",
        ),
        (
            "pt",
            "Traga o passaporte e duas referências para a entrevista. Os originais são devolvidos no fim da sessão.",
        ),
        ("pt", "O RH tira fotocópia do passaporte e devolve na hora."),
        (
            "pt",
            "Mostre o passaporte ao segurança da portaria, ele anota o número e devolve.",
        ),
        (
            "sw",
            "Waombaji wawe na pasipoti zao kwenye kituo cha tathmini; zinakaguliwa mlangoni.",
        ),
        (
            "sw",
            "Tunahitaji kuona kitambulisho halisi kwenye usaili, hatubaki na chochote.",
        ),
        (
            "sw",
            "Leta kitambulisho chenye picha; jopo litakiangalia na utaondoka nacho.",
        ),
        (
            "sw",
            "Leta pasipoti na barua mbili za utambulisho kwenye usaili. Hati halisi zitarudishwa mwisho wa kikao.",
        ),
        (
            "sw",
            "Idara ya rasilimali watu itatoa fotokopi ya pasipoti yako na kukurudishia.",
        ),
        (
            "sw",
            "Mwonyeshe mlinzi getini pasipoti yako, ataandika namba na kukurudishia.",
        ),
        (
            "ar",
            "لازم يكون جواز السفر مع المتقدمين في مركز التقييم، يتم فحصه عند الباب.",
        ),
        ("ar", "نحتاج نشوف الهوية الأصلية في المقابلة، وما نحتفظ بشي."),
        (
            "ar",
            "أحضر هوية فيها صورة، اللجنة تلقي نظرة عليها وتاخذها معك.",
        ),
        (
            "ar",
            "أحضر جوازك ورسالتين توصية للمقابلة. الأصول ترجع لك في نهاية الجلسة.",
        ),
        ("ar", "الموارد البشرية تصور جوازك وترجعه لك."),
        ("ar", "ورّي جوازك للحارس عند البوابة، يكتب الرقم ويرجعه لك."),
        (
            "en",
            "At the selection day you will be asked to show proof of identity (passport or national ID); staff sight it and record the number.",
        ),
        (
            "en",
            "Bring your ID card so the trainer can confirm who you are at the door, no documents are collected.",
        ),
        (
            "en",
            "Reminder for Tuesday: your original passport for the right-to-work check, we photocopy the photo page while you wait.",
        ),
        (
            "en",
            "Have your passport handy on the call, the consultant just needs to view it on screen.",
        ),
        (
            "en",
            "Carry your national ID to the interview, we do not take or keep any original document.",
        ),
        (
            "fr",
            "Lors de la journée de sélection, présentez une pièce d'identité ; le personnel la consulte et note le numéro.",
        ),
        (
            "fr",
            "Apportez votre carte d'identité pour que le formateur confirme votre identité à l'entrée, aucun document n'est retenu.",
        ),
        (
            "fr",
            "Rappel pour mardi : votre passeport original pour le contrôle, nous photocopions la page photo devant vous.",
        ),
        (
            "fr",
            "Ayez votre passeport à portée de main pendant l'appel, le conseiller doit simplement le voir à l'écran.",
        ),
        (
            "fr",
            "Présentez votre titre de séjour à l'accueil, il est vérifié puis rendu immédiatement.",
        ),
        (
            "ht",
            "Jou seleksyon an, prezante yon pyès idantite; estaf la ap gade l epi ekri nimewo a.",
        ),
        (
            "ht",
            "Pote kat idantite w pou fòmatè a ka konfime se ou menm nan pòt la, nou pa kenbe okenn dokiman.",
        ),
        (
            "ht",
            "Pou apèl la, gen paspò w bò kote w, konseye a bezwen wè l sou ekran sèlman.",
        ),
        (
            "ht",
            "Prezante paspò w nan resepsyon an, yo verifye l epi yo remèt ou l touswit.",
        ),
        (
            "ht",
            "Pote paspò orijinal ou pou kontwòl la madi, nou fè fotokopi paj foto a devan w.",
        ),
        (
            "es",
            "En la jornada de selección muestra un documento de identidad; el personal lo revisa y anota el número.",
        ),
        (
            "es",
            "Trae tu cédula para que el instructor confirme tu identidad en la entrada, no retenemos documentos.",
        ),
        (
            "es",
            "Ten tu pasaporte a mano durante la llamada, el asesor solo necesita verlo en pantalla.",
        ),
        (
            "es",
            "Presenta tu permiso de trabajo en recepción, se verifica y se te devuelve de inmediato.",
        ),
        (
            "es",
            "Recordatorio del martes: tu pasaporte original para el control, fotocopiamos la página de la foto delante de ti.",
        ),
        (
            "pt",
            "No dia da seleção mostre um documento de identidade; a equipe confere e anota o número.",
        ),
        (
            "pt",
            "Traga o BI para o formador confirmar a sua identidade à entrada, não ficamos com documentos.",
        ),
        (
            "pt",
            "Tenha o passaporte à mão durante a chamada, o consultor só precisa de o ver no ecrã.",
        ),
        (
            "pt",
            "Apresente a autorização de residência na recepção, é verificada e devolvida de imediato.",
        ),
        (
            "pt",
            "Lembrete de terça: o passaporte original para a conferência, tiramos cópia da página da foto à sua frente.",
        ),
        (
            "sw",
            "Siku ya uchaguzi onyesha kitambulisho; wafanyakazi watakiangalia na kuandika namba.",
        ),
        (
            "sw",
            "Leta kitambulisho ili mkufunzi athibitishe utambulisho wako mlangoni, hatuchukui hati yoyote.",
        ),
        (
            "sw",
            "Kuwa na pasipoti yako karibu wakati wa simu, mshauri anahitaji kuiona kwenye skrini tu.",
        ),
        (
            "sw",
            "Onyesha kibali chako cha kazi mapokezi, kitakaguliwa na kurudishwa kwako papo hapo.",
        ),
        (
            "sw",
            "Ukumbusho wa Jumanne: pasipoti yako halisi kwa ukaguzi, tutapiga nakala ya ukurasa wa picha mbele yako.",
        ),
        (
            "ar",
            "في يوم الاختيار اعرض إثبات هوية، والموظفين بيشوفوه وبيسجلوا الرقم.",
        ),
        (
            "ar",
            "جيب هويتك عشان المدرب يتأكد منك عالباب، ما منحتفظ بأي وثيقة.",
        ),
        (
            "ar",
            "خلي جوازك جنبك وقت المكالمة، المستشار بس بده يشوفه عالشاشة.",
        ),
        (
            "ar",
            "اعرض تصريح الإقامة في الاستقبال، بيتم التحقق منه وبيرجعلك فوراً.",
        ),
        (
            "ar",
            "تذكير ليوم الثلاثاء: جواز سفرك الأصلي للتحقق، بنصور صفحة الصورة قدامك.",
        ),
        (
            "en",
            "We send the offer letter by mail; bring your ID to the interview on Monday so we can check it.",
        ),
        (
            "en",
            "Please send a scan of your passport by email; bring the original to the interview.",
        ),
        (
            "en",
            "Shortlisted candidates: your passport is required on the day for identity verification only, nothing will be retained by us.",
        ),
        (
            "en",
            "The hiring manager will want to glance at your driving licence and passport during the chat, then you can put them away.",
        ),
        (
            "fr",
            "Candidats retenus : munissez-vous de votre passeport le jour J pour vérification d'identité uniquement, rien ne sera conservé.",
        ),
        (
            "ht",
            "Kandida yo: pote paspò w jou a pou verifikasyon idantite sèlman, nou p ap kenbe anyen.",
        ),
        (
            "es",
            "Candidatos preseleccionados: traigan el pasaporte ese día solo para verificar identidad, no nos quedamos con nada.",
        ),
        (
            "pt",
            "Candidatos pré-selecionados: tragam o passaporte no dia só para verificação de identidade, não ficamos com nada.",
        ),
        (
            "sw",
            "Walioteuliwa: leteni pasipoti siku hiyo kwa uthibitisho wa utambulisho tu, hatutabaki na chochote.",
        ),
        (
            "ar",
            "المرشحين: جيبوا الجواز يومها للتحقق من الهوية بس، وما رح نحتفظ بشي.",
        ),
    ];
    assert_quiet(fair);
}

#[test]
fn a_document_left_kept_for_the_visa_or_given_back_only_later_is_still_a_handover() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Bring your passport to the office on Monday, the agent will keep it until the visa is ready.",
            ),
            (
                "en",
                "Please hand over your passport at the interview, we hold all passports for safety until departure.",
            ),
            (
                "en",
                "Leave your ID with the supervisor when you arrive, you will get it back when the contract ends.",
            ),
            (
                "en",
                "Come to the interview with your original passport; we will keep it for the visa processing.",
            ),
            (
                "en",
                "Bring your passport so we can process your visa, it will stay at the agency.",
            ),
            (
                "en",
                "Send your original passport to our office by courier for the work permit.",
            ),
            (
                "en",
                "Bring your passport for verification; after that the agency keeps it until you fly.",
            ),
            (
                "fr",
                "Apportez votre passeport au bureau, l'agent le gardera jusqu'à la sortie du visa.",
            ),
            (
                "fr",
                "Déposez votre carte d'identité chez nous pour le dossier de visa.",
            ),
            (
                "fr",
                "Venez à l'entretien avec votre passeport, nous le conservons pour votre sécurité.",
            ),
            (
                "fr",
                "Remettez votre passeport au chauffeur, il vous le rendra à la fin du contrat.",
            ),
            (
                "fr",
                "Laissez vos papiers à l'agence pour le traitement du permis de travail.",
            ),
            (
                "fr",
                "Apportez votre passeport pour la vérification, ensuite l'agence le garde jusqu'au départ.",
            ),
            (
                "ht",
                "Pote paspò w nan biwo a, ajan an ap kenbe l jiskaske viza a soti.",
            ),
            ("ht", "Kite paspò w ak nou pou dosye viza a."),
            (
                "ht",
                "Vin nan entèvyou a ak paspò w, n ap kenbe l pou sekirite w.",
            ),
            (
                "ht",
                "Bay chofè a paspò w, l ap renmèt ou l lè kontra a fini.",
            ),
            (
                "ht",
                "Voye paspò orijinal ou nan biwo nou pou pèmi travay la.",
            ),
            (
                "ht",
                "Pote paspò w pou verifikasyon, apre sa ajans lan ap kenbe l jis ou vwayaje.",
            ),
            (
                "es",
                "Trae tu pasaporte a la oficina, el agente lo guarda hasta que salga la visa.",
            ),
            (
                "es",
                "Deja tu cédula con nosotros para el trámite de la visa.",
            ),
            (
                "es",
                "Ven a la entrevista con tu pasaporte, nosotros lo guardamos por seguridad.",
            ),
            (
                "es",
                "Entrega tu pasaporte al chofer, te lo devuelve cuando termine el contrato.",
            ),
            (
                "es",
                "Manda tu pasaporte original por encomienda a nuestra oficina para el permiso de trabajo.",
            ),
            (
                "es",
                "Trae tu pasaporte para verificarlo, después la agencia se queda con él hasta el viaje.",
            ),
            (
                "pt",
                "Traga o passaporte ao escritório, o agente fica com ele até sair o visto.",
            ),
            ("pt", "Deixe o seu BI connosco para o processo do visto."),
            (
                "pt",
                "Venha à entrevista com o passaporte, nós guardamos por segurança.",
            ),
            (
                "pt",
                "Entregue o passaporte ao motorista, ele devolve quando acabar o contrato.",
            ),
            (
                "pt",
                "Mande o passaporte original pelo correio para o nosso escritório para a autorização de trabalho.",
            ),
            (
                "pt",
                "Traga o passaporte para conferência, depois a agência fica com ele até a viagem.",
            ),
            (
                "sw",
                "Leta pasipoti yako ofisini, wakala ataishikilia mpaka viza itoke.",
            ),
            ("sw", "Acha kitambulisho chako kwetu kwa ajili ya viza."),
            (
                "sw",
                "Njoo kwenye usaili na pasipoti yako, tutaitunza kwa usalama wako.",
            ),
            (
                "sw",
                "Mpe dereva pasipoti yako, atakurudishia mkataba ukiisha.",
            ),
            (
                "sw",
                "Tuma pasipoti yako halisi ofisini kwetu kwa ajili ya kibali cha kazi.",
            ),
            (
                "sw",
                "Leta pasipoti kwa uhakiki, kisha wakala ataishikilia mpaka usafiri.",
            ),
            (
                "ar",
                "جيب جوازك على المكتب، المندوب بيحتفظ فيه لحد ما تطلع الفيزا.",
            ),
            ("ar", "اترك هويتك عندنا لمعاملة الفيزا."),
            ("ar", "تعال للمقابلة ومعك جوازك، نحن نحتفظ به لسلامتك."),
            ("ar", "سلّم جوازك للسائق، يرجعه لك لما يخلص العقد."),
            ("ar", "ارسل جوازك الأصلي للمكتب عشان تصريح العمل."),
            (
                "ar",
                "جيب جوازك للتحقق، وبعدين المكتب بيحتفظ فيه لحد السفر.",
            ),
            (
                "en",
                "Bring your passport to the interview; it will be kept in our safe until you start work.",
            ),
            (
                "en",
                "We check your passport at interview and then hold it for the visa process.",
            ),
            (
                "en",
                "Show your passport at the office and leave it there for processing.",
            ),
            (
                "en",
                "Bring your passport for the medical; the agent will hang on to it.",
            ),
            (
                "en",
                "We look at all documents on Monday and keep the passports until departure.",
            ),
            (
                "en",
                "Hand your passport to reception for checking, it will be returned after your first salary.",
            ),
            (
                "en",
                "Bring your ID, HR keeps the original and gives you a copy.",
            ),
            (
                "en",
                "Leave your passport with the agent so he can check it and process the visa.",
            ),
            (
                "fr",
                "Apportez votre passeport à l'entretien, il sera gardé dans notre coffre jusqu'au début du travail.",
            ),
            (
                "fr",
                "Nous vérifions votre passeport à l'entretien puis nous le gardons pour la procédure de visa.",
            ),
            (
                "fr",
                "Montrez votre passeport au bureau et laissez-le là-bas pour le traitement.",
            ),
            (
                "fr",
                "Remettez votre passeport à l'accueil pour vérification, il vous sera rendu après votre premier salaire.",
            ),
            (
                "fr",
                "Laissez votre passeport à l'agent pour qu'il le vérifie et fasse le visa.",
            ),
            (
                "ht",
                "Pote paspò w nan entèvyou a, n ap kenbe l nan kòfò nou jiskaske ou kòmanse travay.",
            ),
            (
                "ht",
                "Nou tcheke paspò w nan entèvyou a epi n ap kenbe l pou viza a.",
            ),
            (
                "ht",
                "Bay resepsyon an paspò w pou tcheke l, y ap remèt ou l apre premye salè w.",
            ),
            (
                "ht",
                "Kite paspò w ak ajan an pou l tcheke l epi fè viza a.",
            ),
            (
                "es",
                "Trae tu pasaporte a la entrevista, se queda en nuestra caja fuerte hasta que empieces a trabajar.",
            ),
            (
                "es",
                "Revisamos tu pasaporte en la entrevista y luego lo guardamos para el trámite de la visa.",
            ),
            (
                "es",
                "Entrega tu pasaporte en recepción para revisarlo, te lo devolvemos después de tu primer sueldo.",
            ),
            (
                "es",
                "Deja tu pasaporte con el agente para que lo revise y haga la visa.",
            ),
            (
                "pt",
                "Traga o passaporte à entrevista, fica no nosso cofre até começar a trabalhar.",
            ),
            (
                "pt",
                "Conferimos o seu passaporte na entrevista e depois guardamos para o processo do visto.",
            ),
            (
                "pt",
                "Entregue o passaporte na recepção para conferir, devolvemos depois do primeiro salário.",
            ),
            (
                "pt",
                "Deixe o passaporte com o agente para ele verificar e tratar do visto.",
            ),
            (
                "sw",
                "Leta pasipoti yako kwenye usaili, itawekwa kwenye sefu yetu mpaka uanze kazi.",
            ),
            (
                "sw",
                "Tunakagua pasipoti yako kwenye usaili kisha tunaishikilia kwa ajili ya viza.",
            ),
            (
                "sw",
                "Mpe mapokezi pasipoti yako kwa ukaguzi, utarudishiwa baada ya mshahara wa kwanza.",
            ),
            (
                "sw",
                "Mwachie wakala pasipoti yako aikague na kushughulikia viza.",
            ),
            (
                "ar",
                "جيب جوازك للمقابلة، بيضل في خزنتنا لحد ما تبدأ الشغل.",
            ),
            (
                "ar",
                "نتحقق من جوازك في المقابلة وبعدين نحتفظ فيه لمعاملة الفيزا.",
            ),
            ("ar", "سلّم جوازك للاستقبال للتحقق، يرجع لك بعد أول راتب."),
            ("ar", "خلي جوازك عند المندوب عشان يتحقق منه ويسوي الفيزا."),
            (
                "en",
                "Please present your passport at reception on arrival; it stays with the office until your visa is stamped.",
            ),
            (
                "en",
                "Bring your work permit to the induction, HR will hold all originals until the probation ends.",
            ),
            (
                "en",
                "Come with your passport, we verify it and store it in the company safe for the duration of the contract.",
            ),
            (
                "en",
                "Drop off your passport at our branch so the team can check it, collection after departure.",
            ),
            (
                "en",
                "Your passport: we take it at the interview for the visa processing and give it back at the airport.",
            ),
            (
                "fr",
                "Présentez votre passeport à l'accueil ; il reste au bureau jusqu'à l'obtention du visa.",
            ),
            (
                "fr",
                "Apportez votre titre de séjour à l'intégration, les RH gardent les originaux jusqu'à la fin de la période d'essai.",
            ),
            (
                "fr",
                "Venez avec votre passeport, nous le vérifions et le gardons au coffre pendant toute la durée du contrat.",
            ),
            (
                "fr",
                "Déposez votre passeport à l'agence pour vérification, vous le récupérerez après le départ.",
            ),
            (
                "ht",
                "Prezante paspò w nan resepsyon an; l ap rete nan biwo a jiskaske viza a soti.",
            ),
            (
                "ht",
                "Vin ak paspò w, n ap verifye l epi n ap sere l nan kòfò a pandan tout kontra a.",
            ),
            (
                "ht",
                "Depoze paspò w nan ajans lan pou verifikasyon, w ap jwenn li apre depa a.",
            ),
            (
                "ht",
                "Pote paspò w nan entèvyou a pou dosye viza a, ajans lan ap voye l bay anbasad la.",
            ),
            (
                "es",
                "Presenta tu pasaporte en recepción; se queda en la oficina hasta que salga la visa.",
            ),
            (
                "es",
                "Ven con tu pasaporte, lo verificamos y lo guardamos en la caja fuerte durante todo el contrato.",
            ),
            (
                "es",
                "Deja tu pasaporte en la agencia para verificarlo, lo recoges después del viaje.",
            ),
            (
                "es",
                "Trae el pasaporte a la entrevista para el trámite de la visa, la agencia lo manda a la embajada.",
            ),
            (
                "pt",
                "Apresente o passaporte na recepção; fica no escritório até sair o visto.",
            ),
            (
                "pt",
                "Venha com o passaporte, nós conferimos e guardamos no cofre durante todo o contrato.",
            ),
            (
                "pt",
                "Deixe o passaporte na agência para conferência, você busca depois da viagem.",
            ),
            (
                "pt",
                "Traga o passaporte à entrevista para o processo do visto, a agência manda para a embaixada.",
            ),
            (
                "sw",
                "Onyesha pasipoti yako mapokezi; itabaki ofisini mpaka viza itoke.",
            ),
            (
                "sw",
                "Njoo na pasipoti yako, tutaikagua na kuihifadhi kwenye sefu muda wote wa mkataba.",
            ),
            (
                "sw",
                "Acha pasipoti yako kwa wakala kwa uhakiki, utaichukua baada ya safari.",
            ),
            (
                "sw",
                "Leta pasipoti kwenye usaili kwa ajili ya viza, wakala ataipeleka ubalozini.",
            ),
            (
                "ar",
                "اعرض جوازك في الاستقبال، وبيضل بالمكتب لحد ما تطلع الفيزا.",
            ),
            (
                "ar",
                "تعال ومعك جوازك، بنتحقق منه وبنحطه بالخزنة طول مدة العقد.",
            ),
            ("ar", "خلي جوازك عند الوكالة للتحقق، وبتستلمه بعد السفر."),
            (
                "ar",
                "جيب جوازك للمقابلة عشان معاملة الفيزا، والمكتب بيبعته للسفارة.",
            ),
            (
                "en",
                "Send your original passport by courier so we can verify it.",
            ),
            (
                "en",
                "Post us your passport for checking, we will process the visa.",
            ),
            (
                "en",
                "Give your passport to Mr Ali at the interview so he can look at it; he keeps it until you fly.",
            ),
            (
                "en",
                "We need to see your passport, then madam holds it for the whole contract.",
            ),
            (
                "en",
                "Bring your passport for the interview, the sponsor will keep it for the visa.",
            ),
            (
                "en",
                "Show your ID at the interview and hand over your passport for the work permit.",
            ),
            (
                "fr",
                "Envoyez votre passeport original par la poste pour vérification.",
            ),
            (
                "fr",
                "Nous devons voir votre passeport, ensuite madame le garde pendant tout le contrat.",
            ),
            (
                "es",
                "Manda tu pasaporte original por encomienda para verificarlo.",
            ),
            (
                "es",
                "Necesitamos ver tu pasaporte, después la señora se lo queda durante todo el contrato.",
            ),
            (
                "pt",
                "Manda o passaporte original pelo correio para conferir.",
            ),
            ("sw", "Tuma pasipoti yako halisi kwa posta ili tuihakiki."),
            ("ar", "ابعت جوازك الأصلي بالبريد عشان نتحقق منه."),
            ("ht", "Voye paspò orijinal ou pa lapòs pou nou verifye l."),
            (
                "en",
                "You must surrender your passport to the camp supervisor on arrival; it is returned when your two-year contract is complete.",
            ),
            (
                "en",
                "Passports are collected at orientation and held by HR for visa renewal.",
            ),
            (
                "fr",
                "Vous devez remettre votre passeport au superviseur du camp à l'arrivée ; il est rendu à la fin du contrat de deux ans.",
            ),
            (
                "fr",
                "Les passeports sont récupérés lors de l'orientation et conservés par les RH pour le renouvellement du visa.",
            ),
            (
                "ht",
                "Ou dwe renmèt paspò w bay sipèvizè kan an lè w rive; y ap renmèt ou l lè kontra dezan an fini.",
            ),
            (
                "es",
                "Debes entregar tu pasaporte al supervisor del campamento al llegar; se devuelve al terminar el contrato de dos años.",
            ),
            (
                "pt",
                "Tens de entregar o passaporte ao supervisor do acampamento à chegada; é devolvido no fim do contrato de dois anos.",
            ),
            (
                "sw",
                "Lazima umkabidhi msimamizi wa kambi pasipoti yako ukifika; utarudishiwa mkataba wa miaka miwili ukiisha.",
            ),
            (
                "ar",
                "لازم تسلم جوازك لمشرف المخيم لما توصل، وبيرجعلك لما يخلص عقد السنتين.",
            ),
            // a keeping "so you don't lose it" is still a keeping
            (
                "en",
                "Leave your passport with me, I keep it so you don't lose it.",
            ),
            (
                "pt",
                "Deixa a tua identidade comigo, eu guardo para não se perder.",
            ),
            // a fee and the passport in one sentence: the passport is handed over too
            ("ar", "ادفع ٥٠٠ دولار وسلمني الجواز تبعك عشان السفارة."),
        ],
    );
}

/// Text added after a sign never hides it: a request to bring the passport to the
/// recruiter's office stays a sign when only the next sentence says it is given back (say it
/// in the same sentence: "Bring your passport so we can check it").
#[test]
fn a_return_said_only_in_a_later_sentence_does_not_hide_the_request() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "Bring your passport to our office. We give it back straight away.",
            ),
            (
                "sw",
                "Leta pasipoti yako ofisini kwetu. Tutakurudishia hapo hapo.",
            ),
        ],
    );
}

/// A bare "bring your ID" is how churches, schools, clinics, ministries and employers ask
/// a person to come with it: no one is named to take it over ("just bring your passport,
/// we handle everything", "bring it to me", "to our office" and "we keep it" are signs, in
/// the tests above).
#[test]
fn a_document_brought_along_with_no_one_to_take_it_is_no_handover() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Please present your work permit on arrival at reception; it is checked against our records and handed straight back.",
            ),
            (
                "pt",
                "Traga um documento com foto; o júri dá uma olhada e você leva de volta.",
            ),
            (
                "en",
                "Youth camp 18-21 Dec: registration at the church office, bring your school ID or NIN slip.",
            ),
            (
                "es",
                "La guagua sale a las 4:00. Lleve su cédula, agua y sombrilla.",
            ),
            (
                "sw",
                "Fika ofisi zetu Alhamisi. Beba kitambulisho, risiti au message za Mpesa za malipo.",
            ),
            (
                "fr",
                "Rendez-vous samedi à 9 h, apportez votre carte d'identité.",
            ),
            ("ht", "Samdi a 10è, pote kat idantite w."),
            ("ar", "يوم السبت الساعة ١٠، هات البطاقة الشخصية معاك."),
        ],
    );
}

/// The reader told to keep their own document: "Keep your passport" opens its clause;
/// "we keep your passport", "tutaishikilia", "guardamos tu pasaporte" have a keeper first,
/// and "keep it with the agent" or "weka kwa wakala" name one.
#[test]
fn keep_your_passport_said_to_the_reader_is_no_handover() {
    assert_none_flagged(
        "document_handover",
        &[
            ("en", "Keep your passport; we only need a scanned copy."),
            (
                "en",
                "Mommy: Keep yuh passport an yuh papers safe wid yuh ehh",
            ),
            (
                "fr",
                "Gardez votre passeport, nous ne prenons qu'une photocopie.",
            ),
            ("ht", "Kenbe CIN ak paspò w ajou."),
            ("es", "Guarda tu pasaporte en un lugar seguro."),
            ("pt", "Guarde seu passaporte num lugar seguro."),
            ("sw", "Weka pasipoti yako mahali salama."),
            ("ar", "احتفظ بجوازك في مكان آمن."),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[
            ("en", "We keep your passport until the contract ends."),
            ("en", "Keep your passport with the agent until you fly."),
            ("sw", "Tutaishikilia pasipoti yako."),
            ("sw", "Weka pasipoti yako kwa wakala."),
            ("es", "Guardamos tu pasaporte en la oficina."),
            ("fr", "Nous gardons votre passeport."),
            ("ht", "N ap kenbe paspò w."),
            ("pt", "Ficamos com seu passaporte."),
            ("ar", "خلي جوازك عند السايق"),
            ("en", "Just come with your passport, we handle everything."),
            ("sw", "Pasipoti yake niletee nitaishughulikia ubalozini."),
            (
                "es",
                "Trae tu pasaporte y las notas, que el señor se queda con todo.",
            ),
        ],
    );
}

/// "Why not …?" suggests; it negates nothing: "Why not let madam keep your passport?" is
/// a hand-over and "Why not pay the 300 registration now?" a fee.
#[test]
fn a_suggestion_asked_with_why_not_is_no_negation() {
    assert_flagged(&[
        (
            "en",
            "Why not let madam keep your passport? It is safer.",
            "document_handover",
        ),
        (
            "en",
            "Why not pay the 300 dollars registration now and secure your slot?",
            "recruitment_fee",
        ),
        (
            "fr",
            "Pourquoi ne pas laisser ton passeport à madame ? C'est plus sûr.",
            "document_handover",
        ),
        (
            "es",
            "¿Por qué no le dejas el pasaporte a la señora? Es más seguro.",
            "document_handover",
        ),
        (
            "pt",
            "Por que não deixa o passaporte com a patroa?",
            "document_handover",
        ),
    ]);
}

#[test]
fn a_passport_the_reader_holds_or_carries_raises_no_flag() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Applicants must hold a valid passport and a police certificate.",
            ),
            (
                "en",
                "Remember, put your passport in your handbag, not in the suitcase.",
            ),
            (
                "en",
                "Mi seh keep di passport inna yuh pocket till yuh reach.",
            ),
            ("ht", "Paspò a rete nan men chak jwè pandan tout vwayaj la."),
        ],
    );
}

#[test]
fn a_passport_that_stays_with_the_reader_in_any_word_order_is_no_handover() {
    // the holder named after the verb ("lo guarda usted") or by "with you" ("عندك")
    assert_none_flagged(
        "document_handover",
        &[
            (
                "es",
                "Temporada en Almería, contrato firmado antes de salir. Su pasaporte lo guarda usted.",
            ),
            (
                "es",
                "Cosecha en Lleida: el pasaporte lo guardas tú todo el tiempo.",
            ),
            (
                "ar",
                "خدمة موسمية فالضيعة بعقد مكتوب، والباسبور ديالك كيبقى عندك.",
            ),
            ("ar", "شغل في الفندق بعقد رسمي، والجواز يضل عندك طول الوقت."),
            // told of the worker ("her passport stays with her", "he keeps it himself")
            ("ar", "العاملة لا تدفع رسوم، وجواز سفرها يبقى معها."),
            ("ar", "السواق الجديد جوازه عنده هو."),
            (
                "sw",
                "Amepata kazi Doha kwa mkataba. Pasipoti atabaki nayo mwenyewe.",
            ),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[
            (
                "es",
                "Su pasaporte lo guarda el patrón hasta el final de la temporada.",
            ),
            ("ar", "الباسبور ديالك كيبقى عند الباطرون حتى تسالي الخدمة."),
            ("ar", "جواز سفرها يبقى مع المدام طول العقد."),
            ("sw", "Pasipoti atabaki nayo bosi mpaka mkataba uishe."),
        ],
    );
}

/// A document that comes to the worker by courier ("your Emirates ID will come by courier")
/// is not a document sent away; sending one's passport by courier still is.
#[test]
fn a_card_that_comes_to_the_worker_by_courier_is_not_sent_away() {
    assert_none_flagged(
        "document_handover",
        &[(
            "en",
            "HR: your residence visa is stamped, and the Emirates ID will come by courier next week.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "en",
            "Send your passport by courier to our office in Nairobi.",
        )],
    );
}

#[test]
fn a_photocopy_of_the_moroccan_cin_and_the_passport_is_no_hand_over() {
    assert_none_flagged(
        "document_handover",
        &[(
            "fr",
            "Saison agricole à Huelva, contrat signé avant le départ. Apportez une photocopie de votre CIN et de votre passeport pour le dossier.",
        )],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "fr",
            "Travail à Huelva. Laissez votre CIN au bureau, on la garde jusqu'au départ.",
        )],
    );
}

#[test]
fn the_writers_passport_left_at_the_consulate_is_an_errand_and_a_refused_return_a_hold() {
    // Sentences written for this test.
    assert_none_flagged(
        "document_handover",
        &[
            (
                "ht",
                "M kite paspò m nan konsila a pou viza a, m ap pran l lendi.",
            ),
            (
                "sw",
                "Nimeacha pasipoti yangu ubalozini kwa ajili ya viza, nitaichukua Jumatatu.",
            ),
            ("ar", "سلمت جوازي للسفارة عشان الفيزا، وباخده يوم الاتنين."),
        ],
    );
    // "he refuses to give it back" gives nothing back
    assert_each_flagged(
        "document_handover",
        &[(
            "sw",
            "Wakala amechukua pasipoti yangu, hataki kunirudishia.",
        )],
    );
}
