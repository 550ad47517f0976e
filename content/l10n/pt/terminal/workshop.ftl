## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = Não foi possível escrever o arquivo. Verifique se a pasta existe e se é possível escrever nela.
workshop-export-exists = Esse arquivo já existe. Escolha outro nome ou acrescente --force para o substituir.
workshop-export-written = O resumo foi guardado no arquivo.
