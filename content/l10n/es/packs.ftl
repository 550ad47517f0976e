## Paquetes de contenido: archivos firmados que traen nuevos números de ayuda, lecciones e idiomas
## sin actualizar la aplicación (docs/CONTENT-PACKS.md).

error-pack-not-a-pack = Este archivo no es un paquete de contenido de Waymark.
error-pack-truncated = Este paquete de contenido está incompleto o dañado. No se cambió nada.
error-pack-format = Este paquete de contenido tiene un formato que esta versión de la aplicación no conoce. No se cambió nada.
error-pack-unknown-key = Este paquete de contenido no está firmado por nadie en quien esta aplicación confíe. No se cambió nada.
error-pack-signature = Este paquete de contenido se cambió después de firmarse: no confíes en él. No se cambió nada.
error-pack-manifest = La lista de archivos de este paquete de contenido no es válida. No se cambió nada.
error-pack-newer-core = Este paquete de contenido necesita una versión más nueva de la aplicación (núcleo { $version }). No se cambió nada.
error-pack-path = Este paquete de contenido tiene un archivo que no puede contener: { $file }. No se cambió nada.
error-pack-too-large = Este paquete de contenido es demasiado grande. No se cambió nada.
error-pack-hash = Un archivo de este paquete de contenido está dañado: { $file }. No se cambió nada.
error-pack-rollback = Este paquete de contenido (versión { $offered }) no es más nuevo que el instalado (versión { $installed }). No se cambió nada.
error-pack-content-file = Este paquete de contenido dañaría el contenido de la aplicación ({ $file }). No se cambió nada.
error-pack-not-installed = No hay ningún paquete de contenido instalado con este nombre.
error-pack-no-trace = No se pueden instalar paquetes de contenido mientras «no dejar rastro» está activado, porque instalar guarda un archivo. Desactívalo primero.
error-pack-storage = No se pudo guardar el paquete de contenido en este dispositivo.

pack-installed = Paquete de contenido { $id } ({ $kind }) instalado, versión { $version }. Se usará desde el próximo inicio.
pack-after-pin = Escribe tu PIN para instalar este paquete de contenido. No se guarda nada antes.
pack-list-item = { $id } ({ $kind }), versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
pack-none = No hay paquetes de contenido instalados: se usa el contenido incluido.
pack-removed = Paquete de contenido { $id } eliminado. El contenido incluido vuelve desde el próximo inicio.

## La pantalla de ajustes de la aplicación

pack-settings-title = Paquetes de contenido
pack-install-note = Para añadir un paquete de contenido, abre su archivo (.wmpack) con Waymark.
pack-remove-question = ¿Quitar este paquete de contenido? El contenido incluido vuelve la próxima vez que abras la aplicación.
pack-add = Añadir un paquete de contenido desde un archivo
pack-share = Pasar este paquete
pack-share-note = Envía el archivo firmado exacto a otra aplicación (Bluetooth, una app de mensajes, una tarjeta de memoria). El otro teléfono lo comprueba igual antes de usarlo.
