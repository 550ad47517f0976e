## La liste de contrôle pour partir en sécurité

checklist-title = Ma liste pour voyager en sécurité
checklist-stage-before-you-go = Avant de partir
checklist-stage-on-the-journey = Pendant le voyage
checklist-stage-on-arrival = À l'arrivée
checklist-stage-if-things-go-wrong = Si ça se passe mal

checklist-item-verify-recruiter = Vérifiez auprès d'une source officielle que le recruteur a une licence et que l'employeur existe.
checklist-item-pay-no-fees = Ne payez pas pour l'emploi. Un employeur honnête paie les frais de recrutement.
checklist-item-written-contract = Obtenez un contrat écrit, dans une langue que vous lisez, avant de partir.
checklist-item-work-visa = Avant de partir travailler, vérifiez que vous avez le droit de travailler là-bas : un visa de travail, un permis de travail, ou la libre circulation comme dans la CEDEAO ou le CSME. Un simple visa de touriste ne permet pas de travailler.
checklist-item-copy-documents = Faites des copies de votre passeport, de votre visa et de votre contrat. Laissez une copie à une personne de confiance.
checklist-item-memorise-contact = Apprenez par cœur le numéro de téléphone d'une personne de confiance.
checklist-item-safety-word = Choisissez un mot de sécurité avec votre famille. Il veut dire : j'ai besoin d'aide.
checklist-item-know-embassy = Notez l'adresse et le téléphone de l'ambassade de votre pays là où vous allez.
checklist-item-keep-documents-on-you = Gardez toujours votre passeport et vos papiers sur vous.
checklist-item-share-travel-plan = Dites à une personne de confiance où vous allez et quand vous arrivez.
checklist-item-no-false-papers = N'acceptez pas de faux papiers ni un trajet dont on ne vous a pas parlé.
checklist-item-never-hand-over-passport = Ne donnez jamais votre passeport à un employeur ou à un recruteur. Il est à vous.
checklist-item-job-matches-contract = Vérifiez que le travail, le salaire et le logement sont ceux de votre contrat.
checklist-item-stay-in-touch = Restez souvent en contact avec votre famille.
checklist-item-know-your-rights = Apprenez vos droits au travail ici : salaire, heures et jours de repos.
checklist-item-recognise-warning-signs = Des mensonges sur l'emploi, des menaces, des dettes qui augmentent ou ne pas être libre de partir sont des signes d'alerte.
checklist-item-use-safety-word = Envoyez votre mot de sécurité à votre famille.
checklist-item-contact-help = Contactez un service d'aide de confiance. Vous pouvez d'abord demander s'il prévient la police.
checklist-item-contact-embassy = Contactez votre ambassade. Elle peut aider pour des papiers perdus ou gardés par quelqu'un.
checklist-item-retired = Un élément qui n'est plus dans la liste

checklist-done = Fait
checklist-not-done = Pas fait
checklist-your-note = Votre note : { $note }
checklist-added = Votre élément est ajouté.
checklist-saved = Enregistré.
checklist-removed = Supprimé.

## Menu

menu-checklist = Ma liste pour voyager en sécurité
checklist-menu-add = Ajouter mon propre élément
checklist-menu-note = Écrire une note privée sur un élément
checklist-choose-item = Choisissez un élément
checklist-choose-stage = Choisissez une étape

## Erreurs

checklist-error-unknown-stage = Cette étape n'existe pas dans la liste.
checklist-error-unknown-item = Cet élément n'existe pas dans la liste.
checklist-error-empty = Veuillez écrire un texte.
checklist-error-too-long = C'est trop long. Utilisez au plus { $max } caractères.
checklist-error-not-custom = Seuls les éléments que vous avez ajoutés peuvent être supprimés.

## Les écrans de la liste dans l'application

checklist-progress = { $done } sur { $total } faits
checklist-remove-note = Effacer la note
checklist-remove-question = Retirer cet élément de votre liste ?
checklist-note-hint = Seulement sur ce téléphone.
