## قائمة الهجرة الآمنة

checklist-title = قائمتي للسفر بأمان
checklist-stage-before-you-go = قبل السفر
checklist-stage-on-the-journey = أثناء الرحلة
checklist-stage-on-arrival = عند الوصول
checklist-stage-if-things-go-wrong = إذا ساءت الأمور

checklist-item-verify-recruiter = تأكد/ي من مصدر رسمي أن وكيل التوظيف مرخص وأن صاحب العمل موجود فعلًا.
checklist-item-pay-no-fees = لا تدفع/ي مالًا مقابل الوظيفة. صاحب العمل العادل يدفع تكاليف التوظيف.
checklist-item-written-contract = احصل/ي على عقد مكتوب بلغة تقرؤها قبل السفر.
checklist-item-work-visa = قبل السفر للعمل، من المهم التأكد من الحق في العمل هناك: تأشيرة عمل، أو تصريح عمل، أو حرية التنقل مثل الإيكواس أو السوق الموحدة للكاريكوم. التأشيرة السياحية وحدها لا تسمح بالعمل.
checklist-item-copy-documents = انسخ/ي جواز سفرك وتأشيرتك وعقدك. اترك/ي نسخة مع شخص موثوق.
checklist-item-memorise-contact = احفظ/ي عن ظهر قلب رقم هاتف شخص موثوق.
checklist-item-safety-word = اتفق/ي مع عائلتك على كلمة أمان. معناها: أحتاج إلى مساعدة.
checklist-item-know-embassy = اكتب/ي عنوان سفارة بلدك ورقم هاتفها في المكان الذي تذهب إليه.
checklist-item-keep-documents-on-you = احتفظ/ي بجواز سفرك وأوراقك معك دائمًا.
checklist-item-share-travel-plan = أخبر/ي شخصًا موثوقًا إلى أين تذهب ومتى تصل.
checklist-item-no-false-papers = لا تقبل/ي أوراقًا مزورة ولا طريقًا لم يخبرك به أحد.
checklist-item-never-hand-over-passport = لا تعطِ/ي جواز سفرك أبدًا لصاحب عمل أو وكيل توظيف. إنه ملكك.
checklist-item-job-matches-contract = تأكد/ي أن العمل والأجر والسكن كما في عقدك.
checklist-item-stay-in-touch = ابقَ/ي على تواصل مع عائلتك كثيرًا.
checklist-item-know-your-rights = تعرّف/ي على حقوقك في العمل هنا: الأجر وساعات العمل وأيام الراحة.
checklist-item-recognise-warning-signs = الكذب بشأن العمل أو التهديد أو الديون التي تكبر أو عدم الحرية في المغادرة علامات خطر.
checklist-item-use-safety-word = أرسل/ي كلمة الأمان إلى عائلتك.
checklist-item-contact-help = تواصل/ي مع خدمة مساعدة موثوقة. يمكنك أن تسأل أولًا إن كانوا يبلغون الشرطة.
checklist-item-contact-embassy = تواصل/ي مع سفارتك. يمكنها المساعدة في الوثائق الضائعة أو المحتجزة.
checklist-item-retired = عنصر لم يعد في القائمة

checklist-done = تم
checklist-not-done = لم يتم
checklist-your-note = ملاحظتك: { $note }
checklist-added = تمت إضافة عنصرك.
checklist-saved = تم الحفظ.
checklist-removed = تم الحذف.

## القائمة

menu-checklist = قائمتي للسفر بأمان
checklist-menu-add = أضف/ي عنصرًا خاصًا بي
checklist-menu-note = اكتب/ي ملاحظة خاصة على عنصر
checklist-choose-item = اختر/ي عنصرًا
checklist-choose-stage = اختر/ي مرحلة

## الأخطاء

checklist-error-unknown-stage = هذه المرحلة غير موجودة في القائمة.
checklist-error-unknown-item = هذا العنصر غير موجود في القائمة.
checklist-error-empty = من فضلك اكتب نصًا.
checklist-error-too-long = النص طويل جدًا. استخدم/ي { $max } حرفًا على الأكثر.
checklist-error-not-custom = يمكنك حذف العناصر التي أضفتها بنفسك فقط.

## شاشات القائمة في التطبيق

checklist-progress = { $done } من { $total } تم
checklist-remove-note = احذف/ي الملاحظة
checklist-remove-question = هل تريد/ين حذف هذا العنصر من قائمتك؟
checklist-note-hint = على هذا الهاتف فقط.
