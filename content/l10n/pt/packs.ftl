## Pacotes de conteúdo: arquivos assinados que trazem novos números de ajuda, lições e idiomas
## sem atualizar o aplicativo (docs/CONTENT-PACKS.md).

error-pack-not-a-pack = Este arquivo não é um pacote de conteúdo do Waymark.
error-pack-truncated = Este pacote de conteúdo está incompleto ou danificado. Nada foi alterado.
error-pack-format = Este pacote de conteúdo está num formato que esta versão do aplicativo não conhece. Nada foi alterado.
error-pack-unknown-key = Este pacote de conteúdo não foi assinado por ninguém em quem este aplicativo confia. Nada foi alterado.
error-pack-signature = Este pacote de conteúdo foi alterado depois de assinado: não confie nele. Nada foi alterado.
error-pack-manifest = A lista de arquivos deste pacote de conteúdo não é válida. Nada foi alterado.
error-pack-newer-core = Este pacote de conteúdo precisa de uma versão mais nova do aplicativo (núcleo { $version }). Nada foi alterado.
error-pack-path = Este pacote de conteúdo tem um arquivo que não pode conter: { $file }. Nada foi alterado.
error-pack-too-large = Este pacote de conteúdo é grande demais. Nada foi alterado.
error-pack-hash = Um arquivo deste pacote de conteúdo está danificado: { $file }. Nada foi alterado.
error-pack-rollback = Este pacote de conteúdo (versão { $offered }) não é mais novo que o instalado (versão { $installed }). Nada foi alterado.
error-pack-content-file = Este pacote de conteúdo estragaria o conteúdo do aplicativo ({ $file }). Nada foi alterado.
error-pack-not-installed = Nenhum pacote de conteúdo com este nome está instalado.
error-pack-no-trace = Não é possível instalar pacotes de conteúdo enquanto "não deixar rastro" estiver ativado, porque instalar guarda um arquivo. Desative primeiro.
error-pack-storage = Não foi possível guardar o pacote de conteúdo neste aparelho.

pack-installed = Pacote de conteúdo { $id } ({ $kind }) instalado, versão { $version }. Será usado a partir do próximo início.
pack-after-pin = Digite o seu PIN para instalar este pacote de conteúdo. Nada é guardado antes disso.
pack-list-item = { $id } ({ $kind }), versão { $version }, { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }
pack-none = Nenhum pacote de conteúdo instalado: o conteúdo incluído está em uso.
pack-removed = Pacote de conteúdo { $id } removido. O conteúdo incluído volta a partir do próximo início.

## A tela de configurações do aplicativo

pack-settings-title = Pacotes de conteúdo
pack-install-note = Para adicionar um pacote de conteúdo, abra o arquivo dele (.wmpack) com o Waymark.
pack-remove-question = Remover este pacote de conteúdo? O conteúdo incluído volta na próxima vez que abrir o aplicativo.
pack-add = Adicionar um pacote de conteúdo de um arquivo
pack-share = Passar este pacote adiante
pack-share-note = Envia o arquivo assinado exato para outro aplicativo (Bluetooth, um aplicativo de mensagens, um cartão de memória). O outro celular o verifica do mesmo jeito antes de usá-lo.
