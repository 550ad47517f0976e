## Encontrar ajuda: o diretório e a busca de ajuda.

directory-menu = Encontrar ajuda
directory-title = Ajuda que você pode contatar
directory-ask-country = Em que país você está? Escolha na lista ou digite um código de país de duas letras.
directory-other-country = Outro país (digite o código)
directory-ask-danger = Você está em perigo agora?
directory-yes = Sim
directory-no = Não
directory-ask-filters = Quer reduzir a lista? Escolha uma opção, ou Ver resultados.
directory-show-results = Ver resultados
directory-filter-need = Tipo de ajuda
directory-filter-language = Uma língua que eu falo
directory-filter-audience = Ajuda para
directory-filter-no-immigration = Não informa a imigração
directory-filter-anonymous = Posso ficar anônimo
directory-filter-no-id = Não pede documento
directory-ask-language = Digite um código de língua, por exemplo en, fr, ht ou sw.
directory-danger-note = Se você está em perigo agora, ligue para um número de emergência. Você decide o que fazer.
directory-emergency-heading = Números de emergência
directory-no-emergency = Ainda não há número de emergência para este país.
directory-services-heading = Serviços
directory-no-services = Ainda não temos serviços para este país.
directory-fallbacks-heading = Ajuda a partir de qualquer país
directory-call = Ligar
directory-text = Enviar SMS
directory-open = Abrir
directory-matched = Por que aparece: { $reasons }
directory-last-verified = Última verificação: { $date }
directory-safety-police = Informa a polícia: { $answer }
directory-safety-immigration = Informa a imigração: { $answer }
directory-safety-id = Pede documento: { $answer }
directory-safety-anonymous = Você pode ficar anônimo: { $answer }
directory-safety-confidential = Confidencial: { $answer }
directory-answer-yes = sim
directory-answer-no = não
directory-answer-only-with-consent = só se você concordar
directory-answer-unknown = não se sabe
directory-hours-always = Aberto 24 horas, todos os dias
directory-hours-unknown = Horário desconhecido
directory-cost-free = Gratuito
directory-cost-paid = Pode custar dinheiro
directory-cost-unknown = Custo desconhecido
directory-languages-any = Muitas línguas, com intérpretes

directory-emergency-police = Polícia
directory-emergency-fire = Bombeiros
directory-emergency-ambulance = Ambulância
directory-emergency-fire-ambulance = Bombeiros e ambulância
directory-emergency-police-emergency = Polícia e emergência
directory-emergency-emergency = Emergência
directory-emergency-emergency-mobile = Emergência, de um celular

directory-kind-trafficking_hotline = Linha contra o tráfico
directory-kind-emergency = Ajuda de emergência
directory-kind-shelter = Um lugar seguro para ficar
directory-kind-legal_aid = Ajuda jurídica
directory-kind-labour_rights = Direitos trabalhistas
directory-kind-health = Saúde
directory-kind-counselling = Alguém com quem conversar
directory-kind-child_protection = Proteção da criança
directory-kind-consular = Sua embaixada ou consulado
directory-kind-migrant_support = Ajuda para migrantes

directory-audience-anyone = Qualquer pessoa
directory-audience-women = Mulheres
directory-audience-men = Homens
directory-audience-children = Crianças
directory-audience-lgbtq = Pessoas LGBTQ+
directory-audience-migrants = Migrantes
directory-audience-workers = Trabalhadores

directory-channel-phone = Telefone
directory-channel-sms = SMS
directory-channel-whatsapp = WhatsApp
directory-channel-email = E-mail
directory-channel-web = Site
directory-channel-walk_in = Pessoalmente

directory-why-emergency = ajuda de emergência
directory-why-open-always = aberto 24 horas
directory-why-need = oferece: { $kind }
directory-why-language = fala { $language }
directory-why-interpreters = tem intérpretes
directory-why-audience = para: { $audience }
directory-why-region = em { $region }
directory-why-no-immigration = não informa a imigração
directory-why-anonymous = você pode ficar anônimo
directory-why-no-id = não pede documento

directory-error-country = Isso não é um código de país. Use duas letras, por exemplo JM ou KE.
directory-error-no-country = Escolha um país para ver a ajuda.
directory-error-coordinates = Não foi possível usar essa localização.
directory-error-kind = Esse tipo de ajuda não está entre as opções.
directory-error-audience = Esse grupo não está entre as opções.
directory-error-language = Esse código de língua não está escrito corretamente.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = Uma linha de ajuda confidencial, aberta dia e noite, em mais de 200 línguas. Não é a polícia.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = Uma linha de ajuda confidencial, aberta dia e noite, em mais de 200 línguas. Não é a polícia nem um serviço de emergência.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = Uma linha de ajuda para quem se preocupa com trabalho forçado ou exploração. Aberta dia e noite.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = A equipe nacional da Jamaica contra o tráfico de pessoas. O número 888 é gratuito.
directory-ng-naptip = NAPTIP
    .description = A agência nacional da Nigéria contra o tráfico de pessoas. 627 é um número curto.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = A linha gratuita da África do Sul para ajuda e informação sobre tráfico de pessoas.
