## Encontrar ayuda: el directorio y el buscador de ayuda.

directory-menu = Encontrar ayuda
directory-title = Ayuda que puedes contactar
directory-ask-country = ¿En qué país estás? Elige de la lista o escribe un código de país de dos letras.
directory-other-country = Otro país (escribe su código)
directory-ask-danger = ¿Estás en peligro ahora mismo?
directory-yes = Sí
directory-no = No
directory-ask-filters = ¿Quieres acortar la lista? Elige una opción, o Ver resultados.
directory-show-results = Ver resultados
directory-filter-need = Tipo de ayuda
directory-filter-language = Un idioma que hablo
directory-filter-audience = Ayuda para
directory-filter-no-immigration = No informa a inmigración
directory-filter-anonymous = Puedo quedar en el anonimato
directory-filter-no-id = No piden documento de identidad
directory-ask-language = Escribe un código de idioma, por ejemplo en, fr, ht o sw.
directory-danger-note = Si estás en peligro ahora, llama a un número de emergencia. Tú decides qué hacer.
directory-emergency-heading = Números de emergencia
directory-no-emergency = Todavía no hay un número de emergencia para este país.
directory-services-heading = Servicios
directory-no-services = Todavía no tenemos servicios para este país.
directory-fallbacks-heading = Ayuda desde cualquier país
directory-call = Llamar
directory-text = Enviar SMS
directory-open = Abrir
directory-matched = Por qué aparece: { $reasons }
directory-last-verified = Última comprobación: { $date }
directory-safety-police = Informa a la policía: { $answer }
directory-safety-immigration = Informa a inmigración: { $answer }
directory-safety-id = Pide documento de identidad: { $answer }
directory-safety-anonymous = Puedes quedar en el anonimato: { $answer }
directory-safety-confidential = Confidencial: { $answer }
directory-answer-yes = sí
directory-answer-no = no
directory-answer-only-with-consent = solo si tú estás de acuerdo
directory-answer-unknown = no se sabe
directory-hours-always = Abierto 24 horas, todos los días
directory-hours-unknown = Horario desconocido
directory-cost-free = Gratis
directory-cost-paid = Puede costar dinero
directory-cost-unknown = Costo desconocido
directory-languages-any = Muchos idiomas, con intérpretes

directory-emergency-police = Policía
directory-emergency-fire = Bomberos
directory-emergency-ambulance = Ambulancia
directory-emergency-fire-ambulance = Bomberos y ambulancia
directory-emergency-police-emergency = Policía y emergencias
directory-emergency-emergency = Emergencias
directory-emergency-emergency-mobile = Emergencias, desde un teléfono móvil

directory-kind-trafficking_hotline = Línea contra la trata
directory-kind-emergency = Ayuda de emergencia
directory-kind-shelter = Un lugar seguro donde quedarse
directory-kind-legal_aid = Ayuda legal
directory-kind-labour_rights = Derechos laborales
directory-kind-health = Atención de salud
directory-kind-counselling = Alguien con quien hablar
directory-kind-child_protection = Protección de la infancia
directory-kind-consular = Tu embajada o consulado
directory-kind-migrant_support = Ayuda para migrantes

directory-audience-anyone = Cualquier persona
directory-audience-women = Mujeres
directory-audience-men = Hombres
directory-audience-children = Niños y niñas
directory-audience-lgbtq = Personas LGBTQ+
directory-audience-migrants = Migrantes
directory-audience-workers = Trabajadores

directory-channel-phone = Teléfono
directory-channel-sms = SMS
directory-channel-whatsapp = WhatsApp
directory-channel-email = Correo electrónico
directory-channel-web = Sitio web
directory-channel-walk_in = En persona

directory-why-emergency = ayuda de emergencia
directory-why-open-always = abierto 24 horas
directory-why-need = ofrece: { $kind }
directory-why-language = habla { $language }
directory-why-interpreters = tiene intérpretes
directory-why-audience = para: { $audience }
directory-why-region = en { $region }
directory-why-no-immigration = no informa a inmigración
directory-why-anonymous = puedes quedar en el anonimato
directory-why-no-id = no piden documento de identidad

