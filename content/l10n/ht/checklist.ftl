## Lis pou vwayaje an sekirite

checklist-title = Lis mwen pou vwayaje an sekirite
checklist-stage-before-you-go = Anvan ou pati
checklist-stage-on-the-journey = Pandan vwayaj la
checklist-stage-on-arrival = Lè ou rive
checklist-stage-if-things-go-wrong = Si bagay yo mal pase

checklist-item-verify-recruiter = Tcheke nan yon sous ofisyèl si rekritè a gen lisans epi si patwon an egziste vre.
checklist-item-pay-no-fees = Pa peye pou travay la. Yon bon patwon peye frè rekritman yo.
checklist-item-written-contract = Jwenn yon kontra ekri, nan yon lang ou li, anvan ou pati.
checklist-item-work-visa = Anvan ou vwayaje pou travay, tcheke si ou gen dwa travay la: yon viza travay, yon pèmi travay, oswa libre sikilasyon tankou CEDEAO oswa CSME. Yon viza touris sèlman pa pèmèt ou travay.
checklist-item-copy-documents = Fè kopi paspò ou, viza ou ak kontra ou. Kite yon kopi ak yon moun ou fè konfyans.
checklist-item-memorise-contact = Aprann pa kè nimewo telefòn yon moun ou fè konfyans.
checklist-item-safety-word = Chwazi yon mo sekirite ak fanmi ou. Li vle di: mwen bezwen èd.
checklist-item-know-embassy = Ekri adrès ak nimewo telefòn anbasad peyi ou nan kote ou prale a.
checklist-item-keep-documents-on-you = Toujou kenbe paspò ou ak papye ou sou ou.
checklist-item-share-travel-plan = Di yon moun ou fè konfyans ki kote ou prale ak ki lè ou rive.
checklist-item-no-false-papers = Pa aksepte fo papye ni yon wout yo pa t di ou.
checklist-item-never-hand-over-passport = Pa janm bay yon patwon oswa yon rekritè paspò ou. Se pou ou li ye.
checklist-item-job-matches-contract = Tcheke si travay la, lajan an ak kote ou rete a se sa kontra a di.
checklist-item-stay-in-touch = Pale ak fanmi ou souvan.
checklist-item-know-your-rights = Aprann dwa ou nan travay isit la: salè, lè travay ak jou konje.
checklist-item-recognise-warning-signs = Manti sou travay la, menas, dèt k ap grandi, oswa ou pa lib pou ale, se siy danje.
checklist-item-use-safety-word = Voye mo sekirite ou bay fanmi ou.
checklist-item-contact-help = Kontakte yon sèvis èd ou fè konfyans. Ou ka mande anvan si yo rapòte bay lapolis.
checklist-item-contact-embassy = Kontakte anbasad ou. Yo ka ede ak papye ki pèdi oswa yon moun kenbe.
checklist-item-retired = Yon bagay ki pa nan lis la ankò

checklist-done = Fini
checklist-not-done = Poko fini
checklist-your-note = Nòt ou: { $note }
checklist-added = Bagay ou a ajoute.
checklist-saved = Anrejistre.
checklist-removed = Retire.

## Meni

menu-checklist = Lis mwen pou vwayaje an sekirite
checklist-menu-add = Ajoute pwòp bagay pa m
checklist-menu-note = Ekri yon nòt prive sou yon bagay
checklist-choose-item = Chwazi yon bagay
checklist-choose-stage = Chwazi yon etap

## Erè

checklist-error-unknown-stage = Etap sa a pa nan lis la.
checklist-error-unknown-item = Bagay sa a pa nan lis la.
checklist-error-empty = Tanpri ekri yon tèks.
checklist-error-too-long = Li twò long. Sèvi ak { $max } karaktè pou pi plis.
checklist-error-not-custom = Se sèlman bagay ou te ajoute ou ka retire.

## Ekran lis la nan aplikasyon an

checklist-progress = { $done } sou { $total } fini
checklist-remove-note = Retire nòt la
checklist-remove-question = Retire bagay sa a nan lis ou a?
checklist-note-hint = Sèlman sou telefòn sa a.
