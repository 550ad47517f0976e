## العثور على مساعدة: دليل المساعدة والبحث عنها.

directory-menu = العثور على مساعدة
directory-title = مساعدة يمكنك التواصل معها
directory-ask-country = في أي بلد أنت؟ اختر/ي من القائمة، أو اكتب/ي رمز البلد من حرفين.
directory-other-country = بلد آخر (اكتب/ي رمزه)
directory-ask-danger = هل أنت في خطر الآن؟
directory-yes = نعم
directory-no = لا
directory-ask-filters = هل تريد تضييق القائمة؟ اختر/ي واحدًا، أو اختر/ي عرض النتائج.
directory-show-results = عرض النتائج
directory-filter-need = نوع المساعدة
directory-filter-language = لغة أتحدثها
directory-filter-audience = مساعدة لـ
directory-filter-no-immigration = لا يبلغ سلطات الهجرة
directory-filter-anonymous = يمكنني عدم ذكر اسمي
directory-filter-no-id = لا تُطلب هوية
directory-ask-language = اكتب/ي رمز لغة، مثل en أو fr أو ht أو sw.
directory-danger-note = إذا كنت في خطر الآن، اتصل/ي برقم طوارئ. القرار لك.
directory-emergency-heading = أرقام الطوارئ
directory-no-emergency = لا يوجد رقم طوارئ لهذا البلد بعد.
directory-services-heading = الخدمات
directory-no-services = ليس لدينا خدمات لهذا البلد بعد.
directory-fallbacks-heading = مساعدة من أي بلد
directory-call = اتصال
directory-text = رسالة نصية
directory-open = فتح
directory-matched = سبب ظهوره: { $reasons }
directory-last-verified = آخر تحقق: { $date }
directory-safety-police = يبلغ الشرطة: { $answer }
directory-safety-immigration = يبلغ سلطات الهجرة: { $answer }
directory-safety-id = يطلب هوية: { $answer }
directory-safety-anonymous = يمكنك عدم ذكر اسمك: { $answer }
directory-safety-confidential = سري: { $answer }
directory-answer-yes = نعم
directory-answer-no = لا
directory-answer-only-with-consent = فقط إذا وافقت
directory-answer-unknown = غير معروف
directory-hours-always = مفتوح 24 ساعة، كل يوم
directory-hours-unknown = ساعات العمل غير معروفة
directory-cost-free = مجاني
directory-cost-paid = قد يكلف مالًا
directory-cost-unknown = التكلفة غير معروفة
directory-languages-any = لغات كثيرة، مع مترجمين

directory-emergency-police = الشرطة
directory-emergency-fire = الإطفاء
directory-emergency-ambulance = الإسعاف
directory-emergency-fire-ambulance = الإطفاء والإسعاف
directory-emergency-police-emergency = الشرطة والطوارئ
directory-emergency-emergency = الطوارئ
directory-emergency-emergency-mobile = الطوارئ، من هاتف محمول

directory-kind-trafficking_hotline = خط مساعدة ضد الاتجار بالبشر
directory-kind-emergency = مساعدة طارئة
directory-kind-shelter = مكان آمن للإقامة
directory-kind-legal_aid = مساعدة قانونية
directory-kind-labour_rights = حقوق العمال
directory-kind-health = رعاية صحية
directory-kind-counselling = شخص تتحدث إليه
directory-kind-child_protection = حماية الأطفال
directory-kind-consular = سفارتك أو قنصليتك
directory-kind-migrant_support = مساعدة للمهاجرين

directory-audience-anyone = أي شخص
directory-audience-women = النساء
directory-audience-men = الرجال
directory-audience-children = الأطفال
directory-audience-lgbtq = مجتمع الميم
directory-audience-migrants = المهاجرون
directory-audience-workers = العمال

directory-channel-phone = هاتف
directory-channel-sms = رسالة نصية
directory-channel-whatsapp = واتساب
directory-channel-email = بريد إلكتروني
directory-channel-web = موقع إلكتروني
directory-channel-walk_in = شخصيًا

directory-why-emergency = مساعدة طارئة
directory-why-open-always = مفتوح 24 ساعة
directory-why-need = يقدم: { $kind }
directory-why-language = يتحدث { $language }
directory-why-interpreters = لديه مترجمون
directory-why-audience = لـ: { $audience }
directory-why-region = في { $region }
directory-why-no-immigration = لا يبلغ سلطات الهجرة
directory-why-anonymous = يمكنك عدم ذكر اسمك
directory-why-no-id = لا تُطلب هوية

