discretion-title = Vi prive ak degizman
discretion-notifications-off = Okenn notifikasyon: { $state }
discretion-leave-no-trace-help = Toutotan sa a limen, Waymark pa anrejistre anyen, menm pwogrè ou, jiskaske ou etenn li.
discretion-saved = Fini.
discretion-error-disguise = Non aplikasyon sa a pa nan chwa yo.

disguise-waymark = Waymark
disguise-notes = Nòt
disguise-calculator = Kalkilatris
disguise-weather = Tan
disguise-recipes = Resèt
