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
shell-disguise-waymark = Waymark
shell-disguise-notes = Notas
