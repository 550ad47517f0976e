## Aprender: módulos de sensibilização, lições, histórias e questionários.
## Ids: learn-<module>-title/-summary, -l<n>-title/-body/-p<k> (pontos principais),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (pergunta), -q<n>-a/-b/-c (opções),
## -q<n>-why (explicação). Frases curtas: cada texto é lido em voz alta pela leitura de voz do telefone.

## Ecrãs / telas

learn-menu-title = Aprender
learn-menu-choose-track = Que grupo descreve melhor a sua situação?
learn-menu-choose-module = Escolha um módulo
learn-menu-lessons = Lições
learn-menu-scenario = Uma história para pensar
learn-menu-quiz = Questionário
learn-menu-progress = O meu progresso
learn-menu-clear-progress = Apagar o meu progresso
learn-lesson-heading = Lição { $number } de { $total }
learn-key-points = Pontos principais
learn-quiz-question-heading = Pergunta { $number } de { $total }
learn-quiz-correct = Certo.
learn-quiz-wrong = Não é bem assim. A resposta é: { $answer }
learn-quiz-score = Acertou { $score } de { $total }.
learn-quiz-best = O seu melhor resultado: { $score } de { $total }.
learn-progress-line = { $module }: { $seen } de { $total } lições vistas
learn-progress-none = Ainda não começou nenhum módulo.
learn-progress-cleared = O seu progresso de aprendizagem foi apagado. Nada mais foi alterado.
learn-lessons-count = { $count ->
    [one] { $count } lição
   *[other] { $count } lições
}

## Grupos

learn-track-migrants = Trabalhar ou viver em outro país
learn-track-migrants-summary = Para quem pensa em trabalhar em outro país, ou já trabalha longe de casa.
learn-track-students = Estudantes
learn-track-students-summary = Para jovens de 12 a 18 anos, na escola ou com amigos.
learn-track-leaders = Líderes comunitários e professores
learn-track-leaders-summary = Para quem conduz sessões numa igreja, mesquita, escola ou centro comunitário.

## Erros (nunca repetem o que a pessoa escreveu)

learn-error-unknown-module = Não existe nenhum módulo com esse nome.
learn-error-unknown-lesson = Não existe nenhuma lição com esse nome neste módulo.
learn-error-unknown-audience = Escolha um destes grupos: migrants (migrantes), students (estudantes) ou leaders (líderes).
learn-error-bad-region = Uma região é um código de país com duas letras, como JM, NG ou KE.
learn-error-answer-count = { $count ->
    [one] Responda à pergunta. Este questionário tem { $count } pergunta.
   *[other] Responda a todas as perguntas. Este questionário tem { $count } perguntas.
}
learn-error-unknown-choice = Uma das respostas não é uma das opções.

## Módulo 1: tráfico de pessoas e contrabando de migrantes

learn-trafficking_and_smuggling-title = Tráfico de pessoas e contrabando de migrantes
learn-trafficking_and_smuggling-summary = O que é o tráfico de pessoas, o que é o contrabando de migrantes e por que razão a diferença é importante.

learn-trafficking_and_smuggling-l1-title = O que é o tráfico de pessoas
learn-trafficking_and_smuggling-l1-body = Tráfico de pessoas é usar uma pessoa para ganhar dinheiro ou outra vantagem, contra a vontade dela. Tem três partes. Alguém recruta, leva ou esconde uma pessoa. Usa a força, mentiras, ameaças ou a situação difícil dessa pessoa. E o objetivo é explorá-la.
learn-trafficking_and_smuggling-l1-p1 = A ação: alguém recruta, transporta, recebe ou esconde uma pessoa.
learn-trafficking_and_smuggling-l1-p2 = Os meios: força, ameaças, mentiras, dívidas, ou aproveitar a situação frágil de uma pessoa.
learn-trafficking_and_smuggling-l1-p3 = A finalidade: explorar a pessoa, no trabalho, no sexo, em crimes ou de outras formas.

learn-trafficking_and_smuggling-l2-title = As crianças são um caso especial
learn-trafficking_and_smuggling-l2-body = Quando se trata de uma criança com menos de 18 anos, a lei não exige força nem mentiras. Se alguém recruta ou leva uma criança para a explorar, é tráfico. Uma criança nunca pode aceitar ser explorada.
learn-trafficking_and_smuggling-l2-p1 = Com menos de 18 anos, só contam a ação e a finalidade.
learn-trafficking_and_smuggling-l2-p2 = O "sim" de uma criança não torna a exploração legal.
learn-trafficking_and_smuggling-l2-p3 = Os adultos têm o dever de proteger as crianças.

learn-trafficking_and_smuggling-l3-title = O que é o contrabando de migrantes
learn-trafficking_and_smuggling-l3-body = Contrabando de migrantes é quando uma pessoa paga a alguém para a ajudar a atravessar uma fronteira sem os documentos necessários. É um crime contra as regras de fronteira do Estado. A viagem acaba na fronteira. Mas o contrabando pode transformar-se em tráfico, quando o contrabandista começa a controlar ou explorando a pessoa.
learn-trafficking_and_smuggling-l3-p1 = O contrabando de migrantes é uma passagem ilegal e paga de uma fronteira.
learn-trafficking_and_smuggling-l3-p2 = O tráfico de pessoas tem a ver com exploração, e não precisa de uma fronteira.
learn-trafficking_and_smuggling-l3-p3 = Uma nova "dívida" depois da viagem é um sinal de alerta de tráfico.

