## Aprender: módulos de sensibilização, lições, histórias e questionários.
## Ids: learn-<module>-title/-summary, -l<n>-title/-body/-p<k> (pontos principais),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (pergunta), -q<n>-a/-b/-c (opções),
## -q<n>-why (explicação). Frases curtas: cada texto é lido em voz alta pela leitura de voz do telefone.

## Ecrãs / telas

learn-menu-title = Aprender
learn-menu-choose-track = Que grupo descreve melhor a sua situação?
learn-menu-choose-module = Escolha um módulo
learn-menu-scenario = Uma história para pensar
learn-menu-progress = O meu progresso
learn-menu-clear-progress = Apagar o meu progresso
learn-lesson-heading = Lição { $number } de { $total }
learn-key-points = Pontos principais
learn-quiz-question-heading = Pergunta { $number } de { $total }
learn-quiz-correct = Certo.
learn-quiz-wrong = Não é bem assim. A resposta é: { $answer }
learn-quiz-score = Acertou { $score } de { $total }.
learn-quiz-best = O seu melhor resultado: { $score } de { $total }.
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
learn-trafficking_and_smuggling-l1-body = O tráfico de pessoas é explorar uma pessoa para ganhar dinheiro ou outra vantagem. Tem três partes. Alguém recruta, transporta ou esconde uma pessoa. Usa a força, mentiras, ameaças ou a situação difícil da pessoa. E o objetivo é explorá-la. Quando estes meios são usados, não importa que a pessoa tenha dito sim.
learn-trafficking_and_smuggling-l1-p1 = A ação: alguém recruta, transporta, recebe ou esconde uma pessoa.
learn-trafficking_and_smuggling-l1-p2 = Os meios: força, ameaças, mentiras, dívidas, ou aproveitar a situação frágil de uma pessoa.
learn-trafficking_and_smuggling-l1-p3 = A finalidade: explorar a pessoa, no trabalho, no sexo, em crimes ou de outras formas.

learn-trafficking_and_smuggling-l2-title = As crianças são um caso especial
learn-trafficking_and_smuggling-l2-body = Quando se trata de uma criança com menos de 18 anos, a lei não exige força nem mentiras. Se alguém recruta ou leva uma criança para a explorar, é tráfico. Uma criança nunca pode aceitar ser explorada.
learn-trafficking_and_smuggling-l2-p1 = Com menos de 18 anos, só contam a ação e a finalidade.
learn-trafficking_and_smuggling-l2-p2 = O "sim" de uma criança não torna a exploração legal.
learn-trafficking_and_smuggling-l2-p3 = Os adultos têm o dever de proteger as crianças.

learn-trafficking_and_smuggling-l3-title = O que é o contrabando de migrantes
learn-trafficking_and_smuggling-l3-body = O contrabando de migrantes é o que faz o contrabandista: fazer uma pessoa atravessar uma fronteira de forma ilegal, para ganhar dinheiro. O crime é do contrabandista. A regra da ONU diz que uma pessoa não é criminosa só porque foi levada por um contrabandista. Alguns países ainda multam ou mandam de volta quem entra sem documentos, por isso peça conselho. O contrabando pode transformar-se em tráfico, quando o contrabandista começa a controlar ou explorando a pessoa.
learn-trafficking_and_smuggling-l3-p1 = O contrabando é o ato do contrabandista: uma passagem ilegal de fronteira, por dinheiro.
learn-trafficking_and_smuggling-l3-p2 = O tráfico de pessoas tem a ver com exploração, e não precisa de uma fronteira.
learn-trafficking_and_smuggling-l3-p3 = Uma nova "dívida" depois da viagem é um sinal de alerta de tráfico.

