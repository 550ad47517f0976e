## As palavras próprias dos aplicativos para telefone (Android e iOS).

shell-settings = Configurações
shell-read-aloud = Ler em voz alta
shell-stop-reading = Parar a leitura
shell-quick-exit-description = Fechar o Waymark imediatamente e retirá-lo dos aplicativos recentes.
shell-audience-title = Para quem é?
shell-audience-migrants = Trabalho ou viagem no exterior
shell-audience-students = Estudantes
shell-audience-leaders = Líderes comunitários
shell-selected = Selecionado
shell-settings-language = Idioma
shell-settings-about = Sobre o Waymark
shell-content-version = Versão do conteúdo { $version }
shell-disguise-title = Nome e ícone do aplicativo
shell-disguise-hint = Escolha um nome e um ícone simples para que outras pessoas não notem o aplicativo. A mudança pode levar um momento.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Digite o seu PIN para abrir o que guardou.
shell-pin = PIN
shell-unlock = Abrir
shell-pin-on = Há um PIN. O Waymark pede-o sempre que abre.
shell-pin-current = O seu PIN atual
shell-pin-new = PIN novo
shell-pin-repeat = Digite outra vez o PIN novo
shell-pin-mismatch = Os dois PIN não são iguais. Nada foi mudado.
shell-lock-now = Bloquear agora
shell-duress-needs-pin = Primeiro defina um PIN. Depois pode adicionar um PIN de emergência.
shell-leave-no-trace = Não deixar rasto
shell-notifications-off = Sem notificações
shell-notifications-off-help = O Waymark nunca mostra uma notificação enquanto isto está ligado.
shell-wipe-question = Apagar tudo o que guardou no Waymark, e o seu PIN? Não se pode desfazer.
shell-wipe-yes = Sim, apagar tudo
shell-cancel = Cancelar
shell-checklist-add-hint = O seu próprio item
shell-note = Nota privada
shell-note-hint = Só neste telefone. Deixe vazia para tirar a nota.
shell-save = Guardar
shell-remove = Remover
shell-checklist-damaged = Alguns itens guardados não podem ser lidos. O resto é mostrado.
shell-help-country = Em que país está?
shell-help-danger-now = Estou em perigo agora
shell-copy = Copiar
shell-copied = Copiado.
shell-check-privacy = Nada do que responde é guardado. Use Saída rápida a qualquer momento para fechar o Waymark.

## Learning screens

shell-learn-mark-read = Marcar como lida
shell-learn-read = Já leu esta lição.
shell-learn-previous = Anterior
shell-learn-next = Seguinte
shell-learn-start-quiz = Começar o questionário
shell-learn-submit = Verificar as minhas respostas
shell-learn-your-answer = A sua resposta: { $answer }
shell-learn-retry = Fazer o questionário outra vez
shell-learn-clear-question = Apagar o seu progresso? Só as lições lidas e as pontuações do questionário são esquecidas.
shell-learn-clear-yes = Sim, apagar
## Workshop and text-scan screens

shell-workshop-sessions = Sessões neste telefone
shell-workshop-no-sessions = Ainda não há sessões neste telefone.
shell-workshop-minutes = Duração: { $minutes } min
shell-workshop-previous = Anterior
shell-workshop-next = Seguinte
shell-workshop-resume = Voltar à sessão em curso
shell-workshop-quiz = Questionário em grupo
shell-workshop-missed = Quantas pessoas erraram cada pergunta? Deixe vazio se não contou.
shell-workshop-save-scores = Guardar as pontuações
shell-workshop-pass-phone = Ou passe o telefone: cada pessoa escolhe as respostas e toca em guardar. Só a pontuação é guardada.
shell-workshop-save-answers = Guardar as respostas desta pessoa
shell-workshop-people = Pessoas: { $count }
shell-workshop-before = Questionário antes: { $percent } % de acertos
shell-workshop-after = Questionário depois: { $percent } % de acertos
shell-workshop-running = Em curso
shell-workshop-ended = Terminada
shell-workshop-share-csv = Compartilhar como tabela (CSV)
shell-workshop-share-json = Compartilhar como dados (JSON)
shell-workshop-clear = Apagar todas as sessões
shell-workshop-clear-question = Apagar todas as sessões de oficina deste telefone? Isto não pode ser desfeito.
shell-workshop-clear-yes = Sim, apagar as sessões
shell-workshop-cleared = As sessões de oficina foram apagadas.
shell-scan-title = Verificar uma oferta de trabalho
shell-scan-privacy = O texto fica neste telefone e nunca é guardado. Desaparece quando sai desta tela.
shell-scan-label = Cole aqui a oferta de trabalho ou a mensagem
shell-scan-button = Verificar o texto
shell-scan-clear = Apagar o texto
shell-scan-next-steps = O que pode fazer a seguir

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Algo deu errado dentro do aplicativo. Nada foi compartilhado. Tente novamente.
shell-checking = Verificando…
shell-handoff-call = Ligar deste telefone deixa o número no histórico de chamadas.
shell-handoff-text = Uma mensagem de texto fica no aplicativo de mensagens deste telefone.
shell-handoff-open = Isto abre outro aplicativo, que pode guardar o endereço no histórico.
shell-handoff-continue = Continuar
shell-handoff-copy = Copiar em vez disso
shell-start-again-title = Começar de novo
shell-start-again = Este telefone já não tem a chave que protegia o que você salvou (isso acontece quando o bloqueio de tela é removido ou redefinido). O que você salvou não pode mais ser aberto. Você pode começar de novo com o aplicativo vazio.
shell-start-again-yes = Começar de novo com o aplicativo vazio
shell-unlock-retry = Tentar de novo
shell-workshop-start-question = Começar agora uma nova sessão desta oficina?
shell-workshop-start-yes = Sim, começar a sessão
shell-workshop-end-question = Terminar esta sessão? Depois, nada mais poderá ser adicionado a ela.
shell-workshop-end-yes = Sim, terminar a sessão
shell-pin-current-right = Esse é o seu PIN. Agora escolha um novo.
shell-learn-continue = Continuar: { $lesson }
