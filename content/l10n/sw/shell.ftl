## Maneno ya programu za simu (Android na iOS).

shell-settings = Mipangilio
shell-read-aloud = Soma kwa sauti
shell-stop-reading = Acha kusoma
shell-quick-exit-description = Funga Waymark mara moja na uiondoe kwenye programu za hivi karibuni.
shell-audience-title = Ni kwa ajili ya nani?
shell-audience-migrants = Kazi au safari nje ya nchi
shell-audience-students = Wanafunzi
shell-audience-leaders = Viongozi wa jamii
shell-selected = Imechaguliwa
shell-settings-language = Lugha
shell-settings-about = Kuhusu Waymark
shell-content-version = Toleo la maudhui { $version }
shell-disguise-title = Jina na ikoni ya programu
shell-disguise-hint = Chagua jina na ikoni ya kawaida ili wengine wasiitambue programu. Mabadiliko yanaweza kuchukua muda kidogo.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Weka PIN yako ili kufungua ulichohifadhi.
shell-pin = PIN
shell-unlock = Fungua
shell-pin-on = PIN imewekwa. Waymark huiuliza kila inapofunguliwa.
shell-pin-current = PIN yako ya sasa
shell-pin-new = PIN mpya
shell-pin-repeat = Andika PIN mpya tena
shell-pin-mismatch = PIN mbili si sawa. Hakuna kilichobadilishwa.
shell-lock-now = Funga sasa
shell-duress-needs-pin = Weka PIN kwanza. Kisha unaweza kuongeza PIN ya dharura.
shell-leave-no-trace = Usiache alama
shell-notifications-off = Hakuna arifa
shell-notifications-off-help = Waymark haionyeshi arifa yoyote wakati hii imewashwa.
shell-wipe-question = Futa kila kitu ulichohifadhi kwenye Waymark, na PIN yako? Haiwezi kurudishwa.
shell-wipe-yes = Ndiyo, futa kila kitu
shell-cancel = Ghairi
shell-checklist-add-hint = Kipengele chako mwenyewe
shell-note = Dokezo la faragha
shell-note-hint = Kwenye simu hii tu. Liache tupu ili kuondoa dokezo.
shell-save = Hifadhi
shell-remove = Ondoa
shell-checklist-damaged = Baadhi ya vipengele vilivyohifadhiwa haviwezi kusomwa. Vingine vinaonyeshwa.
shell-help-country = Uko nchi gani?
shell-help-danger-now = Niko hatarini sasa
shell-copy = Nakili
shell-copied = Imenakiliwa.
shell-check-privacy = Hakuna unachojibu kinachohifadhiwa. Tumia Toka haraka wakati wowote kufunga Waymark.

## Learning screens

shell-learn-mark-read = Weka kuwa imesomwa
shell-learn-read = Umesoma somo hili.
shell-learn-previous = Iliyotangulia
shell-learn-next = Inayofuata
shell-learn-start-quiz = Anza maswali
shell-learn-submit = Angalia majibu yangu
shell-learn-your-answer = Jibu lako: { $answer }
shell-learn-retry = Jaribu maswali tena
shell-learn-clear-question = Futa maendeleo yako ya kujifunza? Masomo uliyosoma na alama za maswali tu ndizo zitasahaulika.
shell-learn-clear-yes = Ndiyo, futa
## Workshop and text-scan screens

shell-workshop-sessions = Vipindi kwenye simu hii
shell-workshop-no-sessions = Bado hakuna vipindi kwenye simu hii.
shell-workshop-minutes = Muda: dakika { $minutes }
shell-workshop-previous = Iliyotangulia
shell-workshop-next = Inayofuata
shell-workshop-resume = Rudi kwenye kipindi kinachoendelea
shell-workshop-quiz = Maswali ya kikundi
shell-workshop-missed = Watu wangapi walikosea kila swali? Acha wazi kama hukuhesabu.
shell-workshop-save-scores = Hifadhi alama
shell-workshop-pass-phone = Au pitisha simu: kila mtu anachagua majibu yake, kisha anabonyeza hifadhi. Alama pekee ndiyo inayohifadhiwa.
shell-workshop-save-answers = Hifadhi majibu ya mtu huyu
shell-workshop-people = Watu: { $count }
shell-workshop-before = Maswali kabla: { $percent } % sahihi
shell-workshop-after = Maswali baadaye: { $percent } % sahihi
shell-workshop-running = Kinaendelea
shell-workshop-ended = Kimeisha
shell-workshop-share-csv = Shiriki kama jedwali (CSV)
shell-workshop-share-json = Shiriki kama data (JSON)
shell-workshop-clear = Futa vipindi vyote
shell-workshop-clear-question = Futa vipindi vyote vya warsha kwenye simu hii? Huwezi kuvirudisha.
shell-workshop-clear-yes = Ndiyo, futa vipindi
shell-workshop-cleared = Vipindi vya warsha vimefutwa.
shell-scan-title = Kagua tangazo la kazi
shell-scan-privacy = Maandishi yanabaki kwenye simu hii na hayahifadhiwi kamwe. Yanapotea ukiondoka kwenye skrini hii.
shell-scan-label = Bandika tangazo la kazi au ujumbe hapa
shell-scan-button = Kagua maandishi
shell-scan-clear = Futa maandishi
shell-scan-next-steps = Unachoweza kufanya sasa

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Kuna hitilafu ndani ya programu. Hakuna kilichoshirikiwa. Tafadhali jaribu tena.
shell-checking = Inakagua…
shell-handoff-call = Kupiga simu kutoka simu hii kunaacha namba kwenye historia ya simu.
shell-handoff-text = Ujumbe mfupi unabaki kwenye programu ya ujumbe ya simu hii.
shell-handoff-open = Hii inafungua programu nyingine, ambayo inaweza kuhifadhi anwani kwenye historia yake.
shell-handoff-continue = Endelea
shell-handoff-copy = Nakili badala yake
shell-start-again-title = Anza upya
shell-start-again = Simu hii haina tena ufunguo uliolinda ulichohifadhi (hii hutokea kufuli ya skrini inapoondolewa au kuwekwa upya). Ulichohifadhi hakiwezi kufunguliwa tena. Unaweza kuanza upya na programu tupu.
shell-start-again-yes = Anza upya na programu tupu
shell-unlock-retry = Jaribu tena
shell-workshop-start-question = Anza kipindi kipya cha warsha hii sasa?
shell-workshop-start-yes = Ndiyo, anza kipindi
shell-workshop-end-question = Maliza kipindi hiki? Baada ya hapo hakuna kitu kinachoweza kuongezwa.
shell-workshop-end-yes = Ndiyo, maliza kipindi
shell-pin-current-right = Hiyo ndiyo PIN yako. Sasa chagua mpya.
shell-learn-continue = Endelea: { $lesson }
