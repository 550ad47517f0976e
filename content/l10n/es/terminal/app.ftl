## The terminal's own words for its commands and menus

menu-prompt = Escribe un número y presiona Enter.
menu-quick-exit-hint = Escribe q en cualquier momento para cerrar Waymark de inmediato.
menu-goodbye = Adiós. Cuídate.
error-bad-argument = Falta una opción o no está bien escrita.
error-not-text = La entrada no es texto: tiene que ser texto UTF-8, no una imagen, un documento u otro archivo.
