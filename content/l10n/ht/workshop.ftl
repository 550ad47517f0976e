## Mòd atelye: plan sesyon, prezantasyon, anime yon sesyon, ekspòtasyon rapò swivi ak evalyasyon.
## Idantifyan: workshop-item-<atik>-title/-activity/-notes/-prompt<k>/-card<k> (pwen nan pwogram nan),
## workshop-plan-<gwoup> (tit plan yo), workshop-hands-<id> (kesyon pou leve men).

## Ekran yo

workshop-menu-title = Anime yon atelye
workshop-menu-choose-plan = Chwazi yon plan sesyon
workshop-menu-present = Prezante sesyon an, yon pati apre lòt
workshop-menu-run = Anime sesyon an: prezans ak kesyonè
workshop-menu-export = Ekspòte rezime a pou moun k ap finanse a
workshop-plan-migrants = Sesyon sou travay aletranje san danje: { $minutes } minit
workshop-plan-students = Sesyon pou elèv: { $minutes } minit
workshop-plan-leaders = Sesyon pou lidè ak pwofesè: { $minutes } minit
workshop-present-heading = Pati { $number } sou { $total }: { $minutes } minit
workshop-label-activity = Aktivite
workshop-label-notes = Nòt pou animatè a
workshop-label-prompts = Kesyon pou gwoup la
workshop-label-cards = Kat jwe wòl
workshop-label-hands = Leve men
workshop-ask-attendance = Konbyen moun ki la? Tape yon nimewo.
workshop-ask-scores = Tape nòt chak moun, separe ak vigil. Pa egzanp: 3,5,4
workshop-ask-hands = Konbyen men ki leve? Tape yon nimewo.
workshop-ask-phase = Ki kesyonè sa a ye? 1: anvan sesyon an. 2: apre sesyon an.
workshop-phase-pre = Anvan sesyon an
workshop-phase-post = Apre sesyon an
workshop-session-started = Sesyon an kòmanse.
workshop-attendance-saved = Gen { $count } moun ki la.
workshop-scores-saved = Nou anrejistre { $count } nòt. Nou pa kenbe okenn non.
workshop-hands-saved = Anrejistre: { $count } men.
workshop-session-ended = Sesyon an fini. Mèsi paske ou te anime l.
workshop-quiz-max = Chak nòt se yon nimewo ant 0 ak { $max }.
workshop-export-note = Rezime sa a pa gen non, pa gen nimewo telefòn e pa gen repons okenn moun an patikilye.

## Kesyon pou leve men

workshop-hands-know_someone_abroad = Leve men ou si ou konnen yon moun ki te ale aletranje pou travay.
workshop-hands-seen_offer = Leve men ou si ou deja wè yon òf travay ki te sanble twò bon pou l vre.
workshop-hands-know_help = Leve men ou si ou konnen ki kote pou jwenn èd san danje.
workshop-hands-online_contact = Leve men ou si yon moun ou pa konnen te janm voye w yon mesaj sou entènèt ak yon òf.

## Erè (yo pa janm repete sa yon moun tape)

workshop-error-unknown-plan = Pa gen okenn plan sesyon ki gen non sa a.
workshop-error-unknown-session = Pa gen okenn sesyon ki gen non sa a sou telefòn sa a.
workshop-error-unknown-hands = Kesyon pou leve men sa a pa fè pati plan sesyon sa a.
workshop-error-score-range = Chak nòt dwe yon nimewo antye ant 0 ak { $max }.
workshop-error-no-scores = Tape omwen yon nòt.
workshop-error-negative-count = Kantite moun yo dwe yon nimewo antye, 0 oswa plis.
workshop-error-session-ended = Sesyon sa a deja fini. Kòmanse yon nouvo sesyon.
workshop-error-phase = Chwazi pre (anvan sesyon an) oswa post (apre sesyon an).
workshop-error-format = Chwazi csv oswa json.
workshop-error-no-sessions = Poko gen sesyon ki fini pou ekspòte. Fini yon sesyon anvan.
workshop-error-missed-range = Chak kantite erè dwe yon nimewo antye ant 0 ak { $max } (moun ki bay yon nòt yo).
workshop-error-too-many-scores = Gen plis nòt pase moun ki la ({ $count }). Verifye nòt yo oswa kantite moun yo.