learn-trafficking_and_smuggling-l4-title = Mitos e verdades
learn-trafficking_and_smuggling-l4-body = Muitas pessoas acreditam em coisas sobre o tráfico que não são verdade. Estes mitos impedem as pessoas de o ver. O tráfico acontece muitas vezes perto de casa, com pessoas que a vítima já conhece.
learn-trafficking_and_smuggling-l4-p1 = Mito: há sempre uma fronteira. Verdade: pode acontecer na sua própria cidade.
learn-trafficking_and_smuggling-l4-p2 = Mito: as vítimas estão sempre fechadas à chave. Verdade: muitas são controladas com dívidas, ameaças e medo.
learn-trafficking_and_smuggling-l4-p3 = Mito: só acontece a mulheres. Verdade: homens, mulheres, meninos e meninas são vítimas de tráfico.
learn-trafficking_and_smuggling-l4-p4 = Mito: se a pessoa aceitou ir, não é tráfico. Verdade: aceitar um emprego não é aceitar ser explorado.
learn-trafficking_and_smuggling-l5-title = O que é trabalho forçado
learn-trafficking_and_smuggling-l5-body = Trabalho forçado é um trabalho que alguém obriga uma pessoa a fazer sob a ameaça de um castigo, e que a pessoa não aceitou livremente. A ameaça pode ser violência, uma dívida, ficar com o passaporte ou ameaçar chamar a polícia. Um trabalho aceito no início pode tornar-se trabalho forçado, quando a pessoa já não é livre de dizer não ou de sair.
learn-trafficking_and_smuggling-l5-p1 = Trabalho forçado: trabalho sob ameaça, que não foi escolhido livremente.
learn-trafficking_and_smuggling-l5-p2 = A ameaça pode ser violência, uma dívida, um passaporte retido ou a polícia.
learn-trafficking_and_smuggling-l5-p3 = Um trabalho que aceitou pode ainda assim tornar-se trabalho forçado.

learn-trafficking_and_smuggling-q1 = Quais são as três partes do tráfico de uma pessoa adulta?
learn-trafficking_and_smuggling-q1-a = Um ato, um meio e uma finalidade
learn-trafficking_and_smuggling-q1-b = Uma fronteira, um passaporte e um emprego
learn-trafficking_and_smuggling-q1-c = Uma dívida, um contrato e um visto
learn-trafficking_and_smuggling-q1-why = O tráfico é uma ação (recrutar, transportar, esconder), uns meios (força, mentiras, ameaças, aproveitar uma situação frágil) e uma finalidade (a exploração). Não é preciso haver uma fronteira.

learn-trafficking_and_smuggling-q2 = Onde pode acontecer o tráfico de pessoas?
learn-trafficking_and_smuggling-q2-a = Só quando alguém atravessa uma fronteira
learn-trafficking_and_smuggling-q2-b = Só em cidades grandes longe de casa
learn-trafficking_and_smuggling-q2-c = Em qualquer lugar, até na sua cidade ou na sua aldeia
learn-trafficking_and_smuggling-q2-why = O tráfico tem a ver com exploração, não com viagens. Muitas pessoas são vítimas de tráfico no seu próprio país ou cidade.

learn-trafficking_and_smuggling-q3 = Uma jovem de 15 anos aceita ir com um homem que lhe promete trabalho, e depois é explorada. É tráfico?
learn-trafficking_and_smuggling-q3-a = Não, porque ela aceitou ir
learn-trafficking_and_smuggling-q3-b = Sim, é tráfico de pessoas
learn-trafficking_and_smuggling-q3-c = Só se ela foi levada para outro país
learn-trafficking_and_smuggling-q3-why = Com qualquer pessoa com menos de 18 anos, recrutá-la ou levá-la para a explorar é tráfico, mesmo que ela tenha dito que sim.

learn-trafficking_and_smuggling-q4 = O que é o contrabando de migrantes?
learn-trafficking_and_smuggling-q4-a = Qualquer emprego pago em outro país
learn-trafficking_and_smuggling-q4-b = Um crime que o migrante comete ao viajar sem documentos
learn-trafficking_and_smuggling-q4-c = Fazer alguém atravessar uma fronteira ilegalmente, por dinheiro
learn-trafficking_and_smuggling-q4-why = O contrabando de migrantes é o ato do contrabandista: fazer uma pessoa atravessar uma fronteira de forma ilegal para ganhar dinheiro. Pela regra da ONU, a pessoa levada não é criminosa por isso. O contrabando pode transformar-se em tráfico se depois a pessoa for controlada e explorada.

