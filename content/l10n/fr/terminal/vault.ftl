## The vault: words only the terminal's commands show

vault-wipe-needs-yes = Pour tout effacer, ajoutez --yes.
vault-enter-pin = Entrez votre code PIN :
vault-enter-new-pin = Entrez le nouveau code PIN :
vault-error-passphrase-short = La phrase secrète doit avoir au moins { $min } caractères.
