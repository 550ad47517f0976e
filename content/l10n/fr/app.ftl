## Les mots de l'application : menus, noms de langues, erreurs.

app-name = Waymark
app-tagline = Une aide privée pour vérifier une offre d'emploi, connaître vos droits et trouver un soutien sûr.
app-offline-note = Waymark fonctionne sans internet. Rien de ce que vous saisissez ne quitte ce téléphone.
translation-under-review = Cette traduction est encore en cours de relecture.

## Menus

menu-choose-language = Choisissez votre langue
menu-main-title = Que voulez-vous faire ?
menu-language = Changer de langue
menu-quit = Fermer Waymark
menu-back = Retour
menu-quick-exit = Sortie rapide
menu-invalid-choice = Ce n'est pas un des choix. Veuillez réessayer.
menu-current-language = Langue : { $language }

## Noms des langues

language-en = anglais
language-fr = français
language-es = espagnol
language-pt = portugais
language-ht = créole haïtien
language-sw = swahili
language-ar = arabe

## Erreurs

error-invalid-input = Une information saisie ne peut pas être utilisée.
error-not-found = Cet élément est introuvable.
error-content = Une partie du contenu de l'application est abîmée ou manquante.
error-integrity = Les données enregistrées ne peuvent pas être lues en sécurité. Elles ont peut-être été modifiées ou abîmées.
error-locked = Vos données enregistrées sont verrouillées. Déverrouillez-les d'abord.
error-wrong-pin = Ce code PIN n'est pas correct.
error-storage = Vos données n'ont pas pu être enregistrées sur cet appareil.
error-unknown-message = Il n'y a pas de texte avec l'identifiant { $id }.
error-malformed-locale = Ce code de langue n'est pas écrit correctement.
error-unsupported-locale = Waymark n'a pas encore de texte dans cette langue.
error-content-unreadable = Le dossier de contenu ne peut pas être lu.
error-content-file = Un fichier de contenu est abîmé ou manquant : { $file }
error-missing-argument = Ce texte a besoin d'une valeur pour { $name } : ajoutez --arg { $name }=VALEUR.
error-not-a-number = Tapez un nombre entier avec des chiffres seulement, par exemple 12.
error-number-too-large = Ce nombre est trop grand : le maximum est { $max }.

## Nombres

items-count = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