directory-error-country = Eso no es un código de país. Usa dos letras, por ejemplo JM o KE.
directory-error-no-country = Elige un país para ver su ayuda.
directory-error-coordinates = No se pudo usar esa ubicación.
directory-error-kind = Ese tipo de ayuda no es una de las opciones.
directory-error-audience = Ese grupo no es una de las opciones.
directory-error-language = Ese código de idioma no está bien escrito.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = Una línea de ayuda confidencial, abierta día y noche, en más de 200 idiomas. No es la policía.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = Una línea de ayuda confidencial, abierta día y noche, en más de 200 idiomas. No es la policía ni un servicio de emergencia.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = Una línea de ayuda para quien tenga dudas sobre trabajo forzoso o explotación. Abierta día y noche.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = El equipo nacional de Jamaica contra la trata de personas. El número 888 es gratuito.
directory-ng-naptip = NAPTIP
    .description = La agencia nacional de Nigeria contra la trata de personas. 627 es un número corto.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = La línea gratuita de Sudáfrica para ayuda e información sobre la trata de personas.
directory-ug-sauti-child-helpline = Línea de ayuda infantil (Sauti)
    .description = La línea de ayuda de Uganda para niños y niñas.
directory-own-embassy = La embajada o el consulado de tu país
    .description = En el extranjero, la embajada o el consulado de tu país puede ayudar a sus ciudadanos, por ejemplo con un pasaporte perdido o retenido, o para volver a casa.
directory-iom = OIM, la Agencia de la ONU para las Migraciones
    .description = La OIM tiene oficinas en muchos países y ayuda a migrantes, también a víctimas de trata.
directory-child-helpline-international = Child Helpline International
    .description = Una red de líneas de ayuda infantil en todo el mundo. Su sitio web indica la línea de cada país.

## Sources, warnings, places and freshness

directory-status-unconfirmed = No confirmado: visto solo en noticias u otras fuentes indirectas, no en la página del servicio. Compruébalo antes de confiar en él.
directory-confidence-a = Fuente: la página del propio servicio
directory-confidence-b = Fuente: una página del gobierno de este país
directory-confidence-bstar = Fuente: un informe de un gobierno extranjero, no el propio servicio
directory-confidence-u = Fuente: una página de las Naciones Unidas, no el propio servicio
directory-confidence-c = Fuente: solo noticias u otras fuentes indirectas
directory-warning = Antes de llamar: { $text }
directory-notes-heading = Antes de llamar
directory-not-confirmed-heading = No confirmado: nadie ha confirmado la respuesta de estos servicios a lo que pides
directory-other-heading = Otros servicios: no cumplen lo que pides
directory-from-heading = Lo que { $country } ofrece a sus ciudadanos aquí
directory-from-none = No encontramos nada que { $country } ofrezca a sus ciudadanos en este país. Su embajada aún puede ayudar.
directory-out-of-date = Puede estar desactualizado: se comprobó hace más de un año.
directory-ask-from = ¿De qué país vienes? Escribe su código de dos letras, o pulsa Intro para saltar.
directory-error-date = Esa fecha no está escrita como AAAA-MM-DD.
directory-emergency-gendarmerie = Gendarmería
directory-emergency-police-non-emergency = Policía (sin urgencia)
directory-emergency-civil-defence = Defensa civil (rescate, incendios)
directory-emergency-tourist-police = Policía turística
directory-emergency-fire-ambulance-addis = Bomberos y ambulancia (Adís Abeba)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = Lo gestiona la policía.
directory-warning-law-enforcement = Lo gestiona un organismo policial o judicial.
directory-warning-linked-law-enforcement = Trabaja con las fuerzas de seguridad.
directory-warning-linked-interior = Trabaja con el Ministerio del Interior.
directory-warning-passes-to-police = Lo que le cuentas a esta línea se pasa a la policía.
directory-warning-shared-with-police = Las denuncias se analizan y se comparten con la policía.
directory-warning-must-report = La ley sudafricana obliga a denunciar a la policía la sospecha de trata.
directory-warning-calls-recorded = Todas las llamadas se graban.
directory-warning-shared-government = La información de una denuncia puede compartirse con otros departamentos del gobierno.
directory-warning-needs-id = Debes dar tu número de identidad (QID) o de visado.
directory-warning-ae-mohre = Un funcionario dijo que esta línea también recibe denuncias de personas que incumplen las normas de residencia.
directory-warning-jo-mol = Estas líneas se anunciaron para denunciar a trabajadores sin papeles.
directory-warning-th-1694 = Esta línea también recibe quejas sobre trabajadores sin papeles.
directory-warning-kh-police = Línea de la policía. En 2022, el ministro del Interior de Camboya dijo que las víctimas extranjeras rescatadas fueron deportadas.
directory-warning-es-ucrif = Atiende la unidad de policía que también persigue las redes de inmigración ilegal.

## Country notes