directory-error-country = هذا ليس رمز بلد. استخدم/ي حرفين، مثل JM أو KE.
directory-error-no-country = اختر/ي بلدًا لترى المساعدة فيه.
directory-error-coordinates = تعذر استخدام هذا الموقع.
directory-error-kind = نوع المساعدة هذا ليس من الخيارات.
directory-error-audience = هذه الفئة ليست من الخيارات.
directory-error-language = رمز اللغة هذا غير مكتوب بشكل صحيح.

directory-us-trafficking-hotline = National Human Trafficking Hotline (Polaris)
    .description = خط مساعدة سري، مفتوح ليلًا ونهارًا، بأكثر من 200 لغة. ليس الشرطة.
directory-ca-trafficking-hotline = Canadian Human Trafficking Hotline
    .description = خط مساعدة سري، مفتوح ليلًا ونهارًا، بأكثر من 200 لغة. ليس الشرطة ولا خدمة طوارئ.
directory-gb-modern-slavery-helpline = Modern Slavery & Exploitation Helpline
    .description = خط مساعدة لكل من يقلق بشأن العمل القسري أو الاستغلال. مفتوح ليلًا ونهارًا.
directory-jm-natfatip = National Task Force Against Trafficking in Persons (NATFATIP)
    .description = الفريق الوطني في جامايكا لمكافحة الاتجار بالبشر. الرقم 888 مجاني.
directory-ng-naptip = NAPTIP
    .description = الوكالة الوطنية في نيجيريا لمكافحة الاتجار بالبشر. 627 رقم مختصر.
directory-za-trafficking-resource-line = National Human Trafficking Resource Line
    .description = خط مجاني في جنوب أفريقيا للمساعدة والمعلومات عن الاتجار بالبشر.
directory-ug-sauti-child-helpline = خط مساعدة الأطفال (Sauti)
    .description = خط مساعدة الأطفال في أوغندا.
directory-own-embassy = سفارة بلدك أو قنصليته
    .description = إذا كنت في الخارج، يمكن لسفارة بلدك أو قنصليته مساعدة مواطنيها، مثلًا في جواز سفر مفقود أو مأخوذ، أو في العودة إلى الوطن.
directory-iom = المنظمة الدولية للهجرة
    .description = للمنظمة الدولية للهجرة مكاتب في بلدان كثيرة، وهي تساعد المهاجرين، ومنهم ضحايا الاتجار بالبشر.
directory-child-helpline-international = Child Helpline International
    .description = شبكة من خطوط مساعدة الأطفال حول العالم. يعرض موقعها خط كل بلد.

## Sources, warnings, places and freshness

directory-status-unconfirmed = غير مؤكد: ورد فقط في الأخبار أو مصادر ثانوية أخرى، وليس في صفحة الخدمة نفسها. تحقق/ي قبل أن تعتمد عليه.
directory-confidence-a = المصدر: صفحة الخدمة نفسها
directory-confidence-b = المصدر: صفحة حكومية من هذا البلد
directory-confidence-bstar = المصدر: تقرير حكومة أجنبية، وليس الخدمة نفسها
directory-confidence-u = المصدر: صفحة للأمم المتحدة، وليس الخدمة نفسها
directory-confidence-c = المصدر: الأخبار أو مصادر ثانوية أخرى فقط
directory-warning = قبل الاتصال: { $text }
directory-notes-heading = قبل الاتصال
directory-not-confirmed-heading = غير مؤكد: لم يؤكد أحد جواب هذه الخدمات عمّا طلبته
directory-other-heading = خدمات أخرى: لا تستوفي ما طلبته
directory-from-heading = ما تقدمه { $country } لمواطنيها هنا
directory-from-none = لم نجد شيئًا تقدمه { $country } لمواطنيها في هذا البلد. قد تساعدك سفارتها مع ذلك.
directory-out-of-date = قد تكون قديمة: آخر تحقق منذ أكثر من عام.
directory-ask-from = من أي بلد أنت؟ اكتب/ي رمزه المكوّن من حرفين، أو اضغط/ي Enter للتخطي.
directory-error-date = هذا التاريخ ليس مكتوبًا بصيغة YYYY-MM-DD.
directory-emergency-gendarmerie = الدرك
directory-emergency-police-non-emergency = الشرطة (لغير الطوارئ)
directory-emergency-civil-defence = الدفاع المدني (إنقاذ، حرائق)
directory-emergency-tourist-police = شرطة السياحة
directory-emergency-fire-ambulance-addis = الإطفاء والإسعاف (أديس أبابا)

