## وضع الورشة: خطط الجلسات، وعرض الجلسة، وإدارة الجلسة، وتصدير بيانات المتابعة والتقييم.
## Ids: workshop-item-<item>-title/-activity/-notes/-prompt<k>/-card<k> (agenda items),
## workshop-plan-<audience> (plan titles), workshop-hands-<id> (show-of-hands questions).

## الشاشات

workshop-menu-title = إدارة ورشة عمل
workshop-menu-choose-plan = اختر/ي خطة الجلسة
workshop-menu-present = عرض الجلسة، جزءًا بعد جزء
workshop-menu-run = إدارة الجلسة: الحضور والاختبارات
workshop-menu-export = تصدير الملخّص للجهة المموّلة
workshop-plan-migrants = جلسة عن العمل الآمن في الخارج: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
workshop-plan-students = جلسة للطلاب: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
workshop-plan-leaders = جلسة للقادة والمعلّمين: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
workshop-present-heading = الجزء { $number } من { $total }: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
workshop-label-activity = النشاط
workshop-label-notes = ملاحظات للميسّر
workshop-label-prompts = أسئلة للمجموعة
workshop-label-cards = بطاقات لعب الأدوار
workshop-label-hands = رفع الأيدي
workshop-ask-attendance = كم عدد الحاضرين هنا؟ اكتب/ي رقمًا.
workshop-ask-scores = اكتب/ي نتيجة كل شخص، وافصل بين النتائج بفاصلة (,). مثلًا: 3,5,4
workshop-ask-hands = كم يدًا مرفوعة؟ اكتب/ي رقمًا.
workshop-ask-phase = أيّ اختبار هذا؟ 1: قبل الجلسة. 2: بعد الجلسة.
workshop-phase-pre = قبل الجلسة
workshop-phase-post = بعد الجلسة
workshop-session-started = بدأت الجلسة.
workshop-attendance-saved = { $count ->
    [zero] لا يوجد أحد هنا.
    [one] يوجد هنا شخص واحد.
    [two] يوجد هنا شخصان.
    [few] يوجد هنا { $count } أشخاص.
    [many] يوجد هنا { $count } شخصًا.
   *[other] يوجد هنا { $count } شخص.
}
workshop-scores-saved = { $count ->
    [zero] لم تُحفظ أي نتيجة. لا تُحفظ أي أسماء.
    [one] حُفظت نتيجة واحدة. لا تُحفظ أي أسماء.
    [two] حُفظت نتيجتان. لا تُحفظ أي أسماء.
    [few] حُفظت { $count } نتائج. لا تُحفظ أي أسماء.
    [many] حُفظت { $count } نتيجة. لا تُحفظ أي أسماء.
   *[other] حُفظت { $count } نتيجة. لا تُحفظ أي أسماء.
}
workshop-hands-saved = تم الحفظ. عدد الأيدي المرفوعة: { $count }.
workshop-session-ended = انتهت الجلسة. شكرًا لك على إدارتها.
workshop-quiz-max = كل نتيجة رقم من 0 إلى { $max }.
workshop-export-note = هذا الملخّص لا يحتوي على أسماء، ولا أرقام هواتف، ولا إجابات أي شخص بمفرده.

## أسئلة رفع الأيدي

workshop-hands-know_someone_abroad = ارفع/ي يدك إذا كنت تعرف شخصًا سافر إلى الخارج من أجل العمل.
workshop-hands-seen_offer = ارفع/ي يدك إذا رأيت عرض عمل بدا أجمل من أن يكون حقيقيًا.
workshop-hands-know_help = ارفع/ي يدك إذا كنت تعرف أين توجد المساعدة بأمان.
workshop-hands-online_contact = ارفع/ي يدك إذا أرسل لك شخص غريب رسالة عبر الإنترنت فيها عرض ما.

## الأخطاء (لا تكرّر أبدًا ما كتبه الشخص)

workshop-error-unknown-plan = لا توجد خطة جلسة بهذا الاسم.
workshop-error-unknown-session = لا توجد جلسة بهذا الاسم على هذا الهاتف.
workshop-error-unknown-hands = سؤال رفع الأيدي هذا ليس جزءًا من خطة هذه الجلسة.
workshop-error-score-range = يجب أن تكون كل نتيجة عددًا صحيحًا من 0 إلى { $max }.
workshop-error-no-scores = اكتب/ي نتيجة واحدة على الأقل.
workshop-error-negative-count = يجب أن يكون عدد الأشخاص عددًا صحيحًا، 0 أو أكثر.
workshop-error-session-ended = هذه الجلسة انتهت بالفعل. ابدأ/ي جلسة جديدة.
workshop-error-phase = اختر/ي pre (قبل الجلسة) أو post (بعد الجلسة).
workshop-error-format = اختر/ي csv أو json.
workshop-error-no-sessions = لا توجد بعدُ جلسات منتهية للتصدير. أنهِ جلسة أولًا.
workshop-error-missed-range = يجب أن يكون كل عدد للأخطاء عددًا صحيحًا من 0 إلى { $max } (الأشخاص الذين أعطوا نتيجة).
workshop-error-too-many-scores = عدد النتائج أكبر من عدد الحاضرين ({ $count }). راجع/ي النتائج أو عدد الأشخاص.

