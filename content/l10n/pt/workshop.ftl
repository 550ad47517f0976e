## Modo oficina: planos de sessão, a vista para apresentar, conduzir uma sessão, a exportação para monitoria e avaliação.
## Ids: workshop-item-<item>-title/-activity/-notes/-prompt<k>/-card<k> (partes do programa),
## workshop-plan-<audience> (títulos dos planos), workshop-hands-<id> (perguntas de braço no ar).

## Ecrãs / telas

workshop-menu-title = Conduzir uma oficina
workshop-menu-choose-plan = Escolha um plano de sessão
workshop-menu-present = Apresentar a sessão, uma parte de cada vez
workshop-menu-run = Conduzir a sessão: presenças e questionários
workshop-menu-export = Exportar o resumo para o financiador
workshop-plan-migrants = Sessão sobre como trabalhar em outro país com segurança: { $minutes } minutos
workshop-plan-students = Sessão para estudantes: { $minutes } minutos
workshop-plan-leaders = Sessão para líderes e professores: { $minutes } minutos
workshop-present-heading = Parte { $number } de { $total }: { $minutes } minutos
workshop-label-activity = Atividade
workshop-label-notes = Notas para quem conduz a sessão
workshop-label-prompts = Perguntas para o grupo
workshop-label-cards = Cartões de dramatização
workshop-label-hands = Braço no ar
workshop-ask-attendance = Quantas pessoas estão aqui? Escreva um número.
workshop-ask-scores = Escreva os pontos de cada pessoa, separados por vírgulas. Por exemplo: 3,5,4
workshop-ask-hands = Quantas mãos estão no ar? Escreva um número.
workshop-ask-phase = Que questionário é este? 1: antes da sessão. 2: depois da sessão.
workshop-phase-pre = Antes da sessão
workshop-phase-post = Depois da sessão
workshop-session-started = A sessão começou.
workshop-attendance-saved = { $count ->
    [one] Está aqui { $count } pessoa.
   *[other] Estão aqui { $count } pessoas.
}
workshop-scores-saved = { $count ->
    [one] { $count } resultado guardado. Não se guarda nenhum nome.
   *[other] { $count } resultados guardados. Não se guarda nenhum nome.
}
workshop-hands-saved = { $count ->
    [one] Guardado: { $count } mão no ar.
   *[other] Guardado: { $count } mãos no ar.
}
workshop-session-ended = A sessão terminou. Obrigado por conduzir a sessão.
workshop-quiz-max = Cada resultado é um número de 0 a { $max }.
workshop-export-note = Este resumo não tem nomes, nem números de telefone, nem as respostas de nenhuma pessoa em particular.

## Perguntas de braço no ar

workshop-hands-know_someone_abroad = Levante a mão se conhece alguém que foi trabalhar para outro país.
workshop-hands-seen_offer = Levante a mão se já viu uma oferta de emprego que parecia boa demais para ser verdade.
workshop-hands-know_help = Levante a mão se sabe onde pedir ajuda com segurança.
workshop-hands-online_contact = Levante a mão se alguma vez um desconhecido lhe enviou uma mensagem pela internet com uma oferta.

## Erros (nunca repetem o que a pessoa escreveu)

workshop-error-unknown-plan = Não existe nenhum plano de sessão com esse nome.
workshop-error-unknown-session = Não existe nenhuma sessão com esse nome neste telefone.
workshop-error-unknown-hands = Essa pergunta de braço no ar não faz parte deste plano de sessão.
workshop-error-score-range = Cada resultado tem que ser um número inteiro de 0 a { $max }.
workshop-error-no-scores = Escreva pelo menos um resultado.
workshop-error-negative-count = O número de pessoas tem que ser um número inteiro, 0 ou mais.
workshop-error-session-ended = Esta sessão já terminou. Comece uma sessão nova.
workshop-error-phase = Escolha pre (antes da sessão) ou post (depois da sessão).
workshop-error-format = Escolha csv ou json.
workshop-error-no-sessions = Ainda não há sessões terminadas para exportar. Termine primeiro uma sessão.
workshop-error-missed-range = Cada número de erros tem que ser um número inteiro de 0 a { $max } (as pessoas que deram um resultado).
workshop-error-too-many-scores = Há mais resultados do que pessoas presentes ({ $count }). Verifique os resultados ou o número de pessoas.

## Partes do programa

workshop-item-welcome-title = Boas-vindas e regras do grupo
workshop-item-welcome-activity = Dê as boas-vindas a todos. Diga qual é o tema da sessão e quanto tempo dura. Combinem juntos três regras: respeito, sem nomes nas histórias, ninguém é obrigado a falar de si.
workshop-item-welcome-notes = Diga no início onde as pessoas podem pedir ajuda, e que no fim estará disponível para conversar em privado. Não pergunte a ninguém sobre a sua própria situação em frente ao grupo.
workshop-item-welcome-prompt1 = O que gostaria de aprender hoje?
workshop-item-welcome-prompt2 = Que regra o ajudaria a sentir-se seguro para falar?

