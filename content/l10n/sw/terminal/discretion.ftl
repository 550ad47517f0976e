## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = Jina na ikoni ya programu: { $name }
discretion-notifications = Arifa: { $state }
discretion-leave-no-trace = Usiache alama: { $state }
discretion-on = imewashwa
discretion-off = imezimwa
