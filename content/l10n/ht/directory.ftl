## Jwenn èd: anyè a ak rechèch èd la.

directory-menu = Jwenn èd
directory-title = Èd ou ka kontakte
directory-ask-country = Nan ki peyi ou ye? Chwazi nan lis la, oswa tape yon kòd peyi de lèt.
directory-other-country = Yon lòt peyi (tape kòd li)
directory-ask-danger = Èske ou an danje kounye a?
directory-yes = Wi
directory-no = Non
directory-ask-filters = Ou vle fè lis la pi kout? Chwazi youn, oswa chwazi Wè rezilta yo.
directory-show-results = Wè rezilta yo
directory-filter-need = Ki kalite èd
directory-filter-language = Yon lang mwen pale
directory-filter-audience = Èd pou
directory-filter-no-immigration = Pa rapòte bay imigrasyon
directory-filter-anonymous = Mwen ka rete anonim
directory-filter-no-id = Pa bezwen pyès idantite
directory-ask-language = Tape yon kòd lang, pa egzanp en, fr, ht oswa sw.
directory-danger-note = Si ou an danje kounye a, rele yon nimewo ijans. Se ou ki chwazi sa pou fè.
directory-emergency-heading = Nimewo ijans
directory-no-emergency = Pa gen nimewo ijans pou peyi sa a ankò.
directory-services-heading = Sèvis
directory-no-services = Nou poko gen sèvis pou peyi sa a.
directory-fallbacks-heading = Èd ki mache nan nenpòt peyi
directory-call = Rele
directory-text = Voye mesaj
directory-open = Louvri
directory-matched = Poukisa li la: { $reasons }
directory-last-verified = Dènye verifikasyon: { $date }
directory-safety-police = Di lapolis: { $answer }
directory-safety-immigration = Di imigrasyon: { $answer }
directory-safety-id = Bezwen pyès idantite: { $answer }
directory-safety-anonymous = Ou ka rete anonim: { $answer }
directory-safety-confidential = Konfidansyèl: { $answer }
directory-answer-yes = wi
directory-answer-no = non
directory-answer-only-with-consent = sèlman si ou dakò
directory-answer-unknown = nou pa konnen
directory-hours-always = Louvri 24 sou 24, chak jou
directory-hours-unknown = Nou pa konnen lè li louvri
directory-cost-free = Gratis
directory-cost-paid = Li ka koute lajan
directory-cost-unknown = Nou pa konnen pri a
directory-languages-any = Anpil lang, ak entèprèt

directory-emergency-police = Lapolis
directory-emergency-fire = Ponpye
directory-emergency-ambulance = Anbilans
directory-emergency-fire-ambulance = Ponpye ak anbilans
directory-emergency-police-emergency = Lapolis ak ijans
directory-emergency-emergency = Ijans
directory-emergency-emergency-mobile = Ijans, depi yon telefòn selilè

directory-kind-trafficking_hotline = Liy kont trafik moun
directory-kind-emergency = Èd ijans
directory-kind-shelter = Yon kote ki an sekirite pou rete
directory-kind-legal_aid = Èd legal
directory-kind-labour_rights = Dwa travayè
directory-kind-health = Swen sante
directory-kind-counselling = Yon moun pou pale avè l
directory-kind-child_protection = Pwoteksyon timoun
directory-kind-consular = Anbasad oswa konsila ou
directory-kind-migrant_support = Èd pou migran

directory-audience-anyone = Nenpòt moun
directory-audience-women = Fanm
directory-audience-men = Gason
directory-audience-children = Timoun
directory-audience-lgbtq = Moun LGBTQ+
directory-audience-migrants = Migran
directory-audience-workers = Travayè

directory-channel-phone = Telefòn
directory-channel-sms = Mesaj tèks
directory-channel-whatsapp = WhatsApp
directory-channel-email = Imèl
directory-channel-web = Sit entènèt
directory-channel-walk_in = An pèsòn

