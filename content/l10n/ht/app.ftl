## Mo aplikasyon an: meni, non lang yo, erè.

app-name = Waymark
app-tagline = Èd prive pou tcheke yon òf travay, konnen dwa ou epi jwenn sipò ki an sekirite.
app-offline-note = Waymark mache san entènèt. Anyen ou antre pa soti nan telefòn sa a.
translation-under-review = Tradiksyon sa a poko fin revize.

## Meni

menu-choose-language = Chwazi lang ou
menu-main-title = Kisa ou vle fè?
menu-language = Chanje lang
menu-quit = Fèmen Waymark
menu-back = Retounen
menu-quick-exit = Sòti vit
menu-invalid-choice = Sa a pa youn nan chwa yo. Tanpri eseye ankò.
menu-current-language = Lang: { $language }

## Non lang yo

language-en = angle
language-fr = franse
language-es = panyòl
language-pt = pòtigè
language-ht = kreyòl ayisyen
language-sw = swahili
language-ar = arab

## Erè

error-invalid-input = Yon bagay ou antre pa ka sèvi.
error-not-found = Nou pa jwenn bagay sa a.
error-content = Gen yon pati nan kontni aplikasyon an ki domaje oswa ki manke.
error-integrity = Nou pa ka li done ki anrejistre yo an sekirite. Petèt yo te chanje oswa domaje.
error-locked = Done ou anrejistre yo fèmen ak kle. Louvri yo anvan.
error-wrong-pin = PIN sa a pa bon.
error-storage = Nou pa t ka anrejistre done ou yo sou aparèy sa a.
error-unknown-message = Pa gen okenn tèks ki gen idantifyan { $id }.
error-malformed-locale = Kòd lang sa a pa ekri kòrèkteman.
error-unsupported-locale = Waymark poko gen tèks nan lang sa a.
error-content-unreadable = Nou pa ka li dosye kontni an.
error-content-file = Yon fichye kontni domaje oswa li manke: { $file }
error-missing-argument = Tèks sa a bezwen yon valè pou { $name }: ajoute --arg { $name }=VALÈ.
error-not-a-number = Tape yon nimewo antye ak chif sèlman, pa egzanp 12.
error-number-too-large = Nimewo sa a twò gwo: pi plis la se { $max }.

## Kantite

items-count = { $count } atik
