## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Collez le texte, puis appuyez sur Entrée sur une ligne vide.
screening-error-bad-json = L'entrée n'a pas pu être lue. Elle doit être du JSON de la forme documentée.
