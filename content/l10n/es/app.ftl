## Las palabras de la aplicación: menús, nombres de idiomas, errores.

app-name = Waymark
app-tagline = Ayuda privada para revisar una oferta de trabajo, conocer tus derechos y encontrar apoyo seguro.
app-offline-note = Waymark funciona sin internet. Nada de lo que escribes sale de este teléfono.
translation-under-review = Esta traducción todavía se está revisando.

## Menús

menu-choose-language = Elige tu idioma
menu-main-title = ¿Qué quieres hacer?
menu-language = Cambiar idioma
menu-quit = Cerrar Waymark
menu-back = Volver
menu-quick-exit = Salida rápida
menu-invalid-choice = Esa no es una de las opciones. Inténtalo de nuevo.
menu-current-language = Idioma: { $language }

## Nombres de idiomas

language-en = inglés
language-fr = francés
language-es = español
language-pt = portugués
language-ht = criollo haitiano
language-sw = suajili
language-ar = árabe

## Errores

error-invalid-input = Algo de lo que escribiste no se puede usar.
error-not-found = No se encontró ese elemento.
error-content = Parte del contenido de la aplicación está dañado o falta.
error-integrity = Los datos guardados no se pueden leer de forma segura. Puede que hayan sido cambiados o dañados.
error-locked = Tus datos guardados están bloqueados. Desbloquéalos primero.
error-wrong-pin = Ese PIN no es correcto.
error-storage = No se pudieron guardar tus datos en este dispositivo.
error-unknown-message = No hay ningún texto con el identificador { $id }.
error-malformed-locale = Ese código de idioma no está bien escrito.
error-unsupported-locale = Waymark todavía no tiene textos en ese idioma.
error-content-unreadable = No se puede leer la carpeta de contenido.
error-content-file = Un archivo de contenido está dañado o falta: { $file }
error-missing-argument = Este texto necesita un valor para { $name }: añade --arg { $name }=VALOR.
error-not-a-number = Escribe un número entero solo con cifras, por ejemplo 12.
error-number-too-large = Ese número es demasiado grande: el máximo es { $max }.

## Cantidades

items-count = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
