discretion-title = Faragha na kujificha
discretion-notifications-off = Hakuna arifa: { $state }
discretion-leave-no-trace-help = Ikiwa imewashwa, Waymark haihifadhi chochote, hata maendeleo yako, hadi utakapoizima.
discretion-saved = Imekamilika.
discretion-error-disguise = Jina hilo la programu si mojawapo ya chaguo.

disguise-waymark = Waymark
disguise-notes = Madokezo
disguise-calculator = Kikokotoo
disguise-weather = Hali ya hewa
disguise-recipes = Mapishi
