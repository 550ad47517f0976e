//! Recruiters' words in Arabic dialects and Swahili registers that the scan had no words
//! for: Iraqi "انطيني جوازك" and "دز الفلوس", Levantine "منقطعلك من معاشك", Gulf "تقص من
//! راتبك", Egyptian "ما فضل غير كام مكان", Maghrebi "نهربوك" and "ما عندناش مقر", forged
//! passports and "البلم" crossings, work visas offered for sale, relatives and fiancés with
//! a job waiting; Sheng "niko na connection", "pesa ndefu", Congolese "tuma ela", "hutapata
//! mshahara". Each sign is found; the same words in fair use stay quiet. Sentences written
//! for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn contract_substitution_risk_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "هذا العقد عشان السفارة بس والراتب الحقيقي غير",
            "contract_substitution_risk",
        ),
        (
            "ar",
            "العقد اللي هنا للفيزا فقط، هناك تمضي عقد جديد",
            "contract_substitution_risk",
        ),
        (
            "ar",
            "الراتب المكتوب بالعقد مش هو اللي بتاخده",
            "contract_substitution_risk",
        ),
        (
            "ar",
            "هاد الكونطرا غير للقنصلية",
            "contract_substitution_risk",
        ),
        (
            "sw",
            "Mkataba huu ni wa kuonyesha ubalozini tu",
            "contract_substitution_risk",
        ),
        (
            "sw",
            "Huko utapewa mkataba mpya wenye mshahara tofauti",
            "contract_substitution_risk",
        ),
    ]);
}

#[test]
fn document_handover_in_arabic_and_swahili_words() {
    assert_flagged(&[
        ("ar", "سلم جوازك للكفيل أول ما توصل", "document_handover"),
        ("ar", "جيبي الباسبور تبعك ومنخليه عنا", "document_handover"),
        ("ar", "انطيني جوازك حتى نسوي الفيزا", "document_handover"),
        ("ar", "جيب الجواز بتاعك وخليهو معانا", "document_handover"),
        (
            "ar",
            "عطيني الباسبور ديالك نديرو ليك الفيزا",
            "document_handover",
        ),
        ("ar", "اعطيني الباسبور متاعك", "document_handover"),
        (
            "ar",
            "يرجى تسليم جواز السفر الأصلي إلى المكتب",
            "document_handover",
        ),
        (
            "ar",
            "الجواز يبقى مع الكفيل طول مدة العقد",
            "document_handover",
        ),
        ("ar", "دزلي جوازك الاصلي بالبريد", "document_handover"),
        ("ar", "الكفيل راح يشيل جوازك عنده", "document_handover"),
        (
            "ar",
            "الباسبور يظل عندي لين تخلص العقد",
            "document_handover",
        ),
        ("ar", "خلي جوازك عند السايق", "document_handover"),
        ("ar", "الجوازات تنحفظ عند الشركة", "document_handover"),
        (
            "ar",
            "الجواز راح يكون عند الكفيل عشان ما تهربين",
            "document_handover",
        ),
        ("ar", "سلمي بطاقتك وجوازك لصاحب البيت", "document_handover"),
        ("ar", "جوازك يبقى بالخزنة عند المدير", "document_handover"),
        (
            "ar",
            "ابعتيلي الباسبور الاصلي مع السواق",
            "document_handover",
        ),
        ("ar", "لازم تتركي جواز السفر عند المكتب", "document_handover"),
        ("ar", "عطي الباسبور للسمسار", "document_handover"),
        ("ar", "الباسبور يقعد عند الباطرون", "document_handover"),
        ("ar", "سلم الجواز للوكيل في المطار", "document_handover"),
        ("ar", "خلي الجواز مع المندوب", "document_handover"),
        ("ar", "هات الجواز بتاعك للمكتب", "document_handover"),
        (
            "ar",
            "الجوازات تنسحب منكم أول ما توصلون",
            "document_handover",
        ),
        (
            "ar",
            "جواز السفر يستلمه الكفيل عند الوصول",
            "document_handover",
        ),
        (
            "ar",
            "يحتفظ صاحب العمل بجوازك طوال العقد",
            "document_handover",
        ),
        (
            "sw",
            "Leta passport yako ofisini tuiweke",
            "document_handover",
        ),
        ("sw", "Madam atashika passport yako", "document_handover"),
        (
            "sw",
            "Nipe pasipoti yako nikutafutie visa",
            "document_handover",
        ),
        ("sw", "Achia agent kitambulisho chako", "document_handover"),
        (
            "sw",
            "Passport utaiacha kwa boss mpaka contract iishe",
            "document_handover",
        ),
        (
            "sw",
            "Kuja na pasipoti original tutaikeep hapa",
            "document_handover",
        ),
        ("sw", "Passport yako itakaa na mimi", "document_handover"),
        (
            "sw",
            "Nikabidhi pasipoti yako nikuwekee",
            "document_handover",
        ),
        ("sw", "Tutakuchukulia passport ukifika", "document_handover"),
        (
            "sw",
            "Tuma passport yako original kwa DHL",
            "document_handover",
        ),
        (
            "sw",
            "Pasipoti itakuwa kwa mwenye nyumba",
            "document_handover",
        ),
        ("ar", "ابعتلي الpassport بتاعك", "document_handover"),
        ("ar", "سلم الباسبورت للمندوب", "document_handover"),
        ("ar", "جوازك راح يكون عندي لحد ما توصل", "document_handover"),
        ("ar", "اترك جوازك عندنا بالمكتب", "document_handover"),
    ]);
}

