## The terminal's own words for its commands and menus

menu-prompt = اكتب/ي رقمًا ثم اضغط/ي Enter.
menu-quick-exit-hint = اكتب/ي q في أي وقت لإغلاق Waymark فورًا.
menu-goodbye = مع السلامة. ابقَ/ي بأمان.
error-bad-argument = يوجد خيار مفقود أو غير مكتوب بشكل صحيح.
error-not-text = المُدخل ليس نصًا: يجب أن يكون نصًا بترميز UTF-8، لا صورة أو مستندًا أو ملفًا آخر.