learn-trafficking_and_smuggling-l4-title = Mitos e verdades
learn-trafficking_and_smuggling-l4-body = Muitas pessoas acreditam em coisas sobre o tráfico que não são verdade. Estes mitos impedem as pessoas de o ver. O tráfico acontece muitas vezes perto de casa, com pessoas que a vítima já conhece.
learn-trafficking_and_smuggling-l4-p1 = Mito: há sempre uma fronteira. Verdade: pode acontecer na sua própria cidade.
learn-trafficking_and_smuggling-l4-p2 = Mito: as vítimas estão sempre fechadas à chave. Verdade: muitas são controladas com dívidas, ameaças e medo.
learn-trafficking_and_smuggling-l4-p3 = Mito: só acontece a mulheres. Verdade: homens, mulheres, meninos e meninas são vítimas de tráfico.
learn-trafficking_and_smuggling-l4-p4 = Mito: se a pessoa aceitou ir, não é tráfico. Verdade: aceitar um emprego não é aceitar ser explorado.

learn-trafficking_and_smuggling-q1 = Quais são as três partes do tráfico de uma pessoa adulta?
learn-trafficking_and_smuggling-q1-a = Uma fronteira, um passaporte e um emprego
learn-trafficking_and_smuggling-q1-b = Uma ação, uns meios e uma finalidade de exploração
learn-trafficking_and_smuggling-q1-c = Uma dívida, um contrato e um visto
learn-trafficking_and_smuggling-q1-why = O tráfico é uma ação (recrutar, transportar, esconder), uns meios (força, mentiras, ameaças, aproveitar uma situação frágil) e uma finalidade (a exploração). Não é preciso haver uma fronteira.

learn-trafficking_and_smuggling-q2 = O tráfico de pessoas significa sempre atravessar uma fronteira?
learn-trafficking_and_smuggling-q2-a = Sim, sempre
learn-trafficking_and_smuggling-q2-b = Não, pode acontecer dentro de um só país, até numa só cidade
learn-trafficking_and_smuggling-q2-why = O tráfico tem a ver com exploração, não com viagens. Muitas pessoas são vítimas de tráfico no seu próprio país ou cidade.

learn-trafficking_and_smuggling-q3 = Uma jovem de 15 anos aceita ir com um homem que lhe promete trabalho, e depois é explorada. É tráfico?
learn-trafficking_and_smuggling-q3-a = Não, porque ela aceitou
learn-trafficking_and_smuggling-q3-b = Sim. Com uma criança, não é preciso força nem mentiras
learn-trafficking_and_smuggling-q3-c = Só se ela foi levada para outro país
learn-trafficking_and_smuggling-q3-why = Com qualquer pessoa com menos de 18 anos, recrutá-la ou levá-la para a explorar é tráfico, mesmo que ela tenha dito que sim.

learn-trafficking_and_smuggling-q4 = O que é o contrabando de migrantes?
learn-trafficking_and_smuggling-q4-a = Pagar a alguém para atravessar uma fronteira sem os documentos necessários
learn-trafficking_and_smuggling-q4-b = Qualquer emprego em outro país
learn-trafficking_and_smuggling-q4-c = Trabalhar sem contrato
learn-trafficking_and_smuggling-q4-why = O contrabando de migrantes é uma passagem ilegal e paga de uma fronteira. Pode transformar-se em tráfico se depois a pessoa for controlada e explorada.

learn-trafficking_and_smuggling-q5 = Depois de uma viagem com um contrabandista, ele diz que ainda lhe deve mais e que tem que trabalhar para ele sem salário. Isto é sinal de quê?
learn-trafficking_and_smuggling-q5-a = De uma despesa normal de viagem
learn-trafficking_and_smuggling-q5-b = De tráfico através de uma dívida
learn-trafficking_and_smuggling-q5-c = De uma oferta de emprego justa
learn-trafficking_and_smuggling-q5-why = Uma nova dívida que tem que pagar com trabalho, sem poder ir embora, é servidão por dívidas. É um sinal comum de tráfico.

## Módulo 2: como os recrutadores mentem

learn-how_recruiters_lie-title = Como os recrutadores mentem
learn-how_recruiters_lie-summary = Os truques que algumas pessoas usam para levar outras para a exploração, e como os reconhecer.

learn-how_recruiters_lie-l1-title = Empregos falsos e taxas
learn-how_recruiters_lie-l1-body = Muitos traficantes começam com um anúncio de emprego. O salário é muito alto. Não é preciso experiência. Depois pedem que pague: o visto, a formação, um exame médico ou um depósito. Um empregador justo paga estes custos, não o trabalhador.
learn-how_recruiters_lie-l1-p1 = Um salário muito acima do normal para esse trabalho é um sinal de alerta.
learn-how_recruiters_lie-l1-p2 = Pedir ao trabalhador que pague uma taxa é um sinal de perigo.
learn-how_recruiters_lie-l1-p3 = "Parta esta semana" e "não conte a ninguém" são truques para pressionar.

