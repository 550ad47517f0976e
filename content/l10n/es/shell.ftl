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
## Workshop and text-scan screens

shell-workshop-sessions = Sesiones en este teléfono
shell-workshop-no-sessions = Todavía no hay sesiones en este teléfono.
shell-workshop-minutes = Duración: { $minutes } min
shell-workshop-previous = Anterior
shell-workshop-next = Siguiente
shell-workshop-resume = Volver a la sesión en curso
shell-workshop-quiz = Cuestionario en grupo
shell-workshop-missed = ¿Cuántas personas se equivocaron en cada pregunta? Déjalo vacío si no lo contaste.
shell-workshop-save-scores = Guardar los puntajes
shell-workshop-pass-phone = O pasa el teléfono: cada persona elige sus respuestas y toca guardar. Solo se guarda el puntaje.
shell-workshop-save-answers = Guardar las respuestas de esta persona
shell-workshop-people = Personas: { $count }
shell-workshop-before = Cuestionario antes: { $percent } % de aciertos
shell-workshop-after = Cuestionario después: { $percent } % de aciertos
shell-workshop-running = En curso
shell-workshop-ended = Terminada
shell-workshop-share-csv = Compartir como tabla (CSV)
shell-workshop-share-json = Compartir como datos (JSON)
shell-workshop-clear = Borrar todas las sesiones
shell-workshop-clear-question = ¿Borrar todas las sesiones de taller de este teléfono? No se puede deshacer.
shell-workshop-clear-yes = Sí, borrar las sesiones
shell-workshop-cleared = Se borraron las sesiones de taller.
shell-scan-title = Revisar una oferta de trabajo
shell-scan-privacy = El texto se queda en este teléfono y nunca se guarda. Desaparece cuando sales de esta pantalla.
shell-scan-label = Pega aquí la oferta de trabajo o el mensaje
shell-scan-button = Revisar el texto
shell-scan-clear = Borrar el texto
shell-scan-next-steps = Lo que puedes hacer ahora

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Algo falló dentro de la aplicación. No se compartió nada. Inténtelo de nuevo.
shell-checking = Comprobando…
shell-handoff-call = Llamar desde este teléfono deja el número en el historial de llamadas.
shell-handoff-text = Un SMS queda en la aplicación de mensajes de este teléfono.
shell-handoff-open = Esto abre otra aplicación, que puede guardar la dirección en su historial.
shell-handoff-continue = Continuar
shell-handoff-copy = Copiar en su lugar
shell-start-again-title = Empezar de nuevo
shell-start-again = Este teléfono ya no tiene la clave que protegía lo que guardó (pasa cuando se quita o se restablece el bloqueo de pantalla). Lo que guardó ya no se puede abrir. Puede empezar de nuevo con la aplicación vacía.
shell-start-again-yes = Empezar de nuevo con la aplicación vacía
shell-unlock-retry = Intentar de nuevo
shell-workshop-start-question = ¿Empezar ahora una nueva sesión de este taller?
shell-workshop-start-yes = Sí, empezar la sesión
shell-workshop-end-question = ¿Terminar esta sesión? Después ya no se le podrá añadir nada.
shell-workshop-end-yes = Sí, terminar la sesión
shell-pin-current-right = Ese es tu PIN. Ahora elige uno nuevo.
shell-learn-continue = Seguir: { $lesson }