directory-ug-sauti-child-helpline = Linha de ajuda para crianças (Sauti)
    .description = A linha de ajuda de Uganda para crianças.
directory-own-embassy = A embaixada ou o consulado do seu país
    .description = No exterior, a embaixada ou o consulado do seu país pode ajudar os cidadãos, por exemplo com um passaporte perdido ou retido, ou para voltar para casa.
directory-iom = OIM, a Agência da ONU para as Migrações
    .description = A OIM tem escritórios em muitos países e ajuda migrantes, inclusive vítimas de tráfico.
directory-child-helpline-international = Child Helpline International
    .description = Uma rede de linhas de ajuda para crianças no mundo todo. O site mostra a linha de cada país.

## Sources, warnings, places and freshness

directory-status-unconfirmed = Não confirmado: visto só em notícias ou outras fontes indiretas, não na página do serviço. Confira antes de contar com ele.
directory-confidence-a = Fonte: a página do próprio serviço
directory-confidence-b = Fonte: uma página do governo deste país
directory-confidence-bstar = Fonte: um relatório de um governo estrangeiro, não o próprio serviço
directory-confidence-u = Fonte: uma página das Nações Unidas, não o próprio serviço
directory-confidence-c = Fonte: só notícias ou outras fontes indiretas
directory-warning = Antes de ligar: { $text }
directory-notes-heading = Antes de ligar
directory-not-confirmed-heading = Não confirmado: ninguém confirmou a resposta destes serviços ao que você pediu
directory-other-heading = Outros serviços: não atendem ao que você pediu
directory-from-heading = O que { $country } oferece aos seus cidadãos aqui
directory-from-none = Não encontramos nada que { $country } ofereça aos seus cidadãos neste país. A embaixada ainda pode ajudar.
directory-out-of-date = Pode estar desatualizado: conferido há mais de um ano.
directory-ask-from = De que país você é? Digite o código de duas letras, ou aperte Enter para pular.
directory-error-date = Essa data não está escrita como AAAA-MM-DD.
directory-emergency-gendarmerie = Gendarmaria
directory-emergency-police-non-emergency = Polícia (sem urgência)
directory-emergency-civil-defence = Defesa civil (resgate, incêndio)
directory-emergency-tourist-police = Polícia turística
directory-emergency-fire-ambulance-addis = Bombeiros e ambulância (Adis Abeba)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = É operado pela polícia.
directory-warning-law-enforcement = É operado por um órgão de aplicativo da lei.
directory-warning-linked-law-enforcement = Trabalha com as forças de segurança.
directory-warning-linked-interior = Trabalha com o Ministério do Interior.
directory-warning-passes-to-police = O que você conta a esta linha é repassado à polícia.
directory-warning-shared-with-police = As denúncias são analisadas e compartilhadas com a polícia.
directory-warning-must-report = A lei sul-africana obriga a comunicar à polícia a suspeita de tráfico.
directory-warning-calls-recorded = Todas as ligações são gravadas.
directory-warning-shared-government = As informações de uma denúncia podem ser compartilhadas com outros órgãos do governo.
directory-warning-needs-id = Você precisa informar seu número de identidade (QID) ou de visto.
directory-warning-ae-mohre = Um funcionário disse que esta linha também recebe denúncias de pessoas que violam as regras de residência.
directory-warning-jo-mol = Estas linhas foram divulgadas para denunciar trabalhadores sem documentos.
directory-warning-th-1694 = Esta linha também recebe queixas sobre trabalhadores sem documentos.
directory-warning-kh-police = Linha da polícia. Em 2022, o ministro do Interior do Camboja disse que vítimas estrangeiras resgatadas foram deportadas.
directory-warning-es-ucrif = Atendida pela unidade policial que também persegue redes de imigração ilegal.

## Country notes