#[test]
fn irregular_travel_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "تدخل بفيزا زيارة وبعدين نحولها إقامة",
            "irregular_travel",
        ),
        (
            "ar",
            "هتسافر بتأشيرة سياحة وهناك نظبطلك الورق",
            "irregular_travel",
        ),
        ("ar", "منفوتك عالحدود بالليل", "irregular_travel"),
        ("ar", "نطلعك طريق تركيا تهريب", "irregular_travel"),
        ("ar", "نوصلك ليبيا بالعربية عبر الصحراء", "irregular_travel"),
        (
            "ar",
            "لو سألوك في المطار قول رايح تزور أهلك",
            "irregular_travel",
        ),
        ("ar", "مش محتاج تأشيرة احنا بنعديك", "irregular_travel"),
        ("ar", "بالبلم لليونان من تركيا", "irregular_travel"),
        ("ar", "نجيبلك فيزا عمرة وتشتغل هناك", "irregular_travel"),
        ("ar", "تسافر بفيزا سياحية وتشتغل عادي", "irregular_travel"),
        ("ar", "بنطلعلك جواز مزور", "irregular_travel"),
        ("ar", "بنهربك على ايطاليا بالمركب", "irregular_travel"),
        ("ar", "بتروحي بفيزا سياحة وهناك بتشتغلي", "irregular_travel"),
        ("ar", "ندخلك عن طريق البر بدون ختم", "irregular_travel"),
        ("ar", "تدخل سوريا ومنها لبنان بالتهريب", "irregular_travel"),
        ("ar", "لو حد سألك بالمطار قول جاي سياحة", "irregular_travel"),
        ("ar", "نطلعلك فيزا زيارة وتشتغل عادي", "irregular_travel"),
        ("ar", "بنعبر البحر للطليان بالفلوكة", "irregular_travel"),
        ("ar", "تسافر على أساس سائح", "irregular_travel"),
        (
            "ar",
            "الرحلة بحرا من زوارة إلى لامبيدوزا",
            "irregular_travel",
        ),
        ("ar", "نقطعوك للجهة الاخرى بالليل", "irregular_travel"),
        ("ar", "ما تحتاج فيزا ندخلك من الجبل", "irregular_travel"),
        ("ar", "قول للضابط انك رايح لعند خالتك", "irregular_travel"),
        ("ar", "الحرقة من صفاقس في الفلوكة", "irregular_travel"),
        ("ar", "نعديك الحدود لليبيا بالليل", "irregular_travel"),
        ("ar", "ندخلوك لاسبانيا بلا فيزا", "irregular_travel"),
        ("ar", "الفيزا سياحية بس تخدم عادي", "irregular_travel"),
        ("ar", "تطلع على أساس عمرة وتقعد تشتغل", "irregular_travel"),
        ("ar", "نهربوك لسبتة عوم", "irregular_travel"),
        (
            "ar",
            "تدخل على تأشيرة زيارة عائلية وتشتغل",
            "irregular_travel",
        ),
        ("ar", "الدخول عن طريق اليمن بدون اوراق", "irregular_travel"),
        (
            "ar",
            "فيزا سياحة شهر وبعدين تجدد وتشتغل",
            "irregular_travel",
        ),
        ("ar", "ما يحتاج جواز ندبرلك اوراق", "irregular_travel"),
        (
            "sw",
            "Utaenda na visa ya kutembelea halafu tutakubadilishia",
            "irregular_travel",
        ),
        (
            "sw",
            "Hakuna haja ya passport, tutavuka kwa boda",
            "irregular_travel",
        ),
        (
            "sw",
            "Ukiulizwa uwanjani sema unaenda likizo",
            "irregular_travel",
        ),
        (
            "sw",
            "Utasafiri kupitia Uganda bila kibali cha kazi",
            "irregular_travel",
        ),
        (
            "sw",
            "Tutakuvukisha kwa njia ya bahari hadi Yemen",
            "irregular_travel",
        ),
        (
            "sw",
            "Utaingia na visit visa kisha utafanya kazi",
            "irregular_travel",
        ),
        (
            "sw",
            "Utapita njia ya panya hadi Tanzania",
            "irregular_travel",
        ),
        (
            "sw",
            "Hatuhitaji visa, tutavuka Malaba usiku",
            "irregular_travel",
        ),
        (
            "sw",
            "Utaenda kama mtalii kisha utaanza kazi",
            "irregular_travel",
        ),
        (
            "sw",
            "Ukifika uwanja wa ndege sema unatembelea shangazi",
            "irregular_travel",
        ),
        (
            "sw",
            "Tutakupeleka kwa lori hadi Afrika Kusini bila karatasi",
            "irregular_travel",
        ),
        (
            "sw",
            "Utaingia Saudi kwa visa ya umra kisha ubaki",
            "irregular_travel",
        ),
        ("ar", "نجيبلك فيزا زيارة ومنها تشتغل", "irregular_travel"),
        ("ar", "تطلع بفيزا سياحيه وبعدين تشتغل", "irregular_travel"),
        (
            "ar",
            "نوصلك تركيا وبعدين اليونان بالتهريب",
            "irregular_travel",
        ),
    ]);
}

#[test]
fn no_written_contract_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "ما في داعي للعقد هلق، كلشي بينحل هناك",
            "no_written_contract",
        ),
        (
            "ar",
            "العقد مش مهم احنا ناس بنثق ببعض",
            "no_written_contract",
        ),
        ("ar", "الاتفاق بالكلمة وبس", "no_written_contract"),
        (
            "ar",
            "العقد بالانجليزي بس وقع وما عليك",
            "no_written_contract",
        ),
        (
            "ar",
            "ماكاين لا كونطرا لا والو، غير الكلمة",
            "no_written_contract",
        ),
        (
            "sw",
            "Mkataba hauna haja, tunaaminiana",
            "no_written_contract",
        ),
        (
            "sw",
            "Tutaongea mdomoni tu, hakuna makaratasi",
            "no_written_contract",
        ),
        ("sw", "Mkataba utasaini ukifika huko", "no_written_contract"),
    ]);
}

#[test]
fn online_scam_centre_pattern_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "شغل خدمة عملاء في كمبوديا التذكرة والفيزا علينا",
            "online_scam_centre_pattern",
        ),
        (
            "ar",
            "مطلوب موظفين تسويق الكتروني في تايلاند السكن والتذاكر مجانا",
            "online_scam_centre_pattern",
        ),
        (
            "ar",
            "شغل في ميانمار تداول عملات رقمية",
            "online_scam_centre_pattern",
        ),
        (
            "sw",
            "Kazi ya customer care Thailand, tiketi bure",
            "online_scam_centre_pattern",
        ),
        (
            "sw",
            "Kazi ya kuchati na wateja Myanmar, hakuna uzoefu, tiketi na visa zinalipwa",
            "online_scam_centre_pattern",
        ),
    ]);
}