learn-trafficking_and_smuggling-q5 = Depois de uma viagem com um contrabandista, ele diz que ainda lhe deve mais e que tem que trabalhar para ele sem salário. Isto é sinal de quê?
learn-trafficking_and_smuggling-q5-a = Tráfico de pessoas por dívida
learn-trafficking_and_smuggling-q5-b = Um custo normal da viagem
learn-trafficking_and_smuggling-q5-c = Um acordo justo, porque aceitou viajar
learn-trafficking_and_smuggling-q5-why = Uma nova dívida que tem que pagar trabalhando, sem poder sair, chama-se servidão por dívidas: a dívida é usada para o controlar. É um sinal comum de tráfico de pessoas, mesmo que tenha aceitado a viagem.

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
learn-how_recruiters_lie-l3-p3 = Não viaje para um emprego só com um visto de turista.

learn-how_recruiters_lie-l4-title = Amor, amigos e família
learn-how_recruiters_lie-l4-body = Alguns traficantes fingem ser namorado, namorada ou amigo. Outros são familiares que "tratam de tudo". Dão presentes e atenção, e depois pedem algo em troca. Os presentes e as viagens pagos por eles podem tornar-se uma dívida.
learn-how_recruiters_lie-l4-p1 = Um novo namorado ou namorada que quer levá-lo para longe muito depressa é um sinal de alerta.
learn-how_recruiters_lie-l4-p2 = Alguém que quer manter a relação em segredo pode ter más intenções.
learn-how_recruiters_lie-l4-p3 = Até a oferta de um familiar deve ser verificada como qualquer outra.

learn-how_recruiters_lie-q1 = Um recrutador pede que pague o seu visto e a sua formação antes de partir. O que faz um empregador justo?
learn-how_recruiters_lie-q1-a = O trabalhador paga e depois é descontado do salário
learn-how_recruiters_lie-q1-b = O empregador paga esses custos
learn-how_recruiters_lie-q1-c = O trabalhador paga metade, como sinal de confiança
learn-how_recruiters_lie-q1-why = Pelas regras de recrutamento justo, o empregador paga as taxas de recrutamento e os custos relacionados. Uma taxa pedida ao trabalhador é um sinal vermelho, um sinal de que algo pode estar errado.

learn-how_recruiters_lie-q2 = Um anúncio de emprego diz: "Excelente salário, sem experiência, parta esta semana, não conte a ninguém." O que deve pensar?
learn-how_recruiters_lie-q2-a = É uma sorte; diga sim depressa
learn-how_recruiters_lie-q2-b = Está bem se o salário estiver por escrito
learn-how_recruiters_lie-q2-c = Verificar com alguém de confiança antes de decidir
learn-how_recruiters_lie-q2-why = Um salário bom demais, pressão para decidir depressa e segredo são truques comuns. Tome o seu tempo e verifique a oferta com alguém de confiança.

learn-how_recruiters_lie-q3 = Um olheiro quer que a sua família pague por um teste de futebol em outro país. O que é verdade?
learn-how_recruiters_lie-q3-a = Um clube verdadeiro não pede às famílias para pagar um teste
learn-how_recruiters_lie-q3-b = Pagar é normal; os testes no estrangeiro custam dinheiro
learn-how_recruiters_lie-q3-c = É seguro se o olheiro for simpático e conhecido
learn-how_recruiters_lie-q3-why = As falsas academias de futebol tiram dinheiro das famílias. Um clube verdadeiro pode ser verificado, e não cobra por um teste.

learn-how_recruiters_lie-q4 = Um novo amigo da internet dá-lhe presentes, quer que viaje para o conhecer e que guarde segredo. O que é isto?
learn-how_recruiters_lie-q4-a = Normal, se parecer gentil e honesto
learn-how_recruiters_lie-q4-b = Um sinal de alerta de aliciamento
learn-how_recruiters_lie-q4-c = Seguro, se o encontro for num lugar público
learn-how_recruiters_lie-q4-why = Aliciamento é ganhar a confiança de um jovem com presentes e atenção, para lhe fazer mal ou o explorar. Presentes, segredo e pressão para viajar são sinais disso. Contar a um adulto de confiança protege.

