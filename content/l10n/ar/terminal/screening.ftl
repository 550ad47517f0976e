## The job-offer check: words only the terminal's commands show

screening-paste-prompt = الصق/ي النص، ثم اضغط/ي Enter على سطر فارغ.
screening-error-bad-json = تعذّرت قراءة المُدخل. يجب أن يكون JSON بالشكل الموثّق.
