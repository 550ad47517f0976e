## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = Nome e ícone do aplicativo: { $name }
discretion-notifications = Notificações: { $state }
discretion-leave-no-trace = Não deixar rastro: { $state }
discretion-on = ligado
discretion-off = desligado