learn-how_recruiters_lie-q5 = Que oferta de emprego é um sinal de alerta de um centro de fraude na internet?
learn-how_recruiters_lie-q5-a = Um emprego de "informática" no estrangeiro, voo pago, sem nome de empresa
learn-how_recruiters_lie-q5-b = Um emprego numa loja perto de casa, com um contrato para ler antes
learn-how_recruiters_lie-q5-c = Um emprego num hotel que pode verificar, com autorização de trabalho
learn-how_recruiters_lie-q5-why = Os centros de golpes recrutam com empregos vagos de "informática" ou "atendimento ao cliente" no estrangeiro. Um voo grátis, um visto de turista e um empregador pouco claro são sinais vermelhos. Ao chegar, as pessoas são obrigadas a enganar outras pela internet.

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

learn-rights_at_work-l4-title = Ninguém o pode obrigar a ficar
learn-rights_at_work-l4-body = Ninguém o pode obrigar a ficar num emprego com ameaças, violência ou uma dívida. Pode sempre pedir para voltar para casa. Mudar de empregador depende do seu visto. Em alguns lugares, como nos países do Golfo, ou no trabalho agrícola no Canadá e nos Estados Unidos, o visto está ligado a um só empregador. Sair pode fazer com que seja denunciado ou mandado para casa. Por isso, peça conselho primeiro, a um serviço de ajuda ou à sua embaixada. Antes de assinar, verifique o recrutador: procure a licença dele e pergunte num serviço do governo ou numa organização conhecida.
learn-rights_at_work-l4-p1 = Ninguém o pode prender ao trabalho com ameaças ou uma dívida.
learn-rights_at_work-l4-p2 = Se o seu visto o liga a um só empregador, peça conselho antes de sair.
learn-rights_at_work-l4-p3 = Um visto de turista, sozinho, não permite trabalhar. Pergunte que documentos o seu emprego exige.
learn-rights_at_work-l4-p4 = Um recrutador licenciado pode ser verificado junto do governo.

learn-rights_at_work-q1 = Quem deve pagar as taxas do seu recrutamento para um emprego?
learn-rights_at_work-q1-a = O próprio trabalhador
learn-rights_at_work-q1-b = O empregador
learn-rights_at_work-q1-c = O trabalhador e o empregador, metade cada um
learn-rights_at_work-q1-why = Recrutamento justo significa que o empregador paga as taxas de recrutamento e os custos relacionados. Os trabalhadores não pagam nada pelo emprego.

learn-rights_at_work-q2 = Quando deve receber um contrato escrito?
learn-rights_at_work-q2-a = À chegada, dado pelo empregador
learn-rights_at_work-q2-b = Nunca; uma promessa por telefone basta
learn-rights_at_work-q2-c = Antes de partir, numa língua que consegue ler
learn-rights_at_work-q2-why = Um contrato antes de viajar, numa língua que consegue ler, protege-o. "Assinamos quando chegar" é um sinal de alerta.

learn-rights_at_work-q3 = O seu empregador quer ficar com o seu passaporte. O que é verdade?
learn-rights_at_work-q3-a = É um sinal de alerta
learn-rights_at_work-q3-b = É normal, para tratar do visto
learn-rights_at_work-q3-c = Está bem se lhe derem uma cópia
learn-rights_at_work-q3-why = Ficar com os documentos de um trabalhador é um dos indicadores de trabalho forçado: os sinais que os especialistas procuram. O passaporte é seu, mesmo enquanto se trata de um visto.

learn-rights_at_work-q4 = No estrangeiro, o patrão diz que tem que ficar até pagar uma grande dívida. O que é verdade?
learn-rights_at_work-q4-a = Uma dívida permite ao empregador prendê-lo ao trabalho
learn-rights_at_work-q4-b = Ninguém o pode obrigar a ficar por causa de uma dívida
learn-rights_at_work-q4-c = Pode deixar qualquer emprego e qualquer visto a qualquer momento
learn-rights_at_work-q4-why = Obrigar alguém a trabalhar com ameaças ou uma dívida é trabalho forçado. Pode sempre pedir para voltar para casa. Mas se o seu visto estiver ligado a um só empregador, sair pode fazer com que seja denunciado ou mandado para casa. Fale primeiro com um serviço de ajuda ou com a sua embaixada.

