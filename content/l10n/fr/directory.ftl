## Trouver de l'aide : l'annuaire et la recherche d'aide.

directory-menu = Trouver de l'aide
directory-title = Aide que vous pouvez contacter
directory-ask-country = Dans quel pays êtes-vous ? Choisissez dans la liste, ou tapez un code pays à deux lettres.
directory-other-country = Un autre pays (tapez son code)
directory-ask-danger = Êtes-vous en danger en ce moment ?
directory-yes = Oui
directory-no = Non
directory-ask-filters = Voulez-vous réduire la liste ? Choisissez un critère, ou Voir les résultats.
directory-show-results = Voir les résultats
directory-filter-need = Type d'aide
directory-filter-language = Une langue que je parle
directory-filter-audience = Aide pour
directory-filter-no-immigration = Ne signale pas à l'immigration
directory-filter-anonymous = Je peux rester anonyme
directory-filter-no-id = Aucune pièce d'identité demandée
directory-ask-language = Tapez un code de langue, par exemple en, fr, ht ou sw.
directory-danger-note = Si vous êtes en danger maintenant, appelez un numéro d'urgence. C'est vous qui choisissez.
directory-emergency-heading = Numéros d'urgence
directory-no-emergency = Aucun numéro d'urgence n'est encore indiqué pour ce pays.
directory-services-heading = Services
directory-no-services = Nous n'avons pas encore de services pour ce pays.
directory-fallbacks-heading = Aide possible depuis n'importe quel pays
directory-call = Appeler
directory-text = Envoyer un SMS
directory-open = Ouvrir
directory-matched = Pourquoi il est proposé : { $reasons }
directory-last-verified = Dernière vérification : { $date }
directory-safety-police = Informe la police : { $answer }
directory-safety-immigration = Informe l'immigration : { $answer }
directory-safety-id = Pièce d'identité demandée : { $answer }
directory-safety-anonymous = Vous pouvez rester anonyme : { $answer }
directory-safety-confidential = Confidentiel : { $answer }
directory-answer-yes = oui
directory-answer-no = non
directory-answer-only-with-consent = seulement si vous êtes d'accord
directory-answer-unknown = pas connu
directory-hours-always = Ouvert 24 heures sur 24, tous les jours
directory-hours-unknown = Horaires inconnus
directory-cost-free = Gratuit
directory-cost-paid = Peut être payant
directory-cost-unknown = Coût inconnu
directory-languages-any = Beaucoup de langues, avec des interprètes

directory-emergency-police = Police
directory-emergency-fire = Pompiers
directory-emergency-ambulance = Ambulance
directory-emergency-fire-ambulance = Pompiers et ambulance
directory-emergency-police-emergency = Police et urgences
directory-emergency-emergency = Urgences
directory-emergency-emergency-mobile = Urgences, depuis un téléphone portable

directory-kind-trafficking_hotline = Ligne contre la traite
directory-kind-emergency = Aide d'urgence
directory-kind-shelter = Un lieu sûr où dormir
directory-kind-legal_aid = Aide juridique
directory-kind-labour_rights = Droits des travailleurs
directory-kind-health = Soins de santé
directory-kind-counselling = Quelqu'un à qui parler
directory-kind-child_protection = Protection de l'enfance
directory-kind-consular = Votre ambassade ou consulat
directory-kind-migrant_support = Aide aux migrants

directory-audience-anyone = Tout le monde
directory-audience-women = Femmes
directory-audience-men = Hommes
directory-audience-children = Enfants
directory-audience-lgbtq = Personnes LGBTQ+
directory-audience-migrants = Migrants
directory-audience-workers = Travailleurs

directory-channel-phone = Téléphone
directory-channel-sms = SMS
directory-channel-whatsapp = WhatsApp
directory-channel-email = E-mail
directory-channel-web = Site web
directory-channel-walk_in = Sur place

