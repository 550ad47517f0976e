## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Ainda não há nada aqui.
terminal-press-enter = Pressione Enter para ver mais (q para fechar o Waymark).
terminal-number-prompt = Digite um número e aperte Enter.
terminal-answer-prompt = Digite sua resposta, ou um número da lista, e aperte Enter.
terminal-file-saved = Salvo nesta pasta como { $file }.
terminal-file-not-saved = Não foi possível salvar { $file } nesta pasta (talvez já exista um arquivo com esse nome). Nada foi gravado.
terminal-file-path = Digite o caminho do arquivo e aperte Enter (uma linha vazia para voltar).
terminal-file-unreadable = Não foi possível ler esse arquivo. Nada foi mudado.