learn-how_recruiters_lie-l2-title = Ofertas de escolas, clubes de futebol e moda
learn-how_recruiters_lie-l2-body = Algumas ofertas prometem uma vaga numa escola, um teste num clube de futebol ou um contrato de modelo em outro país. A família paga muito dinheiro. Quando chega, não há escola nem clube. O jovem fica com uma dívida, ou é obrigado a trabalhar.
learn-how_recruiters_lie-l2-p1 = As escolas e os clubes verdadeiros podem ser verificados nos seus sites oficiais e junto da embaixada.
learn-how_recruiters_lie-l2-p2 = Os olheiros verdadeiros não pedem que as famílias paguem pelos testes.
learn-how_recruiters_lie-l2-p3 = Fale com um adulto de confiança antes de enviar fotografias, documentos ou dinheiro.

learn-how_recruiters_lie-l3-title = Empregos na internet que são centros de fraude
learn-how_recruiters_lie-l3-body = Alguns anúncios oferecem empregos de "informática", "atendimento ao cliente" ou "vendas pela internet" em outro país, muitas vezes no Sudeste Asiático. A viagem de avião é paga. O nome do empregador não é claro. Quando chegam, as pessoas são obrigadas a enganar outras pela internet e não podem ir embora.
learn-how_recruiters_lie-l3-p1 = Um empregador pouco claro e uma viagem de avião grátis são sinais de alerta.
learn-how_recruiters_lie-l3-p2 = Pesquise o nome da empresa junto com a palavra "fraude".
learn-how_recruiters_lie-l3-p3 = Nunca viaje com um visto de turista para ir trabalhar.

learn-how_recruiters_lie-l4-title = Amor, amigos e família
learn-how_recruiters_lie-l4-body = Alguns traficantes fingem ser namorado, namorada ou amigo. Outros são familiares que "tratam de tudo". Dão presentes e atenção, e depois pedem algo em troca. Os presentes e as viagens pagos por eles podem tornar-se uma dívida.
learn-how_recruiters_lie-l4-p1 = Um novo namorado ou namorada que quer levá-lo para longe muito depressa é um sinal de alerta.
learn-how_recruiters_lie-l4-p2 = Alguém que quer manter a relação em segredo pode ter más intenções.
learn-how_recruiters_lie-l4-p3 = Até a oferta de um familiar deve ser verificada como qualquer outra.

learn-how_recruiters_lie-q1 = Um recrutador pede que pague o seu visto e a sua formação antes de partir. O que faz um empregador justo?
learn-how_recruiters_lie-q1-a = O empregador paga estes custos, não o trabalhador
learn-how_recruiters_lie-q1-b = O trabalhador paga sempre
learn-how_recruiters_lie-q1-c = O trabalhador paga metade
learn-how_recruiters_lie-q1-why = Segundo as regras de recrutamento justo, o empregador paga as taxas de recrutamento e os custos relacionados. Uma taxa pedida ao trabalhador é um sinal de perigo.

learn-how_recruiters_lie-q2 = Um anúncio de emprego diz: "Excelente salário, sem experiência, parta esta semana, não conte a ninguém." O que deve pensar?
learn-how_recruiters_lie-q2-a = É uma oportunidade de sorte, é preciso dizer que sim depressa
learn-how_recruiters_lie-q2-b = Tem vários sinais de alerta; verifique antes de decidir
learn-how_recruiters_lie-q2-why = Um salário bom demais, a pressão para decidir depressa e o segredo são truques comuns. Não tenha pressa e fale com alguém de confiança.

learn-how_recruiters_lie-q3 = Um olheiro quer que a sua família pague por um teste de futebol em outro país. O que é verdade?
learn-how_recruiters_lie-q3-a = Os clubes verdadeiros não pedem que as famílias paguem pelos testes
learn-how_recruiters_lie-q3-b = Todos os clubes cobram pelos testes
learn-how_recruiters_lie-q3-c = É seguro se o olheiro for simpático
learn-how_recruiters_lie-q3-why = As falsas academias de futebol tiram dinheiro das famílias. Um clube verdadeiro pode ser verificado, e não cobra por um teste.

learn-how_recruiters_lie-q4 = Um novo amigo da internet dá-lhe presentes, quer que viaje para o conhecer e que guarde segredo. O que é isto?
learn-how_recruiters_lie-q4-a = Uma coisa normal num novo amigo
learn-how_recruiters_lie-q4-b = Um sinal de alerta de aliciamento; fale com um adulto de confiança
learn-how_recruiters_lie-q4-why = Presentes, segredo e pressão para viajar são formas de os traficantes ganharem confiança. Contar a um adulto de confiança protege-o mais.