## Warnings shown before a number (each from the entry's sources)

directory-warning-police-run = تديره الشرطة.
directory-warning-law-enforcement = تديره جهة لإنفاذ القانون.
directory-warning-linked-law-enforcement = تعمل مع جهات إنفاذ القانون.
directory-warning-linked-interior = تعمل بالتعاون مع وزارة الداخلية.
directory-warning-passes-to-police = ما تقوله لهذا الخط يُحال إلى الشرطة.
directory-warning-shared-with-police = تُحلَّل البلاغات وتُشارَك مع الشرطة.
directory-warning-must-report = يُلزم قانون جنوب أفريقيا بإبلاغ الشرطة عن أي اشتباه بالاتجار بالبشر.
directory-warning-calls-recorded = تُسجَّل جميع المكالمات.
directory-warning-shared-government = قد تُشارَك معلومات البلاغ مع إدارات حكومية أخرى.
directory-warning-needs-id = يجب أن تعطي رقم هويتك (QID) أو رقم تأشيرتك.
directory-warning-ae-mohre = قال مسؤول إن هذا الخط يتلقى أيضًا بلاغات عن مخالفي قوانين الإقامة.
directory-warning-jo-mol = أُعلن عن هذه الخطوط للإبلاغ عن العمال غير النظاميين.
directory-warning-th-1694 = يتلقى هذا الخط أيضًا شكاوى عن العمال غير النظاميين.
directory-warning-kh-police = خط للشرطة. قال وزير الداخلية الكمبودي عام 2022 إن الضحايا الأجانب الذين أُنقذوا رُحّلوا.
directory-warning-es-ucrif = تجيب عليه وحدة الشرطة التي تلاحق أيضًا شبكات الهجرة غير النظامية.

## Country notes

directory-note-lb-iom = قالت المنظمة الدولية للهجرة عام 2024 إن كثيرًا من عاملات المنازل المهاجرات غير النظاميات يخشين الاعتقال والترحيل إن طلبن المساعدة.
directory-note-kw = يقول تقرير للحكومة الأمريكية (2023) إن الكويت احتجزت ورحّلت ضحايا محتملين للاتجار، وإن مأواها لم يكن يستقبل بانتظام العمال المتهمين بـ«التغيب».
directory-note-kh-ngo = أفادت مجموعة لمكافحة الاحتيال بأن الشرطة المحلية أعادت ضحايا إلى مجمّعات الاحتيال. وتنصح بالتوجه عبر سفارتك.
directory-note-mm-border = احتُجز أشخاص فرّوا من مجمّعات الاحتيال عبر الحدود إلى تايلاند بتهمة الدخول غير القانوني.
directory-note-no-emergency = لم نجد رقم طوارئ لهذا البلد في مصادرنا. اسأل/ي سفارتك أو أشخاصًا تثق بهم.

## Descriptions shared by several services