learn-rights_at_work-q5 = Vai trabalhar no estrangeiro. O que deve ter antes de viajar?
learn-rights_at_work-q5-a = Um visto de turista, e os documentos tratados depois
learn-rights_at_work-q5-b = Nada: a agência fica com o passaporte para o visto
learn-rights_at_work-q5-c = Autorização para trabalhar nesse país
learn-rights_at_work-q5-why = Um visto de turista, sozinho, não permite trabalhar, e deixa-o fácil de controlar. Os documentos certos dependem do país: um visto de trabalho, uma autorização de trabalho com um visto de visitante (como no programa de trabalho agrícola do Canadá), ou a livre circulação (a CEDEAO na África Ocidental, o CSME para trabalhadores qualificados da CARICOM).

## Módulo 4: sinais de alerta em outra pessoa

learn-warning_signs-title = Sinais de alerta em outra pessoa
learn-warning_signs-summary = Como perceber quando um amigo, um colega de turma ou um vizinho pode estar em perigo.

learn-warning_signs-l1-title = Como a pessoa pode parecer
learn-warning_signs-l1-body = Uma pessoa explorada pode parecer muito cansada ou com fome. Pode ter ferimentos que não explica. Pode parecer assustada, nervosa ou muito calada. As respostas dela podem parecer decoradas.
learn-warning_signs-l1-p1 = Sempre cansada, com fome ou doente.
learn-warning_signs-l1-p2 = Parece ter medo, ou fica calado quando uma certa pessoa está perto.
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
learn-warning_signs-q1-a = É calado e não olha nos olhos
learn-warning_signs-q1-b = Outra pessoa guarda os documentos dele
learn-warning_signs-q1-c = Manda quase todo o salário para a família
learn-warning_signs-q1-why = Quando outra pessoa guarda os documentos de alguém, pode querer dizer que essa pessoa é controlada. Ser calado, ou não olhar nos olhos, não é um sinal por si só: em muitas culturas é uma forma de respeito.

learn-warning_signs-q2 = O namorado muito mais velho de uma colega de turma dá-lhe presentes e diz que ela tem que lhe pagar de volta. O que é isto?
learn-warning_signs-q2-a = Um sinal de alerta de controle
learn-warning_signs-q2-b = Normal, se ele for gentil com ela quase sempre
learn-warning_signs-q2-c = É escolha dela, por isso não é um problema
learn-warning_signs-q2-why = Um namorado muito mais velho e presentes que criam uma dívida são uma forma comum de controlar jovens. Fale com um adulto de confiança.

learn-warning_signs-q3 = Pensa que um amigo pode estar em perigo. Qual é o primeiro passo mais seguro?
learn-warning_signs-q3-a = Confrontar a pessoa que o controla
learn-warning_signs-q3-b = Falar com um adulto de confiança ou um serviço de ajuda
learn-warning_signs-q3-c = Publicar na internet logo
learn-warning_signs-q3-why = Confrontar alguém ou publicar na internet pode pôr o seu amigo em mais perigo. Um adulto de confiança ou um serviço de ajuda sabe o que fazer.

learn-warning_signs-q4 = Uma criança trabalha o dia todo numa casa e nunca vai à escola. Isto é um sinal de alerta?
learn-warning_signs-q4-a = Não, as crianças ajudam em casa em todas as famílias
learn-warning_signs-q4-b = Não, se a família der à criança comida e uma cama
learn-warning_signs-q4-c = Sim, é um sinal de alerta
learn-warning_signs-q4-why = Ajudar em casa é normal. Muitas horas de trabalho em vez da escola, e nenhuma liberdade para sair, são sinais de alerta de exploração infantil.

