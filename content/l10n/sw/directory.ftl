## Pata msaada: saraka ya msaada na utafutaji wa msaada.

directory-menu = Pata msaada
directory-title = Msaada unaoweza kuwasiliana nao
directory-ask-country = Uko nchi gani? Chagua kwenye orodha, au andika msimbo wa nchi wa herufi mbili.
directory-other-country = Nchi nyingine (andika msimbo wake)
directory-ask-danger = Je, uko hatarini sasa hivi?
directory-yes = Ndiyo
directory-no = Hapana
directory-ask-filters = Unataka kupunguza orodha? Chagua kimoja, au chagua Onyesha matokeo.
directory-show-results = Onyesha matokeo
directory-filter-need = Aina ya msaada
directory-filter-language = Lugha ninayozungumza
directory-filter-audience = Msaada kwa
directory-filter-no-immigration = Haiarifu uhamiaji
directory-filter-anonymous = Naweza kubaki bila kujulikana
directory-filter-no-id = Hakuna kitambulisho kinachohitajika
directory-ask-language = Andika msimbo wa lugha, kwa mfano en, fr, ht au sw.
directory-danger-note = Ukiwa hatarini sasa, piga nambari ya dharura. Wewe ndiye unayeamua.
directory-emergency-heading = Nambari za dharura
directory-no-emergency = Bado hakuna nambari ya dharura kwa nchi hii.
directory-services-heading = Huduma
directory-no-services = Bado hatuna huduma kwa nchi hii.
directory-fallbacks-heading = Msaada kutoka nchi yoyote
directory-call = Piga simu
directory-text = Tuma ujumbe
directory-open = Fungua
directory-matched = Kwa nini imeorodheshwa: { $reasons }
directory-last-verified = Ilikaguliwa mwisho: { $date }
directory-safety-police = Huarifu polisi: { $answer }
directory-safety-immigration = Huarifu uhamiaji: { $answer }
directory-safety-id = Inahitaji kitambulisho: { $answer }
directory-safety-anonymous = Unaweza kubaki bila kujulikana: { $answer }
directory-safety-confidential = Ni siri: { $answer }
directory-answer-yes = ndiyo
directory-answer-no = hapana
directory-answer-only-with-consent = ukikubali tu
directory-answer-unknown = haijulikani
directory-hours-always = Wazi saa 24, kila siku
directory-hours-unknown = Saa za kufungua hazijulikani
directory-cost-free = Bure
directory-cost-paid = Inaweza kugharimu pesa
directory-cost-unknown = Gharama haijulikani
directory-languages-any = Lugha nyingi, kwa wakalimani

directory-emergency-police = Polisi
directory-emergency-fire = Zimamoto
directory-emergency-ambulance = Gari la wagonjwa
directory-emergency-fire-ambulance = Zimamoto na gari la wagonjwa
directory-emergency-police-emergency = Polisi na dharura
directory-emergency-emergency = Dharura
directory-emergency-emergency-mobile = Dharura, kutoka simu ya mkononi

directory-kind-trafficking_hotline = Simu ya msaada kuhusu biashara haramu ya binadamu
directory-kind-emergency = Msaada wa dharura
directory-kind-shelter = Mahali salama pa kukaa
directory-kind-legal_aid = Msaada wa kisheria
directory-kind-labour_rights = Haki za wafanyakazi
directory-kind-health = Huduma za afya
directory-kind-counselling = Mtu wa kuzungumza naye
directory-kind-child_protection = Ulinzi wa watoto
directory-kind-consular = Ubalozi au ubalozi mdogo wako
directory-kind-migrant_support = Msaada kwa wahamiaji

directory-audience-anyone = Mtu yeyote
directory-audience-women = Wanawake
directory-audience-men = Wanaume
directory-audience-children = Watoto
directory-audience-lgbtq = Watu wa LGBTQ+
directory-audience-migrants = Wahamiaji
directory-audience-workers = Wafanyakazi

directory-channel-phone = Simu
directory-channel-sms = Ujumbe mfupi
directory-channel-whatsapp = WhatsApp
directory-channel-email = Barua pepe
directory-channel-web = Tovuti
directory-channel-walk_in = Ana kwa ana

