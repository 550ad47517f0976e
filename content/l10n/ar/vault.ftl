## الخزنة: الرمز السري، رمز الطوارئ، حذف كل شيء

vault-set-pin = ضع/ي رمزًا سريًا
vault-change-pin = غيّر الرمز السري
vault-remove-pin = أزل الرمز السري
vault-set-duress = ضع/ي رمز طوارئ
vault-duress-explain = إذا أجبرك أحد على فتح Waymark، اكتب/ي رمز الطوارئ. سيفتح Waymark فارغًا ويحذف ما حفظته.
vault-wipe = احذف/ي كل شيء
vault-wiped = تم حذف كل شيء.
vault-not-wiped = لم يُحذف شيء.
vault-pin-set = تم وضع رمزك السري.
vault-pin-changed = تم تغيير رمزك السري.
vault-pin-removed = تمت إزالة رمزك السري.
vault-duress-set = تم وضع رمز الطوارئ.
vault-enter-duress-pin = اكتب/ي رمز الطوارئ:

## الأخطاء

vault-error-too-many-attempts = محاولات خاطئة كثيرة. حاول/ي مرة أخرى بعد { $seconds } ثانية.
vault-error-device-key = أعطت خزنة المفاتيح في الهاتف مفتاحًا لا يمكن استعماله.
vault-error-key-store = خزنة المفاتيح في الهاتف غير متاحة الآن.
vault-error-data-dir = لا يمكن استخدام مجلد بيانات Waymark. يجب أن يكون مجلدًا يستطيع Waymark إنشاءه والكتابة فيه.
vault-error-no-pin = لا يوجد رمز سري.
vault-error-pin-already-set = يوجد رمز سري بالفعل. يمكنك تغييره.
vault-error-pin-format = يحتاج الرمز السري إلى { $min } إلى { $max } حرفًا.
vault-error-duress-same = يجب أن يختلف رمز الطوارئ عن رمزك السري.

## Key store, PIN checks, leave no trace

error-key-store = مفتاح هذا الجهاز لا يفتح بياناتك المحفوظة. إذا كنت تستخدم عبارة مرور، فتأكد/ي أنها العبارة التي اخترتها.
vault-error-wrong-device-key = مفتاح هذا الجهاز لا يفتح بياناتك المحفوظة (استُبدل أو ضاع، أو أن عبارة المرور مختلفة). لم يُحسب رمزك السري خاطئًا.
vault-error-common-pin = هذا الرمز السري سهل التخمين جدًا. تجنّب تكرار رقم واحد (0000) والأرقام المتتالية (1234، 9876) والأزواج المكررة (1212).
vault-enter-new-pin-again = اكتب/ي الرمز السري الجديد مرة أخرى:
vault-kept-until-close = يُحتفظ به فقط حتى يُغلق Waymark: خيار «عدم ترك أثر» مفعّل، لذلك لا يُحفظ شيء.
vault-enter-duress-pin-again = اكتب/ي رمز الطوارئ مرة أخرى:

## شاشات الرمز السري في التطبيق

vault-pin-next = التالي
