## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = تعذّرت كتابة الملف. تأكد/ي من وجود المجلد ومن إمكانية الكتابة فيه.
workshop-export-exists = هذا الملف موجود بالفعل. اختر/ي اسمًا آخر، أو أضف/ي --force لاستبداله.
workshop-export-written = حُفظ الملخص في الملف.
