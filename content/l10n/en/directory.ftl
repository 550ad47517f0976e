## Find help: the help directory and the help-locator.
## Service names stay as the services write them; descriptions are short and plain.

directory-menu = Find help
directory-title = Help you can contact
directory-ask-country = Which country are you in? Choose from the list, or type a two-letter country code.
directory-other-country = Another country (type its code)
directory-ask-danger = Are you in danger right now?
directory-yes = Yes
directory-no = No
directory-ask-filters = Do you want to narrow the list? Choose one, or choose Show results.
directory-show-results = Show results
directory-filter-need = What kind of help
directory-filter-language = A language I speak
directory-filter-audience = Help for
directory-filter-no-immigration = Does not report to immigration
directory-filter-anonymous = I can stay anonymous
directory-filter-no-id = No ID needed
directory-ask-language = Type a language code, for example en, fr, ht or sw.
directory-danger-note = If you are in danger now, call an emergency number. You choose what to do.
directory-emergency-heading = Emergency numbers
directory-no-emergency = No emergency number is listed for this country yet.
directory-services-heading = Services
directory-no-services = We have no services listed for this country yet.
directory-fallbacks-heading = Help that works from any country
directory-call = Call
directory-text = Text
directory-open = Open
directory-matched = Why it is listed: { $reasons }
directory-last-verified = Last checked: { $date }
directory-safety-police = Tells the police: { $answer }
directory-safety-immigration = Tells immigration: { $answer }
directory-safety-id = Needs ID: { $answer }
directory-safety-anonymous = You can stay anonymous: { $answer }
directory-safety-confidential = Confidential: { $answer }
directory-answer-yes = yes
directory-answer-no = no
directory-answer-only-with-consent = only if you agree
directory-answer-unknown = not known
directory-hours-always = Open 24 hours, every day
directory-hours-unknown = Opening hours not known
directory-cost-free = Free
directory-cost-paid = May cost money
directory-cost-unknown = Cost not known
directory-languages-any = Many languages, with interpreters

## Emergency number labels

directory-emergency-police = Police
directory-emergency-fire = Fire
directory-emergency-ambulance = Ambulance
directory-emergency-fire-ambulance = Fire and ambulance
directory-emergency-police-emergency = Police and emergency
directory-emergency-emergency = Emergency
directory-emergency-emergency-mobile = Emergency, from a mobile phone

## Kinds of help

directory-kind-trafficking_hotline = Trafficking helpline
directory-kind-emergency = Emergency help
directory-kind-shelter = Safe place to stay
directory-kind-legal_aid = Legal help
directory-kind-labour_rights = Workers' rights
directory-kind-health = Health care
directory-kind-counselling = Someone to talk to
directory-kind-child_protection = Child protection
directory-kind-consular = Your embassy or consulate
directory-kind-migrant_support = Help for migrants

## Who a service is for

directory-audience-anyone = Anyone
directory-audience-women = Women
directory-audience-men = Men
directory-audience-children = Children
directory-audience-lgbtq = LGBTQ+ people
directory-audience-migrants = Migrants
directory-audience-workers = Workers

## Ways to reach a service

directory-channel-phone = Phone
directory-channel-sms = Text message
directory-channel-whatsapp = WhatsApp
directory-channel-email = Email
directory-channel-web = Website
directory-channel-walk_in = In person

## Why a service is listed where it is

directory-why-emergency = emergency help
directory-why-open-always = open 24 hours
directory-why-need = offers { $kind }
directory-why-language = speaks { $language }
directory-why-interpreters = has interpreters
directory-why-audience = for { $audience }
directory-why-region = in { $region }
directory-why-no-immigration = does not report to immigration
directory-why-anonymous = you can stay anonymous
directory-why-no-id = no ID needed

## Errors

directory-error-country = That is not a country code. Use two letters, for example JM or KE.
directory-error-no-country = Choose a country to see its help.
directory-error-coordinates = That location could not be used.
directory-error-kind = That kind of help is not one of the choices.
directory-error-audience = That group is not one of the choices.
directory-error-language = That language code is not written correctly.

## Services

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = A confidential helpline, open day and night, in more than 200 languages. It is not the police.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = A confidential helpline, open day and night, in more than 200 languages. It is not the police or an emergency service.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = A helpline for anyone worried about forced work or exploitation. Open day and night.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = Jamaica's national team against human trafficking. The 888 number is free to call.
directory-ng-naptip = NAPTIP
    .description = Nigeria's national agency against human trafficking. 627 is a short code.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = South Africa's free line for help and information about human trafficking.
directory-ug-sauti-child-helpline = Child helpline (Sauti)
    .description = Uganda's helpline for children.
directory-own-embassy = Your own country's embassy or consulate
    .description = If you are abroad, your country's embassy or consulate can help its citizens, for example with a lost or taken passport or getting home.
directory-iom = IOM, the UN Migration Agency
    .description = IOM has offices in many countries and helps migrants, including people who have been trafficked.
directory-child-helpline-international = Child Helpline International
    .description = A network of child helplines around the world. Its website lists the helpline for each country.

## Sources, warnings, places and freshness