learn-warning_signs-q5 = Um só sinal de alerta prova que alguém é vítima de tráfico?
learn-warning_signs-q5-a = Sim, um só sinal já é prova
learn-warning_signs-q5-b = Sim, se o sinal for muito forte
learn-warning_signs-q5-c = Não, não é uma prova
learn-warning_signs-q5-why = Os sinais de alerta mostram um risco, não são provas. Quando notar vários, fale com alguém que possa ajudar.

## Módulo 5: a lista para migrar com segurança

learn-safe_migration-title = Migrar com segurança
learn-safe_migration-summary = O que fazer antes de partir, durante a viagem e quando chegar.

learn-safe_migration-l1-title = Antes de partir
learn-safe_migration-l1-body = Verifique o emprego e o recrutador antes de partir. Garanta que tem um contrato escrito e o direito de trabalhar lá, como um visto de trabalho ou uma autorização de trabalho. Diga à sua família para onde vai e com quem.
learn-safe_migration-l1-p1 = Verifique a licença do recrutador e o nome do empregador.
learn-safe_migration-l1-p2 = Tenha um contrato que entende e os documentos que lhe permitem trabalhar lá.
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
learn-safe_migration-q1-a = Entregá-las ao recrutador para as guardar
learn-safe_migration-q1-b = Deixar um conjunto com alguém de confiança
learn-safe_migration-q1-c = Jogá-las fora quando chegar bem
learn-safe_migration-q1-why = As cópias ajudam a provar quem é e o que lhe prometeram, se os seus documentos se perderem ou se lhos tirarem.

learn-safe_migration-q2 = Por que razão decorar um número de telefone de confiança?
learn-safe_migration-q2-a = Porque o seu telefone pode ser tirado ou perdido
learn-safe_migration-q2-b = Para o recrutador poder sempre falar consigo
learn-safe_migration-q2-c = Não é preciso; está guardado no telefone
learn-safe_migration-q2-why = As pessoas que controlam outras muitas vezes tiram-lhes o telefone. Um número que sabe de cor permite pedir ajuda a partir de qualquer telefone.

learn-safe_migration-q3 = Pelo caminho, o plano muda de repente: um novo emprego, uma nova cidade. O que é isto?
learn-safe_migration-q3-a = Uma parte normal de uma viagem ao estrangeiro
learn-safe_migration-q3-b = Está bem, se o novo emprego pagar mais
learn-safe_migration-q3-c = Um sinal de alerta
learn-safe_migration-q3-why = Uma mudança repentina de emprego ou de caminho é um sinal comum de engano. Avise alguém de confiança e peça conselho.

learn-safe_migration-q4 = Antes de partir, quem deve saber o nome e o endereço do seu empregador?
learn-safe_migration-q4-a = A sua família, ou outra pessoa de confiança em casa
learn-safe_migration-q4-b = Só o recrutador, que guarda segredo
learn-safe_migration-q4-c = Ninguém; é mais seguro não dizer
learn-safe_migration-q4-why = Se alguém de confiança souber onde está, pode ajudar a procurá-lo e pedir ajuda se deixar de ter notícias suas.

learn-safe_migration-q5 = No estrangeiro, o emprego não é o que lhe prometeram. O que é verdade?
learn-safe_migration-q5-a = Tem que ficar, porque assinou um contrato
learn-safe_migration-q5-b = Não tem escolhas até o contrato acabar
learn-safe_migration-q5-c = Pode pedir conselho sobre as suas escolhas
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
learn-getting_help-l4-body = Alguém pode ver o seu telefone. Este aplicativo tem uma saída rápida e pode esconder o que guardou. Se não for seguro guardar mensagens sobre ajuda, apague só essas. Uma lista de chamadas ou de mensagens vazia pode levantar suspeitas a uma pessoa que o controla. Use um telefone de confiança quando puder.
learn-getting_help-l4-p1 = Use a saída rápida se alguém se aproximar.
learn-getting_help-l4-p2 = Apague só o que é sobre pedir ajuda, não todo o histórico.
learn-getting_help-l4-p3 = Guarde os números de ajuda com um nome que não chame a atenção.
learn-getting_help-l5-title = Não deve ser castigado pelo que foi obrigado a fazer
learn-getting_help-l5-body = As pessoas vítimas de tráfico ou de trabalho forçado são vítimas. As regras internacionais dizem que não devem ser castigadas pelo que foram obrigadas a fazer, como trabalhar sem documentos ou usar documentos falsos. Nem todos os países cumprem bem esta regra. Um serviço de ajuda pode explicar como funciona onde está.
learn-getting_help-l5-p1 = As vítimas não devem ser castigadas pelo que foram obrigadas a fazer.
learn-getting_help-l5-p2 = Esta regra chama-se princípio da não punição.
learn-getting_help-l5-p3 = Pergunte a um serviço de ajuda como funciona no seu país.