## بنود برنامج الجلسة

workshop-item-welcome-title = الترحيب وقواعد المجموعة
workshop-item-welcome-activity = رحّب بالجميع. قل/ي ما موضوع الجلسة وكم تستغرق من الوقت. اتّفقوا معًا على ثلاث قواعد: الاحترام، ولا أسماء في القصص، ولا أحد مضطر إلى أن يشارك.
workshop-item-welcome-notes = قل/ي في البداية أين يمكن للناس أن يجدوا المساعدة، وأنهم يستطيعون التحدّث معك على انفراد بعد الجلسة. لا تسأل أحدًا عن وضعه الشخصي أمام المجموعة.
workshop-item-welcome-prompt1 = ماذا تحبّ أن تتعلّم اليوم؟
workshop-item-welcome-prompt2 = أيّ قاعدة تساعدك على أن تشعر بالأمان لتتكلّم؟

workshop-item-pre_quiz-title = قبل أن نبدأ: اختبار قصير
workshop-item-pre_quiz-activity = اقرأ/ي كل سؤال بصوت عالٍ مع خياراته. يجيب الناس على ورقة، أو برفع الأيدي، أو على الهاتف الذي يمرّ بينهم. احسب/ي نتيجة كل شخص. بدون أسماء.
workshop-item-pre_quiz-notes = قل/ي إن هذا ليس امتحانًا لأحد. إنه يساعد على معرفة ما تعلّمته المجموعة. أدخل/ي النتائج فقط.

workshop-item-trafficking-title = اتجار بالبشر أم تهريب للمهاجرين؟
workshop-item-trafficking-activity = اقرأ/ي درس «ما هو الاتجار بالبشر». ثم اقرأ/ي كل خرافة من درس «خرافات وحقائق». يقف الناس إذا ظنّوا أنها صحيحة، ويبقون جالسين إذا ظنّوا أنها خاطئة. اذكر/ي الحقيقة بعد كل خرافة.
workshop-item-trafficking-notes = اشرح/ي الأجزاء الثلاثة ببساطة: فعل، ووسيلة، وغرض. ذكّر الناس بأنه في حالة الأطفال لا حاجة إلى قوة أو كذب. اقرأ/ي القصة الخاصة بمنطقتكم، واسأل/ي متى أصبح تهريب المهاجرين اتجارًا بالبشر.
workshop-item-trafficking-prompt1 = في القصة، متى أصبح تهريب المهاجرين اتجارًا بالبشر؟
workshop-item-trafficking-prompt2 = لماذا يظنّ الناس أحيانًا أن الضحية «وافقت»؟
workshop-item-trafficking-prompt3 = هل يمكن أن يحدث الاتجار بالبشر في مدينتنا نحن؟

workshop-item-recruiters-title = اكتشف/ي الكذبة
workshop-item-recruiters-activity = اقرأ/ي القصة من وحدة «كيف يكذب وسطاء التوظيف». في مجموعات صغيرة، يكتب الناس كل علامة تحذير يجدونها. تذكر/ي كل مجموعة علامة واحدة في كل دور، حتى تُذكر كل العلامات.
workshop-item-recruiters-notes = العلامات التي يجب إيجادها: رسوم يدفعها العامل، وأجر مغرٍ أكثر من اللازم، وضغط للسفر بسرعة، وسرّية، ولا عقد، وتأشيرة سياحية، وصاحب عمل بلا اسم. لا تلُم من تعرّضوا للخداع: هذه الحيل تخدع كثيرًا من الناس.
workshop-item-recruiters-prompt1 = ما الذي جعل العرض يبدو جذّابًا؟
workshop-item-recruiters-prompt2 = ما السؤال الذي ستطرحه على وسيط التوظيف؟
workshop-item-recruiters-prompt3 = من يمكنك أن تسأله ليتحقّق من عرض ما؟
workshop-item-recruiters-card1 = وسيط التوظيف: «هذه الوظيفة أجرها جيد جدًا، وبقي مكانان فقط. يجب أن تدفع رسوم التأشيرة اليوم.»
workshop-item-recruiters-card2 = الباحث عن عمل: أنت تريد الوظيفة، لكنك تريد أن تتحقّق منها أولًا. اطرح/ي ثلاثة أسئلة قبل اتخاذ القرار.

