## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = The file could not be written. Check that the folder exists and can be written to.
workshop-export-exists = That file already exists. Choose another name, or add --force to replace it.
workshop-export-written = The summary was saved to the file.
