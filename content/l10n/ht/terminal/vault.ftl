## The vault: words only the terminal's commands show

vault-wipe-needs-yes = Pou efase tout, ajoute --yes.
vault-enter-pin = Tape PIN ou:
vault-enter-new-pin = Tape nouvo PIN lan:
vault-error-passphrase-short = Fraz sekrè a bezwen omwen { $min } karaktè.
