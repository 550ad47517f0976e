discretion-title = Faragha na kujificha
discretion-disguise = Jina na ikoni ya programu: { $name }
discretion-notifications-off = Hakuna arifa: { $state }
discretion-notifications = Arifa: { $state }
discretion-leave-no-trace = Usiache alama: { $state }
discretion-leave-no-trace-help = Ikiwa imewashwa, Waymark haihifadhi chochote, hata maendeleo yako, hadi utakapoizima.
discretion-on = imewashwa
discretion-off = imezimwa
discretion-saved = Imekamilika.
discretion-error-disguise = Jina hilo la programu si mojawapo ya chaguo.

disguise-waymark = Waymark
disguise-notes = Madokezo
disguise-calculator = Kikokotoo
disguise-weather = Hali ya hewa
disguise-recipes = Mapishi
