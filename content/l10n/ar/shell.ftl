## كلمات تطبيقات الهاتف (أندرويد وiOS).

shell-settings = الإعدادات
shell-read-aloud = القراءة بصوت عالٍ
shell-stop-reading = إيقاف القراءة
shell-quick-exit-description = أغلق/ي Waymark فورًا واحذفه من التطبيقات الأخيرة.
shell-audience-title = لمن هذا؟
shell-audience-migrants = العمل أو السفر في الخارج
shell-audience-students = الطلاب
shell-audience-leaders = قادة المجتمع
shell-selected = محدد
shell-settings-language = اللغة
shell-settings-about = حول Waymark
shell-content-version = إصدار المحتوى { $version }
shell-disguise-title = اسم التطبيق وأيقونته
shell-disguise-hint = اختر/ي اسمًا وأيقونة عاديين حتى لا يلاحظ الآخرون التطبيق. قد يستغرق التغيير لحظة.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = أدخل/ي رمز PIN لفتح ما حفظته.
shell-pin = رمز PIN
shell-unlock = فتح
shell-pin-on = تم تعيين رمز PIN. يطلبه Waymark في كل مرة يُفتح فيها.
shell-pin-current = رمز PIN الحالي
shell-pin-new = رمز PIN الجديد
shell-pin-repeat = اكتب/ي رمز PIN الجديد مرة أخرى
shell-pin-mismatch = الرمزان غير متطابقين. لم يتغير شيء.
shell-lock-now = قفل الآن
shell-duress-needs-pin = عيّن رمز PIN أولًا. بعد ذلك يمكنك إضافة رمز طوارئ.
shell-leave-no-trace = عدم ترك أي أثر
shell-notifications-off = بلا إشعارات
shell-notifications-off-help = لا يعرض Waymark أي إشعار ما دام هذا مفعّلًا.
shell-wipe-question = هل تريد حذف كل ما حفظته في Waymark ورمز PIN؟ لا يمكن التراجع عن ذلك.
shell-wipe-yes = نعم، احذف/ي كل شيء
shell-cancel = إلغاء
shell-checklist-add-hint = بندك الخاص
shell-note = ملاحظة خاصة
shell-note-hint = على هذا الهاتف فقط. اتركها فارغة لحذف الملاحظة.
shell-save = حفظ
shell-remove = إزالة
shell-checklist-damaged = تعذرت قراءة بعض البنود المحفوظة. يظهر الباقي.
shell-help-country = في أي بلد أنت؟
shell-help-danger-now = أنا في خطر الآن
shell-copy = نسخ
shell-copied = تم النسخ.
shell-check-privacy = لا يُحفظ أي شيء تجيب عنه. استخدم/ي الخروج السريع في أي وقت لإغلاق Waymark.

## Learning screens

shell-learn-mark-read = وضع/ي علامة "تمت القراءة"
shell-learn-read = لقد قرأت هذا الدرس.
shell-learn-previous = السابق
shell-learn-next = التالي
shell-learn-start-quiz = ابدأ/ي الاختبار
shell-learn-submit = تحقّق/ي من إجاباتي
shell-learn-your-answer = إجابتك: { $answer }
shell-learn-retry = أعد الاختبار
shell-learn-clear-question = هل تريد مسح تقدّمك في التعلّم؟ تُنسى فقط الدروس التي قرأتها ونتائج الاختبارات.
shell-learn-clear-yes = نعم، امسحه/ي
## Workshop and text-scan screens

shell-workshop-sessions = الجلسات على هذا الهاتف
shell-workshop-no-sessions = لا توجد جلسات على هذا الهاتف بعد.
shell-workshop-minutes = المدة بالدقائق: { $minutes }
shell-workshop-previous = السابق
shell-workshop-next = التالي
shell-workshop-resume = العودة إلى الجلسة الجارية
shell-workshop-quiz = اختبار جماعي
shell-workshop-missed = كم شخصًا أخطأ في كل سؤال؟ اتركه/ي فارغًا إذا لم تحسب.
shell-workshop-save-scores = حفظ النتائج
shell-workshop-pass-phone = أو مرِّر الهاتف: يختار كل شخص إجاباته ثم يضغط حفظ. تُحفظ النتيجة فقط.
shell-workshop-save-answers = حفظ إجابات هذا الشخص
shell-workshop-people = عدد الأشخاص: { $count }
shell-workshop-before = الاختبار قبل الجلسة: { $percent } ٪ إجابات صحيحة
shell-workshop-after = الاختبار بعد الجلسة: { $percent } ٪ إجابات صحيحة
shell-workshop-running = جارية
shell-workshop-ended = انتهت
shell-workshop-share-csv = مشاركة كجدول (CSV)
shell-workshop-share-json = مشاركة كبيانات (JSON)
shell-workshop-clear = حذف كل الجلسات
shell-workshop-clear-question = حذف كل جلسات الورشة من هذا الهاتف؟ لا يمكن التراجع عن ذلك.
shell-workshop-clear-yes = نعم، احذف/ي الجلسات
shell-workshop-cleared = تم حذف جلسات الورشة.
shell-scan-title = فحص عرض عمل
shell-scan-privacy = يبقى النص على هذا الهاتف ولا يُحفظ أبدًا. يختفي عندما تغادر هذه الشاشة.
shell-scan-label = الصق/ي عرض العمل أو الرسالة هنا
shell-scan-button = افحص/ي النص
shell-scan-clear = امسح/ي النص
shell-scan-next-steps = ما يمكنك فعله الآن

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = حدث خطأ داخل التطبيق. لم تتم مشاركة أي شيء. يرجى المحاولة مرة أخرى.
shell-checking = جارٍ التحقق…
shell-handoff-call = الاتصال من هذا الهاتف يترك الرقم في سجل المكالمات.
shell-handoff-text = تبقى الرسالة النصية في تطبيق الرسائل على هذا الهاتف.
shell-handoff-open = سيفتح هذا تطبيقًا آخر قد يحتفظ بالعنوان في سجله.
shell-handoff-continue = متابعة
shell-handoff-copy = النسخ بدلًا من ذلك
shell-start-again-title = البدء من جديد
shell-start-again = لم يعد هذا الهاتف يملك المفتاح الذي كان يحمي ما حفظته (يحدث هذا عند إزالة قفل الشاشة أو إعادة ضبطه). لم يعد من الممكن فتح ما حفظته. يمكنك البدء من جديد بتطبيق فارغ.
shell-start-again-yes = البدء من جديد بتطبيق فارغ
shell-unlock-retry = حاول/ي مرة أخرى
shell-workshop-start-question = بدء جلسة جديدة لهذه الورشة الآن؟
shell-workshop-start-yes = نعم، ابدأ/ي الجلسة
shell-workshop-end-question = إنهاء هذه الجلسة؟ بعد ذلك لا يمكن إضافة أي شيء إليها.
shell-workshop-end-yes = نعم، أنهِ/ي الجلسة
shell-pin-current-right = هذا هو رمز PIN الخاص بك. اختر/ي الآن رمزًا جديدًا.
shell-learn-continue = تابع/ي: { $lesson }
