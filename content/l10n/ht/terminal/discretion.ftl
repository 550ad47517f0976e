## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = Non ak ikòn aplikasyon an: { $name }
discretion-notifications = Notifikasyon: { $state }
discretion-leave-no-trace = Pa kite okenn tras: { $state }
discretion-on = limen
discretion-off = etenn