#[test]
fn pressure_to_decide_in_arabic_and_swahili_words() {
    assert_flagged(&[
        ("ar", "آخر فرصة باقي ثلاث أماكن بس", "pressure_to_decide"),
        ("ar", "لازم ترد علي اليوم", "pressure_to_decide"),
        ("ar", "ما تقول لأهلك", "pressure_to_decide"),
        ("ar", "لا تكول لأحد", "pressure_to_decide"),
        ("ar", "الحق نفسك الأماكن قربت تخلص", "pressure_to_decide"),
        ("ar", "ما تقول والو لعائلتك", "pressure_to_decide"),
        ("ar", "الفرصة دي ما بتتكررش", "pressure_to_decide"),
        ("ar", "الطيارة باجر ولازم تقرر الحين", "pressure_to_decide"),
        ("ar", "العرض ينتهي الليلة", "pressure_to_decide"),
        ("ar", "لا تخبرين أحد عن السفر", "pressure_to_decide"),
        (
            "ar",
            "ردي علي قبل بكرة والا بعطي المكان لغيرك",
            "pressure_to_decide",
        ),
        ("ar", "المقاعد محدودة سارع بالتسجيل", "pressure_to_decide"),
        ("ar", "سارع بالحجز العدد محدود", "pressure_to_decide"),
        ("ar", "باقي مقعدين بس", "pressure_to_decide"),
        ("ar", "خلي الموضوع بيناتنا", "pressure_to_decide"),
        ("ar", "لا تقول لأبوك ولا لأمك", "pressure_to_decide"),
        (
            "ar",
            "اذا ما دفعتي اليوم بتروح عليك الفرصة",
            "pressure_to_decide",
        ),
        ("ar", "ما تعلمي حد بالموضوع", "pressure_to_decide"),
        ("ar", "سارعوا فالأماكن محدودة", "pressure_to_decide"),
        ("ar", "زرب راسك البلايص قربو يكملو", "pressure_to_decide"),
        ("ar", "ما تقول حتى لواحد", "pressure_to_decide"),
        ("ar", "لازم تقرر قبل الجمعة", "pressure_to_decide"),
        ("ar", "الحق ما فضل غير كام مكان", "pressure_to_decide"),
        (
            "ar",
            "القرار لازم اليوم قبل ما تروح الفرصة",
            "pressure_to_decide",
        ),
        ("ar", "الوقت ضيق لازم تحول الليلة", "pressure_to_decide"),
        (
            "ar",
            "هاد الشي بيناتنا ما تقول لحتى واحد",
            "pressure_to_decide",
        ),
        ("ar", "سارع قبل نفاذ الاماكن", "pressure_to_decide"),
        (
            "sw",
            "Nafasi zimebaki tatu tu, lipa leo",
            "pressure_to_decide",
        ),
        ("sw", "Usimwambie mama yako", "pressure_to_decide"),
        ("sw", "Ofa inaisha kesho", "pressure_to_decide"),
        (
            "sw",
            "Fanya haraka bro, slots zinaisha",
            "pressure_to_decide",
        ),
        (
            "sw",
            "Jibu leo la sivyo nafasi inaenda kwa mtu mwingine",
            "pressure_to_decide",
        ),
        (
            "sw",
            "Hii ni kati yangu na wewe, usipost",
            "pressure_to_decide",
        ),
        (
            "sw",
            "Usiambie mtu yeyote kuhusu safari hii",
            "pressure_to_decide",
        ),
        ("sw", "Nafasi ni tatu tu zimebaki", "pressure_to_decide"),
        (
            "sw",
            "Kesho ndio mwisho, lipa sasa hivi",
            "pressure_to_decide",
        ),
        ("sw", "Weka siri hii", "pressure_to_decide"),
        (
            "sw",
            "Watu ni wengi wanasubiri nafasi hii, amua sasa hivi",
            "pressure_to_decide",
        ),
        ("sw", "Usimshirikishe mtu yeyote", "pressure_to_decide"),
        (
            "ar",
            "اذا ما رديت اليوم بدور على غيرك",
            "pressure_to_decide",
        ),
        ("ar", "اخر فرصه اليوم", "pressure_to_decide"),
    ]);
}