learn-getting_help-q1 = O seu amigo pode estar nas mãos de um traficante. O que NÃO deve fazer?
learn-getting_help-q1-a = Ouvi-lo e acreditar nele
learn-getting_help-q1-b = Confrontar o traficante sozinho
learn-getting_help-q1-c = Perguntar a um serviço de ajuda o que pode fazer
learn-getting_help-q1-why = Confrontar um traficante pode ser perigoso para o seu amigo e também para quem o faz. Ouvir e pedir conselho são passos seguros.

learn-getting_help-q2 = Liga para uma linha de ajuda. Tem que dizer o seu nome?
learn-getting_help-q2-a = Sim, senão não o ajudam
learn-getting_help-q2-b = Sim, e vão avisar a polícia
learn-getting_help-q2-c = Muitas vezes não; pode perguntar antes
learn-getting_help-q2-why = Muitos serviços deixam-no ficar anónimo, ou seja, sem dar o seu nome. Pode perguntar antes e escolher o que partilha.

learn-getting_help-q3 = Tem medo de ser denunciado à imigração. O que pode verificar?
learn-getting_help-q3-a = Se o serviço comunica à imigração
learn-getting_help-q3-b = Só o horário do serviço
learn-getting_help-q3-c = Nada; só a polícia pode ajudar
learn-getting_help-q3-why = Nem todos os serviços comunicam à imigração. O diretório de ajuda deste aplicativo diz, para cada serviço, se o faz.

learn-getting_help-q4 = Alguém está em perigo imediato. O que deve fazer?
learn-getting_help-q4-a = Ligar para o número de emergência
learn-getting_help-q4-b = Esperar para ver se melhora
learn-getting_help-q4-c = Ir lá sozinho e confrontar a pessoa
learn-getting_help-q4-why = Quando a vida ou a segurança de alguém está em perigo agora, ligue para o número de emergência.

learn-getting_help-q5 = Uma amiga de 14 anos conta que é explorada e pede que guarde segredo. O que é melhor?
learn-getting_help-q5-a = Guardar o segredo, como ela pediu
learn-getting_help-q5-b = Esperar que ela faça 18 anos para agir
learn-getting_help-q5-c = Contar a um adulto de confiança
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

learn-for_leaders-q2 = Alguém conta que está sendo explorado. Deve prometer guardar segredo?
learn-for_leaders-q2-a = Sim, para a pessoa confiar em si
learn-for_leaders-q2-b = Sim, senão nunca mais lhe vai falar
learn-for_leaders-q2-c = Não, se talvez tenha que agir
learn-for_leaders-q2-why = Talvez tenha que agir para proteger alguém, sobretudo uma criança. Seja honesto sobre o que vai fazer, e não prometa um segredo que não pode guardar.

learn-for_leaders-q3 = Que material é melhor para uma sessão com jovens?
learn-for_leaders-q3-a = Fotografias chocantes de vítimas
learn-for_leaders-q3-b = Histórias e perguntas
learn-for_leaders-q3-c = Filmes que mostram violência real
learn-for_leaders-q3-why = Imagens chocantes podem assustar e envergonhar, e não são precisas. Histórias e perguntas ajudam a aprender e a lembrar.

learn-for_leaders-q4 = O que deve saber antes da sessão?
learn-for_leaders-q4-a = Nada; as pessoas acham ajuda sozinhas
learn-for_leaders-q4-b = Só o número nacional da polícia
learn-for_leaders-q4-c = Os serviços de ajuda locais e como funcionam
learn-for_leaders-q4-why = Conhecer os serviços locais, e quais comunicam à polícia ou à imigração, permite ajudar alguém logo, de forma segura para essa pessoa. A isto chama-se circuito de encaminhamento.

