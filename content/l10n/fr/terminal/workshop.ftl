## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = Le fichier n'a pas pu être écrit. Vérifiez que le dossier existe et qu'on peut y écrire.
workshop-export-exists = Ce fichier existe déjà. Choisissez un autre nom, ou ajoutez --force pour le remplacer.
workshop-export-written = Le résumé a été enregistré dans le fichier.
