## Discretion settings as the terminal's `settings` command shows them

discretion-disguise = اسم التطبيق وأيقونته: { $name }
discretion-notifications = الإشعارات: { $state }
discretion-leave-no-trace = لا تترك/ي أثرًا: { $state }
discretion-on = مفعّل
discretion-off = متوقف
