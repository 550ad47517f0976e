## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = ستُفسد حزمة المحتوى هذه محتوى التطبيق ({ $file }، السطر { $line }). لم يتغير شيء.
error-pack-file = تعذرت قراءة الملف أو كتابته (لا تتم الكتابة فوق ملف موجود أبدًا).
error-pack-key-file = لا يمكن قراءة ملف مفتاح التوقيع أو أنه ليس مفتاح توقيع.
error-pack-kind = يجب أن يكون نوع الحزمة full أو directory أو locale: متبوعًا برمز لغة.
pack-verified = حزمة محتوى أصلية { $id } ({ $kind })، الإصدار { $version }، عدد الملفات { $files }: يمكن تثبيتها.
pack-built = تم إنشاء حزمة المحتوى { $id } ({ $kind }) وتوقيعها، الإصدار { $version }، عدد الملفات { $files }.
pack-exported = تمت كتابة حزمة المحتوى { $id } في الملف، كما ثُبّتت تمامًا، لتمريرها إلى غيرك.
pack-keygen-private = تمت كتابة مفتاح التوقيع الخاص. احفظه دون اتصال بالإنترنت ولا تشاركه أو تنشره أبدًا.
pack-keygen-public = المفتاح العام لإضافته إلى المفاتيح الموثوقة: { $key }
pack-inspect-summary = حزمة المحتوى { $id } ({ $kind })، الإصدار { $version }، تحتاج النواة { $core } أو أحدث
pack-inspect-signer = موقّعة بواسطة { $key } ({ $trust })
pack-signer-trusted = موثوق به لدى هذا التطبيق
pack-signer-untrusted = غير موثوق به لدى هذا التطبيق