workshop-item-rights-title = عمل عادل أم لا؟
workshop-item-rights-activity = اقرأ/ي الدروس عن الرسوم والعقود وجوازات السفر. ثم يمثّل شخصان بطاقتي لعب الأدوار. وتقول المجموعة ما كان عادلًا وما لم يكن.
workshop-item-rights-notes = نقاط أساسية: صاحب العمل يدفع رسوم التوظيف؛ وعقد مكتوب قبل السفر، بلغة يقرؤها العامل؛ والعامل يحتفظ بجواز سفره؛ والعامل حرّ في أن يغادر؛ وتأشيرة عمل من أجل العمل.
workshop-item-rights-prompt1 = ماذا يجب أن يذكر العقد العادل؟
workshop-item-rights-prompt2 = لماذا قد يريد صاحب عمل أن يحتفظ بجواز سفر العامل؟
workshop-item-rights-card1 = المدير: «أعطني جواز سفرك، سأحفظه لك في مكان آمن. وهذا عقد جديد. الأجر أقلّ قليلًا.»
workshop-item-rights-card2 = العامل: تريد أن تحافظ على عملك وعلى جواز سفرك. ارفض/ي بأدب، واطلب/ي العقد الذي وقّعته في بلدك.

workshop-item-warning-title = ماذا ستلاحظ؟
workshop-item-warning-activity = اقرأ/ي القصة من وحدة «علامات التحذير لدى الآخرين». في مجموعات من شخصين، يرتّب الناس العلامات في ثلاث مجموعات: كيف يبدو الشخص، وكيف يعمل ويعيش، ومن يسيطر عليه.
workshop-item-warning-notes = أكّد أن العلامات أسباب للاهتمام، وليست دليلًا. التصرّف الآمن هو التحدّث إلى شخص بالغ موثوق أو إلى خدمة مساعدة، وليس مواجهة أي أحد أبدًا.
workshop-item-warning-prompt1 = أيّ العلامات لاحظتها أولًا؟
workshop-item-warning-prompt2 = من هو الشخص البالغ الموثوق ويمكنك أن تتحدّث إليه؟
workshop-item-warning-prompt3 = ما الذي قد يجعل الأمور أسوأ بالنسبة إلى الشخص؟

workshop-item-safe_migration-title = جهّز/ي حقيبة آمنة
workshop-item-safe_migration-activity = ارسم/ي حقيبة على ورقة كبيرة. تملؤها المجموعة بما يحتاجه الشخص قبل أن يسافر: عقد تمّ التحقّق منه، وتأشيرة عمل، ونسخ من الأوراق، ورقم هاتف محفوظ عن ظهر قلب، وعنوان السفارة، وكلمة سرّية متّفق عليها مع العائلة.
workshop-item-safe_migration-notes = اقرأ/ي القصة الخاصة بمنطقتكم. اسأل/ي ما الذي يجب أن يتحقّق منه الشخص قبل أن يدفع لأي أحد. أشِر إلى قائمة التحقّق في التطبيق.
workshop-item-safe_migration-prompt1 = ما أول شيء ستضعه في الحقيبة؟
workshop-item-safe_migration-prompt2 = ماذا يجب أن تفعل إذا تغيّرت الخطة أثناء الرحلة؟

workshop-item-help-title = من يستطيع المساعدة؟
workshop-item-help-activity = اكتبوا معًا قائمة بخدمات المساعدة المحلية التي تعرفونها: خط مساعدة، ومأوى، وجهة للمساعدة القانونية، وخدمة صحية، وقائد ديني. استخدموا دليل المساعدة في التطبيق لتعرفوا أيّها يبلّغ الشرطة أو سلطات الهجرة.
workshop-item-help-notes = لا تنصح أحدًا أبدًا بمواجهة متاجر بالبشر. اشرح/ي ماذا يحدث عندما يتصل أحد بخط مساعدة. ذكّر الناس برقم الطوارئ في حالات الخطر المباشر.
workshop-item-help-prompt1 = ما الذي قد يمنع شخصًا من طلب المساعدة؟
workshop-item-help-prompt2 = كيف يمكنك أن تساعد صديقًا دون أن تعرّضه للخطر؟
workshop-item-help-card1 = صديق في الخارج: «أخذ مديري جواز سفري. أرجوك لا تتصل بي، فهو يفتّش هاتفي.»
workshop-item-help-card2 = أنت: تريد أن تساعد بأمان. قل/ي ماذا ستفعل، وما الذي لن تفعله دون موافقة صديقك.

