## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Todavía no hay nada aquí.
terminal-press-enter = Pulsa Intro para ver más (q para cerrar Waymark).
terminal-number-prompt = Escribe un número y pulsa Intro.
terminal-answer-prompt = Escribe tu respuesta, o un número de la lista, y pulsa Intro.
terminal-file-saved = Guardado en esta carpeta como { $file }.
terminal-file-not-saved = No se pudo guardar { $file } en esta carpeta (quizá ya existe un archivo con ese nombre). No se escribió nada.
terminal-file-path = Escribe la ruta del archivo y pulsa Intro (una línea vacía para volver).
terminal-file-unreadable = No se pudo leer ese archivo. No se cambió nada.