directory-note-lb-iom = La OIM dijo en 2024 que muchas trabajadoras domésticas migrantes sin papeles temen ser detenidas y deportadas si piden ayuda.
directory-note-kw = Un informe del gobierno de EE. UU. (2023) dice que Kuwait detuvo y deportó a posibles víctimas de trata, y que su refugio no acogía con regularidad a trabajadores acusados de «fuga».
directory-note-kh-ngo = Un grupo contra las estafas informó de que la policía local devolvía a las víctimas a los centros de estafa. Aconseja acudir a tu embajada.
directory-note-mm-border = Personas que huían de los centros de estafa cruzando a Tailandia fueron detenidas por entrada ilegal.
directory-note-no-emergency = No encontramos ningún número de emergencia para este país en nuestras fuentes. Pregunta a tu embajada o a personas de confianza.

## Descriptions shared by several services

directory-desc-tip-gov = Una línea del gobierno para denunciar la trata de personas o pedir ayuda.
directory-desc-tip-police = Una línea de la policía para denunciar la trata de personas.
directory-desc-tip-walkin-police = Oficinas de la policía donde denunciar la trata de personas en persona.
directory-desc-tip-ngo = Una línea de ayuda sobre la trata de personas, de una organización, no del gobierno.
directory-desc-tip-prosecutors = Fiscales que se ocupan de la trata y del tráfico de migrantes.
directory-desc-tip-anon-police = Da información sobre un delito sin dar tu nombre. Llega a la policía.
directory-desc-labour-gov = La línea del ministerio de trabajo para preguntas y quejas de trabajadores.
directory-desc-labour-enforce = Investiga el trabajo forzoso y la explotación laboral. No es una línea de consejo.
directory-desc-labour-advice = Consejo gratuito y confidencial sobre derechos laborales.
directory-desc-wages = Quejas sobre el salario y las condiciones de trabajo.
directory-desc-tfw = Denuncia abusos contra trabajadores extranjeros temporales, a cualquier hora.
directory-desc-victims = Apoyo a víctimas de cualquier delito: escucha, consejo y orientación hacia ayuda local.
directory-desc-women = Una línea de ayuda para mujeres que sufren violencia o explotación.
directory-desc-gbv = Una línea de ayuda contra la violencia de género.
directory-desc-child = Una línea de ayuda para niños y para quien se preocupa por un niño.
directory-desc-rights = Una línea nacional para violaciones de derechos humanos, incluida la trata y el trabajo esclavo.
directory-desc-health = Atención médica urgente.
directory-desc-refugees = El centro de llamadas de ACNUR para refugiados.
directory-desc-abroad-centre = Un centro del gobierno para sus ciudadanos con problemas en el extranjero.
directory-desc-mission = La embajada o el consulado de tu país aquí.
directory-desc-shelter-tip = Refugios para víctimas de trata. Las personas llegan derivadas por la policía, embajadas, hospitales o lugares de culto.
directory-desc-reception = Un centro de acogida y escucha para migrantes que regresan.
directory-desc-sms-emergency = Emergencias por SMS, para quien no puede hablar u oír, o no puede hablar con seguridad.
directory-desc-counselling = Alguien con quien hablar en una crisis.
directory-desc-social = Una línea del gobierno de ayuda social, para ciudadanos y extranjeros.

## Countries

country-us = Estados Unidos
country-ca = Canadá
country-gb = Reino Unido
country-jm = Jamaica
country-tt = Trinidad y Tobago
country-bs = Bahamas
country-gy = Guyana
country-bb = Barbados
country-ht = Haití
country-do = República Dominicana
country-ng = Nigeria
country-gh = Ghana
country-ke = Kenia
country-ug = Uganda
country-et = Etiopía
country-za = Sudáfrica
country-sn = Senegal
country-cm = Camerún
country-lb = Líbano
country-sa = Arabia Saudí
country-ae = Emiratos Árabes Unidos
country-qa = Catar
country-kw = Kuwait
country-om = Omán
country-jo = Jordania
country-th = Tailandia
country-kh = Camboya
country-mm = Myanmar
country-br = Brasil
country-mx = México
country-fr = Francia
country-es = España
country-it = Italia
country-de = Alemania

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
    .description = La unidad policial contra la trata de personas de Trinidad y Tobago. La llamada es gratuita.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = Una línea del Ejército de Salvación sobre la trata de personas. La información va a la policía sudafricana.

## The app's find-help screens

directory-filter-from = De dónde vengo
directory-error-language-unknown = Eso no es un código de idioma. Usa dos letras, por ejemplo en, fr, ht o sw.
directory-code-submit = Usar este código
directory-filters-done = Listo
directory-from-now = Elegido
directory-from-assumed = { $country } (según tu idioma)
directory-from-not-set = Sin elegir
directory-from-clear = Ninguno: no usar un país
