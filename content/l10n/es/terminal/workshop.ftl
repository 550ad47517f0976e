## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = No se pudo escribir el archivo. Comprueba que la carpeta existe y que se puede escribir en ella.
workshop-export-exists = Ese archivo ya existe. Elige otro nombre o añade --force para reemplazarlo.
workshop-export-written = El resumen se guardó en el archivo.