directory-status-unconfirmed = Not confirmed: seen only in news or other secondary sources, or not on the service's own page. Check before you rely on it.
directory-confidence-a = Source: the service's own page
directory-confidence-b = Source: a government page of this country
directory-confidence-bstar = Source: a foreign government's report, not the service itself
directory-confidence-u = Source: a United Nations page, not the service itself
directory-confidence-c = Source: news or other secondary sources only
directory-warning = Before you call: { $text }
directory-notes-heading = Before you call
directory-not-confirmed-heading = Not confirmed: nobody has confirmed these services' answer to what you asked
directory-other-heading = Other services: they do not meet what you asked
directory-from-heading = What { $country } offers its citizens here
directory-from-none = We found nothing { $country } offers its citizens in this country. Its embassy may still help.
directory-out-of-date = May be out of date: last checked more than a year ago.
directory-ask-from = Which country do you come from? Type its two-letter code, or press Enter to skip.
directory-error-date = That date is not written as YYYY-MM-DD.
directory-emergency-gendarmerie = Gendarmerie
directory-emergency-police-non-emergency = Police (not an emergency)
directory-emergency-civil-defence = Civil defence (rescue, fire)
directory-emergency-tourist-police = Tourist police
directory-emergency-fire-ambulance-addis = Fire and ambulance (Addis Ababa)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = Run by the police.
directory-warning-law-enforcement = Run by a law-enforcement agency.
directory-warning-linked-law-enforcement = Works with law-enforcement agencies.
directory-warning-linked-interior = Works with the Ministry of Interior.
directory-warning-passes-to-police = What you tell this line is passed on to the police.
directory-warning-shared-with-police = Reports are analysed and shared with the police.
directory-warning-must-report = South African law obliges reporting suspected trafficking to the police.
directory-warning-calls-recorded = All calls are recorded.
directory-warning-shared-government = Information from a tip may be shared with other government departments.
directory-warning-needs-id = You must give your ID (QID) or visa number.
directory-warning-ae-mohre = An official said this line also takes reports of people breaking residence rules.
directory-warning-jo-mol = These lines were advertised for reporting workers without papers.
directory-warning-th-1694 = This line also takes complaints about workers without papers.
directory-warning-kh-police = Police line. Cambodia's Interior Minister said in 2022 that rescued foreign victims were deported.
directory-warning-es-ucrif = Answered by the police unit that also pursues illegal-immigration networks.

## Country notes

directory-note-lb-iom = IOM said in 2024 that many migrant domestic workers without papers fear arrest and deportation if they ask for help.
directory-note-kw = A US government report (2023) says Kuwait detained and deported possible trafficking victims, and its shelter did not regularly take workers accused of 'absconding'.
directory-note-kh-ngo = An anti-scam group reported local police returning scam-compound victims to the compounds. It advises going through your embassy.
directory-note-mm-border = People escaping scam compounds across the border to Thailand have been detained for illegal entry.
directory-note-no-emergency = No emergency number for this country was found in our sources. Ask your embassy or people you trust.

## Descriptions shared by several services

directory-desc-tip-gov = A government line to report human trafficking or ask for help.
directory-desc-tip-police = A police line to report human trafficking.
directory-desc-tip-walkin-police = Police offices where you can report human trafficking in person.
directory-desc-tip-ngo = A helpline about human trafficking, run by an organisation, not the government.
directory-desc-tip-prosecutors = Prosecutors dealing with trafficking and migrant smuggling.
directory-desc-tip-anon-police = Give information about a crime without giving your name. It goes to the police.
directory-desc-labour-gov = The labour ministry's line for workers' questions and complaints.
directory-desc-labour-enforce = Investigates forced labour and labour exploitation. It is not an advice line.
directory-desc-labour-advice = Free, confidential advice about rights at work.
directory-desc-wages = Complaints about pay and working conditions.
directory-desc-tfw = Report abuse of temporary foreign workers, any time.
directory-desc-victims = Support for victims of any crime: someone listens, advises and points to local help.
directory-desc-women = A helpline for women facing violence or exploitation.
directory-desc-gbv = A helpline for gender-based violence.
directory-desc-child = A helpline for children, and for anyone worried about a child.
directory-desc-rights = A national line for human-rights abuses, including trafficking and slave labour.
directory-desc-health = Urgent health care.
directory-desc-refugees = UNHCR's call centre for refugees.
directory-desc-abroad-centre = A government centre for its citizens in trouble abroad.
directory-desc-mission = Your country's embassy or consulate here.
directory-desc-shelter-tip = Shelters for trafficking victims. People are referred by police, embassies, hospitals or places of worship.
directory-desc-reception = A reception and listening centre for migrants returning home.
directory-desc-sms-emergency = Emergency help by text message, for people who cannot speak or hear, or cannot talk safely.
directory-desc-counselling = Someone to talk to in a crisis.
directory-desc-social = A government line for social help, for citizens and foreigners.

## Countries

country-us = United States
country-ca = Canada
country-gb = United Kingdom
country-jm = Jamaica
country-tt = Trinidad and Tobago
country-bs = The Bahamas
country-gy = Guyana
country-bb = Barbados
country-ht = Haiti
country-do = Dominican Republic
country-ng = Nigeria
country-gh = Ghana
country-ke = Kenya
country-ug = Uganda
country-et = Ethiopia
country-za = South Africa
country-sn = Senegal
country-cm = Cameroon
country-lb = Lebanon
country-sa = Saudi Arabia
country-ae = United Arab Emirates
country-qa = Qatar
country-kw = Kuwait
country-om = Oman
country-jo = Jordan
country-th = Thailand
country-kh = Cambodia
country-mm = Myanmar
country-br = Brazil
country-mx = Mexico
country-fr = France
country-es = Spain
country-it = Italy
country-de = Germany

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
    .description = Trinidad and Tobago's law-enforcement unit against human trafficking. The line is toll-free.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = A line run by the Salvation Army about human trafficking. Tips go to the South African Police Service.

## The app's find-help screens

directory-filter-from = Where I come from
directory-error-language-unknown = That is not a language code. Use two letters, for example en, fr, ht or sw.
directory-code-submit = Use this code
directory-filters-done = Done
directory-from-now = In use
directory-from-assumed = { $country } (from your language)
directory-from-not-set = Not chosen
directory-from-clear = None: do not use a country