workshop-item-pre_quiz-title = Antes de começar: um questionário curto
workshop-item-pre_quiz-activity = Leia em voz alta cada pergunta com as suas opções. As pessoas respondem em papel, levantando a mão, ou no telefone, que passa de mão em mão. Conte os pontos de cada pessoa. Sem nomes.
workshop-item-pre_quiz-notes = Diga que isto não é um exame a ninguém. Serve para mostrar o que o grupo aprendeu. Anote apenas os pontos.

workshop-item-trafficking-title = Tráfico de pessoas ou contrabando de migrantes?
workshop-item-trafficking-activity = Leia a lição "O que é o tráfico de pessoas". Depois leia cada mito da lição "Mitos e verdades". As pessoas levantam-se se acham que é verdade, e ficam sentadas se acham que é falso. Depois de cada mito, diga a verdade.
workshop-item-trafficking-notes = Explique as três partes de forma simples: uma ação, uns meios, uma finalidade. Lembre que, com crianças, não é preciso força nem mentiras. Leia a história da região e pergunte quando é que o contrabando se transformou em tráfico.
workshop-item-trafficking-prompt1 = Na história, quando é que o contrabando se transformou em tráfico?
workshop-item-trafficking-prompt2 = Por que razão as pessoas às vezes pensam que uma vítima "aceitou"?
workshop-item-trafficking-prompt3 = O tráfico pode acontecer na nossa própria cidade?

workshop-item-recruiters-title = Descubra a mentira
workshop-item-recruiters-activity = Leia a história de "Como os recrutadores mentem". Em pequenos grupos, as pessoas fazem uma lista de todos os sinais de alerta que encontram. Cada grupo diz um sinal, até todos serem encontrados.
workshop-item-recruiters-notes = Sinais a encontrar: uma taxa paga pelo trabalhador, um salário bom demais, pressão para partir depressa, segredo, nenhum contrato, um visto de turista, um empregador sem nome. Não culpe as pessoas que foram enganadas: estes truques enganam muita gente.
workshop-item-recruiters-prompt1 = O que tornava a oferta atraente?
workshop-item-recruiters-prompt2 = Que pergunta faria ao recrutador?
workshop-item-recruiters-prompt3 = A quem podia pedir para verificar uma oferta?
workshop-item-recruiters-card1 = Recrutador: "Este emprego paga muito bem e só restam duas vagas. Tem que pagar hoje a taxa do visto."
workshop-item-recruiters-card2 = Pessoa que procura emprego: quer o emprego, mas quer verificá-lo primeiro. Faça três perguntas antes de decidir.

workshop-item-rights-title = Emprego justo ou não?
workshop-item-rights-activity = Leia as lições sobre taxas, contratos e passaportes. Depois, duas pessoas representam os cartões de dramatização. O grupo diz o que foi justo e o que não foi.
workshop-item-rights-notes = Pontos principais: o empregador paga as taxas de recrutamento; um contrato escrito antes da viagem, numa língua que o trabalhador sabe ler; o trabalhador guarda o seu passaporte; o trabalhador é livre de ir embora; um visto de trabalho para trabalhar.
workshop-item-rights-prompt1 = O que deve dizer um contrato justo?
workshop-item-rights-prompt2 = Por que razão um empregador quereria ficar com o passaporte de um trabalhador?
workshop-item-rights-card1 = Gerente: "Dê-me o seu passaporte, eu guardo-o em segurança. E aqui está um contrato novo. O salário é um pouco mais baixo."
workshop-item-rights-card2 = Trabalhador: quer manter o emprego e o passaporte. Diga que não, com educação, e peça o contrato que assinou no seu país.

workshop-item-warning-title = O que notaria?
workshop-item-warning-activity = Leia a história de "Sinais de alerta em outra pessoa". Em pares, as pessoas separam os sinais em três grupos: como a pessoa parece, como trabalha e vive, e quem a controla.
workshop-item-warning-notes = Explique bem que os sinais são razões para se preocupar, não são provas. O mais seguro é falar com um adulto de confiança ou com um serviço de ajuda, nunca confrontar ninguém.
workshop-item-warning-prompt1 = Que sinais notou primeiro?
workshop-item-warning-prompt2 = Quem é um adulto de confiança com quem podia falar?
workshop-item-warning-prompt3 = O que podia piorar as coisas para essa pessoa?

workshop-item-safe_migration-title = Preparar uma mala segura
workshop-item-safe_migration-activity = Desenhe uma mala numa folha grande. O grupo enche-a com aquilo de que uma pessoa precisa antes de partir: um contrato verificado, um visto de trabalho, cópias dos documentos, um número de telefone decorado, o endereço da embaixada, uma palavra secreta combinada com a família.
workshop-item-safe_migration-notes = Leia a história da região. Pergunte o que a pessoa deve verificar antes de pagar a alguém. Mostre a lista de verificação no Waymark.
workshop-item-safe_migration-prompt1 = O que poria primeiro na mala?
workshop-item-safe_migration-prompt2 = O que deve fazer se o plano mudar durante a viagem?

