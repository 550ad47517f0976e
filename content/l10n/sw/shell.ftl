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
shell-disguise-waymark = Waymark
shell-disguise-notes = Madokezo