learn-how_recruiters_lie-q5 = Que oferta de emprego é um sinal de alerta de um centro de fraude na internet?
learn-how_recruiters_lie-q5-a = Um emprego numa loja do bairro, com um contrato que consegue ler
learn-how_recruiters_lie-q5-b = Um emprego de "atendimento ao cliente" em outro país, com viagem de avião grátis, visto de turista e sem nome da empresa
learn-how_recruiters_lie-q5-why = Os centros de fraude recrutam com empregos pouco claros de "informática" ou "atendimento ao cliente" em outro país. Uma viagem grátis, um visto de turista e um empregador pouco claro são sinais de perigo.

## Módulo 3: os seus direitos no trabalho e quando migra

learn-rights_at_work-title = Os seus direitos no trabalho
learn-rights_at_work-summary = Como é um emprego justo, antes de partir e enquanto trabalha.

learn-rights_at_work-l1-title = Não deve pagar para ter um emprego
learn-rights_at_work-l1-body = O empregador paga os custos do seu recrutamento. Isto inclui as taxas da agência, os custos do visto e a viagem. Não deve pagar uma taxa para conseguir um emprego. Se lhe pedirem para pagar, pergunte a razão e peça conselho.
learn-rights_at_work-l1-p1 = O empregador paga as taxas de recrutamento e os custos relacionados.
learn-rights_at_work-l1-p2 = Peça um recibo por todo o dinheiro que pagar.
learn-rights_at_work-l1-p3 = Uma dívida por causa de um emprego pode ser usada para o controlar.

learn-rights_at_work-l2-title = Um contrato escrito que entende
learn-rights_at_work-l2-body = Antes de partir, deve ter um contrato escrito numa língua que entende. O contrato diz o salário, o horário, as folgas, onde vai morar e quem paga a viagem. Guarde uma cópia. Tenha cuidado se lhe disserem que um novo contrato será assinado quando chegar.
learn-rights_at_work-l2-p1 = Receba o contrato antes de viajar.
learn-rights_at_work-l2-p2 = Tem que estar numa língua que consegue ler.
learn-rights_at_work-l2-p3 = Mostra o salário, o horário, as folgas e o alojamento.
learn-rights_at_work-l2-p4 = Guarde uma cópia num lugar seguro e envie outra a alguém de confiança.

learn-rights_at_work-l3-title = O seu passaporte é seu
learn-rights_at_work-l3-body = O seu passaporte e os seus documentos pertencem-lhe. Um empregador ou um agente não deve ficar com eles. Pode guardá-los num lugar seguro só seu. Se alguém lhe tirar os documentos, é um sinal de alerta.
learn-rights_at_work-l3-p1 = Guarde o seu próprio passaporte e documento de identidade.
learn-rights_at_work-l3-p2 = Guarde cópias e fotografias dos seus documentos.
learn-rights_at_work-l3-p3 = Um empregador que fica com os seus documentos é um sinal de alerta de trabalho forçado.

learn-rights_at_work-l4-title = É livre de ir embora
learn-rights_at_work-l4-body = Tem o direito de mudar de emprego ou de voltar para casa. Ninguém o deve impedir com ameaças ou com uma dívida. Verifique o recrutador antes de assinar: procure a licença dele e pergunte num serviço do governo ou numa organização conhecida.
learn-rights_at_work-l4-p1 = Pode deixar um emprego sem ter que pagar uma dívida como castigo.
learn-rights_at_work-l4-p2 = Um recrutador com licença pode ser verificado junto do governo.
learn-rights_at_work-l4-p3 = Um visto de trabalho é para trabalhar. Um visto de turista não é.

learn-rights_at_work-q1 = Quem deve pagar as taxas do seu recrutamento para um emprego?
learn-rights_at_work-q1-a = O próprio trabalhador
learn-rights_at_work-q1-b = O empregador
learn-rights_at_work-q1-c = A sua família
learn-rights_at_work-q1-why = Recrutamento justo significa que o empregador paga as taxas de recrutamento e os custos relacionados. Os trabalhadores não pagam nada pelo emprego.

learn-rights_at_work-q2 = Quando deve receber um contrato escrito?
learn-rights_at_work-q2-a = Antes de partir, numa língua que entende
learn-rights_at_work-q2-b = Depois de chegar
learn-rights_at_work-q2-c = Não é preciso contrato
learn-rights_at_work-q2-why = Um contrato antes da viagem, na sua língua, protege-o. "Assinamos quando chegar" é um sinal de alerta.

learn-rights_at_work-q3 = O seu empregador quer ficar com o seu passaporte. O que é verdade?
learn-rights_at_work-q3-a = É normal e seguro
learn-rights_at_work-q3-b = O seu passaporte é seu; um empregador que fica com ele é um sinal de alerta
learn-rights_at_work-q3-why = Ficar com os documentos de um trabalhador é um dos indicadores de trabalho forçado. Tem o direito de guardar o seu próprio passaporte.

