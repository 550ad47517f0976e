## The vault: words only the terminal's commands show

vault-wipe-needs-yes = Para borrar todo, añade --yes.
vault-enter-pin = Escribe tu PIN:
vault-enter-new-pin = Escribe el nuevo PIN:
vault-error-passphrase-short = La frase de contraseña necesita al menos { $min } caracteres.
