## Las palabras propias de las aplicaciones para teléfono (Android e iOS).

shell-settings = Ajustes
shell-read-aloud = Leer en voz alta
shell-stop-reading = Dejar de leer
shell-quick-exit-description = Cerrar Waymark de inmediato y quitarlo de las aplicaciones recientes.
shell-audience-title = ¿Para quién es?
shell-audience-migrants = Trabajo o viaje en el extranjero
shell-audience-students = Estudiantes
shell-audience-leaders = Líderes comunitarios
shell-selected = Seleccionado
shell-settings-language = Idioma
shell-settings-about = Acerca de Waymark
shell-content-version = Versión del contenido { $version }
shell-disguise-title = Nombre e icono de la aplicación
shell-disguise-hint = Elige un nombre y un icono sencillos para que otras personas no noten la aplicación. El cambio puede tardar un momento.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Escribe tu PIN para abrir lo que guardaste.
shell-pin = PIN
shell-unlock = Abrir
shell-pin-on = Hay un PIN. Waymark lo pide cada vez que se abre.
shell-pin-current = Tu PIN actual
shell-pin-new = PIN nuevo
shell-pin-repeat = Escribe otra vez el PIN nuevo
shell-pin-mismatch = Los dos PIN no son iguales. No se cambió nada.
shell-lock-now = Bloquear ahora
shell-duress-needs-pin = Primero pon un PIN. Después puedes añadir un PIN de emergencia.
shell-leave-no-trace = No dejar rastro
shell-notifications-off = Sin notificaciones
shell-notifications-off-help = Waymark nunca muestra una notificación mientras esto está activado.
shell-wipe-question = ¿Borrar todo lo que guardaste en Waymark, y tu PIN? No se puede deshacer.
shell-wipe-yes = Sí, borrar todo
shell-cancel = Cancelar
shell-checklist-add-hint = Tu propio punto
shell-note = Nota privada
shell-note-hint = Solo en este teléfono. Déjala vacía para quitar la nota.
shell-save = Guardar
shell-remove = Quitar
shell-checklist-damaged = Algunos puntos guardados no se pueden leer. Se muestra el resto.
shell-help-country = ¿En qué país estás?
shell-help-danger-now = Estoy en peligro ahora
shell-copy = Copiar
shell-copied = Copiado.
shell-check-privacy = Nada de lo que respondas se guarda. Usa Salida rápida en cualquier momento para cerrar Waymark.

## Learning screens

shell-learn-mark-read = Marcar como leída
shell-learn-read = Ya leíste esta lección.
shell-learn-previous = Anterior
shell-learn-next = Siguiente
shell-learn-start-quiz = Empezar el cuestionario
shell-learn-submit = Revisar mis respuestas
shell-learn-your-answer = Tu respuesta: { $answer }
shell-learn-retry = Hacer el cuestionario otra vez
shell-learn-clear-question = ¿Borrar tu progreso? Solo se olvidan las lecciones leídas y tus puntos del cuestionario.
shell-learn-clear-yes = Sí, borrarlo