learn-rights_at_work-q4 = Pode deixar um emprego no estrangeiro se quiser?
learn-rights_at_work-q4-a = Sim. Pode mudar de emprego ou voltar para casa sem uma dívida como castigo
learn-rights_at_work-q4-b = Não, nunca antes do fim do contrato
learn-rights_at_work-q4-why = Ser livre de ir embora é um direito básico. Uma dívida ou uma ameaça que o impede de ir embora é um sinal de trabalho forçado.

learn-rights_at_work-q5 = Com que visto deve viajar para um emprego?
learn-rights_at_work-q5-a = Um visto de turista
learn-rights_at_work-q5-b = Um visto de trabalho
learn-rights_at_work-q5-c = Sem visto
learn-rights_at_work-q5-why = Trabalhar com um visto de turista deixa-o sem proteção e fácil de controlar. Um emprego verdadeiro no estrangeiro vem com um visto de trabalho.

## Módulo 4: sinais de alerta em outra pessoa

learn-warning_signs-title = Sinais de alerta em outra pessoa
learn-warning_signs-summary = Como perceber quando um amigo, um colega de turma ou um vizinho pode estar em perigo.

learn-warning_signs-l1-title = Como a pessoa pode parecer
learn-warning_signs-l1-body = Uma pessoa explorada pode parecer muito cansada ou com fome. Pode ter ferimentos que não explica. Pode parecer assustada, nervosa ou muito calada. As respostas dela podem parecer decoradas.
learn-warning_signs-l1-p1 = Sempre cansada, com fome ou doente.
learn-warning_signs-l1-p2 = Com medo, ansiosa, ou evita olhar para as pessoas.
learn-warning_signs-l1-p3 = Dá respostas que parecem ensaiadas.

learn-warning_signs-l2-title = Condições de trabalho e de vida
learn-warning_signs-l2-body = Repare em como a pessoa trabalha e vive. Pode trabalhar muitíssimas horas sem dias de folga. Pode dormir no local de trabalho, ou num quarto cheio de gente. Pode não ir à escola.
learn-warning_signs-l2-p1 = Horários muito longos, sem dias de folga.
learn-warning_signs-l2-p2 = Vive no local de trabalho ou numa casa cheia de gente.
learn-warning_signs-l2-p3 = Uma criança que trabalha em vez de ir à escola.

learn-warning_signs-l3-title = Sinais de que a pessoa é controlada
learn-warning_signs-l3-body = Alguém pode controlar a pessoa. Outra pessoa fala por ela. Outra pessoa guarda os documentos, o dinheiro ou o telefone dela. Ela não pode sair sozinha. A história dela não faz sentido.
learn-warning_signs-l3-p1 = Alguém fala sempre por ela.
learn-warning_signs-l3-p2 = Outra pessoa guarda o documento de identidade, o dinheiro ou o telefone dela.
learn-warning_signs-l3-p3 = Não pode entrar e sair livremente.

learn-warning_signs-l4-title = Relações que criam dívidas
learn-warning_signs-l4-body = Um jovem pode ter um namorado ou uma namorada muito mais velha. Essa pessoa dá presentes, saldo para o telefone ou dinheiro. Depois diz que o jovem lhe deve algo em troca. Esta é uma forma comum de controlar jovens.
learn-warning_signs-l4-p1 = Um namorado ou uma namorada muito mais velha.
learn-warning_signs-l4-p2 = Presentes caros que "têm que ser pagos".
learn-warning_signs-l4-p3 = Mudanças de repente: falta às aulas, novos segredos, novos amigos muito mais velhos.

learn-warning_signs-q1 = Qual destas coisas pode ser um sinal de alerta de que alguém é explorado?
learn-warning_signs-q1-a = Outra pessoa fala sempre por ela e guarda o documento de identidade dela
learn-warning_signs-q1-b = Tem um corte de cabelo novo
learn-warning_signs-q1-c = Gosta do seu emprego
learn-warning_signs-q1-why = Quando outra pessoa fala por alguém e fica com os documentos dele, isso pode significar que essa pessoa é controlada.

learn-warning_signs-q2 = O namorado muito mais velho de uma colega de turma dá-lhe presentes e diz que ela tem que lhe pagar de volta. O que é isto?
learn-warning_signs-q2-a = Uma relação normal
learn-warning_signs-q2-b = Um sinal de alerta: os presentes podem ser usados para criar uma dívida e controlar
learn-warning_signs-q2-why = Um namorado muito mais velho e presentes que criam uma dívida são uma forma comum de controlar jovens. Fale com um adulto de confiança.

learn-warning_signs-q3 = Pensa que um amigo pode estar em perigo. Qual é o primeiro passo mais seguro?
learn-warning_signs-q3-a = Confrontar a pessoa que o controla
learn-warning_signs-q3-b = Publicar sobre isso na internet
learn-warning_signs-q3-c = Falar com um adulto de confiança ou com um serviço de ajuda
learn-warning_signs-q3-why = Confrontar alguém ou publicar na internet pode pôr o seu amigo em mais perigo. Um adulto de confiança ou um serviço de ajuda sabe o que fazer.

