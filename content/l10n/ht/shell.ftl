## Mo aplikasyon telefòn yo (Android ak iOS).

shell-settings = Paramèt
shell-read-aloud = Li awotvwa
shell-stop-reading = Sispann li
shell-quick-exit-description = Fèmen Waymark touswit epi retire l nan aplikasyon resan yo.
shell-audience-title = Pou ki moun?
shell-audience-migrants = Travay oswa vwayaj aletranje
shell-audience-students = Elèv
shell-audience-leaders = Lidè kominote
shell-selected = Chwazi
shell-settings-language = Lang
shell-settings-about = Sou Waymark
shell-content-version = Vèsyon kontni { $version }
shell-disguise-title = Non ak ikòn aplikasyon an
shell-disguise-hint = Chwazi yon non ak yon ikòn senp pou lòt moun pa remake aplikasyon an. Chanjman an ka pran yon ti moman.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Tape PIN ou pou louvri sa ou te sove.
shell-pin = PIN
shell-unlock = Louvri
shell-pin-on = Gen yon PIN. Waymark mande l chak fwa li louvri.
shell-pin-current = PIN ou kounye a
shell-pin-new = Nouvo PIN
shell-pin-repeat = Tape nouvo PIN nan ankò
shell-pin-mismatch = De PIN yo pa menm. Anyen pa chanje.
shell-lock-now = Fèmen kounye a
shell-duress-needs-pin = Mete yon PIN anvan. Apre sa ou ka ajoute yon PIN ijans.
shell-leave-no-trace = Pa kite okenn tras
shell-notifications-off = Pa gen notifikasyon
shell-notifications-off-help = Waymark pa janm montre yon notifikasyon pandan sa a limen.
shell-wipe-question = Efase tout sa ou te sove nan Waymark, ak PIN ou? Ou pa ka defèt sa.
shell-wipe-yes = Wi, efase tout
shell-cancel = Anile
shell-checklist-add-hint = Pwòp atik ou
shell-note = Nòt prive
shell-note-hint = Sèlman sou telefòn sa a. Kite l vid pou retire nòt la.
shell-save = Sove
shell-remove = Retire
shell-checklist-damaged = Gen kèk atik ki sove ki pa ka li. Rès la parèt.
shell-help-country = Nan ki peyi ou ye?
shell-help-danger-now = Mwen an danje kounye a
shell-copy = Kopye
shell-copied = Kopye.
shell-check-privacy = Anyen ou reponn pa sove. Sèvi ak Sòti vit nenpòt ki lè pou fèmen Waymark.

## Learning screens

shell-learn-mark-read = Make li kòm li
shell-learn-read = Ou li leson sa a deja.
shell-learn-previous = Anvan
shell-learn-next = Apre
shell-learn-start-quiz = Kòmanse kesyonè a
shell-learn-submit = Tcheke repons mwen
shell-learn-your-answer = Repons ou: { $answer }
shell-learn-retry = Refè kesyonè a
shell-learn-clear-question = Efase pwogrè ou? Se sèlman leson ou li yo ak nòt kesyonè yo ki efase.
shell-learn-clear-yes = Wi, efase l
## Workshop and text-scan screens

shell-workshop-sessions = Sesyon ki sou telefòn sa a
shell-workshop-no-sessions = Poko gen sesyon sou telefòn sa a.
shell-workshop-minutes = Dire: { $minutes } minit
shell-workshop-previous = Anvan
shell-workshop-next = Apre
shell-workshop-resume = Retounen nan sesyon k ap fèt la
shell-workshop-quiz = Kesyonè an gwoup
shell-workshop-missed = Konbyen moun ki bay move repons pou chak kesyon? Kite l vid si ou pa t konte.
shell-workshop-save-scores = Anrejistre nòt yo
shell-workshop-pass-phone = Oswa fè telefòn nan pase: chak moun chwazi repons li, epi li peze anrejistre. Se sèlman nòt la ki rete.
shell-workshop-save-answers = Anrejistre repons moun sa a
shell-workshop-people = Moun: { $count }
shell-workshop-before = Kesyonè anvan: { $percent } % bon repons
shell-workshop-after = Kesyonè apre: { $percent } % bon repons
shell-workshop-running = Ap kontinye
shell-workshop-ended = Fini
shell-workshop-share-csv = Pataje kòm tablo (CSV)
shell-workshop-share-json = Pataje kòm done (JSON)
shell-workshop-clear = Efase tout sesyon yo
shell-workshop-clear-question = Efase tout sesyon atelye ki sou telefòn sa a? Ou pa ka defèt sa.
shell-workshop-clear-yes = Wi, efase sesyon yo
shell-workshop-cleared = Sesyon atelye yo efase.
shell-scan-title = Tcheke yon òf travay
shell-scan-privacy = Tèks la rete sou telefòn sa a epi li pa janm anrejistre. Li disparèt lè ou kite ekran sa a.
shell-scan-label = Kole òf travay la oswa mesaj la isit la
shell-scan-button = Tcheke tèks la
shell-scan-clear = Efase tèks la
shell-scan-next-steps = Sa ou ka fè apre

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Gen yon pwoblèm anndan aplikasyon an. Pa gen anyen ki pataje. Tanpri eseye ankò.
shell-checking = N ap verifye…
shell-handoff-call = Si ou rele ak telefòn sa a, nimewo a ap rete nan istwa apèl yo.
shell-handoff-text = Yon mesaj tèks rete nan aplikasyon mesaj telefòn sa a.
shell-handoff-open = Sa ap louvri yon lòt aplikasyon, ki ka kenbe adrès la nan istwa li.
shell-handoff-continue = Kontinye
shell-handoff-copy = Kopye pito
shell-start-again-title = Rekòmanse
shell-start-again = Telefòn sa a pa gen kle ki te pwoteje sa ou te anrejistre a ankò (sa rive lè yo retire oswa reyinisyalize fèmen ekran an). Yo pa ka louvri sa ou te anrejistre a ankò. Ou ka rekòmanse ak yon aplikasyon vid.
shell-start-again-yes = Rekòmanse ak yon aplikasyon vid
shell-unlock-retry = Eseye ankò
shell-workshop-start-question = Kòmanse yon nouvo sesyon atelye sa a kounye a?
shell-workshop-start-yes = Wi, kòmanse sesyon an
shell-workshop-end-question = Fini sesyon sa a? Apre sa, ou pa ka ajoute anyen ladan l ankò.
shell-workshop-end-yes = Wi, fini sesyon an
shell-pin-current-right = Se PIN ou an. Kounye a, chwazi yon nouvo.
shell-learn-continue = Kontinye: { $lesson }
