## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = Este paquete de contenido dañaría el contenido de la aplicación ({ $file }, línea { $line }). No se cambió nada.
error-pack-file = No se pudo leer o escribir el archivo (nunca se escribe encima de un archivo existente).
error-pack-key-file = El archivo de la clave de firma no se puede leer o no es una clave de firma.
error-pack-kind = El tipo de paquete debe ser full, directory o locale: seguido de una etiqueta de idioma.
pack-verified = Paquete de contenido auténtico { $id } ({ $kind }), versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }: se puede instalar.
pack-built = Paquete de contenido { $id } ({ $kind }) creado y firmado, versión { $version }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }.
pack-exported = Paquete de contenido { $id } escrito en el archivo, tal como se instaló, para pasarlo a otra persona.
pack-keygen-private = Clave de firma privada escrita. Guárdala sin conexión y nunca la compartas ni la publiques.
pack-keygen-public = Clave pública para añadir a las claves de confianza: { $key }
pack-inspect-summary = Paquete de contenido { $id } ({ $kind }), versión { $version }, necesita el núcleo { $core } o más nuevo
pack-inspect-signer = Firmado por { $key } ({ $trust })
pack-signer-trusted = de confianza para esta aplicación
pack-signer-untrusted = no es de confianza para esta aplicación