#[test]
fn recruitment_debt_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "نسلفك قيمة التذكرة وتنقص من راتبك كل شهر",
            "recruitment_debt",
        ),
        ("ar", "هنخصمهم من مرتبك على ست شهور", "recruitment_debt"),
        ("ar", "منقطعلك ياهن من معاشك كل شهر", "recruitment_debt"),
        ("ar", "نكطعهن من راتبك على دفعات", "recruitment_debt"),
        ("ar", "بنقطعها من ماهيتك", "recruitment_debt"),
        ("ar", "غادي نحيدوها ليك من الخلصة", "recruitment_debt"),
        (
            "ar",
            "تشتغل أول ست شهور ببلاش عشان تسدد الفيزا",
            "recruitment_debt",
        ),
        ("ar", "المكتب يدفع عنك وترجعها من شغلك", "recruitment_debt"),
        ("ar", "تستقطع التكاليف من راتبك الشهري", "recruitment_debt"),
        (
            "ar",
            "الكفيل يدفع كل شي وبعدين تسدده من الراتب",
            "recruitment_debt",
        ),
        ("ar", "اول 4 رواتب تروح للمكتب", "recruitment_debt"),
        (
            "ar",
            "الكفيل دفع حق الفيزا وانتي تشتغلين لين تسددين",
            "recruitment_debt",
        ),
        (
            "ar",
            "نص راتبك يروح للمكتب لين تخلص الديون",
            "recruitment_debt",
        ),
        ("ar", "عليك دين للمكتب 3000 دولار", "recruitment_debt"),
        (
            "ar",
            "المدام تقص من راتبك كل شهر حق الفيزا",
            "recruitment_debt",
        ),
        ("ar", "بنخصم قيمة التذكرة من رواتبك", "recruitment_debt"),
        (
            "ar",
            "بالشغل هناك ما تقبض شي لحد ما تغطي المصاريف",
            "recruitment_debt",
        ),
        ("ar", "المصاريف بتنخصم من معاشك الأول", "recruitment_debt"),
        (
            "ar",
            "الباطرون يخلص عليك الفيزا ومن بعد يحيدها من الخلصة",
            "recruitment_debt",
        ),
        ("ar", "نقصوهم ليك من الشهرية كل شهر", "recruitment_debt"),
        (
            "ar",
            "الكفيل بيقطع من ماهيتك لحدي ما تسدد",
            "recruitment_debt",
        ),
        ("ar", "حيخصموا التذكرة من مرتبك", "recruitment_debt"),
        ("ar", "الراتب الأول والثاني يروح للوكيل", "recruitment_debt"),
        (
            "ar",
            "الفيزا دين عليك وتسددها على اقساط من راتبك",
            "recruitment_debt",
        ),
        (
            "ar",
            "تشتغل سنة كاملة بدون ما تاخذ ريال حتى تخلص حق الفيزا",
            "recruitment_debt",
        ),
        (
            "ar",
            "الشركة تدفع وانت تسدد لها بعدين من معاشك",
            "recruitment_debt",
        ),
        (
            "sw",
            "Tutakukata kwa mshahara mpaka deni liishe",
            "recruitment_debt",
        ),
        (
            "sw",
            "Utafanya kazi miezi mitatu bila kulipwa",
            "recruitment_debt",
        ),
        (
            "sw",
            "Boss atakulipia tiketi, utamrudishia kidogo kidogo",
            "recruitment_debt",
        ),
        (
            "sw",
            "Gharama zote zitakatwa kwa salary yako",
            "recruitment_debt",
        ),
        (
            "sw",
            "Agency inakulipia kila kitu halafu unalipa ukianza kazi",
            "recruitment_debt",
        ),
        (
            "sw",
            "Tutakatia salary ya miezi miwili ya kwanza",
            "recruitment_debt",
        ),
        (
            "sw",
            "Utalipa deni la tiketi kwa mshahara wako",
            "recruitment_debt",
        ),
        (
            "sw",
            "Tutakata pesa ya visa kwenye salary kila mwezi",
            "recruitment_debt",
        ),
        (
            "sw",
            "Mwezi wa kwanza na wa pili hautapata mshahara, ni wa kulipa tiketi",
            "recruitment_debt",
        ),
        (
            "sw",
            "Tutakulipia kila kitu, utarudisha ukipata kazi",
            "recruitment_debt",
        ),
        (
            "ar",
            "التذكرة سلفة من الشركة تنخصم شهريا",
            "recruitment_debt",
        ),
        ("ar", "بنسلفك الفلوس وبترجعها لما تشتغل", "recruitment_debt"),
    ]);
}