directory-note-lb-iom = A OIM disse em 2024 que muitas trabalhadoras domésticas migrantes sem documentos temem ser presas e deportadas se pedirem ajuda.
directory-note-kw = Um relatório do governo dos EUA (2023) diz que o Kuwait deteve e deportou possíveis vítimas de tráfico, e que seu abrigo não acolhia regularmente trabalhadores acusados de «fuga».
directory-note-kh-ngo = Um grupo contra golpes relatou que a polícia local devolvia vítimas aos centros de golpes. Ele aconselha procurar sua embaixada.
directory-note-mm-border = Pessoas que fugiam dos centros de golpes para a Tailândia foram detidas por entrada ilegal.
directory-note-no-emergency = Não encontramos nenhum número de emergência para este país nas nossas fontes. Pergunte à sua embaixada ou a pessoas de confiança.

## Descriptions shared by several services

directory-desc-tip-gov = Uma linha do governo para denunciar o tráfico de pessoas ou pedir ajuda.
directory-desc-tip-police = Uma linha da polícia para denunciar o tráfico de pessoas.
directory-desc-tip-walkin-police = Escritórios da polícia onde denunciar o tráfico de pessoas pessoalmente.
directory-desc-tip-ngo = Uma linha de ajuda sobre tráfico de pessoas, de uma organização, não do governo.
directory-desc-tip-prosecutors = Promotores que cuidam do tráfico de pessoas e do contrabando de migrantes.
directory-desc-tip-anon-police = Dê informações sobre um crime sem dar seu nome. Elas vão para a polícia.
directory-desc-labour-gov = A linha do ministério do trabalho para dúvidas e queixas de trabalhadores.
directory-desc-labour-enforce = Investiga o trabalho forçado e a exploração laboral. Não é uma linha de orientação.
directory-desc-labour-advice = Orientação gratuita e confidencial sobre direitos no trabalho.
directory-desc-wages = Queixas sobre salário e condições de trabalho.
directory-desc-tfw = Denuncie abusos contra trabalhadores estrangeiros temporários, a qualquer hora.
directory-desc-victims = Apoio a vítimas de qualquer crime: escuta, orientação e encaminhamento para ajuda local.
directory-desc-women = Uma linha de ajuda para mulheres que sofrem violência ou exploração.
directory-desc-gbv = Uma linha de ajuda contra a violência de gênero.
directory-desc-child = Uma linha de ajuda para crianças e para quem se preocupa com uma criança.
directory-desc-rights = Uma linha nacional para violações de direitos humanos, incluindo tráfico de pessoas e trabalho escravo.
directory-desc-health = Atendimento de saúde urgente.
directory-desc-refugees = A central de atendimento do ACNUR para refugiados.
directory-desc-abroad-centre = Um centro do governo para seus cidadãos em dificuldade no exterior.
directory-desc-mission = A embaixada ou o consulado do seu país aqui.
directory-desc-shelter-tip = Abrigos para vítimas de tráfico. As pessoas são encaminhadas pela polícia, embaixadas, hospitais ou locais de culto.
directory-desc-reception = Um centro de acolhimento e escuta para migrantes que retornam.
directory-desc-sms-emergency = Emergência por SMS, para quem não pode falar ou ouvir, ou não pode falar com segurança.
directory-desc-counselling = Alguém com quem falar numa crise.
directory-desc-social = Uma linha do governo de ajuda social, para cidadãos e estrangeiros.

## Countries

country-us = Estados Unidos
country-ca = Canadá
country-gb = Reino Unido
country-jm = Jamaica
country-tt = Trinidad e Tobago
country-bs = Bahamas
country-gy = Guiana
country-bb = Barbados
country-ht = Haiti
country-do = República Dominicana
country-ng = Nigéria
country-gh = Gana
country-ke = Quênia
country-ug = Uganda
country-et = Etiópia
country-za = África do Sul
country-sn = Senegal
country-cm = Camarões
country-lb = Líbano
country-sa = Arábia Saudita
country-ae = Emirados Árabes Unidos
country-qa = Catar
country-kw = Kuwait
country-om = Omã
country-jo = Jordânia
country-th = Tailândia
country-kh = Camboja
country-mm = Mianmar
country-br = Brasil
country-mx = México
country-fr = França
country-es = Espanha
country-it = Itália
country-de = Alemanha

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
    .description = A unidade policial contra o tráfico de pessoas de Trinidad e Tobago. A ligação é gratuita.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = Uma linha do Exército da Salvação sobre tráfico de pessoas. As informações vão para a polícia sul-africana.

## The app's find-help screens

directory-filter-from = De onde eu venho
directory-error-language-unknown = Isso não é um código de língua. Use duas letras, por exemplo en, fr, ht ou sw.
directory-code-submit = Usar este código
directory-filters-done = Pronto
directory-from-now = Escolhido
directory-from-assumed = { $country } (pelo seu idioma)
directory-from-not-set = Não escolhido
directory-from-clear = Nenhum: não usar um país
