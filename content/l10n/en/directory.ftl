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
directory-status-verified = Checked on the service's own page
directory-status-unconfirmed = Not yet confirmed on the service's own page. Check before you rely on it.
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

## Services

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = A confidential helpline, open day and night, in more than 200 languages. It is not the police.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = A confidential helpline, open day and night, in more than 200 languages. It is not the police or an emergency service.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = A helpline for anyone worried about forced work or exploitation. Open day and night.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = Jamaica's national team against human trafficking. The 888 number is free to call.
directory-tt-counter-trafficking-unit = Counter Trafficking Unit
    .description = Trinidad and Tobago's unit against human trafficking.
directory-bs-trafficking-hotline = Trafficking in Persons hotline
    .description = The Bahamas' hotline to report or ask about human trafficking.
directory-gy-counter-tip = Ministry of Labour / Counter-TIP
    .description = Guyana's Ministry of Labour team against human trafficking.
directory-ng-naptip = NAPTIP
    .description = Nigeria's national agency against human trafficking. 627 is a short code.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = South Africa's free line for help and information about human trafficking.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = A line run by the Salvation Army for help about human trafficking.
directory-ke-gbv-trafficking-line = GBV / counter-trafficking line
    .description = Kenya's free line for gender-based violence and human trafficking.
directory-gh-dovvsu = Domestic Violence and Victim Support Unit (DOVVSU)
    .description = A unit of the Ghana Police Service for violence at home and victims of crime.
directory-gh-gbv-line = Gender-based violence line
    .description = Ghana's line for gender-based violence.
directory-ug-sauti-child-helpline = Child helpline (Sauti)
    .description = Uganda's helpline for children.
directory-own-embassy = Your own country's embassy or consulate
    .description = If you are abroad, your country's embassy or consulate can help its citizens, for example with a lost or taken passport or getting home.
directory-iom = IOM, the UN Migration Agency
    .description = IOM has offices in many countries and helps migrants, including people who have been trafficked.
directory-child-helpline-international = Child Helpline International
    .description = A network of child helplines around the world. Its website lists the helpline for each country.
