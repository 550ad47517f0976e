## The vault: words only the terminal's commands show

vault-wipe-needs-yes = To delete everything, add --yes.
vault-enter-pin = Enter your PIN:
vault-enter-new-pin = Enter the new PIN:
vault-error-passphrase-short = The passphrase needs at least { $min } characters.