#[test]
fn recruitment_fee_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "لازم تدفع 20 ألف جنيه تمن الفيزا والتذكرة",
            "recruitment_fee",
        ),
        (
            "ar",
            "الفيزا بـ 45 ألف جنيه والدفع كاش في المكتب",
            "recruitment_fee",
        ),
        ("ar", "بدك تدفع 500 دولار لتطلع الفيزا", "recruitment_fee"),
        (
            "ar",
            "تنطي مليونين دينار للمكتب وتطلع الفيزا",
            "recruitment_fee",
        ),
        ("ar", "عليك تنطينا 1500 دولار حق الفيزا", "recruitment_fee"),
        ("ar", "داير منك 300 الف جنيه عشان الفيزا", "recruitment_fee"),
        (
            "ar",
            "حق الفيزه 5000 ريال سعودي تسلمها للوكيل",
            "recruitment_fee",
        ),
        ("ar", "خاصك تخلص 2 مليون ديال الفيزا", "recruitment_fee"),
        ("ar", "لازمك تخلص 3000 دينار على الكونترا", "recruitment_fee"),
        (
            "ar",
            "يتوجب عليك سداد رسوم معالجة الطلب بقيمة 250 دولار",
            "recruitment_fee",
        ),
        (
            "ar",
            "رسوم فتح الملف 150 دولار تدفع مقدما",
            "recruitment_fee",
        ),
        (
            "ar",
            "حول 200 دولار على الرقم عشان نحجزلك مكان",
            "recruitment_fee",
        ),
        (
            "ar",
            "المطلوب منك 700 دينار بس والباقي علينا",
            "recruitment_fee",
        ),
        ("ar", "ادفع قيمة الفحص الطبي 100 دولار", "recruitment_fee"),
        ("ar", "دز الفلوس على زين كاش", "recruitment_fee"),
        (
            "ar",
            "تكلفة الفيزا 2000 دولار تدفعها قبل السفر",
            "recruitment_fee",
        ),
        ("ar", "الفيزا عليك والتذكرة على الكفيل", "recruitment_fee"),
        ("ar", "سعر الفيزا 1200 دينار كويتي", "recruitment_fee"),
        ("ar", "بيع فيزا عمل للسعودية بسعر مناسب", "recruitment_fee"),
        (
            "ar",
            "نبيع تأشيرات عمل للكويت تواصل معنا",
            "recruitment_fee",
        ),
        ("ar", "المبلغ 600 دولار يتسلم يد بيد", "recruitment_fee"),
        (
            "ar",
            "قبل ما نبدأ لازم تحولنا 300 دولار للملف",
            "recruitment_fee",
        ),
        (
            "ar",
            "كلفة العقد 800 دينار وتندفع كاملة قبل السفر",
            "recruitment_fee",
        ),
        ("ar", "الي يبي يسافر يجهز 2000 ريال", "recruitment_fee"),
        ("ar", "جهزي 500 دينار للمعاملة", "recruitment_fee"),
        ("ar", "اتعاب المكتب 400 دينار", "recruitment_fee"),
        (
            "ar",
            "ادفع الدفعة الاولى 250 دولار والباقي بعد الفيزا",
            "recruitment_fee",
        ),
        (
            "ar",
            "رسوم التدريب والسكن 350 دولار غير مستردة",
            "recruitment_fee",
        ),
        (
            "ar",
            "بتدفعلي ألفين دولار وأنا بخلصلك كل شي",
            "recruitment_fee",
        ),
        ("ar", "خلص 15 الف درهم وخد الكونطرا", "recruitment_fee"),
        ("ar", "ادفع 150 دينار ثمن الملف", "recruitment_fee"),
        (
            "ar",
            "خاصك تخلص 3 مليون ديال الكونطرا قبل ما تمشي",
            "recruitment_fee",
        ),
        ("ar", "الكونترا بـ 9 ملاين تخلصها للسمسار", "recruitment_fee"),
        (
            "ar",
            "لازم تدفع 200 الف جنيه للسمسار عشان العقد",
            "recruitment_fee",
        ),
        ("ar", "ادفع 50 الف ريال يمني للوكيل", "recruitment_fee"),
        ("ar", "تخلص 4000 دينار و نوجدلك الفيزا", "recruitment_fee"),
        (
            "ar",
            "يرجى تحويل رسوم حجز الوظيفة عبر ويسترن يونيون",
            "recruitment_fee",
        ),
        ("ar", "الدفع مسبقا 300 دولار لضمان المقعد", "recruitment_fee"),
        (
            "ar",
            "رسوم الكشف الطبي والتدريب على المتقدم",
            "recruitment_fee",
        ),
        ("ar", "الفيزة عليك يا غالي 4000 ريال", "recruitment_fee"),
        ("ar", "دفعة اولى مليون دينار عراقي", "recruitment_fee"),
        ("ar", "ادفع بالزين كاش وارسل صورة الوصل", "recruitment_fee"),
        (
            "sw",
            "Lipa elfu hamsini kwa ajili ya visa",
            "recruitment_fee",
        ),
        (
            "sw",
            "Tuma 30k kupitia M-Pesa kwa usajili",
            "recruitment_fee",
        ),
        ("sw", "Ada ya agent ni laki mbili", "recruitment_fee"),
        ("sw", "Toa doh ya visa kwanza, ni 40k", "recruitment_fee"),
        ("sw", "Kuna charges za medical 15,000", "recruitment_fee"),
        (
            "sw",
            "Utatuma pesa ya processing elfu ishirini",
            "recruitment_fee",
        ),
        (
            "sw",
            "Tuma mkwanja wa visa leo, ni 25k tu",
            "recruitment_fee",
        ),
        (
            "sw",
            "Gharama ya kuprocess ni shilingi 80,000",
            "recruitment_fee",
        ),
        (
            "sw",
            "Weka 5000 kwa till number hii kuhifadhi nafasi",
            "recruitment_fee",
        ),
        (
            "sw",
            "Unalipa 150 dollars ya medical na visa",
            "recruitment_fee",
        ),
        (
            "sw",
            "Lazima ulipe dola mia tatu kwa agent kabla ya safari",
            "recruitment_fee",
        ),
        ("sw", "Utoe franga elfu mia kwa viza", "recruitment_fee"),
        ("sw", "Tuma ela ya visa kwa namba hii", "recruitment_fee"),
        ("sw", "Leta 2 milioni ya kuprocess visa", "recruitment_fee"),
        (
            "sw",
            "Ada ya usajili ni elfu kumi, lipa kwa Tigo Pesa",
            "recruitment_fee",
        ),
        (
            "sw",
            "Lipia medical shilingi elfu kumi na tano kabla ya interview",
            "recruitment_fee",
        ),
        (
            "sw",
            "Kila mmoja alete laki moja ya kujiandikisha",
            "recruitment_fee",
        ),
        (
            "sw",
            "Kuna kitu kidogo ya visa, elfu hamsini",
            "recruitment_fee",
        ),
        ("ar", "ادفع الfees بتاعت الvisa 300 دولار", "recruitment_fee"),
        ("ar", "حق المعامله 250 دينار", "recruitment_fee"),
        ("ar", "ابعت الفلوس كاش مع السواق", "recruitment_fee"),
        ("ar", "الاستمارة ب 50 دولار", "recruitment_fee"),
        ("ar", "سعر التقديم 100 ريال", "recruitment_fee"),
    ]);
}

#[test]
fn romance_or_family_recruitment_in_arabic_and_swahili_words() {
    assert_flagged(&[
        (
            "ar",
            "حبيبتي تعالي عندي دبي لقيتلك شغل بمطعم",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "يا قلبي أنا بدفعلك التذكرة وتعالي",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "يا حبيبتي انا هجيبك عندي وهلاقيلك شغل",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "خالتك لقات ليك خدمة ففرنسا",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "ولد عمك بيجيبك عنده ويشغلك بالمحل",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "عمتك دفعت تذكرتك وعندها شغل لك",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "حبيبي بحجزلك تذكرة وتيجي تشتغل معي",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "حبيبتي بعتلك فلوس التذكرة تعالي اشتغلي معي",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "خطيبك بدبي لقالك شغل بصالون",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "اختك بتقلك تعي لعندها في شغل بالمطعم",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "يا عمري انا حجزتلك الطيارة وشغلك جاهز",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "زوجك المستقبلي بيدفع كل شي وتشتغلي عنده",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "خالك بالسعودية عنده لك شغل في محله",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "حبيبي انا بدبرلك الفيزا وتجي عندي",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "حبيبتي جيبي روحك لفرنسا نخلص عليك كلشي ونلقالك خدمة",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "عمك في ليبيا قال عنده خدمة ليك",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "ولد خالتك دبرلك شغل بالكويت والتذكرة عليه",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "يا روحي بحولك حق التذكرة وتعالي تشتغلي عندي بالمحل",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "ابن عمك بيسويلك فيزا ويشغلك عنده",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Mpenzi wangu, nimekutafutia kazi Dubai, nitakulipia tiketi",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Babe nitakutumia nauli uje huku, kazi ipo",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Shangazi yako amekupatia kazi Oman",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Sweetie nikutumie fare uje tuishi pamoja",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Binamu yako amekuwekea kazi Qatar, atalipa tiketi",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Dada yako amekupatia kazi Saudi, atalipia tiketi",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Mpenzi nimekutumia nauli, njoo tufanye kazi pamoja Dubai",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Mjomba amekutafutia kazi ya ndani Oman",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Mume wangu mtarajiwa atanilipia tiketi tukaishi Oman",
            "romance_or_family_recruitment",
        ),
        (
            "sw",
            "Kaka yako amekupatia kazi ya hoteli Dubai",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "حبيبتي انا بكفلك وبتشتغلي عندي بالمحل",
            "romance_or_family_recruitment",
        ),
        (
            "ar",
            "يا غالية تعالي لعندي انا بدبر كل شي",
            "romance_or_family_recruitment",
        ),
    ]);
}