directory-why-emergency = èd ijans
directory-why-open-always = louvri 24 sou 24
directory-why-need = ofri: { $kind }
directory-why-language = pale { $language }
directory-why-interpreters = gen entèprèt
directory-why-audience = pou: { $audience }
directory-why-region = nan { $region }
directory-why-no-immigration = pa rapòte bay imigrasyon
directory-why-anonymous = ou ka rete anonim
directory-why-no-id = pa bezwen pyès idantite

directory-error-country = Sa a se pa yon kòd peyi. Sèvi ak de lèt, pa egzanp JM oswa KE.
directory-error-no-country = Chwazi yon peyi pou wè èd li.
directory-error-coordinates = Nou pa t ka sèvi ak kote sa a.
directory-error-kind = Kalite èd sa a pa nan chwa yo.
directory-error-audience = Gwoup sa a pa nan chwa yo.
directory-error-language = Kòd lang sa a pa ekri kòrèkteman.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = Yon liy èd konfidansyèl, louvri lajounen kou lannwit, nan plis pase 200 lang. Se pa lapolis.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = Yon liy èd konfidansyèl, louvri lajounen kou lannwit, nan plis pase 200 lang. Se pa lapolis ni yon sèvis ijans.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = Yon liy èd pou nenpòt moun ki enkyete pou travay fòse oswa eksplwatasyon. Louvri lajounen kou lannwit.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = Ekip nasyonal Jamayik kont trafik moun. Nimewo 888 la gratis.
directory-ng-naptip = NAPTIP
    .description = Ajans nasyonal Nijerya kont trafik moun. 627 se yon nimewo kout.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = Liy gratis Afrik di Sid pou èd ak enfòmasyon sou trafik moun.
directory-ug-sauti-child-helpline = Liy èd pou timoun (Sauti)
    .description = Liy èd Ouganda pou timoun.
directory-own-embassy = Anbasad oswa konsila peyi ou
    .description = Lè ou aletranje, anbasad oswa konsila peyi ou ka ede sitwayen li, pa egzanp ak yon paspò ki pèdi oswa yo pran, oswa pou retounen lakay.
directory-iom = OIM, Ajans Nasyonzini pou Migrasyon
    .description = OIM gen biwo nan anpil peyi e li ede migran, tankou moun ki viktim trafik.
directory-child-helpline-international = Child Helpline International
    .description = Yon rezo liy èd pou timoun atravè lemond. Sit li bay liy chak peyi.

## Sources, warnings, places and freshness

