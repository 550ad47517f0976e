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
error-pack-content = Este paquete de contenido dañaría el contenido de la aplicación ({ $file }, línea { $line }). No se cambió nada.
error-pack-content-file = Este paquete de contenido dañaría el contenido de la aplicación ({ $file }). No se cambió nada.
error-pack-not-installed = No hay ningún paquete de contenido instalado con este nombre.
error-pack-no-trace = No se pueden instalar paquetes de contenido mientras «no dejar rastro» está activado, porque instalar guarda un archivo. Desactívalo primero.
error-pack-storage = No se pudo guardar el paquete de contenido en este dispositivo.
error-pack-file = No se pudo leer o escribir el archivo (nunca se escribe encima de un archivo existente).
error-pack-key-file = El archivo de la clave de firma no se puede leer o no es una clave de firma.
error-pack-kind = El tipo de paquete debe ser full, directory o locale: seguido de una etiqueta de idioma.

pack-installed = Paquete de contenido { $id } ({ $kind }) instalado, versión { $version }. Se usará desde el próximo inicio.
pack-after-pin = Escribe tu PIN para instalar este paquete de contenido. No se guarda nada antes.
pack-verified = Paquete de contenido auténtico { $id } ({ $kind }), versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }: se puede instalar.
pack-built = Paquete de contenido { $id } ({ $kind }) creado y firmado, versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }.
pack-list-item = { $id } ({ $kind }), versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
pack-none = No hay paquetes de contenido instalados: se usa el contenido incluido.
pack-removed = Paquete de contenido { $id } eliminado. El contenido incluido vuelve desde el próximo inicio.
pack-exported = Paquete de contenido { $id } escrito en el archivo, tal como se instaló, para pasarlo a otra persona.
pack-keygen-private = Clave de firma privada escrita. Guárdala sin conexión y nunca la compartas ni la publiques.
pack-keygen-public = Clave pública para añadir a las claves de confianza: { $key }
pack-inspect-summary = Paquete de contenido { $id } ({ $kind }), versión { $version }, necesita el núcleo { $core } o más nuevo
pack-inspect-signer = Firmado por { $key } ({ $trust })
pack-signer-trusted = de confianza para esta aplicación
pack-signer-untrusted = no es de confianza para esta aplicación

## La pantalla de ajustes de la aplicación

pack-settings-title = Paquetes de contenido
pack-install-note = Para añadir un paquete de contenido, abre su archivo (.wmpack) con Waymark.
pack-remove-question = ¿Quitar este paquete de contenido? El contenido incluido vuelve la próxima vez que abras la aplicación.
pack-add = Añadir un paquete de contenido desde un archivo
pack-share = Pasar este paquete
pack-share-note = Envía el archivo firmado exacto a otra aplicación (Bluetooth, una app de mensajes, una tarjeta de memoria). El otro teléfono lo comprueba igual antes de usarlo.
