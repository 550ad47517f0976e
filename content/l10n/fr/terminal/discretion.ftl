## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = Nom et icône de l'application : { $name }
discretion-notifications = Notifications : { $state }
discretion-leave-no-trace = Ne laisser aucune trace : { $state }
discretion-on = activé
discretion-off = désactivé