workshop-item-help-title = Quem pode ajudar?
workshop-item-help-activity = Juntos, façam uma lista dos serviços de ajuda locais que conhecem: uma linha de ajuda, um abrigo, um serviço de apoio jurídico, um serviço de saúde, um líder religioso. Usem a lista de serviços de ajuda do Waymark para ver quais informam a polícia ou a imigração.
workshop-item-help-notes = Nunca aconselhe ninguém a confrontar um traficante. Explique o que acontece quando alguém liga para uma linha de ajuda. Lembre a todos o número de emergência para casos de perigo imediato.
workshop-item-help-prompt1 = O que pode impedir alguém de pedir ajuda?
workshop-item-help-prompt2 = Como podia ajudar um amigo sem o pôr em perigo?
workshop-item-help-card1 = Amiga em outro país: "O meu patrão tirou-me o passaporte. Por favor, não me ligue, ele vê o meu telefone."
workshop-item-help-card2 = Você: quer ajudar com segurança. Diga o que vai fazer, e o que não vai fazer sem o acordo da sua amiga.

workshop-item-leaders-title = Quando alguém lhe conta
workshop-item-leaders-activity = Em pares, representem alguém que conta a sua situação, usando os cartões de dramatização. Depois troquem de papel. O grupo diz o que ajudou a pessoa a sentir-se segura.
workshop-item-leaders-notes = Ouça, acredite, mantenha a calma. Não peça todos os detalhes. Não prometa um segredo que não pode guardar. Primeiro a segurança, depois o encaminhamento. Com uma criança, siga as regras de proteção da criança. Prepare o seu próprio apoio para depois das conversas difíceis.
workshop-item-leaders-prompt1 = Que palavras ajudaram a pessoa a sentir que acreditavam nela?
workshop-item-leaders-prompt2 = Para que serviços locais a encaminharia, e esses serviços informam a imigração?
workshop-item-leaders-prompt3 = Como vai cuidar de si depois de uma sessão difícil?
workshop-item-leaders-card1 = Participante: depois da sessão, fica para trás. Pagou uma taxa a um recrutador e parte na próxima semana. Tem vergonha e pede ao líder que não conte a ninguém.
workshop-item-leaders-card2 = Líder: ouça e acredite. Seja honesto sobre o que pode manter em privado. Proponha um passo seguinte seguro.

workshop-item-break-title = Intervalo
workshop-item-break-activity = Um intervalo curto. Fique disponível para quem quiser falar em privado.
workshop-item-break-notes = Repare se alguém parece perturbado, e pergunte-lhe com discrição como está.

workshop-item-post_quiz-title = O que aprendemos? O mesmo questionário outra vez
workshop-item-post_quiz-activity = Faça as mesmas perguntas do início, da mesma forma. Conte os pontos de cada pessoa. Sem nomes. Depois dê as respostas certas e explique-as.
workshop-item-post_quiz-notes = Compare o resultado do grupo, não os resultados de cada pessoa. Pergunte que perguntas surpreenderam o grupo.

workshop-item-closing-title = Encerramento e onde pedir ajuda
workshop-item-closing-activity = Peça a cada pessoa que diga uma coisa de que se vai lembrar. Mostre a lista de serviços de ajuda do Waymark. Diga outra vez que estará disponível para conversar em privado.
workshop-item-closing-notes = Termine com esperança: a ajuda existe e há pessoas que conseguem sair da exploração. Agradeça ao grupo.
workshop-item-closing-prompt1 = Qual é uma coisa que vai contar a um amigo ou a alguém da sua família?

workshop-menu-attendance = Contar as pessoas presentes
workshop-menu-end = Terminar a sessão
workshop-error-missed-count = Indique um número de erros para cada pergunta do questionário: { $count } números.

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Questionário do grupo antes da sessão
workshop-menu-quiz-post = Questionário do grupo depois da sessão
workshop-menu-type-scores = Escrever o resultado de cada pessoa, um de cada vez
workshop-ask-one-score = Escreva o resultado de uma pessoa: um número de 0 a { $max }.
workshop-scores-done-hint = Depois escreva o resultado da pessoa seguinte. Quando estiverem todos, volte atrás e guarde-os.
workshop-scores-typed = Resultados escritos, ainda não guardados
workshop-menu-missed = Contar quantas pessoas erraram cada pergunta
workshop-ask-missed = Quantas pessoas erraram esta pergunta? Um número de 0 a { $max }.
workshop-menu-undo-score = Retirar o último resultado escrito
workshop-menu-pass-phone = Passar o celular de mão em mão
