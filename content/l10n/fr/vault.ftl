## Le coffre : code PIN, code d'urgence, tout effacer

vault-set-pin = Choisir un code PIN
vault-change-pin = Changer le code PIN
vault-remove-pin = Supprimer le code PIN
vault-set-duress = Choisir un code d'urgence
vault-duress-explain = Si quelqu'un vous force à ouvrir Waymark, tapez le code d'urgence. Waymark s'ouvre vide et efface ce que vous avez enregistré.
vault-wipe = Tout effacer
vault-wiped = Tout est effacé.
vault-not-wiped = Rien n'a été effacé.
vault-pin-set = Votre code PIN est enregistré.
vault-pin-changed = Votre code PIN est changé.
vault-pin-removed = Votre code PIN est supprimé.
vault-duress-set = Votre code d'urgence est enregistré.
vault-enter-duress-pin = Entrez le code d'urgence :

## Erreurs

vault-error-too-many-attempts = Trop d'essais faux. Réessayez dans { $seconds } secondes.
vault-error-device-key = Le coffre à clés du téléphone a donné une clé inutilisable.
vault-error-key-store = Le coffre à clés du téléphone n'est pas disponible pour le moment.
vault-error-data-dir = Le dossier de données de Waymark ne peut pas être utilisé. Il faut un dossier que Waymark peut créer et modifier.
vault-error-no-pin = Aucun code PIN n'est choisi.
vault-error-pin-already-set = Un code PIN existe déjà. Vous pouvez le changer.
vault-error-pin-format = Un code PIN doit avoir de { $min } à { $max } caractères.
vault-error-duress-same = Le code d'urgence doit être différent de votre code PIN.

## Key store, PIN checks, leave no trace

error-key-store = La clé de cet appareil n'ouvre pas vos données enregistrées. Si vous utilisez une phrase secrète, vérifiez que c'est bien la vôtre.
vault-error-wrong-device-key = La clé de cet appareil n'ouvre pas vos données enregistrées (elle a été remplacée ou perdue, ou la phrase secrète est différente). Votre code PIN n'a pas été compté comme faux.
vault-error-common-pin = Ce code PIN est trop facile à deviner. Évitez un chiffre répété (0000), des chiffres qui se suivent (1234, 9876) et des paires répétées (1212).
vault-enter-new-pin-again = Entrez encore le nouveau code PIN :
vault-kept-until-close = Gardé seulement jusqu'à la fermeture de Waymark : « ne laisser aucune trace » est activé, donc rien n'est enregistré.
vault-enter-duress-pin-again = Entrez encore le code d'urgence :

## Les écrans du code PIN dans l'application

vault-pin-next = Suivant
