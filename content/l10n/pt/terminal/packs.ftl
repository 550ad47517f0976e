## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = Este pacote de conteúdo estragaria o conteúdo do aplicativo ({ $file }, linha { $line }). Nada foi alterado.
error-pack-file = Não foi possível ler ou escrever o arquivo (um arquivo existente nunca é substituído).
error-pack-key-file = O arquivo da chave de assinatura não pode ser lido ou não é uma chave de assinatura.
error-pack-kind = O tipo de pacote deve ser full, directory ou locale: seguido de uma etiqueta de idioma.
pack-verified = Pacote de conteúdo autêntico { $id } ({ $kind }), versão { $version }, { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }: pode ser instalado.
pack-built = Pacote de conteúdo { $id } ({ $kind }) criado e assinado, versão { $version }, { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }.
pack-exported = Pacote de conteúdo { $id } gravado no arquivo, exatamente como foi instalado, para repassar.
pack-keygen-private = Chave de assinatura privada gravada. Guarde-a fora da internet e nunca a compartilhe nem publique.
pack-keygen-public = Chave pública para adicionar às chaves de confiança: { $key }
pack-inspect-summary = Pacote de conteúdo { $id } ({ $kind }), versão { $version }, precisa do núcleo { $core } ou mais novo
pack-inspect-signer = Assinado por { $key } ({ $trust })
pack-signer-trusted = de confiança para este aplicativo
pack-signer-untrusted = não é de confiança para este aplicativo
