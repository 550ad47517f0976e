## Les mots propres aux applications pour téléphone (Android et iOS).

shell-settings = Réglages
shell-read-aloud = Lire à voix haute
shell-stop-reading = Arrêter la lecture
shell-quick-exit-description = Fermer Waymark tout de suite et le retirer des applications récentes.
shell-audience-title = Pour qui ?
shell-audience-migrants = Travail ou voyage à l'étranger
shell-audience-students = Élèves
shell-audience-leaders = Responsables communautaires
shell-selected = Sélectionné
shell-settings-language = Langue
shell-settings-about = À propos de Waymark
shell-content-version = Version du contenu { $version }
shell-disguise-title = Nom et icône de l'application
shell-disguise-hint = Choisissez un nom et une icône simples pour que les autres ne remarquent pas l'application. Le changement peut prendre un moment.
shell-disguise-waymark = Waymark
shell-disguise-notes = Notes
