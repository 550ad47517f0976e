discretion-title = Confidentialité et déguisement
discretion-notifications-off = Aucune notification : { $state }
discretion-leave-no-trace-help = Tant que c'est activé, Waymark n'enregistre rien du tout, même pas vos progrès, jusqu'à ce que vous le désactiviez.
discretion-saved = C'est fait.
discretion-error-disguise = Ce nom d'application ne fait pas partie des choix.

disguise-waymark = Waymark
disguise-notes = Notes
disguise-calculator = Calculatrice
disguise-weather = Météo
disguise-recipes = Recettes
