## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = لا يوجد شيء هنا بعد.
terminal-press-enter = اضغط/ي Enter لرؤية المزيد (q لإغلاق Waymark).
terminal-number-prompt = اكتب/ي رقمًا واضغط Enter.
terminal-answer-prompt = اكتب/ي إجابتك، أو رقمًا من القائمة، واضغط/ي Enter.
terminal-file-saved = حُفظ في هذا المجلد باسم { $file }.
terminal-file-not-saved = تعذّر حفظ { $file } في هذا المجلد (ربما يوجد ملف بهذا الاسم). لم يُكتب شيء.
terminal-file-path = اكتب/ي مسار الملف واضغط Enter (سطر فارغ للرجوع).
terminal-file-unreadable = تعذّرت قراءة هذا الملف. لم يتغير شيء.
