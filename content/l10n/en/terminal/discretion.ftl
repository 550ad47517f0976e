## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = App name and icon: { $name }
discretion-notifications = Notifications: { $state }
discretion-leave-no-trace = Leave no trace: { $state }
discretion-on = on
discretion-off = off