workshop-item-leaders-title = عندما يخبرك أحد
workshop-item-leaders-activity = في مجموعات من شخصين، مثّلوا موقفًا يخبر فيه شخصٌ القائدَ بما يعيشه، باستخدام بطاقتي لعب الأدوار. ثم تبادلوا الأدوار. تتحدّث المجموعة عمّا ساعد الشخص على أن يشعر بالأمان.
workshop-item-leaders-notes = استمع/ي، وصدّق/ي، وحافظ/ي على هدوئك. لا تطلب/ي كل التفاصيل. لا تَعِد/ي بسرّية لا تستطيع الالتزام بها. السلامة أولًا، ثم الإحالة. مع الأطفال، اتّبع قواعد حماية الطفل. خطّط للدعم الذي تحتاجه أنت بعد المحادثات الصعبة.
workshop-item-leaders-prompt1 = ما الكلمات التي جعلت الشخص يشعر بأنهم يصدّقونه؟
workshop-item-leaders-prompt2 = إلى أيّ خدمات محلية ستحيل الشخص، وهل تبلّغ سلطات الهجرة؟
workshop-item-leaders-prompt3 = كيف ستعتني بنفسك بعد جلسة صعبة؟
workshop-item-leaders-card1 = مشارك: بعد الجلسة تبقى في المكان. دفعت رسومًا لوسيط توظيف، وستسافر الأسبوع القادم. تشعر بالخجل، وتطلب من القائد ألّا يخبر أحدًا.
workshop-item-leaders-card2 = القائد: استمع/ي وصدّق. كن/كوني صادقًا بشأن ما تستطيع أن تُبقيه سرًّا. اقترح/ي خطوة تالية واحدة آمنة.

workshop-item-break-title = استراحة
workshop-item-break-activity = استراحة قصيرة. ابقَ/ي متاحًا لمن يريد أن يتحدّث على انفراد.
workshop-item-break-notes = انتبه/ي لمن يبدو منزعجًا، واطمئنّ عليه بهدوء.

workshop-item-post_quiz-title = ماذا تعلّمنا؟ الاختبار نفسه مرة أخرى
workshop-item-post_quiz-activity = اطرح/ي الأسئلة نفسها التي طرحتها في البداية، وبالطريقة نفسها. احسب/ي نتيجة كل شخص. بدون أسماء. ثم أعطِ الإجابات الصحيحة واشرحها.
workshop-item-post_quiz-notes = قارن نتيجة المجموعة، لا نتائج الأفراد. اسأل/ي أيّ الأسئلة فاجأت المجموعة.

workshop-item-closing-title = الختام وأين توجد المساعدة
workshop-item-closing-activity = اطلب/ي من كل شخص أن يذكر شيئًا واحدًا سيتذكّره. اعرض/ي دليل المساعدة في التطبيق. وقل/ي مرة أخرى إن الناس يستطيعون التحدّث معك على انفراد.
workshop-item-closing-notes = اختم/ي بالأمل: المساعدة موجودة، وهناك أناس يخرجون فعلًا من الاستغلال. اشكر/ي المجموعة.
workshop-item-closing-prompt1 = ما الشيء الواحد الذي ستخبر به صديقًا أو أحد أفراد عائلتك؟

workshop-menu-attendance = عدّ الحاضرين
workshop-menu-end = إنهاء الجلسة
workshop-error-missed-count = اكتب/ي عدد الأخطاء لكل سؤال في الاختبار: { $count } أرقام.

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = اختبار المجموعة قبل الجلسة
workshop-menu-quiz-post = اختبار المجموعة بعد الجلسة
workshop-menu-type-scores = اكتب/ي نتيجة كل شخص، واحدًا تلو الآخر
workshop-ask-one-score = اكتب/ي نتيجة شخص واحد: رقم من 0 إلى { $max }.
workshop-scores-done-hint = ثم اكتب/ي نتيجة الشخص التالي. عند كتابة الجميع، ارجع/ي واحفظ/ي النتائج.
workshop-scores-typed = نتائج مكتوبة، لم تُحفظ بعد
workshop-menu-missed = عدّ كم شخصًا أخطأ في كل سؤال
workshop-ask-missed = كم شخصًا أخطأ في هذا السؤال؟ رقم من 0 إلى { $max }.
workshop-menu-undo-score = احذف/ي آخر نتيجة مكتوبة
workshop-menu-pass-phone = مرّر/ي الهاتف بين الحاضرين