#[test]
fn too_good_to_be_true_in_arabic_and_swahili_words() {
    assert_flagged(&[
        ("ar", "راتب 1500 دولار بدون خبرة", "too_good_to_be_true"),
        ("ar", "شغل سهل وراتب عالي جدا", "too_good_to_be_true"),
        (
            "ar",
            "دخل يصل إلى 3000 دولار شهرياً من البيت",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "لا يشترط مؤهل والراتب 2000 دينار",
            "too_good_to_be_true",
        ),
        ("ar", "خدمة ساهلة وخلاص مزيان", "too_good_to_be_true"),
        (
            "ar",
            "ما يحتاج خبرة والراتب 5000 درهم",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "مش محتاج خبرة والمرتب 20 الف جنيه",
            "too_good_to_be_true",
        ),
        ("ar", "بدون مؤهلات راتب 800 دينار", "too_good_to_be_true"),
        ("ar", "اربح 500 دولار يوميا من تلفونك", "too_good_to_be_true"),
        (
            "ar",
            "الراتب 3000 دولار والسكن مجاني ما تحتاج شهادة",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "مطلوب بنات للعمل بدبي راتب 5000 درهم بدون خبرة",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "دخل شهري 2000 دولار بدون شهادات",
            "too_good_to_be_true",
        ),
        ("ar", "فلوس كثير بشغل بسيط", "too_good_to_be_true"),
        ("ar", "شغل مريح وراتب خيالي", "too_good_to_be_true"),
        (
            "ar",
            "اربحي 300 دولار في الاسبوع وانتي في البيت",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "مش محتاجة خبرة والمرتب 1000 دولار",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "خدمة فإيطاليا بلا ديبلوم والخلاص 1500 اورو",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "شغل في تركيا بدون خبرة راتب 1000 دولار",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "تربح 2000 دولار في الشهر بلا تعب",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "راتب 7000 ريال لعمال بدون اي خبرة",
            "too_good_to_be_true",
        ),
        ("ar", "مضمون تربح 200 دولار باليوم", "too_good_to_be_true"),
        (
            "sw",
            "Mshahara 80k kwa mwezi, hakuna experience inahitajika",
            "too_good_to_be_true",
        ),
        ("sw", "Kazi rahisi, pesa nzuri sana", "too_good_to_be_true"),
        (
            "sw",
            "Hakuna elimu inahitajika, mshahara dola 1000",
            "too_good_to_be_true",
        ),
        ("sw", "Kazi rahisi mshahara mnono", "too_good_to_be_true"),
        (
            "sw",
            "Hakuna uzoefu, mshahara dola 1500",
            "too_good_to_be_true",
        ),
        ("sw", "Pesa ndefu bila kazi ngumu", "too_good_to_be_true"),
        (
            "sw",
            "Kazi ni rahisi sana na pesa ni nyingi",
            "too_good_to_be_true",
        ),
        (
            "sw",
            "Mshahara laki nane kwa mwezi, huhitaji elimu",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "مطلوب شباب للعمل في اوروبا بدون خبره راتب 2500 يورو",
            "too_good_to_be_true",
        ),
        (
            "ar",
            "وظيفة سهلة في كندا راتب 4000 دولار",
            "too_good_to_be_true",
        ),
    ]);
}

#[test]
fn unverifiable_recruiter_in_arabic_and_swahili_words() {
    assert_flagged(&[
        ("ar", "للتواصل واتساب فقط", "unverifiable_recruiter"),
        (
            "ar",
            "اسم الشركة بنقولك بعد ما توصل",
            "unverifiable_recruiter",
        ),
        ("ar", "ما في داعي تعرف اسم الكفيل", "unverifiable_recruiter"),
        (
            "ar",
            "التقديم عبر الرسائل الخاصة فقط",
            "unverifiable_recruiter",
        ),
        ("ar", "راسلني على الخاص للتفاصيل", "unverifiable_recruiter"),
        (
            "ar",
            "عندي واسطة بالجوازات تطلعلك الفيزا",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "عندي واحد بالسفارة يطلعلك الفيزا",
            "unverifiable_recruiter",
        ),
        ("ar", "دزلي رسالة عالخاص", "unverifiable_recruiter"),
        ("ar", "صيفطلي ميساج فالواتساب", "unverifiable_recruiter"),
        (
            "ar",
            "مطلوب عمال لدبي راتب ممتاز للتواصل واتساب 0501234567",
            "unverifiable_recruiter",
        ),
        ("ar", "اسم الكفيل تعرفه لما توصل", "unverifiable_recruiter"),
        (
            "ar",
            "التواصل عن طريق التلجرام فقط",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "اسم العائلة بقولك عليه بعدين",
            "unverifiable_recruiter",
        ),
        ("ar", "ما عندنا مكتب نشتغل اونلاين", "unverifiable_recruiter"),
        ("ar", "ما يحتاج تعرف مين الكفيل", "unverifiable_recruiter"),
        ("ar", "للاستفسار ارسل رسالة واتس", "unverifiable_recruiter"),
        (
            "ar",
            "ابعت رسالة على الرقم ده واتساب",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "عندي واحد يشتغل بالسفارة يخلصلك الفيزا",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "اسم الشركة ما نقدر نقوله هلأ",
            "unverifiable_recruiter",
        ),
        ("ar", "تواصل انبوكس", "unverifiable_recruiter"),
        ("ar", "كلمني على الواتس للتفاصيل", "unverifiable_recruiter"),
        ("ar", "صيفط الميساج فالانبوكس", "unverifiable_recruiter"),
        ("ar", "للتواصل رقم الواتس فقط", "unverifiable_recruiter"),
        (
            "ar",
            "ما عندناش مقر الخدمة كلها اونلاين",
            "unverifiable_recruiter",
        ),
        (
            "ar",
            "انا عندي معارف فالقنصلية يخرجولك الفيزا",
            "unverifiable_recruiter",
        ),
        ("ar", "ارسل بياناتك على الخاص", "unverifiable_recruiter"),
        (
            "ar",
            "الكفيل ما يبي احد يعرف اسمه",
            "unverifiable_recruiter",
        ),
        ("ar", "الاسم والعنوان بعد ما توصل", "unverifiable_recruiter"),
        (
            "ar",
            "شغل بالخليج تواصل ع الرقم واتساب بس",
            "unverifiable_recruiter",
        ),
        ("sw", "Nicheki WhatsApp pekee", "unverifiable_recruiter"),
        (
            "sw",
            "Jina la kampuni nitakwambia ukifika",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Niko na connection kwa ubalozi",
            "unverifiable_recruiter",
        ),
        ("sw", "DM kwa details zaidi", "unverifiable_recruiter"),
        (
            "sw",
            "Kazi Dubai mshahara mzuri, tuma ujumbe WhatsApp 0712345678",
            "unverifiable_recruiter",
        ),
        ("sw", "Nitumie message inbox tu", "unverifiable_recruiter"),
        (
            "sw",
            "Tuma ujumbe kwa WhatsApp pekee",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Jina la tajiri utajua ukifika",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Sina ofisi, tunafanya kazi mtandaoni tu",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Nina mjomba ubalozini atakusaidia visa",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Usiulize sana, wewe lipa tu",
            "unverifiable_recruiter",
        ),
        (
            "sw",
            "Tunapatikana WhatsApp peke yake",
            "unverifiable_recruiter",
        ),
        ("ar", "تواصل عالواتس فقط لا اتصالات", "unverifiable_recruiter"),
        ("ar", "اتصل بس على الواتساب", "unverifiable_recruiter"),
    ]);
}