directory-why-emergency = aide d'urgence
directory-why-open-always = ouvert 24 h sur 24
directory-why-need = propose : { $kind }
directory-why-language = parle { $language }
directory-why-interpreters = a des interprètes
directory-why-audience = pour : { $audience }
directory-why-region = à { $region }
directory-why-no-immigration = ne signale pas à l'immigration
directory-why-anonymous = vous pouvez rester anonyme
directory-why-no-id = aucune pièce d'identité demandée

directory-error-country = Ce n'est pas un code pays. Utilisez deux lettres, par exemple JM ou KE.
directory-error-no-country = Choisissez un pays pour voir son aide.
directory-error-coordinates = Cette position ne peut pas être utilisée.
directory-error-kind = Ce type d'aide ne fait pas partie des choix.
directory-error-audience = Ce groupe ne fait pas partie des choix.
directory-error-language = Ce code de langue n'est pas écrit correctement.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = Une ligne d'aide confidentielle, ouverte jour et nuit, dans plus de 200 langues. Ce n'est pas la police.
directory-ca-trafficking-hotline = Ligne d'urgence canadienne contre la traite des personnes
    .description = Une ligne d'aide confidentielle, ouverte jour et nuit, dans plus de 200 langues. Ce n'est ni la police ni un service d'urgence.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = Une ligne d'aide pour toute personne inquiète au sujet du travail forcé ou de l'exploitation. Ouverte jour et nuit.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = L'équipe nationale de la Jamaïque contre la traite des personnes. Le numéro 888 est gratuit.
directory-ng-naptip = NAPTIP
    .description = L'agence nationale du Nigeria contre la traite des personnes. 627 est un numéro court.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = La ligne gratuite d'Afrique du Sud pour de l'aide et des informations sur la traite des personnes.
directory-ug-sauti-child-helpline = Ligne d'aide pour enfants (Sauti)
    .description = La ligne d'aide de l'Ouganda pour les enfants.
directory-own-embassy = L'ambassade ou le consulat de votre pays
    .description = À l'étranger, l'ambassade ou le consulat de votre pays peut aider ses citoyens, par exemple pour un passeport perdu ou pris, ou pour rentrer chez vous.
directory-iom = OIM, l'agence des Nations unies pour les migrations
    .description = L'OIM a des bureaux dans beaucoup de pays et aide les migrants, y compris les victimes de traite.
directory-child-helpline-international = Child Helpline International
    .description = Un réseau de lignes d'aide pour enfants dans le monde. Son site indique la ligne de chaque pays.

## Sources, warnings, places and freshness

