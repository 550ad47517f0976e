discretion-title = Privacidad y disfraz
discretion-notifications-off = Sin notificaciones: { $state }
discretion-leave-no-trace-help = Mientras esté activado, Waymark no guarda nada, ni siquiera tu progreso, hasta que lo desactives.
discretion-saved = Hecho.
discretion-error-disguise = Ese nombre de aplicación no es una de las opciones.

disguise-waymark = Waymark
disguise-notes = Notas
disguise-calculator = Calculadora
disguise-weather = Tiempo
disguise-recipes = Recetas
