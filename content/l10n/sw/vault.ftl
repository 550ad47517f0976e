## Sefu: PIN, PIN ya dharura, futa kila kitu

vault-set-pin = Weka PIN
vault-change-pin = Badilisha PIN
vault-remove-pin = Ondoa PIN
vault-set-duress = Weka PIN ya dharura
vault-duress-explain = Mtu akikulazimisha kufungua Waymark, andika PIN ya dharura. Waymark itafunguka tupu na kufuta ulichohifadhi.
vault-wipe = Futa kila kitu
vault-wiped = Kila kitu kimefutwa.
vault-not-wiped = Hakuna kilichofutwa.
vault-pin-set = PIN yako imewekwa.
vault-pin-changed = PIN yako imebadilishwa.
vault-pin-removed = PIN yako imeondolewa.
vault-duress-set = PIN yako ya dharura imewekwa.
vault-enter-duress-pin = Andika PIN ya dharura:

## Makosa

vault-error-too-many-attempts = Majaribio mengi mno yasiyo sahihi. Jaribu tena baada ya sekunde { $seconds }.
vault-error-device-key = Hifadhi ya funguo ya simu imetoa funguo isiyotumika.
vault-error-key-store = Hifadhi ya funguo ya simu haipatikani sasa.
vault-error-data-dir = Folda ya data ya Waymark haiwezi kutumika. Lazima iwe folda ambayo Waymark inaweza kuunda na kuandika ndani yake.
vault-error-no-pin = Hakuna PIN iliyowekwa.
vault-error-pin-already-set = PIN tayari imewekwa. Unaweza kuibadilisha.
vault-error-pin-format = PIN inahitaji herufi { $min } hadi { $max }.
vault-error-duress-same = PIN ya dharura lazima iwe tofauti na PIN yako.

## Key store, PIN checks, leave no trace

error-key-store = Ufunguo wa kifaa hiki haufungui data uliyohifadhi. Ukitumia kaulisiri, hakikisha ni ile uliyochagua.
vault-error-wrong-device-key = Ufunguo wa kifaa hiki haufungui data uliyohifadhi (ulibadilishwa au ulipotea, au kaulisiri ni tofauti). PIN yako haikuhesabiwa kuwa si sahihi.
vault-error-common-pin = PIN hiyo ni rahisi mno kukisia. Epuka tarakimu moja inayorudiwa (0000), tarakimu zinazofuatana (1234, 9876) na jozi zinazorudiwa (1212).
vault-enter-new-pin-again = Andika PIN mpya tena:
vault-kept-until-close = Kimewekwa tu hadi Waymark ifungwe: «usiache alama» imewashwa, kwa hiyo hakuna kinachohifadhiwa.
vault-enter-duress-pin-again = Andika PIN ya dharura tena:

## Skrini za PIN katika programu

vault-pin-next = Endelea