## Pwen nan pwogram nan

workshop-item-welcome-title = Akèy ak règ gwoup la
workshop-item-welcome-activity = Di tout moun byenveni. Di sou kisa sesyon an ye ak konbyen tan li ap dire. Antann nou ansanm sou twa règ: respè, pa gen non nan istwa yo, pèsonn pa oblije pataje.
workshop-item-welcome-notes = Okòmansman, di ki kote moun ka jwenn èd, e yo ka pale avè w an prive apre. Pa poze pèsonn kesyon sou pwòp sitiyasyon pa yo devan gwoup la.
workshop-item-welcome-prompt1 = Kisa ou ta renmen aprann jodi a?
workshop-item-welcome-prompt2 = Ki règ ki ta ede w santi w an sekirite pou w pale?

workshop-item-pre_quiz-title = Anvan nou kòmanse: yon ti kesyonè
workshop-item-pre_quiz-activity = Li chak kesyon a wotvwa ak chwa li yo. Moun yo reponn sou papye, lè yo leve men, oswa sou telefòn nan k ap pase de men an men. Konte nòt chak moun. Pa gen non.
workshop-item-pre_quiz-notes = Di se pa yon egzamen pou okenn moun. Li ede montre sa gwoup la aprann. Antre sèlman nòt yo.

workshop-item-trafficking-title = Trafik moun oswa kontrebann?
workshop-item-trafficking-activity = Li leson "Kisa trafik moun ye". Apre sa, li chak kwayans nan leson "Sa moun kwè ak sa ki vre". Moun yo kanpe si yo panse se vre, e yo rete chita si yo panse se pa vre. Bay sa ki vre apre chak kwayans.
workshop-item-trafficking-notes = Kenbe twa pati yo senp: yon aksyon, yon mwayen, yon objektif. Raple moun yo ke pou timoun, pa bezwen fòs ni manti. Li istwa rejyon an epi mande kilè kontrebann lan te tounen trafik moun.
workshop-item-trafficking-prompt1 = Nan istwa a, kilè kontrebann lan te tounen trafik moun?
workshop-item-trafficking-prompt2 = Poukisa moun pafwa panse yon viktim te "dakò"?
workshop-item-trafficking-prompt3 = Èske trafik moun ka rive nan pwòp vil nou?

workshop-item-recruiters-title = Jwenn manti a
workshop-item-recruiters-activity = Li istwa ki nan "Kijan rekritè bay manti". An ti gwoup, moun yo fè lis tout siy danje yo jwenn. Chak gwoup pataje yon siy jiskaske yo jwenn yo tout.
workshop-item-recruiters-notes = Siy pou jwenn: yon frè pou travayè a, yon salè ki twò bon, presyon pou pati vit, sekrè, pa gen kontra, yon viza touris, yon patwon ki pa gen non. Pa blame moun yo te twonpe: riz sa yo twonpe anpil moun.
workshop-item-recruiters-prompt1 = Kisa ki te fè òf la sanble bèl?
workshop-item-recruiters-prompt2 = Ki kesyon ou ta poze rekritè a?
workshop-item-recruiters-prompt3 = Kiyès ou ta ka mande pou tcheke yon òf?
workshop-item-recruiters-card1 = Rekritè: "Travay sa a peye byen anpil e se de plas sèlman ki rete. Fò w peye frè viza a jodi a."
workshop-item-recruiters-card2 = Moun k ap chèche travay: ou vle travay la, men ou vle tcheke l anvan. Poze twa kesyon anvan ou deside.

