## The vault: words only the terminal's commands show

vault-wipe-needs-yes = Ili kufuta kila kitu, ongeza --yes.
vault-enter-pin = Andika PIN yako:
vault-enter-new-pin = Andika PIN mpya:
vault-error-passphrase-short = Kaulisiri inahitaji angalau herufi { $min }.
