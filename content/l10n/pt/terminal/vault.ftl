## The vault: words only the terminal's commands show

vault-wipe-needs-yes = Para apagar tudo, acrescente --yes.
vault-enter-pin = Escreva o seu PIN:
vault-enter-new-pin = Escreva o novo PIN:
vault-error-passphrase-short = A frase-passe precisa de pelo menos { $min } caracteres.
