## كلمات تطبيقات الهاتف (أندرويد وiOS).

shell-settings = الإعدادات
shell-read-aloud = القراءة بصوت عالٍ
shell-stop-reading = إيقاف القراءة
shell-quick-exit-description = أغلق Waymark فورًا واحذفه من التطبيقات الأخيرة.
shell-audience-title = لمن هذا؟
shell-audience-migrants = العمل أو السفر في الخارج
shell-audience-students = الطلاب
shell-audience-leaders = قادة المجتمع
shell-selected = محدد
shell-settings-language = اللغة
shell-settings-about = حول Waymark
shell-content-version = إصدار المحتوى { $version }
shell-disguise-title = اسم التطبيق وأيقونته
shell-disguise-hint = اختر اسمًا وأيقونة عاديين حتى لا يلاحظ الآخرون التطبيق. قد يستغرق التغيير لحظة.
shell-disguise-waymark = Waymark
shell-disguise-notes = ملاحظات
