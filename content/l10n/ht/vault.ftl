## Kòf la: PIN, PIN ijans, efase tout

vault-set-pin = Mete yon PIN
vault-change-pin = Chanje PIN lan
vault-remove-pin = Retire PIN lan
vault-set-duress = Mete yon PIN ijans
vault-duress-explain = Si yon moun fòse ou louvri Waymark, tape PIN ijans lan. Waymark ap louvri vid epi l ap efase sa ou te anrejistre.
vault-wipe = Efase tout
vault-wiped = Tout efase.
vault-not-wiped = Anyen pa efase.
vault-pin-set = PIN ou an anrejistre.
vault-pin-changed = PIN ou an chanje.
vault-pin-removed = PIN ou an retire.
vault-duress-set = PIN ijans ou an anrejistre.
vault-enter-duress-pin = Tape PIN ijans lan:

## Erè

vault-error-too-many-attempts = Twòp esè ki pa bon. Eseye ankò nan { $seconds } segonn.
vault-error-device-key = Kòf kle telefòn nan bay yon kle ki pa ka sèvi.
vault-error-key-store = Kòf kle telefòn nan pa disponib kounye a.
vault-error-data-dir = Waymark pa ka sèvi ak dosye done li a. Se pou se yon dosye Waymark ka kreye epi ekri ladan l.
vault-error-no-pin = Pa gen okenn PIN.
vault-error-pin-already-set = Gen yon PIN deja. Ou ka chanje l.
vault-error-pin-format = Yon PIN bezwen { $min } a { $max } karaktè.
vault-error-duress-same = PIN ijans lan dwe diferan de PIN ou.

## Key store, PIN checks, leave no trace

error-key-store = Kle aparèy sa a pa louvri done ou anrejistre yo. Si w itilize yon fraz sekrè, verifye se sa ou te chwazi a.
vault-error-wrong-device-key = Kle aparèy sa a pa louvri done ou anrejistre yo (yo te ranplase l oswa li pèdi, oswa fraz sekrè a diferan). Yo pa konte PIN ou kòm yon erè.
vault-error-common-pin = PIN sa a twò fasil pou devine. Evite yon sèl chif repete (0000), chif youn dèyè lòt (1234, 9876) ak pè ki repete (1212).
vault-enter-new-pin-again = Tape nouvo PIN lan ankò:
vault-kept-until-close = Sa a rete sèlman jiskaske Waymark fèmen: « pa kite tras » aktive, kidonk anyen pa anrejistre.
vault-enter-duress-pin-again = Tape PIN ijans lan ankò:

## Ekran PIN nan aplikasyon an

vault-pin-next = Swivan