learn-warning_signs-q4 = Uma criança trabalha o dia todo numa casa e nunca vai à escola. Isto é um sinal de alerta?
learn-warning_signs-q4-a = Sim
learn-warning_signs-q4-b = Não, é uma ajuda normal em casa
learn-warning_signs-q4-why = Muitas horas de trabalho em vez de escola, e não ter liberdade para sair, são sinais de alerta de exploração infantil.

learn-warning_signs-q5 = Um só sinal de alerta prova que alguém é vítima de tráfico?
learn-warning_signs-q5-a = Sim, sempre
learn-warning_signs-q5-b = Não. Os sinais são razões para se preocupar e pedir conselho, não são provas
learn-warning_signs-q5-why = Os sinais de alerta mostram um risco, não são provas. Quando notar vários, fale com alguém que possa ajudar.

## Módulo 5: a lista para migrar com segurança

learn-safe_migration-title = Migrar com segurança
learn-safe_migration-summary = O que fazer antes de partir, durante a viagem e quando chegar.

learn-safe_migration-l1-title = Antes de partir
learn-safe_migration-l1-body = Verifique o emprego e o recrutador antes de partir. Confirme que tem um contrato escrito e um visto de trabalho. Diga à sua família para onde vai e com quem.
learn-safe_migration-l1-p1 = Verifique a licença do recrutador e o nome do empregador.
learn-safe_migration-l1-p2 = Tenha um contrato que entende e um visto de trabalho.
learn-safe_migration-l1-p3 = Deixe o nome e o endereço do empregador com a sua família.

learn-safe_migration-l2-title = Os seus documentos e números de telefone
learn-safe_migration-l2-body = Faça cópias do seu passaporte, do visto e do contrato. Deixe um conjunto de cópias com alguém de confiança em casa. Decore o número de telefone de uma pessoa de confiança, e os números de ajuda do lugar para onde vai.
learn-safe_migration-l2-p1 = Guarde cópias dos seus documentos num lugar seguro.
learn-safe_migration-l2-p2 = Decore pelo menos um número de telefone de confiança.
learn-safe_migration-l2-p3 = Combine com a sua família uma palavra secreta que quer dizer "preciso de ajuda".

learn-safe_migration-l3-title = Durante a viagem
learn-safe_migration-l3-body = Não se separe do passaporte nem do dinheiro. Tenha cuidado se pessoas desconhecidas o esperarem na fronteira, ou se o plano mudar de repente. Mantenha a sua família sempre informada.
learn-safe_migration-l3-p1 = Não dê o seu passaporte a ninguém para o levar por si.
learn-safe_migration-l3-p2 = Uma mudança de repente no caminho ou no emprego é um sinal de alerta.
learn-safe_migration-l3-p3 = Mande uma mensagem à sua família em cada etapa da viagem.

learn-safe_migration-l4-title = Quando chegar, e se as coisas mudarem
learn-safe_migration-l4-body = Descubra onde fica a embaixada do seu país. Informe-se sobre os serviços de ajuda do lugar. Se o emprego não for o que lhe prometeram, tem escolhas. Pode pedir conselho antes de decidir o que fazer.
learn-safe_migration-l4-p1 = Saiba onde fica a sua embaixada ou o seu consulado.
learn-safe_migration-l4-p2 = Procure serviços de ajuda que não denunciam as pessoas à imigração.
learn-safe_migration-l4-p3 = Se as coisas mudarem, peça conselho. Não tem que decidir sozinho.

learn-safe_migration-q1 = O que deve fazer com as cópias do seu passaporte e do seu contrato?
learn-safe_migration-q1-a = Guardar as cópias num lugar seguro e deixar um conjunto com alguém de confiança
learn-safe_migration-q1-b = Dá-las todas ao recrutador
learn-safe_migration-q1-c = Não precisa de cópias
learn-safe_migration-q1-why = As cópias ajudam a provar quem é e o que lhe prometeram, se os seus documentos se perderem ou se lhos tirarem.

learn-safe_migration-q2 = Por que razão decorar um número de telefone de confiança?
learn-safe_migration-q2-a = Porque o seu telefone pode ser tirado ou perdido
learn-safe_migration-q2-b = Não serve para nada
learn-safe_migration-q2-why = As pessoas que controlam outras muitas vezes tiram-lhes o telefone. Um número que sabe de cor permite pedir ajuda a partir de qualquer telefone.

learn-safe_migration-q3 = Pelo caminho, o plano muda de repente: um novo emprego, uma nova cidade. O que é isto?
learn-safe_migration-q3-a = Uma parte normal de uma viagem
learn-safe_migration-q3-b = Um sinal de alerta; fale com alguém de confiança
learn-safe_migration-q3-why = Uma mudança repentina de emprego ou de caminho é um sinal comum de engano. Avise alguém de confiança e peça conselho.

learn-safe_migration-q4 = Antes de partir, quem deve saber o nome e o endereço do seu empregador?
learn-safe_migration-q4-a = Ninguém
learn-safe_migration-q4-b = A sua família ou uma pessoa de confiança
learn-safe_migration-q4-why = Se alguém de confiança souber onde está, pode ajudar a procurá-lo e pedir ajuda se deixar de ter notícias suas.