directory-desc-tip-gov = خط حكومي للإبلاغ عن الاتجار بالبشر أو طلب المساعدة.
directory-desc-tip-police = خط للشرطة للإبلاغ عن الاتجار بالبشر.
directory-desc-tip-walkin-police = مكاتب للشرطة يمكنك الإبلاغ فيها عن الاتجار بالبشر شخصيًا.
directory-desc-tip-ngo = خط مساعدة بشأن الاتجار بالبشر تديره منظمة، لا الحكومة.
directory-desc-tip-prosecutors = نيابة عامة تتولى قضايا الاتجار بالبشر وتهريب المهاجرين.
directory-desc-tip-anon-police = قدّم معلومات عن جريمة دون ذكر اسمك. تصل المعلومات إلى الشرطة.
directory-desc-labour-gov = خط وزارة العمل لأسئلة العمال وشكاواهم.
directory-desc-labour-enforce = تحقق/ي في العمل القسري والاستغلال في العمل. ليست خط استشارة.
directory-desc-labour-advice = استشارة مجانية وسرية حول حقوق العمل.
directory-desc-wages = شكاوى بشأن الأجور وظروف العمل.
directory-desc-tfw = أبلغ عن إساءة معاملة العمال الأجانب المؤقتين في أي وقت.
directory-desc-victims = دعم ضحايا أي جريمة: من يستمع ويقدّم النصح ويدلّ على المساعدة المحلية.
directory-desc-women = خط مساعدة للنساء اللواتي يتعرضن للعنف أو الاستغلال.
directory-desc-gbv = خط مساعدة بشأن العنف القائم على النوع الاجتماعي.
directory-desc-child = خط مساعدة للأطفال ولكل من يقلق على طفل.
directory-desc-rights = خط وطني لانتهاكات حقوق الإنسان، ومنها الاتجار بالبشر والعمل بالسخرة.
directory-desc-health = رعاية صحية عاجلة.
directory-desc-refugees = مركز اتصال المفوضية لشؤون اللاجئين.
directory-desc-abroad-centre = مركز حكومي لمواطنيها الذين يواجهون مشكلات في الخارج.
directory-desc-mission = سفارة بلدك أو قنصليته هنا.
directory-desc-shelter-tip = دور إيواء لضحايا الاتجار. يُحال إليها الناس عبر الشرطة أو السفارات أو المستشفيات أو دور العبادة.
directory-desc-reception = مركز استقبال وإصغاء للمهاجرين العائدين.
directory-desc-sms-emergency = طوارئ عبر الرسائل النصية لمن لا يستطيع الكلام أو السمع، أو لا يستطيع الكلام بأمان.
directory-desc-counselling = شخص تتحدث إليه في أوقات الأزمة.
directory-desc-social = خط حكومي للمساعدة الاجتماعية للمواطنين والأجانب.

## Countries

country-us = الولايات المتحدة
country-ca = كندا
country-gb = المملكة المتحدة
country-jm = جامايكا
country-tt = ترينيداد وتوباغو
country-bs = جزر البهاما
country-gy = غيانا
country-bb = بربادوس
country-ht = هايتي
country-do = جمهورية الدومينيكان
country-ng = نيجيريا
country-gh = غانا
country-ke = كينيا
country-ug = أوغندا
country-et = إثيوبيا
country-za = جنوب أفريقيا
country-sn = السنغال
country-cm = الكاميرون
country-lb = لبنان
country-sa = السعودية
country-ae = الإمارات العربية المتحدة
country-qa = قطر
country-kw = الكويت
country-om = عُمان
country-jo = الأردن
country-th = تايلاند
country-kh = كمبوديا
country-mm = ميانمار
country-br = البرازيل
country-mx = المكسيك
country-fr = فرنسا
country-es = إسبانيا
country-it = إيطاليا
country-de = ألمانيا

## Service names, as the services write them