directory-status-unconfirmed = Pa konfime: nou wè l sèlman nan nouvèl oswa lòt sous endirèk, pa sou paj sèvis la. Verifye anvan ou konte sou li.
directory-confidence-a = Sous: paj sèvis la li menm
directory-confidence-b = Sous: yon paj gouvènman peyi sa a
directory-confidence-bstar = Sous: rapò yon gouvènman etranje, pa sèvis la li menm
directory-confidence-u = Sous: yon paj Nasyonzini, pa sèvis la li menm
directory-confidence-c = Sous: sèlman nouvèl oswa lòt sous endirèk
directory-warning = Anvan ou rele: { $text }
directory-notes-heading = Anvan ou rele
directory-not-confirmed-heading = Pa konfime: pèsonn pa konfime repons sèvis sa yo pou sa ou mande a
directory-other-heading = Lòt sèvis: yo pa koresponn ak sa ou mande a
directory-from-heading = Sa { $country } ofri sitwayen li yo isit la
directory-from-none = Nou pa jwenn anyen { $country } ofri sitwayen li yo nan peyi sa a. Anbasad li ka ede kanmenm.
directory-out-of-date = Ka pa ajou: dènye verifikasyon an gen plis pase yon an.
directory-ask-from = Ki peyi ou soti? Tape kòd de lèt li, oswa peze Enter pou sote.
directory-error-date = Dat sa a pa ekri kòm AAAA-MM-JJ.
directory-emergency-gendarmerie = Jandamri
directory-emergency-police-non-emergency = Polis (pa ijans)
directory-emergency-civil-defence = Pwoteksyon sivil (sekou, dife)
directory-emergency-tourist-police = Polis touris
directory-emergency-fire-ambulance-addis = Ponpye ak anbilans (Adis Abeba)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = Se polis ki jere l.
directory-warning-law-enforcement = Se yon ajans ki fè respekte lalwa ki jere l.
directory-warning-linked-law-enforcement = Li travay ak fòs lòd yo.
directory-warning-linked-interior = Li travay ak Ministè Enteryè a.
directory-warning-passes-to-police = Sa ou di liy sa a pase bay polis.
directory-warning-shared-with-police = Yo analize rapò yo epi pataje yo ak polis.
directory-warning-must-report = Lalwa Lafrik di Sid oblije moun rapòte bay polis si yo sispèk trafik.
directory-warning-calls-recorded = Tout apèl yo anrejistre.
directory-warning-shared-government = Enfòmasyon nan yon rapò ka pataje ak lòt depatman gouvènman an.
directory-warning-needs-id = Ou dwe bay nimewo idantite (QID) oswa viza ou.
directory-warning-ae-mohre = Yon ofisyèl di liy sa a resevwa rapò sou moun ki pa respekte règ rezidans yo tou.
directory-warning-jo-mol = Yo te fè piblisite liy sa yo pou rapòte travayè ki san papye.
directory-warning-th-1694 = Liy sa a resevwa plent sou travayè ki san papye tou.
directory-warning-kh-police = Liy polis. An 2022, minis Enteryè Kanbòdj la di yo te depòte viktim etranje yo te sove yo.
directory-warning-es-ucrif = Se inite polis ki kouri dèyè rezo imigrasyon ilegal yo tou ki reponn.

## Country notes

directory-note-lb-iom = OIM te di an 2024 anpil travayè domestik migran ki san papye pè yo arete yo epi depòte yo si yo mande èd.
directory-note-kw = Yon rapò gouvènman ameriken (2023) di Kowet te arete epi depòte moun ki te ka viktim trafik, e abri li a pa t konn resevwa travayè yo akize de « sove ».
directory-note-kh-ngo = Yon gwoup kont eskwokri rapòte polis lokal te remete viktim yo nan sant eskwokri yo. Li konseye pase pa anbasad ou.
directory-note-mm-border = Moun ki t ap kouri kite sant eskwokri yo pou travèse al Tayland te arete pou antre ilegal.
directory-note-no-emergency = Nou pa jwenn okenn nimewo ijans pou peyi sa a nan sous nou yo. Mande anbasad ou oswa moun ou fè konfyans.

## Descriptions shared by several services

directory-desc-tip-gov = Yon liy gouvènman pou rapòte trafik moun oswa mande èd.
directory-desc-tip-police = Yon liy polis pou rapòte trafik moun.
directory-desc-tip-walkin-police = Biwo polis kote ou ka al rapòte trafik moun an pèsòn.
directory-desc-tip-ngo = Yon liy èd sou trafik moun, yon òganizasyon ki jere l, pa gouvènman an.
directory-desc-tip-prosecutors = Pwokirè ki okipe trafik moun ak trafik migran.
directory-desc-tip-anon-police = Bay enfòmasyon sou yon krim san ou pa bay non ou. Li ale bay polis.
directory-desc-labour-gov = Liy ministè travay la pou kesyon ak plent travayè yo.
directory-desc-labour-enforce = Li mennen ankèt sou travay fòse ak esplwatasyon nan travay. Se pa yon liy konsèy.
directory-desc-labour-advice = Konsèy gratis e konfidansyèl sou dwa nan travay.
directory-desc-wages = Plent sou salè ak kondisyon travay.
directory-desc-tfw = Rapòte abi kont travayè etranje tanporè, nenpòt lè.
directory-desc-victims = Sipò pou viktim nenpòt krim: yon moun koute, bay konsèy epi montre èd lokal.
directory-desc-women = Yon liy èd pou fanm k ap viv vyolans oswa esplwatasyon.
directory-desc-gbv = Yon liy èd kont vyolans ki baze sou sèks.
directory-desc-child = Yon liy èd pou timoun, ak pou nenpòt moun ki enkyete pou yon timoun.
directory-desc-rights = Yon liy nasyonal pou vyolasyon dwa moun, tankou trafik moun ak travay esklav.
directory-desc-health = Swen sante ijan.
directory-desc-refugees = Sant apèl HCR pou refijye yo.
directory-desc-abroad-centre = Yon sant gouvènman pou sitwayen li yo ki nan pwoblèm aletranje.
directory-desc-mission = Anbasad oswa konsila peyi ou isit la.
directory-desc-shelter-tip = Abri pou viktim trafik. Se polis, anbasad, lopital oswa kote moun priye ki voye moun yo.
directory-desc-reception = Yon sant resepsyon ak koute pou migran k ap retounen.
directory-desc-sms-emergency = Ijans pa SMS, pou moun ki pa ka pale oswa tande, oswa ki pa ka pale san danje.
directory-desc-counselling = Yon moun pou pale avè l nan yon kriz.
directory-desc-social = Yon liy gouvènman pou èd sosyal, pou sitwayen ak etranje.