learn-safe_migration-q5 = No estrangeiro, o emprego não é o que lhe prometeram. O que é verdade?
learn-safe_migration-q5-a = Não tem escolhas
learn-safe_migration-q5-b = Tem escolhas e pode pedir conselho, por exemplo à sua embaixada ou a um serviço de ajuda
learn-safe_migration-q5-why = Não está sozinho. As embaixadas e os serviços de ajuda podem explicar as suas opções, e alguns não denunciam as pessoas à imigração.

## Módulo 6: pedir ajuda com segurança

learn-getting_help-title = Pedir ajuda com segurança
learn-getting_help-summary = Onde pedir ajuda, o que acontece quando pede, e como ajudar um amigo.

learn-getting_help-l1-title = Ajuda segura
learn-getting_help-l1-body = Alguns serviços de ajuda são gratuitos e confidenciais. Alguns não denunciam as pessoas à polícia nem à imigração. A lista de serviços de ajuda do Waymark diz, para cada serviço, se informa as autoridades e se pode manter o anonimato.
learn-getting_help-l1-p1 = Muitas linhas de ajuda são gratuitas e confidenciais.
learn-getting_help-l1-p2 = Antes de ligar, veja se o serviço informa a imigração.
learn-getting_help-l1-p3 = Em caso de perigo imediato, ligue para o número de emergência.

learn-getting_help-l2-title = O que acontece quando liga
learn-getting_help-l2-body = Uma pessoa preparada para isso ouve-o. É você que escolhe o que dizer. Não tem que dizer o seu nome. Explicam-lhe as suas opções e o que podem fazer. É você que decide o que acontece a seguir.
learn-getting_help-l2-p1 = Pode fazer perguntas primeiro.
learn-getting_help-l2-p2 = Muitas vezes pode manter o anonimato.
learn-getting_help-l2-p3 = É você que escolhe o passo seguinte.

learn-getting_help-l3-title = Ajudar um amigo sem perigo
learn-getting_help-l3-body = Se um amigo pode estar em perigo, ouça-o e acredite nele. Não confronte a pessoa que o controla. Isso pode piorar as coisas. Ajude o seu amigo a chegar a um serviço, ou pergunte ao serviço o que pode fazer.
learn-getting_help-l3-p1 = Ouça e acredite.
learn-getting_help-l3-p2 = Nunca confronte um traficante sozinho.
learn-getting_help-l3-p3 = Deixe o seu amigo decidir, a não ser que uma criança esteja em perigo.

learn-getting_help-l4-title = Manter o seu telefone privado
learn-getting_help-l4-body = Alguém pode ver o seu telefone. O Waymark tem uma saída rápida e pode esconder o que guardou. Apague as mensagens sobre ajuda se não for seguro guardá-las. Quando puder, use um telefone de confiança.
learn-getting_help-l4-p1 = Use a saída rápida se alguém se aproximar.
learn-getting_help-l4-p2 = Apague o histórico de chamadas e de mensagens se não for seguro.
learn-getting_help-l4-p3 = Guarde os números de ajuda com um nome que não chame a atenção.

learn-getting_help-q1 = O seu amigo pode estar nas mãos de um traficante. O que NÃO deve fazer?
learn-getting_help-q1-a = Ouvi-lo e acreditar nele
learn-getting_help-q1-b = Confrontar o traficante sozinho
learn-getting_help-q1-c = Pedir conselho a um serviço de ajuda
learn-getting_help-q1-why = Confrontar um traficante pode ser perigoso para o seu amigo e também para quem o faz. Ouvir e pedir conselho são passos seguros.

learn-getting_help-q2 = Liga para uma linha de ajuda. Tem que dizer o seu nome?
learn-getting_help-q2-a = Sim, sempre
learn-getting_help-q2-b = Muitas vezes não. Pode perguntar se pode manter o anonimato
learn-getting_help-q2-why = Muitos serviços permitem manter o anonimato. Pode perguntar primeiro e escolher o que quer contar.

learn-getting_help-q3 = Tem medo de ser denunciado à imigração. O que pode verificar?
learn-getting_help-q3-a = Se o serviço informa a imigração; isso aparece na lista de serviços de ajuda
learn-getting_help-q3-b = Nada, todos os serviços denunciam
learn-getting_help-q3-why = Nem todos os serviços informam a imigração. A lista de serviços de ajuda diz, para cada serviço, se o faz ou não.

learn-getting_help-q4 = Alguém está em perigo imediato. O que deve fazer?
learn-getting_help-q4-a = Esperar até amanhã
learn-getting_help-q4-b = Ligar para o número de emergência
learn-getting_help-q4-why = Quando a vida ou a segurança de alguém está em perigo agora, ligue para o número de emergência.

learn-getting_help-q5 = Uma amiga de 14 anos conta que é explorada e pede que guarde segredo. O que é melhor?
learn-getting_help-q5-a = Guardar o segredo
learn-getting_help-q5-b = Contar a um adulto de confiança, porque a segurança de uma criança vem primeiro
learn-getting_help-q5-why = Quando uma criança está em perigo, contar a um adulto de confiança é o mais certo, mesmo que ela tenha pedido segredo.

