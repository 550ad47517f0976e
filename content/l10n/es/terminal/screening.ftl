## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Pega el texto y luego pulsa Intro en una línea vacía.
screening-error-bad-json = No se pudo leer la entrada. Debe ser JSON con la forma documentada.