directory-status-unconfirmed = Non confirmé : vu seulement dans la presse ou d'autres sources indirectes, pas sur la page du service. Vérifiez avant de compter dessus.
directory-confidence-a = Source : la page du service lui-même
directory-confidence-b = Source : une page officielle de ce pays
directory-confidence-bstar = Source : le rapport d'un gouvernement étranger, pas le service lui-même
directory-confidence-u = Source : une page des Nations unies, pas le service lui-même
directory-confidence-c = Source : presse ou autres sources indirectes seulement
directory-warning = Avant d'appeler : { $text }
directory-notes-heading = Avant d'appeler
directory-not-confirmed-heading = Non confirmé : personne n'a confirmé la réponse de ces services à ce que vous demandez
directory-other-heading = Autres services : ils ne répondent pas à ce que vous demandez
directory-from-heading = Ce que { $country } offre à ses citoyens ici
directory-from-none = Nous n'avons rien trouvé que { $country } offre à ses citoyens dans ce pays. Son ambassade peut quand même aider.
directory-out-of-date = Peut-être dépassé : vérifié il y a plus d'un an.
directory-ask-from = De quel pays venez-vous ? Tapez son code à deux lettres, ou appuyez sur Entrée pour passer.
directory-error-date = Cette date n'est pas écrite sous la forme AAAA-MM-JJ.
directory-emergency-gendarmerie = Gendarmerie
directory-emergency-police-non-emergency = Police (hors urgence)
directory-emergency-civil-defence = Protection civile (secours, incendie)
directory-emergency-tourist-police = Police touristique
directory-emergency-fire-ambulance-addis = Pompiers et ambulance (Addis-Abeba)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = Géré par la police.
directory-warning-law-enforcement = Géré par un service chargé de faire appliquer la loi.
directory-warning-linked-law-enforcement = Travaille avec les forces de l'ordre.
directory-warning-linked-interior = Travaille avec le ministère de l'Intérieur.
directory-warning-passes-to-police = Ce que vous dites à cette ligne est transmis à la police.
directory-warning-shared-with-police = Les signalements sont analysés et partagés avec la police.
directory-warning-must-report = La loi sud-africaine oblige à signaler à la police tout soupçon de traite.
directory-warning-calls-recorded = Tous les appels sont enregistrés.
directory-warning-shared-government = Les informations d'un signalement peuvent être partagées avec d'autres services de l'État.
directory-warning-needs-id = Vous devez donner votre numéro d'identité (QID) ou de visa.
directory-warning-ae-mohre = Un responsable a dit que cette ligne reçoit aussi des signalements de personnes en infraction aux règles de séjour.
directory-warning-jo-mol = Ces lignes ont été annoncées pour signaler des travailleurs sans papiers.
directory-warning-th-1694 = Cette ligne reçoit aussi des plaintes sur des travailleurs sans papiers.
directory-warning-kh-police = Ligne de la police. En 2022, le ministre cambodgien de l'Intérieur a dit que des victimes étrangères secourues ont été expulsées.
directory-warning-es-ucrif = Répond : l'unité de police qui poursuit aussi les réseaux d'immigration illégale.

## Country notes

directory-note-lb-iom = L'OIM a dit en 2024 que beaucoup de travailleuses domestiques migrantes sans papiers craignent d'être arrêtées et expulsées si elles demandent de l'aide.
directory-note-kw = Un rapport du gouvernement américain (2023) dit que le Koweït a détenu et expulsé des victimes possibles de traite, et que son foyer n'accueillait pas régulièrement les travailleurs accusés de « fuite ».
directory-note-kh-ngo = Un groupe anti-arnaque a rapporté que la police locale renvoyait des victimes dans les centres d'arnaque. Il conseille de passer par votre ambassade.
directory-note-mm-border = Des personnes fuyant les centres d'arnaque vers la Thaïlande ont été détenues pour entrée illégale.
directory-note-no-emergency = Aucun numéro d'urgence n'a été trouvé pour ce pays dans nos sources. Demandez à votre ambassade ou à des personnes de confiance.

## Descriptions shared by several services

directory-desc-tip-gov = Une ligne publique pour signaler la traite des personnes ou demander de l'aide.
directory-desc-tip-police = Une ligne de la police pour signaler la traite des personnes.
directory-desc-tip-walkin-police = Des bureaux de police où signaler la traite des personnes en personne.
directory-desc-tip-ngo = Une ligne d'aide sur la traite des personnes, tenue par une organisation, pas par l'État.
directory-desc-tip-prosecutors = Des procureurs chargés de la traite et du trafic de migrants.
directory-desc-tip-anon-police = Donner une information sur un crime sans donner votre nom. Elle va à la police.
directory-desc-labour-gov = La ligne du ministère du Travail pour les questions et plaintes des travailleurs.
directory-desc-labour-enforce = Enquête sur le travail forcé et l'exploitation au travail. Ce n'est pas une ligne de conseil.
directory-desc-labour-advice = Des conseils gratuits et confidentiels sur les droits au travail.
directory-desc-wages = Plaintes sur le salaire et les conditions de travail.
directory-desc-tfw = Signaler les abus envers les travailleurs étrangers temporaires, à toute heure.
directory-desc-victims = Aide aux victimes de tout crime : écoute, conseils et orientation vers l'aide locale.
directory-desc-women = Une ligne d'aide pour les femmes face à la violence ou à l'exploitation.
directory-desc-gbv = Une ligne d'aide contre les violences basées sur le genre.
directory-desc-child = Une ligne d'aide pour les enfants, et pour qui s'inquiète pour un enfant.
directory-desc-rights = Une ligne nationale pour les violations des droits humains, dont la traite et le travail esclave.
directory-desc-health = Soins de santé urgents.
directory-desc-refugees = Le centre d'appels du HCR pour les réfugiés.
directory-desc-abroad-centre = Un centre de l'État pour ses citoyens en difficulté à l'étranger.
directory-desc-mission = L'ambassade ou le consulat de votre pays ici.
directory-desc-shelter-tip = Des foyers pour les victimes de traite. Les personnes y sont orientées par la police, les ambassades, les hôpitaux ou les lieux de culte.
directory-desc-reception = Un centre d'accueil et d'écoute pour les migrants de retour.
directory-desc-sms-emergency = Urgences par SMS, pour les personnes qui ne peuvent pas parler ou entendre, ou pas parler sans danger.
directory-desc-counselling = Quelqu'un à qui parler en cas de crise.
directory-desc-social = Une ligne publique d'aide sociale, pour les citoyens et les étrangers.

