discretion-title = الخصوصية والتمويه
discretion-notifications-off = بلا إشعارات: { $state }
discretion-leave-no-trace-help = ما دام هذا مفعّلًا، لا يحفظ Waymark أي شيء، ولا حتى تقدمك، حتى توقفه.
discretion-saved = تم.
discretion-error-disguise = اسم التطبيق هذا ليس من الخيارات.

disguise-waymark = Waymark
disguise-notes = ملاحظات
disguise-calculator = آلة حاسبة
disguise-weather = الطقس
disguise-recipes = وصفات
