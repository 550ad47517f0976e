## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = Nombre e icono de la aplicación: { $name }
discretion-notifications = Notificaciones: { $state }
discretion-leave-no-trace = No dejar rastro: { $state }
discretion-on = activado
discretion-off = desactivado