directory-ht-cnltp = Comité National de Lutte contre la Traite des Personnes (CNLTP)
directory-sn-child-116 = Ligne verte 116 (Ministère de la Femme, protection de l'enfant)
directory-cm-minas-1503 = Ligne verte MINAS contre la traite et le trafic des personnes (avec l'OIM)
directory-cm-minas-1523 = Ligne verte 1523 (MINAS, OIM)
directory-cm-minas-reception = Centre d'écoute et de transit (MINAS), Elig-Essono, Yaoundé
directory-do-pett = Procuraduría Especializada contra el Tráfico Ilícito de Migrantes y la Trata de Personas (PETT)
directory-do-puerto-plata-line = Mesa de Investigación Judicial de Puerto Plata (línea contra la trata)
directory-et-hotline-8797 = National anti-trafficking hotline 8797 (Ministry of Justice, IOM)
directory-et-mfa-emergency-centre = MFA Situation Monitoring and Emergency Service Center
directory-bb-police-tip = Barbados Police Service: report human trafficking
directory-bb-crisis-hotline = Crisis Hotline (government anti-trafficking campaign)
directory-bs-trafficking-hotline = Trafficking in Persons Hotline (Ministry of National Security)
directory-gy-tip-hotline = TIP Hotline (Ministry of Home Affairs, Ministerial Taskforce on TIP)
directory-gy-tip-hotline-es-pt = Spanish / Portuguese TIP hotline (Ministry of Human Services, C-TIP Unit)
directory-jm-jcf-anti-tip = Jamaica Constabulary Force, Anti-TIP unit
directory-gh-ahtu = Anti-Human Trafficking Unit, Ghana Police CID
directory-ke-gbv-helpline-1195 = National GBV helpline 1195 (Healthcare Assistance Kenya)
directory-ke-child-helpline-116 = Child Helpline 116 (Childline Kenya)
directory-ke-police-sgbv = National Police Service SGBV line
directory-ke-diaspora-call-centre = Diaspora Affairs 24-hour Call Centre (State Department for Diaspora Affairs)
directory-ke-consulate-jeddah-hotline = Kenya Consulate in Jeddah: 24-hour emergency hotline
directory-ke-embassy-abu-dhabi = Embassy of Kenya, Abu Dhabi
directory-ke-consulate-dubai = Consulate General of Kenya, Dubai
directory-us-dol-whd = U.S. Department of Labor, Wage and Hour Division
directory-ca-tfw-tip-line = Service Canada tip line: abuse of temporary foreign workers
directory-gb-crimestoppers = Crimestoppers
directory-gb-glaa = Gangmasters and Labour Abuse Authority (GLAA)
directory-gb-acas = Acas helpline
directory-lb-nextcare = NEXtCARE (UNHCR health partner)
directory-lb-moph = Ministry of Public Health
directory-lb-unhcr-call-centre = UNHCR National Call Center
directory-sa-mhrsd-19911 = Ministry of Human Resources and Social Development (MHRSD), unified number
directory-ae-800save = National trafficking hotline 800SAVE (Ewaa)
directory-ae-ewaa-shelters = Ewaa shelters (Abu Dhabi Center for Sheltering and Humanitarian Care)
directory-ae-mohre-80060 = Ministry of Human Resources and Emiratisation (MoHRE) call centre
directory-ae-mohre-600590000 = MoHRE call centre (other number)
directory-qa-mol-16008 = Ministry of Labour hotline
directory-qa-mol-sms-92727 = Ministry of Labour SMS complaint line
directory-om-rop-hotline = Royal Oman Police hotline (human trafficking)
directory-jo-mol-hotlines = Ministry of Labour hotlines
directory-th-mol-1694 = Department of Employment call centre 1694 (Ministry of Labour)
directory-th-msdhs-1300 = Ministry of Social Development and Human Security hotline 1300
directory-th-international-hotline = Thai international hotline (for Thais abroad)
directory-kh-police-hotline-117 = National Police hotline 117 (illegal detention, trafficking)
directory-kh-kampong-cham-police = Kampong Cham Provincial Police anti-trafficking office
directory-br-disque-100 = Disque 100 – Disque Direitos Humanos
directory-br-ligue-180 = Ligue 180
directory-mx-lnctp = Línea Nacional contra la Trata de Personas (Consejo Ciudadano)
directory-fr-114-sms = 114 par SMS (urgence, appel discret)
directory-fr-116006 = 116 006 – France Victimes
directory-fr-116006-from-abroad = France Victimes, from abroad
directory-es-police-trafficking-line = Policía Nacional: línea contra la trata
directory-es-amar-dragoste = Amar Dragoste
directory-it-numero-verde-antitratta = Numero Verde Anti-tratta
directory-it-1522 = 1522 – antiviolenza e stalking
directory-de-hilfetelefon = Hilfetelefon „Gewalt gegen Frauen“
directory-de-weisser-ring-116006 = WEISSER RING Opfer-Telefon 116 006
directory-tt-counter-trafficking-unit = Counter Trafficking Unit (Ministry of National Security)
    .description = وحدة إنفاذ القانون لمكافحة الاتجار بالبشر في ترينيداد وتوباغو. الاتصال مجاني.
directory-za-salvation-army-line = Salvation Army anti-trafficking line
    .description = خط لجيش الخلاص بشأن الاتجار بالبشر. تُحال المعلومات إلى شرطة جنوب أفريقيا.

## The app's find-help screens

directory-filter-from = البلد الذي جئت منه
directory-error-language-unknown = هذا ليس رمز لغة. استخدم/ي حرفين، مثل en أو fr أو ht أو sw.
directory-code-submit = استخدم/ي هذا الرمز
directory-filters-done = تم
directory-from-now = المختار
directory-from-assumed = { $country } (حسب لغتك)
directory-from-not-set = لم يُختر
directory-from-clear = لا شيء: لا تستخدم/ي أي بلد
