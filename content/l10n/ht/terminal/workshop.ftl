## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = Nou pa t ka ekri fichye a. Verifye dosye a egziste e ou ka ekri ladan l.
workshop-export-exists = Fichye sa a deja egziste. Chwazi yon lòt non, oswa ajoute --force pou ranplase l.
workshop-export-written = Rezime a anrejistre nan fichye a.