#[test]
fn fair_look_alikes_stay_quiet() {
    assert_quiet(&[
        ("ar", "الشركة تتحمل جميع التكاليف ولا يدفع العامل أي رسوم"),
        ("ar", "يحتفظ العامل بجواز سفره"),
        ("ar", "حبيبتي مبروك على الشغل الجديد"),
        ("ar", "الراتب 1500 دولار ويشترط خبرة 3 سنوات"),
        ("ar", "آخر موعد للتقديم 15 مارس"),
        ("ar", "تطلب السفارة صورة من جواز السفر"),
        ("ar", "اتصل بنا على الرقم أو زر مكتبنا في شارع الجامعة"),
        ("ar", "خصم التأمينات الاجتماعية من الراتب حسب القانون"),
        ("ar", "أخوي قال إن السفارة نزلت إعلان رسمي على موقعها"),
        ("ar", "يا بنتي بكرة عندك امتحان"),
        ("ar", "الشركة تدفع التذكرة والفيزا والسكن"),
        ("ar", "المطعم يوفر وجبة مجانية للموظفين"),
        ("ar", "يتم دفع تكاليف التأشيرة والتذاكر من قبل صاحب العمل"),
        ("ar", "لا يجوز لصاحب العمل الاحتفاظ بجواز سفر العامل"),
        ("ar", "الراتب 400 دينار حسب الخبرة والمؤهل"),
        (
            "ar",
            "للتقديم أرسل سيرتك الذاتية إلى البريد الإلكتروني للشركة وزر موقعنا",
        ),
        ("ar", "حبيبتي وحشتيني كتير بكرة بتصل فيكي"),
        ("ar", "أختي جاية تزورنا الصيف"),
        ("ar", "ستحصل على عقد عمل مكتوب موقع قبل السفر"),
        ("ar", "نخصم من الراتب التأمينات الاجتماعية فقط"),
        ("ar", "الشركة بتحجزلك التذكرة على حسابها"),
        ("ar", "عمري 25 سنة ودور على شغل"),
        ("ar", "المرتب 8000 جنيه ويشترط خبرة سنتين"),
        ("ar", "الكفيل ملزم بتسليم جواز السفر للعامل"),
        ("ar", "المشغل يتحمل مصاريف الفيزا والتذكرة"),
        (
            "ar",
            "التسجيل مجاني عبر الموقع الرسمي للوكالة الوطنية للتشغيل",
        ),
        ("ar", "راتب 300 دينار مع خبرة لا تقل عن سنة"),
        ("ar", "حبيبتي ماما بتسلم عليكي"),
        ("ar", "خويا خدام في فرنسا وفرحان بخدمتو"),
        ("ar", "لازم نقدم الملف قبل الجمعة للمدرسة"),
        ("ar", "يتم تسليم الجواز للموظف بعد الانتهاء من الإجراءات"),
        ("ar", "الراتب 7000 ريال للمهندسين بخبرة 5 سنوات"),
        ("ar", "الوقت ضيق نحتاج نخلص المشروع"),
        (
            "ar",
            "الشركة تتكفل بالفيزا والتذاكر ولا توجد أي رسوم على العامل",
        ),
        ("sw", "Mwajiri analipa gharama zote za visa na tiketi"),
        ("sw", "Utabaki na pasipoti yako"),
        (
            "sw",
            "Mshahara ni shilingi 40,000 kwa mwezi, uzoefu wa miaka 2 unahitajika",
        ),
        ("sw", "Mwisho wa kutuma maombi ni tarehe 30 Machi"),
        ("sw", "Mpenzi wangu, nakupenda sana, tutaonana kesho"),
        ("sw", "Mama yako amepata kazi mpya hospitalini"),
        ("sw", "Kampuni italipa tiketi na visa, wewe hulipi chochote"),
        ("sw", "Mwajiri hatashika pasipoti yako"),
        (
            "sw",
            "Mshahara ni dola 400, uzoefu wa mwaka mmoja unahitajika",
        ),
        ("sw", "Dada yangu anakuja kunitembelea wiki ijayo"),
        (
            "ar",
            "ارسل سيرتك الذاتية بالبريد الالكتروني الى عنوان الشركة",
        ),
        ("ar", "يتم تسليم جواز السفر للعامل فور وصوله"),
        ("ar", "ودي اسافر اشتغل في قطر"),
        ("ar", "عمري 30 سنة وعندي خبرة في المطاعم"),
        ("ar", "حبيبتي دزيلي صور الحفلة"),
        ("ar", "الفيزا على حساب الشركة ومافي رسوم"),
        ("ar", "اختي جاية تزورنا وبعدين ترجع لشغلها"),
        ("ar", "جهز سيرتك الذاتية وشهاداتك للمقابلة في مقر الشركة"),
        ("ar", "الشركة تحجزلك التذكرة على حسابها"),
        (
            "ar",
            "تحذير: لا تشتري فيزا عمل من أي شخص، بيع التأشيرات ممنوع",
        ),
        ("ar", "المقاعد في الحافلة مريحة"),
        ("sw", "Niko na rafiki yangu nyumbani leo"),
        ("sw", "Kazi ni rahisi kujifunza, tutakufundisha bure"),
        (
            "sw",
            "Tutakuchukulia tiketi ya ndege, pasipoti utabaki nayo wewe mwenyewe",
        ),
        (
            "sw",
            "Usinunue visa kutoka kwa mtu yeyote, ni kinyume cha sheria",
        ),
        (
            "sw",
            "Mshahara wa kwanza utalipwa mwisho wa mwezi kwa benki",
        ),
        ("ar", "لا توجد أي رسوم على المتقدم"),
        ("ar", "الرسوم على صاحب العمل وليس على المتقدم"),
        ("ar", "جميع التكاليف على الشركة ولا شيء على المتقدم"),
        ("ar", "سارع بالتقديم قبل 30 مارس"),
        (
            "sw",
            "Mkataba wa maandishi utasainiwa kabla ya safari mbele ya afisa wa kazi",
        ),
        ("sw", "Mwenye nyumba anaishi ghorofa ya pili"),
        ("ar", "العقد مكتوب بالعربي والانجليزي وتاخذ نسخة قبل السفر"),
        ("ar", "الراتب المكتوب بالعقد 1200 ريال ويحول للبنك"),
        ("ar", "ابعت السيرة الذاتية على الايميل"),
        ("ar", "الشركة تدفع تذكرة الطيران ذهابا وايابا"),
        ("ar", "لا تفكر كثير في الماضي"),
    ]);
}

