## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = Pakè kontni sa a ta kraze kontni aplikasyon an ({ $file }, liy { $line }). Anyen pa chanje.
error-pack-file = Nou pa t ka li oswa ekri fichye a (nou pa janm ekri sou yon fichye ki deja egziste).
error-pack-key-file = Nou pa ka li fichye kle siyati a oswa se pa yon kle siyati.
error-pack-kind = Kalite pakè a dwe full, directory oswa locale: swiv pa yon etikèt lang.
pack-verified = Pakè kontni otantik { $id } ({ $kind }), vèsyon { $version }, { $files } fichye: ou ka enstale l.
pack-built = Pakè kontni { $id } ({ $kind }) fèt e siyen, vèsyon { $version }, { $files } fichye.
pack-exported = Pakè kontni { $id } ekri nan fichye a, jan li te enstale a, pou pase l bay lòt moun.
pack-keygen-private = Kle siyati prive a ekri. Kenbe l san entènèt, pa janm pataje l ni pibliye l.
pack-keygen-public = Kle piblik pou mete nan kle konfyans yo: { $key }
pack-inspect-summary = Pakè kontni { $id } ({ $kind }), vèsyon { $version }, bezwen nwayo { $core } oswa pi nouvo
pack-inspect-signer = Siyen pa { $key } ({ $trust })
pack-signer-trusted = aplikasyon sa a fè l konfyans
pack-signer-untrusted = aplikasyon sa a pa fè l konfyans