## Countries

country-us = États-Unis
country-ca = Canada
country-gb = Royaume-Uni
country-jm = Jamaïque
country-tt = Trinité-et-Tobago
country-bs = Bahamas
country-gy = Guyana
country-bb = Barbade
country-ht = Haïti
country-do = République dominicaine
country-ng = Nigeria
country-gh = Ghana
country-ke = Kenya
country-ug = Ouganda
country-et = Éthiopie
country-za = Afrique du Sud
country-sn = Sénégal
country-cm = Cameroun
country-lb = Liban
country-sa = Arabie saoudite
country-ae = Émirats arabes unis
country-qa = Qatar
country-kw = Koweït
country-om = Oman
country-jo = Jordanie
country-th = Thaïlande
country-kh = Cambodge
country-mm = Myanmar
country-br = Brésil
country-mx = Mexique
country-fr = France
country-es = Espagne
country-it = Italie
country-de = Allemagne

## Service names, as the services write them

directory-ht-cnltp = Comité National de Lutte contre la Traite des Personnes (CNLTP)
directory-sn-child-116 = Ligne verte 116 (Ministère de la Femme, protection de l'enfant)
directory-cm-minas-1503 = Ligne verte MINAS contre la traite et le trafic des personnes (avec l'OIM)
directory-cm-minas-1523 = Ligne verte 1523 (MINAS, OIM)
directory-cm-minas-reception = Centre d'écoute et de transit (MINAS), Elig-Essono, Yaoundé
directory-do-pett = Procuraduría Especializada contra el Tráfico Ilícito de Migrantes y la Trata de Personas (PETT)
directory-do-puerto-plata-line = Mesa de Investigación Judicial de Puerto Plata (línea contra la trata)
directory-et-hotline-8797 = National anti-trafficking hotline 8797 (Ministry of Justice, IOM)
directory-et-mfa-emergency-centre = MFA Situation Monitoring and Emergency Service Center
directory-bb-police-tip = Barbados Police Service : report human trafficking
directory-bb-crisis-hotline = Crisis Hotline (government anti-trafficking campaign)
directory-bs-trafficking-hotline = Trafficking in Persons Hotline (Ministry of National Security)
directory-gy-tip-hotline = TIP Hotline (Ministry of Home Affairs, Ministerial Taskforce on TIP)
directory-gy-tip-hotline-es-pt = Spanish / Portuguese TIP hotline (Ministry of Human Services, C-TIP Unit)
directory-jm-jcf-anti-tip = Jamaica Constabulary Force, Anti-TIP unit
directory-gh-ahtu = Anti-Human Trafficking Unit, Ghana Police CID
directory-ke-gbv-helpline-1195 = National GBV helpline 1195 (Healthcare Assistance Kenya)
directory-ke-child-helpline-116 = Child Helpline 116 (Childline Kenya)
directory-ke-police-sgbv = National Police Service SGBV line
directory-ke-diaspora-call-centre = Diaspora Affairs 24-hour Call Centre (State Department for Diaspora Affairs)
directory-ke-consulate-jeddah-hotline = Kenya Consulate in Jeddah : 24-hour emergency hotline
directory-ke-embassy-abu-dhabi = Embassy of Kenya, Abu Dhabi
directory-ke-consulate-dubai = Consulate General of Kenya, Dubai
directory-us-dol-whd = U.S. Department of Labor, Wage and Hour Division
directory-ca-tfw-tip-line = Service Canada tip line : abuse of temporary foreign workers
directory-gb-crimestoppers = Crimestoppers
directory-gb-glaa = Gangmasters and Labour Abuse Authority (GLAA)
directory-gb-acas = Acas helpline
directory-lb-nextcare = NEXtCARE (UNHCR health partner)
directory-lb-moph = Ministry of Public Health
directory-lb-unhcr-call-centre = UNHCR National Call Center
directory-sa-mhrsd-19911 = Ministry of Human Resources and Social Development (MHRSD), unified number
directory-ae-800save = National trafficking hotline 800SAVE (Ewaa)
directory-ae-ewaa-shelters = Ewaa shelters (Abu Dhabi Center for Sheltering and Humanitarian Care)
directory-ae-mohre-80060 = Ministry of Human Resources and Emiratisation (MoHRE) call centre
directory-ae-mohre-600590000 = MoHRE call centre (other number)
directory-qa-mol-16008 = Ministry of Labour hotline
directory-qa-mol-sms-92727 = Ministry of Labour SMS complaint line
directory-om-rop-hotline = Royal Oman Police hotline (human trafficking)
directory-jo-mol-hotlines = Ministry of Labour hotlines
directory-th-mol-1694 = Department of Employment call centre 1694 (Ministry of Labour)
directory-th-msdhs-1300 = Ministry of Social Development and Human Security hotline 1300
directory-th-international-hotline = Thai international hotline (for Thais abroad)
directory-kh-police-hotline-117 = National Police hotline 117 (illegal detention, trafficking)
directory-kh-kampong-cham-police = Kampong Cham Provincial Police anti-trafficking office
directory-br-disque-100 = Disque 100 – Disque Direitos Humanos
directory-br-ligue-180 = Ligue 180
directory-mx-lnctp = Línea Nacional contra la Trata de Personas (Consejo Ciudadano)
directory-fr-114-sms = 114 par SMS (urgence, appel discret)
directory-fr-116006 = 116 006 – France Victimes
directory-fr-116006-from-abroad = France Victimes, from abroad
directory-es-police-trafficking-line = Policía Nacional : línea contra la trata
directory-es-amar-dragoste = Amar Dragoste
directory-it-numero-verde-antitratta = Numero Verde Anti-tratta
directory-it-1522 = 1522 – antiviolenza e stalking
directory-de-hilfetelefon = Hilfetelefon „Gewalt gegen Frauen“
directory-de-weisser-ring-116006 = WEISSER RING Opfer-Telefon 116 006
directory-tt-counter-trafficking-unit = Counter Trafficking Unit (Ministry of National Security)
    .description = L'unité chargée de faire appliquer la loi contre la traite à Trinité-et-Tobago. L'appel est gratuit.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = Une ligne de l'Armée du Salut sur la traite des personnes. Les informations vont à la police sud-africaine.

## The app's find-help screens

directory-filter-from = D'où je viens
directory-error-language-unknown = Ce n'est pas un code de langue. Utilisez deux lettres, par exemple en, fr, ht ou sw.
directory-code-submit = Utiliser ce code
directory-filters-done = Terminé
directory-from-now = Choisi
directory-from-assumed = { $country } (d'après votre langue)
directory-from-not-set = Non choisi
directory-from-clear = Aucun : ne pas utiliser de pays
