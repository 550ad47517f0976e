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
shell-disguise-hint = Elija un nombre y un icono sencillos para que otras personas no noten la aplicación. El cambio puede tardar un momento.
shell-disguise-waymark = Waymark
shell-disguise-notes = Notas
