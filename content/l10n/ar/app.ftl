## كلمات التطبيق: القوائم وأسماء اللغات والأخطاء.

app-name = Waymark
app-tagline = مساعدة خاصة للتحقق من عرض عمل ومعرفة حقوقك والعثور على دعم آمن.
app-offline-note = يعمل Waymark بدون إنترنت. لا يغادر أي شيء تكتبه هذا الهاتف.
translation-under-review = هذه الترجمة ما زالت قيد المراجعة.

## القوائم

menu-choose-language = اختر/ي لغتك
menu-main-title = ما الخطوة التالية؟
menu-language = تغيير اللغة
menu-quit = إغلاق Waymark
menu-back = رجوع
menu-quick-exit = خروج سريع
menu-invalid-choice = هذا ليس من الخيارات. حاول/ي مرة أخرى من فضلك.
menu-current-language = اللغة: { $language }

## أسماء اللغات

language-en = الإنجليزية
language-fr = الفرنسية
language-es = الإسبانية
language-pt = البرتغالية
language-ht = الكريولية الهايتية
language-sw = السواحيلية
language-ar = العربية

## الأخطاء

error-invalid-input = لا يمكن استخدام شيء مما أدخلته.
error-not-found = لم يتم العثور على هذا العنصر.
error-content = جزء من محتوى التطبيق تالف أو مفقود.
error-integrity = لا يمكن قراءة البيانات المحفوظة بأمان. ربما تم تغييرها أو إتلافها.
error-locked = بياناتك المحفوظة مقفلة. افتحها أولاً.
error-wrong-pin = رمز PIN هذا غير صحيح.
error-storage = تعذّر حفظ بياناتك على هذا الجهاز.
error-unknown-message = لا يوجد نص بالمعرّف { $id }.
error-malformed-locale = رمز اللغة هذا غير مكتوب بشكل صحيح.
error-unsupported-locale = لا يحتوي Waymark على نصوص بهذه اللغة بعد.
error-content-unreadable = تعذّرت قراءة مجلد المحتوى.
error-content-file = ملف محتوى تالف أو مفقود: { $file }
error-missing-argument = يحتاج هذا النص إلى قيمة لـ { $name }: أضف/ي ‎--arg { $name }=VALUE.
error-not-a-number = اكتب/ي عددًا صحيحًا بالأرقام فقط، مثل 12.
error-number-too-large = هذا الرقم كبير جدًا: الحد الأقصى هو { $max }.

## الأعداد

items-count = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