## Countries

country-us = Etazini
country-ca = Kanada
country-gb = Wayòm Ini
country-jm = Jamayik
country-tt = Trinidad ak Tobago
country-bs = Bahamas
country-gy = Giyàn
country-bb = Babad
country-ht = Ayiti
country-do = Repiblik Dominikèn
country-ng = Nijerya
country-gh = Gana
country-ke = Kenya
country-ug = Ouganda
country-et = Etyopi
country-za = Afrik di Sid
country-sn = Senegal
country-cm = Kamewoun
country-lb = Liban
country-sa = Arabi Saoudit
country-ae = Emira Arab Ini
country-qa = Katar
country-kw = Kowet
country-om = Omàn
country-jo = Jòdani
country-th = Tayland
country-kh = Kanbòdj
country-mm = Myanma
country-br = Brezil
country-mx = Meksik
country-fr = Lafrans
country-es = Espay
country-it = Itali
country-de = Almay

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
directory-bb-police-tip = Barbados Police Service: report human trafficking
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
directory-ke-consulate-jeddah-hotline = Kenya Consulate in Jeddah: 24-hour emergency hotline
directory-ke-embassy-abu-dhabi = Embassy of Kenya, Abu Dhabi
directory-ke-consulate-dubai = Consulate General of Kenya, Dubai
directory-us-dol-whd = U.S. Department of Labor, Wage and Hour Division
directory-ca-tfw-tip-line = Service Canada tip line: abuse of temporary foreign workers
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
directory-es-police-trafficking-line = Policía Nacional: línea contra la trata
directory-es-amar-dragoste = Amar Dragoste
directory-it-numero-verde-antitratta = Numero Verde Anti-tratta
directory-it-1522 = 1522 – antiviolenza e stalking
directory-de-hilfetelefon = Hilfetelefon „Gewalt gegen Frauen“
directory-de-weisser-ring-116006 = WEISSER RING Opfer-Telefon 116 006
directory-tt-counter-trafficking-unit = Counter Trafficking Unit (Ministry of National Security)
    .description = Inite ki fè respekte lalwa kont trafik moun nan Trinidad ak Tobago. Apèl la gratis.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = Yon liy Lame Sali sou trafik moun. Enfòmasyon yo ale bay polis Lafrik di Sid.

## The app's find-help screens

directory-filter-from = Kote m soti
directory-error-language-unknown = Sa a se pa yon kòd lang. Sèvi ak de lèt, pa egzanp en, fr, ht oswa sw.
directory-code-submit = Sèvi ak kòd sa a
directory-filters-done = Fini
directory-from-now = Chwazi
directory-from-assumed = { $country } (dapre lang ou)
directory-from-not-set = Pa chwazi
directory-from-clear = Okenn: pa sèvi ak yon peyi