directory-why-emergency = msaada wa dharura
directory-why-open-always = wazi saa 24
directory-why-need = inatoa: { $kind }
directory-why-language = inazungumza { $language }
directory-why-interpreters = ina wakalimani
directory-why-audience = kwa: { $audience }
directory-why-region = katika { $region }
directory-why-no-immigration = haiarifu uhamiaji
directory-why-anonymous = unaweza kubaki bila kujulikana
directory-why-no-id = hakuna kitambulisho kinachohitajika

directory-error-country = Huo si msimbo wa nchi. Tumia herufi mbili, kwa mfano JM au KE.
directory-error-no-country = Chagua nchi ili kuona msaada wake.
directory-error-coordinates = Mahali hapo hapakuweza kutumika.
directory-error-kind = Aina hiyo ya msaada si mojawapo ya chaguo.
directory-error-audience = Kundi hilo si mojawapo ya chaguo.
directory-error-language = Msimbo huo wa lugha haujaandikwa vizuri.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = Simu ya msaada ya siri, wazi mchana na usiku, kwa lugha zaidi ya 200. Si polisi.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = Simu ya msaada ya siri, wazi mchana na usiku, kwa lugha zaidi ya 200. Si polisi wala huduma ya dharura.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = Simu ya msaada kwa yeyote mwenye wasiwasi kuhusu kazi ya kulazimishwa au unyonyaji. Wazi mchana na usiku.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = Timu ya kitaifa ya Jamaika dhidi ya biashara haramu ya binadamu. Nambari ya 888 ni bure.
directory-ng-naptip = NAPTIP
    .description = Shirika la kitaifa la Nigeria dhidi ya biashara haramu ya binadamu. 627 ni nambari fupi.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = Simu ya bure ya Afrika Kusini kwa msaada na taarifa kuhusu biashara haramu ya binadamu.
directory-ug-sauti-child-helpline = Simu ya msaada kwa watoto (Sauti)
    .description = Simu ya msaada ya Uganda kwa watoto.
directory-own-embassy = Ubalozi au ubalozi mdogo wa nchi yako
    .description = Ukiwa ng'ambo, ubalozi wa nchi yako unaweza kusaidia raia wake, kwa mfano pasipoti ikipotea au ikichukuliwa, au kurudi nyumbani.
directory-iom = IOM, Shirika la Umoja wa Mataifa la Uhamiaji
    .description = IOM ina ofisi katika nchi nyingi na husaidia wahamiaji, pamoja na waathiriwa wa biashara haramu ya binadamu.
directory-child-helpline-international = Child Helpline International
    .description = Mtandao wa simu za msaada kwa watoto duniani. Tovuti yake inaonyesha simu ya kila nchi.

## Sources, warnings, places and freshness

