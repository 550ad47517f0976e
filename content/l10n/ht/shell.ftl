## Mo aplikasyon telefòn yo (Android ak iOS).

shell-settings = Paramèt
shell-read-aloud = Li awotvwa
shell-stop-reading = Sispann li
shell-quick-exit-description = Fèmen Waymark touswit epi retire l nan aplikasyon resan yo.
shell-audience-title = Pou ki moun?
shell-audience-migrants = Travay oswa vwayaj aletranje
shell-audience-students = Elèv
shell-audience-leaders = Lidè kominote
shell-selected = Chwazi
shell-settings-language = Lang
shell-settings-about = Sou Waymark
shell-content-version = Vèsyon kontni { $version }
shell-disguise-title = Non ak ikòn aplikasyon an
shell-disguise-hint = Chwazi yon non ak yon ikòn senp pou lòt moun pa remake aplikasyon an. Chanjman an ka pran yon ti moman.
shell-disguise-waymark = Waymark
shell-disguise-notes = Nòt