#[test]
fn levantine_sudanese_and_maghrebi_forms_of_holding_hiding_and_no_contract() {
    // "بيضل عنا" (stays with us), Arabizi "yb9a 3nd" (stays with), "ما في داعي تشوفه" (no
    // need to see it), "ما تسوليش شكون" (don't ask who)
    assert_flagged(&[
        (
            "ar",
            "شغل بأربيل: الباسبور بيضل عنا لحد ما تطلع الإقامة.",
            "document_handover",
        ),
        (
            "ar",
            "Khedma f Doha, l'passport dyalek yb9a 3nd l'patron.",
            "document_handover",
        ),
        (
            "ar",
            "شغل بأربيل براتب منيح. العقد؟ ما في داعي تشوفه هلق.",
            "no_written_contract",
        ),
        (
            "ar",
            "خدمة ف دبي فالفنادق، ما تسوليش شكون المشغل، أنا كنتكلف بكلشي.",
            "unverifiable_recruiter",
        ),
    ]);
}

#[test]
fn a_flight_list_closing_and_dont_be_late_press_the_reader() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            ("sw", "Lipa leo, list ya flight inafungwa kesho."),
            ("ar", "في شغل في قطر، ما تتأخر، الناس كتار."),
        ],
    );
}

#[test]
fn arabic_lures_of_the_building_site_the_spa_the_student_visa_and_the_church_trip() {
    // Sentences written for this test: a visa fee "you pay to the office" (paid to it, not
    // by it), a passport kept after "no experience needed" (the experience is what is not
    // needed), a university "only on paper", a "religious visit" that turns to farm work,
    // "everything paid" beside a wage, money the girl "sends you" monthly
    let cases = [
        (
            "recruitment_fee",
            "مطلوب عمال بناء، الراتب ١٥٠٠ ريال، رسوم الفيزا ٢٥ ألف جنيه تدفعها للمكتب قبل السفر.",
        ),
        (
            "irregular_travel",
            "تعال على فيزا طالب، الجامعة بس على الورق، والشغل بالمطعم من أول يوم.",
        ),
        (
            "irregular_travel",
            "رتبنا سفرك كزيارة دينية، وبعدين بتشتغل في الزراعة.",
        ),
        (
            "too_good_to_be_true",
            "عرض أزياء بتركيا، كل شي مدفوع، راتب ٣٠٠٠ دولار.",
        ),
    ];
    for (flag, text) in cases {
        assert_each_flagged(flag, &[("ar", text)]);
    }
    assert_none_flagged(
        "irregular_travel",
        &[(
            "ar",
            "شغل مساج في سبا بدبي، ما يحتاج خبرة، الجواز نخليه عندنا.",
        )],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "ar",
            "بنت أختي تساعد عمتها في البيت، وتبعتلكم كل شهر ٥٠٠ جنيه.",
        )],
    );
    assert_each_flagged(
        "too_good_to_be_true",
        &[(
            "es",
            "Estudias y trabajas en Rusia, todo pagado y además sueldo de 700 USD.",
        )],
    );
    // the company that pays it is still the payer
    assert_none_flagged("recruitment_fee", &[("ar", "رسوم الفيزا تدفعها الشركة.")]);
}

#[test]
fn a_lovers_demand_to_pay_the_middleman_and_a_passport_with_the_shop_owner_are_found() {
    // Sentences written for this test.
    assert_each_flagged(
        "recruitment_fee",
        &[("ar", "يا حبيبتي، ادفعي ٢٠٠٠ يورو للوسيط والفيزا بتطلع.")],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "ar",
            "شغل في كافيه بأربيل، راتب ١٥٠٠ دولار، والجواز عند صاحب المحل.",
        )],
    );
}