directory-status-unconfirmed = Haijathibitishwa: imeonekana tu kwenye habari au vyanzo vingine visivyo rasmi, si kwenye ukurasa wa huduma. Kagua kabla ya kuitegemea.
directory-confidence-a = Chanzo: ukurasa wa huduma yenyewe
directory-confidence-b = Chanzo: ukurasa wa serikali ya nchi hii
directory-confidence-bstar = Chanzo: ripoti ya serikali ya kigeni, si huduma yenyewe
directory-confidence-u = Chanzo: ukurasa wa Umoja wa Mataifa, si huduma yenyewe
directory-confidence-c = Chanzo: habari au vyanzo vingine visivyo rasmi tu
directory-warning = Kabla ya kupiga simu: { $text }
directory-notes-heading = Kabla ya kupiga simu
directory-not-confirmed-heading = Haijathibitishwa: hakuna aliyethibitisha jibu la huduma hizi kwa ulichouliza
directory-other-heading = Huduma nyingine: hazitimizi ulichouliza
directory-from-heading = Kile { $country } inachowapa raia wake hapa
directory-from-none = Hatukupata chochote { $country } inachowapa raia wake katika nchi hii. Ubalozi wake bado unaweza kusaidia.
directory-out-of-date = Huenda imepitwa na wakati: ilikaguliwa zaidi ya mwaka mmoja uliopita.
directory-ask-from = Unatoka nchi gani? Andika msimbo wake wa herufi mbili, au bonyeza Enter kuruka.
directory-error-date = Tarehe hiyo haijaandikwa kama YYYY-MM-DD.
directory-emergency-gendarmerie = Jandarmeri
directory-emergency-police-non-emergency = Polisi (si dharura)
directory-emergency-civil-defence = Ulinzi wa raia (uokoaji, moto)
directory-emergency-tourist-police = Polisi wa watalii
directory-emergency-fire-ambulance-addis = Zimamoto na gari la wagonjwa (Addis Ababa)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = Inaendeshwa na polisi.
directory-warning-law-enforcement = Inaendeshwa na chombo cha kutekeleza sheria.
directory-warning-linked-law-enforcement = Inashirikiana na vyombo vya kutekeleza sheria.
directory-warning-linked-interior = Inashirikiana na Wizara ya Mambo ya Ndani.
directory-warning-passes-to-police = Unachoambia laini hii kinapelekwa kwa polisi.
directory-warning-shared-with-police = Ripoti huchambuliwa na kushirikishwa polisi.
directory-warning-must-report = Sheria ya Afrika Kusini inalazimu kuripoti polisi shaka ya biashara haramu ya binadamu.
directory-warning-calls-recorded = Simu zote hurekodiwa.
directory-warning-shared-government = Taarifa za ripoti zinaweza kushirikishwa idara nyingine za serikali.
directory-warning-needs-id = Lazima utoe nambari ya kitambulisho (QID) au ya viza.
directory-warning-ae-mohre = Afisa mmoja alisema laini hii pia hupokea ripoti za watu wanaovunja sheria za ukaazi.
directory-warning-jo-mol = Laini hizi zilitangazwa kwa ajili ya kuripoti wafanyakazi wasio na vibali.
directory-warning-th-1694 = Laini hii pia hupokea malalamiko kuhusu wafanyakazi wasio na vibali.
directory-warning-kh-police = Laini ya polisi. Mwaka 2022 Waziri wa Mambo ya Ndani wa Kambodia alisema waathiriwa wa kigeni waliookolewa walirudishwa makwao kwa nguvu.
directory-warning-es-ucrif = Hujibiwa na kitengo cha polisi ambacho pia hufuatilia mitandao ya uhamiaji haramu.

## Country notes

directory-note-lb-iom = IOM ilisema mwaka 2024 kwamba wafanyakazi wengi wa ndani wahamiaji wasio na vibali wanaogopa kukamatwa na kufukuzwa wakiomba msaada.
directory-note-kw = Ripoti ya serikali ya Marekani (2023) inasema Kuwait iliwazuia na kuwafukuza watu waliokuwa huenda waathiriwa wa biashara haramu ya binadamu, na makazi yake hayakuwapokea mara kwa mara wafanyakazi walioshtakiwa kwa 'kutoroka'.
directory-note-kh-ngo = Kikundi kinachopambana na utapeli kiliripoti polisi wa eneo kuwarudisha waathiriwa kwenye kambi za utapeli. Kinashauri kupitia ubalozi wako.
directory-note-mm-border = Watu waliotoroka kambi za utapeli kuvuka mpaka kwenda Thailand wamezuiliwa kwa kuingia kinyume cha sheria.
directory-note-no-emergency = Hatukupata nambari ya dharura ya nchi hii katika vyanzo vyetu. Uliza ubalozi wako au watu unaowaamini.

## Descriptions shared by several services

