## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = Ce paquet de contenu casserait le contenu de l'application ({ $file }, ligne { $line }). Rien n'a été modifié.
error-pack-file = Le fichier n'a pas pu être lu ou écrit (un fichier existant n'est jamais remplacé).
error-pack-key-file = Le fichier de clé de signature est illisible ou n'est pas une clé de signature.
error-pack-kind = Le type de paquet doit être full, directory ou locale : suivi d'une étiquette de langue.
pack-verified = Paquet de contenu authentique { $id } ({ $kind }), version { $version }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } : il peut être installé.
pack-built = Paquet de contenu { $id } ({ $kind }) créé et signé, version { $version }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }.
pack-exported = Paquet de contenu { $id } écrit dans le fichier, tel qu'il a été installé, pour le transmettre.
pack-keygen-private = Clé de signature privée écrite. Gardez-la hors ligne et ne la partagez ni ne la publiez jamais.
pack-keygen-public = Clé publique à ajouter aux clés de confiance : { $key }
pack-inspect-summary = Paquet de contenu { $id } ({ $kind }), version { $version }, demande le cœur { $core } ou plus récent
pack-inspect-signer = Signé par { $key } ({ $trust })
pack-signer-trusted = de confiance pour cette application
pack-signer-untrusted = pas de confiance pour cette application
