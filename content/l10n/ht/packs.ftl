## Pakè kontni: fichye siyen ki pote nouvo nimewo èd, leson ak lang
## san mete aplikasyon an ajou (docs/CONTENT-PACKS.md).

error-pack-not-a-pack = Fichye sa a se pa yon pakè kontni Waymark.
error-pack-truncated = Pakè kontni sa a pa konplè oswa li domaje. Anyen pa chanje.
error-pack-format = Pakè kontni sa a nan yon fòma vèsyon aplikasyon sa a pa konnen. Anyen pa chanje.
error-pack-unknown-key = Pakè kontni sa a pa siyen pa okenn moun aplikasyon sa a fè konfyans. Anyen pa chanje.
error-pack-signature = Yo chanje pakè kontni sa a apre yo te siyen l: pa fè l konfyans. Anyen pa chanje.
error-pack-manifest = Lis fichye pakè kontni sa a pa valab. Anyen pa chanje.
error-pack-newer-core = Pakè kontni sa a bezwen yon vèsyon aplikasyon ki pi nouvo (nwayo { $version }). Anyen pa chanje.
error-pack-path = Pakè kontni sa a gen yon fichye li pa gen dwa genyen: { $file }. Anyen pa chanje.
error-pack-too-large = Pakè kontni sa a twò gwo. Anyen pa chanje.
error-pack-hash = Yon fichye nan pakè kontni sa a domaje: { $file }. Anyen pa chanje.
error-pack-rollback = Pakè kontni sa a (vèsyon { $offered }) pa pi nouvo pase sa ki enstale a (vèsyon { $installed }). Anyen pa chanje.
error-pack-content-file = Pakè kontni sa a ta kraze kontni aplikasyon an ({ $file }). Anyen pa chanje.
error-pack-not-installed = Pa gen okenn pakè kontni ak non sa a ki enstale.
error-pack-no-trace = Ou pa ka enstale pakè kontni pandan "pa kite tras" limen, paske enstalasyon an sere yon fichye. Etenn li anvan.
error-pack-storage = Nou pa t ka sere pakè kontni an sou aparèy sa a.

pack-installed = Pakè kontni { $id } ({ $kind }) enstale, vèsyon { $version }. L ap sèvi depi pwochen demaraj la.
pack-after-pin = Tape PIN ou pou enstale pakè kontni sa a. Anyen pa sove anvan sa.
pack-list-item = { $id } ({ $kind }), vèsyon { $version }, { $files } fichye
pack-none = Pa gen okenn pakè kontni ki enstale: se kontni ki vini ak aplikasyon an k ap sèvi.
pack-removed = Pakè kontni { $id } retire. Kontni ki vini ak aplikasyon an tounen depi pwochen demaraj la.

## Ekran paramèt aplikasyon an

pack-settings-title = Pake kontni
pack-install-note = Pou ajoute yon pake kontni, louvri fichye li (.wmpack) ak Waymark.
pack-remove-question = Retire pake kontni sa a? Kontni ki nan aplikasyon an ap tounen depi pwochen fwa ou louvri l.
pack-add = Ajoute yon pakè kontni ki nan yon fichye
pack-share = Pase pakè sa a bay yon lòt moun
pack-share-note = Li voye menm fichye siyen an nan yon lòt aplikasyon (Bluetooth, yon aplikasyon mesaj, yon kat memwa). Lòt telefòn nan tcheke l menm jan an anvan li sèvi avè l.