learn-for_leaders-q5 = Depois de ouvir histórias difíceis, o que o ajuda?
learn-for_leaders-q5-a = Falar com alguém de confiança, sem nomes
learn-for_leaders-q5-b = Guardar tudo para si e trabalhar ainda mais
learn-for_leaders-q5-c = Contar a história toda a amigos, com nomes
learn-for_leaders-q5-why = Cuidar de si permite continuar a ajudar os outros. Compartilhe o peso com um supervisor ou um colega, sem compartilhar nomes, e descanse.


## Glossário: as palavras das lições e das explicações, em palavras simples.

learn-menu-glossary = Palavras usadas aqui
learn-glossary-title = Palavras usadas nas lições
learn-glossary-trafficking-term = Tráfico de pessoas
learn-glossary-trafficking = Quando alguém recruta, transporta ou esconde uma pessoa, com força, mentiras, ameaças ou aproveitando a sua situação difícil, para a explorar.
learn-glossary-smuggling-term = Contrabando de migrantes
learn-glossary-smuggling = Fazer uma pessoa atravessar uma fronteira de forma ilegal, para ganhar dinheiro. O crime é do contrabandista, não do migrante.
learn-glossary-exploitation-term = Exploração
learn-glossary-exploitation = Usar uma pessoa para o ganho de outra, por exemplo com trabalho forçado, sexo forçado ou crimes forçados.
learn-glossary-forced_labour-term = Trabalho forçado
learn-glossary-forced_labour = Um trabalho que uma pessoa é obrigada a fazer sob a ameaça de um castigo, e que não aceitou livremente.
learn-glossary-debt_bondage-term = Servidão por dívidas
learn-glossary-debt_bondage = Uma dívida usada para controlar uma pessoa. Ela tem que trabalhar para a pagar, mas a dívida cresce ou nunca acaba.
learn-glossary-grooming-term = Aliciamento
learn-glossary-grooming = Quando alguém ganha a confiança de uma pessoa com presentes, atenção ou amor, para lhe fazer mal ou a explorar mais tarde.
learn-glossary-warning_sign-term = Sinal de alerta, sinal vermelho, indicador
learn-glossary-warning_sign = Algo que pode mostrar um perigo. Um só sinal não é prova, mas é uma razão para verificar e pedir conselho.
learn-glossary-recruitment_fees-term = Taxas de recrutamento
learn-glossary-recruitment_fees = Dinheiro para conseguir um emprego, como custos de agência, de visto ou de formação. É o empregador que os deve pagar, não o trabalhador.
learn-glossary-work_permit-term = Autorização de trabalho
learn-glossary-work_permit = Um documento do governo de um país que permite trabalhar lá. Algumas autorizações estão ligadas a um só empregador.
learn-glossary-free_movement-term = Livre circulação
learn-glossary-free_movement = Regras que permitem às pessoas de algumas regiões viajar, viver ou trabalhar em outros países membros, como a CEDEAO na África Ocidental, ou o CSME para trabalhadores qualificados da CARICOM.
learn-glossary-anonymous-term = Anônimo
learn-glossary-anonymous = Sem dar o seu nome.
learn-glossary-disclosure-term = Revelação
learn-glossary-disclosure = Quando uma pessoa lhe conta o mal que lhe fizeram.
learn-glossary-referral-term = Encaminhamento
learn-glossary-referral = Ajudar uma pessoa a chegar a um serviço que a pode ajudar, com o acordo dela. Um circuito de encaminhamento é a lista de serviços locais para onde pode enviar as pessoas.
learn-glossary-non_punishment-term = Não punição
learn-glossary-non_punishment = A regra de que as vítimas de tráfico ou de trabalho forçado não devem ser castigadas pelo que foram obrigadas a fazer.

# The app: a module's progress, under its name.
learn-lessons-seen = { $seen } de { $total } lições vistas