workshop-item-rights-title = Travay ki jis oswa non?
workshop-item-rights-activity = Li leson yo sou frè, kontra ak paspò. Apre sa, de moun jwe kat jwe wòl yo. Gwoup la di kisa ki te jis e kisa ki pa t jis.
workshop-item-rights-notes = Pwen kle: patwon an peye frè rekritman; yon kontra ekri anvan vwayaj la, nan yon lang travayè a ka li; travayè a kenbe paspò l; travayè a lib pou l ale; yon viza travay pou travay.
workshop-item-rights-prompt1 = Kisa yon kontra ki jis ta dwe di?
workshop-item-rights-prompt2 = Poukisa yon patwon ta vle kenbe paspò yon travayè?
workshop-item-rights-card1 = Manadjè: "Ban m paspò w, m ap kenbe l an sekirite. Epi men yon nouvo kontra. Salè a yon ti jan pi ba."
workshop-item-rights-card2 = Travayè: ou vle kenbe travay ou ak paspò ou. Di non ak politès, epi mande kontra ou te siyen lakay ou a.

workshop-item-warning-title = Kisa ou ta remake?
workshop-item-warning-activity = Li istwa ki nan "Siy danje nan lòt moun". De pa de, moun yo klase siy yo an twa gwoup: kijan moun nan parèt, kijan li travay ak viv, ak kiyès ki kontwole l.
workshop-item-warning-notes = Ensiste ke siy yo se rezon pou nou enkyete nou, se pa prèv. Repons ki san danje a se pale ak yon granmoun ou fè konfyans oswa yon sèvis èd, pa janm al fè fas ak pèsonn.
workshop-item-warning-prompt1 = Ki siy ou te remake an premye?
workshop-item-warning-prompt2 = Kiyès ki se yon granmoun ou fè konfyans ou ta ka pale avè l?
workshop-item-warning-prompt3 = Kisa ki ta ka fè bagay yo vin pi mal pou moun nan?

workshop-item-safe_migration-title = Pare yon valiz san danje
workshop-item-safe_migration-activity = Desinen yon valiz sou yon gwo fèy papye. Gwoup la ranpli l ak sa yon moun bezwen anvan li pati: kontra ki tcheke, viza travay, kopi papye, yon nimewo telefòn li konnen pa kè, adrès anbasad la, yon mo sekrè ak fanmi l.
workshop-item-safe_migration-notes = Li istwa rejyon an. Mande kisa moun nan ta dwe tcheke anvan li peye nenpòt moun. Montre lis verifikasyon ki nan aplikasyon an.
workshop-item-safe_migration-prompt1 = Kisa ou ta mete nan valiz la an premye?
workshop-item-safe_migration-prompt2 = Kisa ou ta dwe fè si plan an chanje sou wout la?

workshop-item-help-title = Kiyès ki ka ede?
workshop-item-help-activity = Ansanm, fè lis sèvis èd lokal nou konnen: yon liy èd, yon abri, yon gwoup èd legal, yon sèvis sante, yon lidè relijye. Sèvi ak lis sèvis èd ki nan aplikasyon an pou tcheke kilès ki fè rapò bay lapolis oswa imigrasyon.
workshop-item-help-notes = Pa janm konseye pèsonn al fè fas ak yon trafikan. Esplike kisa k ap pase lè yon moun rele yon liy èd. Raple moun yo nimewo ijans lan si gen danje touswit.
workshop-item-help-prompt1 = Kisa ki ta ka anpeche yon moun mande èd?
workshop-item-help-prompt2 = Kijan ou ta ka ede yon zanmi san ou pa mete l an danje?
workshop-item-help-card1 = Zanmi aletranje: "Bòs mwen pran paspò m. Tanpri pa rele m, li tcheke telefòn mwen."
workshop-item-help-card2 = Ou menm: ou vle ede san danje. Di sa ou pral fè, ak sa ou p ap fè san zanmi ou pa dakò.