## Módulo 7: para líderes e professores

learn-for_leaders-title = Para líderes e professores
learn-for_leaders-summary = Conduzir uma sessão, responder quando alguém conta a sua situação, encaminhar com segurança e cuidar de si.

learn-for_leaders-l1-title = Conduzir uma sessão
learn-for_leaders-l1-body = Comece pelo que as pessoas já sabem. Use as histórias, não imagens assustadoras. Combinem regras para o grupo: respeito, sem nomes, ninguém é obrigado a falar de si. Diga onde as pessoas podem pedir ajuda, e que no fim estará disponível para conversar.
learn-for_leaders-l1-p1 = Combinem regras: respeito, privacidade, sem nomes nas histórias.
learn-for_leaders-l1-p2 = Use histórias e perguntas, nunca imagens chocantes.
learn-for_leaders-l1-p3 = Diga onde há ajuda, no início e no fim.

learn-for_leaders-l2-title = Quando alguém lhe conta
learn-for_leaders-l2-body = Alguém pode contar-lhe a sua própria situação. Ouça com calma. Acredite na pessoa. Não peça todos os detalhes. Não prometa guardar um segredo que não pode guardar. Pense primeiro na segurança da pessoa, e depois no encaminhamento.
learn-for_leaders-l2-p1 = Ouça, acredite e mantenha a calma.
learn-for_leaders-l2-p2 = Não prometa um segredo que não pode guardar.
learn-for_leaders-l2-p3 = Segurança primeiro: é seguro para a pessoa voltar hoje para casa?
learn-for_leaders-l2-p4 = Encaminhe para um serviço, com o acordo da pessoa se for adulta.

learn-for_leaders-l3-title = Encaminhamento local
learn-for_leaders-l3-body = Antes da sessão, conheça os serviços do lugar: uma linha de ajuda, um abrigo, um serviço de apoio jurídico, um serviço de saúde. Saiba quais informam a polícia ou a imigração. Leve a lista e confirme que está atualizada.
learn-for_leaders-l3-p1 = Conheça dois ou três serviços locais antes da sessão.
learn-for_leaders-l3-p2 = Saiba que serviços informam a polícia ou a imigração.
learn-for_leaders-l3-p3 = Quando é uma criança que conta, seguem-se as regras de proteção da criança.

learn-for_leaders-l4-title = Cuidar de si
learn-for_leaders-l4-body = Ouvir histórias difíceis pode pesar. Fale com alguém de confiança, sem dizer nomes. Faça pausas. Não consegue resolver tudo sozinho, e não faz mal.
learn-for_leaders-l4-p1 = Compartilhe o peso com um supervisor ou um colega, sem dizer nomes.
learn-for_leaders-l4-p2 = Descanse depois das sessões difíceis.
learn-for_leaders-l4-p3 = É uma parte de uma rede de ajuda.

learn-for_leaders-q1 = Alguém lhe conta que é explorado. Qual é a primeira coisa a fazer?
learn-for_leaders-q1-a = Ouvir com calma e acreditar na pessoa
learn-for_leaders-q1-b = Pedir todos os detalhes do que aconteceu
learn-for_leaders-q1-c = Contar ao grupo todo
learn-for_leaders-q1-why = Ouvir e acreditar cria confiança. Perguntas a mais podem perturbar a pessoa e prejudicar um processo mais tarde.

learn-for_leaders-q2 = Deve prometer guardar segredo sobre o que lhe contaram?
learn-for_leaders-q2-a = Sim, sempre
learn-for_leaders-q2-b = Não. Não prometa um segredo que não pode guardar
learn-for_leaders-q2-why = Pode ter que agir para proteger alguém, sobretudo uma criança. Seja honesto sobre o que vai fazer.

learn-for_leaders-q3 = Que material é melhor para uma sessão com jovens?
learn-for_leaders-q3-a = Fotografias chocantes de vítimas
learn-for_leaders-q3-b = Histórias e perguntas que fazem pensar, sem conteúdo violento ou chocante
learn-for_leaders-q3-why = Imagens chocantes podem assustar e envergonhar as pessoas. Histórias e perguntas ajudam a aprender e a lembrar.

learn-for_leaders-q4 = O que deve saber antes da sessão?
learn-for_leaders-q4-a = Os serviços de ajuda locais, e quais informam a polícia ou a imigração
learn-for_leaders-q4-b = Nada, as pessoas encontram ajuda sozinhas
learn-for_leaders-q4-why = Conhecer o encaminhamento local permite ajudar alguém logo, de uma forma segura para essa pessoa.

learn-for_leaders-q5 = Depois de ouvir histórias difíceis, o que o ajuda?
learn-for_leaders-q5-a = Guardar tudo para si
learn-for_leaders-q5-b = Falar com um supervisor ou um colega, sem dizer nomes, e descansar
learn-for_leaders-q5-why = Cuidar de si permite-lhe continuar a ajudar os outros. Compartilhe o peso sem compartilhar nomes.

learn-press-enter = Pressione Enter para continuar.
