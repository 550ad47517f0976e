## Les mots propres aux applications pour téléphone (Android et iOS).

shell-settings = Réglages
shell-read-aloud = Lire à voix haute
shell-stop-reading = Arrêter la lecture
shell-quick-exit-description = Fermer Waymark tout de suite et le retirer des applications récentes.
shell-audience-title = Pour qui ?
shell-audience-migrants = Travail ou voyage à l'étranger
shell-audience-students = Élèves
shell-audience-leaders = Responsables communautaires
shell-selected = Sélectionné
shell-settings-language = Langue
shell-settings-about = À propos de Waymark
shell-content-version = Version du contenu { $version }
shell-disguise-title = Nom et icône de l'application
shell-disguise-hint = Choisissez un nom et une icône simples pour que les autres ne remarquent pas l'application. Le changement peut prendre un moment.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Entrez votre code PIN pour ouvrir ce que vous avez enregistré.
shell-pin = Code PIN
shell-unlock = Ouvrir
shell-pin-on = Un code PIN est défini. Waymark le demande à chaque ouverture.
shell-pin-current = Votre code PIN actuel
shell-pin-new = Nouveau code PIN
shell-pin-repeat = Tapez encore le nouveau code PIN
shell-pin-mismatch = Les deux codes PIN ne sont pas les mêmes. Rien n'a été changé.
shell-lock-now = Verrouiller maintenant
shell-duress-needs-pin = Définissez d'abord un code PIN. Ensuite, vous pourrez ajouter un code PIN d'urgence.
shell-leave-no-trace = Ne laisser aucune trace
shell-notifications-off = Aucune notification
shell-notifications-off-help = Waymark n'affiche jamais de notification quand ceci est activé.
shell-wipe-question = Supprimer tout ce que vous avez enregistré dans Waymark, et votre code PIN ? C'est définitif.
shell-wipe-yes = Oui, tout supprimer
shell-cancel = Annuler
shell-checklist-add-hint = Votre propre élément
shell-note = Note privée
shell-note-hint = Seulement sur ce téléphone. Laissez vide pour effacer la note.
shell-save = Enregistrer
shell-remove = Retirer
shell-checklist-damaged = Certains éléments enregistrés sont illisibles. Le reste est affiché.
shell-help-country = Dans quel pays êtes-vous ?
shell-help-danger-now = Je suis en danger maintenant
shell-copy = Copier
shell-copied = Copié.
shell-check-privacy = Rien de ce que vous répondez n'est enregistré. Utilisez Sortie rapide à tout moment pour fermer Waymark.

## Learning screens

shell-learn-mark-read = Marquer comme lu
shell-learn-read = Vous avez lu cette leçon.
shell-learn-previous = Précédent
shell-learn-next = Suivant
shell-learn-start-quiz = Commencer le quiz
shell-learn-submit = Vérifier mes réponses
shell-learn-your-answer = Votre réponse : { $answer }
shell-learn-retry = Refaire le quiz
shell-learn-clear-question = Effacer votre progression ? Seules les leçons lues et vos scores au quiz sont oubliés.
shell-learn-clear-yes = Oui, effacer
## Workshop and text-scan screens

shell-workshop-sessions = Séances sur ce téléphone
shell-workshop-no-sessions = Il n'y a pas encore de séance sur ce téléphone.
shell-workshop-minutes = Durée : { $minutes } min
shell-workshop-previous = Précédent
shell-workshop-next = Suivant
shell-workshop-resume = Revenir à la séance en cours
shell-workshop-quiz = Quiz de groupe
shell-workshop-missed = Combien de personnes se sont trompées à chaque question ? Laissez vide si vous n'avez pas compté.
shell-workshop-save-scores = Enregistrer les scores
shell-workshop-pass-phone = Ou faites passer le téléphone : chaque personne choisit ses réponses, puis appuie sur enregistrer. Seul le score est gardé.
shell-workshop-save-answers = Enregistrer les réponses de cette personne
shell-workshop-people = Personnes : { $count }
shell-workshop-before = Quiz avant : { $percent } % de bonnes réponses
shell-workshop-after = Quiz après : { $percent } % de bonnes réponses
shell-workshop-running = En cours
shell-workshop-ended = Terminée
shell-workshop-share-csv = Partager en tableau (CSV)
shell-workshop-share-json = Partager en données (JSON)
shell-workshop-clear = Supprimer toutes les séances
shell-workshop-clear-question = Supprimer toutes les séances d'atelier de ce téléphone ? C'est définitif.
shell-workshop-clear-yes = Oui, supprimer les séances
shell-workshop-cleared = Les séances d'atelier ont été supprimées.
shell-scan-title = Vérifier une offre d'emploi
shell-scan-privacy = Le texte reste sur ce téléphone et n'est jamais enregistré. Il disparaît quand vous quittez cet écran.
shell-scan-label = Collez ici l'offre d'emploi ou le message
shell-scan-button = Vérifier le texte
shell-scan-clear = Effacer le texte
shell-scan-next-steps = Ce que vous pouvez faire ensuite

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Un problème est survenu dans l'application. Rien n'a été partagé. Veuillez réessayer.
shell-checking = Vérification…
shell-handoff-call = Appeler depuis ce téléphone laisse le numéro dans l'historique des appels.
shell-handoff-text = Un SMS reste dans l'application de messages de ce téléphone.
shell-handoff-open = Cela ouvre une autre application, qui peut garder l'adresse dans son historique.
shell-handoff-continue = Continuer
shell-handoff-copy = Copier plutôt
shell-start-again-title = Recommencer
shell-start-again = Ce téléphone n'a plus la clé qui protégeait ce que vous avez enregistré (cela arrive quand le verrouillage de l'écran est retiré ou réinitialisé). Ce que vous avez enregistré ne peut plus être ouvert. Vous pouvez recommencer avec une application vide.
shell-start-again-yes = Recommencer avec une application vide
shell-unlock-retry = Réessayer
shell-workshop-start-question = Commencer maintenant une nouvelle séance de cet atelier ?
shell-workshop-start-yes = Oui, commencer la séance
shell-workshop-end-question = Terminer cette séance ? Ensuite, plus rien ne pourra y être ajouté.
shell-workshop-end-yes = Oui, terminer la séance
shell-pin-current-right = C'est bien votre code PIN. Choisissez maintenant le nouveau.
shell-learn-continue = Reprendre : { $lesson }