workshop-item-leaders-title = Lè yon moun fè w konfidans
workshop-item-leaders-activity = De pa de, jwe yon sèn kote yon moun fè konfidans, ak kat jwe wòl yo. Apre sa, chanje wòl. Gwoup la pataje sa ki te ede moun nan santi l an sekirite.
workshop-item-leaders-notes = Koute, kwè, rete kalm. Pa mande tout detay. Pa pwomèt yon sekrè ou pa ka kenbe. Sekirite an premye, apre sa voye moun nan jwenn èd. Ak yon timoun, swiv règ pou pwoteje timoun. Planifye pwòp sipò pa w apre konvèsasyon ki difisil.
workshop-item-leaders-prompt1 = Ki mo ki te ede moun nan santi yo kwè l?
workshop-item-leaders-prompt2 = Ki sèvis lokal ou ta voye moun bay, e èske yo fè rapò bay imigrasyon?
workshop-item-leaders-prompt3 = Kijan ou pral pran swen tèt ou apre yon sesyon ki difisil?
workshop-item-leaders-card1 = Patisipan: apre sesyon an, ou rete dèyè. Ou te peye yon rekritè yon frè e ou pati semèn pwochèn. Ou wont e ou mande lidè a pa di pèsonn.
workshop-item-leaders-card2 = Lidè: koute e kwè. Di verite sou sa ou ka kenbe an prive. Pwopoze yon sèl pwochen etap ki san danje.

workshop-item-break-title = Poz
workshop-item-break-activity = Yon ti poz. Rete disponib pou nenpòt moun ki vle pale an prive.
workshop-item-break-notes = Veye si gen moun ki sanble boulvèse, epi al wè yo dousman.

workshop-item-post_quiz-title = Kisa nou aprann? Menm kesyonè a ankò
workshop-item-post_quiz-activity = Poze menm kesyon yo ak okòmansman, menm jan an. Konte nòt chak moun. Pa gen non. Apre sa, bay bon repons yo epi esplike yo.
workshop-item-post_quiz-notes = Konpare rezilta gwoup la, pa rezilta chak moun. Mande ki kesyon ki te sezi gwoup la.

workshop-item-closing-title = Fèmti ak ki kote pou jwenn èd
workshop-item-closing-activity = Mande chak moun di yon bagay yo pral sonje. Montre lis sèvis èd ki nan aplikasyon an. Di ankò moun yo ka pale avè w an prive.
workshop-item-closing-notes = Fini ak espwa: èd egziste e moun rive soti nan esplwatasyon. Di gwoup la mèsi.
workshop-item-closing-prompt1 = Ki yon bagay ou pral di yon zanmi oswa yon manm fanmi ou?

workshop-menu-attendance = Konte moun ki la yo
workshop-menu-end = Fini sesyon an
workshop-error-missed-count = Bay yon kantite erè pou chak kesyon nan kesyonè a: { $count } nimewo.

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Kesyonè gwoup la anvan sesyon an
workshop-menu-quiz-post = Kesyonè gwoup la apre sesyon an
workshop-menu-type-scores = Tape nòt chak moun, youn apre lòt
workshop-ask-one-score = Tape nòt yon moun: yon nimewo ant 0 ak { $max }.
workshop-scores-done-hint = Apre sa, tape nòt pwochen moun nan. Lè ou fin tape yo tout, tounen dèyè epi anrejistre yo.
workshop-scores-typed = Nòt ki tape yo, yo poko anrejistre
workshop-menu-missed = Konte konbyen moun ki te twonpe yo nan chak kesyon
workshop-ask-missed = Konbyen moun ki te twonpe yo nan kesyon sa a? Yon nimewo ant 0 ak { $max }.
workshop-menu-undo-score = Retire dènye nòt ou te tape a
workshop-menu-pass-phone = Fè telefòn nan pase de moun an moun