directory-desc-tip-gov = Laini ya serikali ya kuripoti biashara haramu ya binadamu au kuomba msaada.
directory-desc-tip-police = Laini ya polisi ya kuripoti biashara haramu ya binadamu.
directory-desc-tip-walkin-police = Ofisi za polisi ambapo unaweza kuripoti biashara haramu ya binadamu ana kwa ana.
directory-desc-tip-ngo = Laini ya msaada kuhusu biashara haramu ya binadamu, inayoendeshwa na shirika, si serikali.
directory-desc-tip-prosecutors = Waendesha mashtaka wanaoshughulikia biashara haramu ya binadamu na usafirishaji haramu wa wahamiaji ya wahamiaji.
directory-desc-tip-anon-police = Toa taarifa kuhusu uhalifu bila kutaja jina lako. Zinaenda kwa polisi.
directory-desc-labour-gov = Laini ya wizara ya kazi kwa maswali na malalamiko ya wafanyakazi.
directory-desc-labour-enforce = Huchunguza kazi ya kulazimishwa na unyonyaji kazini. Si laini ya ushauri.
directory-desc-labour-advice = Ushauri wa bure na wa siri kuhusu haki kazini.
directory-desc-wages = Malalamiko kuhusu mshahara na mazingira ya kazi.
directory-desc-tfw = Ripoti unyanyasaji wa wafanyakazi wa kigeni wa muda, wakati wowote.
directory-desc-victims = Msaada kwa waathiriwa wa uhalifu wowote: mtu anasikiliza, anashauri na kuelekeza msaada wa karibu.
directory-desc-women = Laini ya msaada kwa wanawake wanaokabiliwa na ukatili au unyonyaji.
directory-desc-gbv = Laini ya msaada kuhusu ukatili wa kijinsia.
directory-desc-child = Laini ya msaada kwa watoto, na kwa yeyote anayemhofia mtoto.
directory-desc-rights = Laini ya kitaifa kwa ukiukwaji wa haki za binadamu, ikiwemo biashara haramu ya binadamu na kazi ya utumwa.
directory-desc-health = Huduma ya afya ya dharura.
directory-desc-refugees = Kituo cha simu cha UNHCR kwa wakimbizi.
directory-desc-abroad-centre = Kituo cha serikali kwa raia wake walio katika matatizo nje ya nchi.
directory-desc-mission = Ubalozi au ubalozi mdogo wa nchi yako hapa.
directory-desc-shelter-tip = Makazi kwa waathiriwa wa biashara haramu ya binadamu. Watu hupelekwa na polisi, balozi, hospitali au nyumba za ibada.
directory-desc-reception = Kituo cha mapokezi na kusikiliza kwa wahamiaji wanaorudi nyumbani.
directory-desc-sms-emergency = Msaada wa dharura kwa ujumbe mfupi, kwa wasioweza kuongea au kusikia, au kuongea kwa usalama.
directory-desc-counselling = Mtu wa kuzungumza naye wakati wa shida.
directory-desc-social = Laini ya serikali ya msaada wa kijamii, kwa raia na wageni.

## Countries

country-us = Marekani
country-ca = Kanada
country-gb = Uingereza
country-jm = Jamaika
country-tt = Trinidad na Tobago
country-bs = Bahamas
country-gy = Guyana
country-bb = Barbados
country-ht = Haiti
country-do = Jamhuri ya Dominika
country-ng = Nigeria
country-gh = Ghana
country-ke = Kenya
country-ug = Uganda
country-et = Ethiopia
country-za = Afrika Kusini
country-sn = Senegali
country-cm = Kameruni
country-lb = Lebanon
country-sa = Saudi Arabia
country-ae = Umoja wa Falme za Kiarabu
country-qa = Qatar
country-kw = Kuwait
country-om = Oman
country-jo = Yordani
country-th = Thailand
country-kh = Kambodia
country-mm = Myanmar
country-br = Brazil
country-mx = Meksiko
country-fr = Ufaransa
country-es = Hispania
country-it = Italia
country-de = Ujerumani

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
    .description = Kitengo cha kutekeleza sheria dhidi ya biashara haramu ya binadamu cha Trinidad na Tobago. Simu ni bure.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = Laini ya Jeshi la Wokovu kuhusu biashara haramu ya binadamu. Taarifa hupelekwa kwa Polisi wa Afrika Kusini.

## The app's find-help screens

directory-filter-from = Ninakotoka
directory-error-language-unknown = Huo si msimbo wa lugha. Tumia herufi mbili, kwa mfano en, fr, ht au sw.
directory-code-submit = Tumia msimbo huu
directory-filters-done = Nimemaliza
directory-from-now = Uliyochagua
directory-from-assumed = { $country } (kutokana na lugha yako)
directory-from-not-set = Haijachaguliwa
directory-from-clear = Hakuna: usitumie nchi
