discretion-title = Privacidad y disfraz
discretion-disguise = Nombre e icono de la aplicación: { $name }
discretion-notifications-off = Sin notificaciones: { $state }
discretion-notifications = Notificaciones: { $state }
discretion-leave-no-trace = No dejar rastro: { $state }
discretion-leave-no-trace-help = Mientras esté activado, Waymark no guarda nada, ni siquiera tu progreso, hasta que lo desactives.
discretion-on = activado
discretion-off = desactivado
discretion-saved = Hecho.
discretion-error-disguise = Ese nombre de aplicación no es una de las opciones.

disguise-waymark = Waymark
disguise-notes = Notas
disguise-calculator = Calculadora
disguise-weather = Tiempo
disguise-recipes = Recetas
