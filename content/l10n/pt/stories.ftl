## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = A viagem e a dívida
story-trafficking_and_smuggling-general-body = Sam paga um homem para ajudá-lo a atravessar uma fronteira e encontrar trabalho. Do outro lado, o homem diz que agora Sam deve muito mais dinheiro a ele. Ele leva Sam para trabalhar no campo. Sam tem que trabalhar todos os dias sem salário "até pagar a dívida". Sam não pode ir embora. No início, era contrabando de migrantes. Agora parece tráfico de pessoas. O que mudou? Sam sabe de cor o número do irmão.

story-trafficking_and_smuggling-jm-title = O trabalho em Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann tem 17 anos e mora em May Pen, na Jamaica. Uma mulher oferece a ela um trabalho em um bar em Montego Bay, com um quarto. Quando ela chega, a mulher diz que ela deve o ônibus e o quarto. Ela tem que trabalhar todas as noites, e a mulher fica com o pagamento e o celular dela. Ninguém atravessou uma fronteira. Isso é tráfico de pessoas? Kerry-Ann pega um celular emprestado e liga para a tia. O que mais poderia ajudá-la?

story-trafficking_and_smuggling-ht-title = Do outro lado da fronteira para trabalhar
story-trafficking_and_smuggling-ht-body = Widline mora em Ouanaminthe, no Haiti. Ela paga 20.000 gourdes a um homem para levá-la para o outro lado da fronteira, até a República Dominicana, onde espera encontrar trabalho. Do outro lado, o homem diz que ela deve mais 40.000 pesos a ele. Ele a leva para uma casa onde ela tem que cozinhar e limpar todos os dias, sem salário e sem folga. Dizem a ela que a polícia vai prendê-la se ela sair. No início, era contrabando de migrantes. O que é agora? Widline sabe de cor o número da irmã.

story-trafficking_and_smuggling-tt-title = O barco à noite
story-trafficking_and_smuggling-tt-body = Yusmary é da Venezuela. Ela paga um capitão para levá-la de barco até Cedros, em Trinidad, à noite. Um homem espera o barco. Ele diz que ela deve mais 10.000 dólares de Trinidad e Tobago e pega o passaporte dela. Ele a manda trabalhar em um bar e fica com o pagamento dela. No início, era contrabando de migrantes. O que é agora? Uma mulher da igreja dá o número dela para Yusmary, caso ela precise de ajuda.

story-trafficking_and_smuggling-ng-title = A estrada para o norte
story-trafficking_and_smuggling-ng-body = Osaro tem 20 anos e mora em Benin City, na Nigéria. Um "agenciador de viagens" diz que pode levá-lo para a Europa por 800.000 nairas. Osaro paga. Na cidade do deserto onde o ônibus para, os homens dizem que o preço subiu. Osaro tem que trabalhar para eles em uma obra para pagar. Eles ficam com o celular dele e não pagam nada. No início, era contrabando de migrantes. O que é agora? Osaro sabe de cor o número da mãe.

story-trafficking_and_smuggling-gh-title = A pesca no lago
story-trafficking_and_smuggling-gh-body = Kojo tem 11 anos e mora perto de Cape Coast, em Gana. Um homem diz à mãe dele que vai levar Kojo para aprender a pescar no lago Volta e mandar dinheiro para a família. Lá, Kojo trabalha em um barco desde cedo. Ele não vai à escola e não recebe nada. O homem diz que a família pegou dinheiro, então Kojo tem que ficar. Ninguém atravessou uma fronteira. Isso é tráfico de pessoas? O antigo professor de Kojo avisa o serviço de assistência social.

story-trafficking_and_smuggling-sn-title = O barco para a Espanha
story-trafficking_and_smuggling-sn-body = Moussa tem 22 anos e mora em Mbour, no Senegal. Um homem diz que um barco vai sair logo para a Espanha, por 500.000 francos CFA. Moussa paga. A viagem para em outro país. Os homens dizem que o preço subiu. Eles prendem Moussa em uma casa e mandam ele trabalhar sem pagamento, ou ligar para a família pedindo mais dinheiro. No início, era contrabando de migrantes. O que é agora? O irmão dele pede conselho a um grupo de ajuda a migrantes antes que a família mande qualquer coisa.

story-trafficking_and_smuggling-ke-title = Ajudar em casa
story-trafficking_and_smuggling-ke-body = Wanjiru tem 15 anos e mora em um vilarejo perto de Thika, no Quênia. Um parente a leva para Nairóbi para ajudar em uma casa. Ele promete que ela vai à escola. Ela trabalha de manhã cedo até tarde da noite, sem pagamento e sem escola. Dizem a ela que não pode voltar para casa até a família deixar. Ninguém atravessou uma fronteira. Isso é tráfico de pessoas? Uma vizinha avisa o agente de proteção à criança.

story-trafficking_and_smuggling-ug-title = O caminho curto para Dubai
story-trafficking_and_smuggling-ug-body = Akello tem 23 anos e mora em Gulu, em Uganda. Um agente diz que pode arrumar um trabalho para ela em uma loja em Dubai. Ela paga 2.000.000 de xelins. Ele diz para ela pegar um ônibus até Nairóbi e voar de lá com um visto de visitante, "para ir mais rápido". Em Dubai, um amigo dele pega o passaporte dela e a manda limpar casas. Ela fica dois meses sem receber. O que faz disso tráfico de pessoas? Akello sabe de cor o número da embaixada dela.

story-trafficking_and_smuggling-et-title = O novo preço do intermediário
story-trafficking_and_smuggling-et-body = Hana tem 19 anos e mora em Hosaena, na Etiópia. Um intermediário diz que pode levá-la para trabalhar em outro país por 60.000 birrs. No caminho, em uma cidade longe de casa, ele diz que primeiro ela tem que trabalhar em um restaurante para pagar o resto da viagem. Ela trabalha de manhã bem cedo até tarde da noite. O dono fica com o salário dela para o intermediário. Ela pagou por um emprego, não para atravessar uma fronteira ilegalmente. O que está acontecendo com ela agora? Hana conta para a família onde está sempre que consegue ligar.

story-trafficking_and_smuggling-ca-title = O namorado da internet
story-trafficking_and_smuggling-ca-body = Amara tem 17 anos e mora em Halifax. Um homem mais velho que ela conheceu na internet diz que a ama. Ele compra roupas para ela e a leva a Montreal para um fim de semana. Lá, ele diz que ela deve o hotel e os presentes, e que tem que trabalhar para ele para pagar. Ele fica com o celular dela. Ninguém atravessou uma fronteira. Isso é tráfico de pessoas? Uma amiga de Amara liga para a linha contra o tráfico de pessoas para pedir conselho.

story-trafficking_and_smuggling-us-title = A equipe de vendas
story-trafficking_and_smuggling-us-body = Jaylen tem 19 anos e mora em Detroit. Ele entra em uma equipe de vendas de porta em porta que viaja de cidade em cidade. O chefe fica com os documentos de todos "por causa dos hotéis". O salário de Jaylen vai todo para "despesas" de comida e quarto, então ele está sempre devendo. Dizem que ele vai ficar sozinho em uma cidade desconhecida se desistir. Ninguém atravessou uma fronteira. Mesmo assim, isso pode ser tráfico de pessoas? Jaylen liga para a tia, e ela pede conselho a uma linha de ajuda.

## how_recruiters_lie

story-how_recruiters_lie-general-title = A mensagem do emprego dos sonhos
story-how_recruiters_lie-general-body = Ana vê uma mensagem nas redes sociais: "Empregos em hotéis no exterior. Bom salário. Não precisa de experiência. Restam poucas vagas." Ela escreve para o número. O agente diz que ela tem que pagar uma taxa pelo visto e mandar o passaporte pelo correio. Diz que o contrato vai ser assinado quando ela chegar. Que sinais de alerta você vê? Ana pede a uma amiga que a ajude a verificar a agência antes de pagar qualquer coisa.

story-how_recruiters_lie-jm-title = O emprego de hotel em Montego Bay
story-how_recruiters_lie-jm-body = Shanice mora em Montego Bay, na Jamaica. Um homem em uma festa diz que pode arrumar para ela um emprego em um hotel nos Estados Unidos. Ele pede 150.000 dólares jamaicanos pelo "processo". Diz que ela vai viajar com visto de visitante e resolver os documentos depois. Ele só fala com ela pelo WhatsApp e não diz o nome do hotel. Que sinais de alerta você vê? Shanice pede a oferta por escrito e procura o hotel por conta própria.

story-how_recruiters_lie-ht-title = O patrocinador que cobra
story-how_recruiters_lie-ht-body = Mirlande mora em Cabo Haitiano, no Haiti. Um homem no WhatsApp diz que pode achar para ela um patrocinador nos Estados Unidos, para ela conseguir um visto e um trabalho. Ele quer 1.500 dólares americanos e uma foto do passaporte dela esta semana. Ele diz: "Não pergunte a ninguém, as vagas acabam rápido." Que sinais de alerta você vê? Mirlande pede conselho a um escritório de assistência jurídica antes de pagar qualquer coisa.

story-how_recruiters_lie-tt-title = Empregos em hotel no Canadá
story-how_recruiters_lie-tt-body = Keisha mora em Chaguanas, em Trinidad e Tobago. Um anúncio na internet diz: "Empregos em hotel no Canadá. Permissão de trabalho em duas semanas. Pague 5.000 dólares TT para garantir sua vaga." O recrutador não tem escritório e só manda mensagens de voz. Que sinais de alerta você vê? Keisha procura primeiro a vaga no site oficial do governo do Canadá.

story-how_recruiters_lie-ng-title = O homem do Instagram
story-how_recruiters_lie-ng-body = Ifeoma tem 19 anos e mora em Onitsha, na Nigéria. Um homem que ela conheceu no Instagram diz que a ama. Ele diz que tem uma loja em Dubai e um trabalho para ela. Ele manda dinheiro para o passaporte. Diz que ela não deve contar nada aos pais até chegar. Que sinais de alerta você vê? Ifeoma conta a oferta para a tia.

story-how_recruiters_lie-gh-title = O teste de futebol
story-how_recruiters_lie-gh-body = Kwame tem 16 anos e joga futebol em Kumasi, em Gana. Um homem diz que um time da Europa quer fazer um teste com ele. A família tem que pagar 30.000 cedis pelo visto e pela viagem. O homem não diz o nome do time. Ele diz: "Não conte para o seu treinador, tem outros garotos querendo essa vaga." Que sinais de alerta você vê? Kwame conta a oferta para o treinador e para os pais.

story-how_recruiters_lie-sn-title = O trabalho no salão
story-how_recruiters_lie-sn-body = Aïssatou mora em Thiès, no Senegal. Uma mulher do bairro diz que pode arrumar para ela um trabalho em um salão de beleza no Golfo. Ela diz que o visto é grátis, e Aïssatou vai pagar de volta com o salário. O contrato vai ser entregue no aeroporto. Que sinais de alerta você vê? Aïssatou pede para ver o contrato em francês antes de ir.

story-how_recruiters_lie-ke-title = Atendimento ao cliente na Tailândia
story-how_recruiters_lie-ke-body = Grace mora em Nairóbi, no Quênia. Ela vê um anúncio: "Empregos de atendimento ao cliente na Tailândia. 150.000 xelins por mês. Passagem de avião paga. Comece na semana que vem." O recrutador diz para ela viajar com visto de turista. Ele não sabe dizer o nome da empresa. Que sinais de alerta você vê? Grace pede um visto de trabalho e um contrato escrito antes de aceitar.

story-how_recruiters_lie-ug-title = Trabalho de digitação na Tailândia
story-how_recruiters_lie-ug-body = Joseph tem 25 anos e mora em Kampala, em Uganda. Uma amiga no Facebook diz que trabalha com "marketing on-line" na Tailândia. Ela diz que o salário é de 3.000 dólares americanos por mês e que a empresa paga a passagem. Ele só precisa digitar rápido em inglês e viajar com visto de turista. Que sinais de alerta você vê? Joseph pesquisa o nome da empresa com a palavra "golpe".

story-how_recruiters_lie-et-title = O caminho curto
story-how_recruiters_lie-et-body = Kedija tem 18 anos e mora em Jimma, na Etiópia. Um intermediário da cidade diz que uma família na Arábia Saudita procura uma empregada doméstica. Ele diz que ela pode ir "pelo caminho curto", por estrada e de barco, sem agência e sem contrato. Ele pede 50.000 birrs. Que sinais de alerta você vê? Kedija pergunta no escritório do trabalho quais agências têm licença.

story-how_recruiters_lie-ca-title = Uma oferta de emprego à venda
story-how_recruiters_lie-ca-body = Adwoa é uma estudante de Gana em Brampton, Ontário. Um consultor diz que pode vender para ela uma oferta de emprego que vai ajudá-la a ficar no Canadá. O preço é 25.000 dólares. Ele diz que muitos estudantes pagam. Que sinais de alerta você vê? Adwoa verifica se ele está na lista oficial de consultores de imigração autorizados.

story-how_recruiters_lie-us-title = O olheiro de modelos
story-how_recruiters_lie-us-body = Maya tem 15 anos e mora em Atlanta. Alguém que diz ser olheiro de modelos manda uma mensagem para ela pela internet. Diz que ela pode ficar famosa. Pede mais fotos e diz que ela ainda não deve contar para os pais. Depois, oferece uma passagem de ônibus para eles se encontrarem em outra cidade. Que sinais de alerta você vê? Maya conta para a mãe e bloqueia a conta.

## rights_at_work

story-rights_at_work-general-title = "Eu guardo o seu passaporte"
story-rights_at_work-general-body = Leo chega para um emprego novo em outro país. O gerente diz: "Me dê o seu passaporte. Eu guardo em um lugar seguro." Diz também que o contrato vai ser diferente do que Leo assinou no seu país, e que o salário vai ser menor. Quais são os direitos de Leo? O que ele pode fazer sem se pôr em perigo? Leo guarda uma foto do passaporte e do primeiro contrato.

story-rights_at_work-jm-title = O hotel na Carolina do Sul
story-rights_at_work-jm-body = Andre mora em Ocho Rios, na Jamaica. Ele vai trabalhar em um hotel na Carolina do Sul com um visto de trabalho para a temporada. O chefe fica com os passaportes dos trabalhadores "para guardar". Toda semana, ele desconta do pagamento mais dinheiro pelo quarto do que prometeu. Quais são os direitos de Andre? O que ele poderia fazer sem se pôr em perigo? Andre guarda uma foto do contrato e dos contracheques.

story-rights_at_work-ht-title = A obra
story-rights_at_work-ht-body = Wilner é de Porto Príncipe, no Haiti. Ele trabalha em uma obra em Santo Domingo, na República Dominicana. O chefe fica com o passaporte dele e paga só a metade do que prometeu. Ele diz que Wilner vai ser mandado de volta se reclamar. Quais são os direitos de Wilner? O que ele poderia fazer sem se pôr em perigo? Wilner anota os dias e as horas que trabalha.

story-rights_at_work-tt-title = O hotel em outro país
story-rights_at_work-tt-body = Marlon mora em San Fernando, em Trinidad e Tobago. Ele pagou 8.000 dólares de Trinidad e Tobago a um agente por um emprego em um hotel em outro país. Quando ele chega, o gerente pede o passaporte dele "para o arquivo". O contrato novo tem salário menor e seis dias de trabalho por semana. Quais são os direitos de Marlon? O que ele pode fazer sem se pôr em perigo? Marlon guarda uma cópia do primeiro contrato que assinou.

story-rights_at_work-ng-title = O contrato novo no aeroporto
story-rights_at_work-ng-body = Tunde mora em Ibadan, na Nigéria. Uma agência arruma para ele um trabalho de motorista no Catar. No aeroporto, o agente dá a ele um contrato novo, com salário menor e mais horas. Ele diz: "Assine rápido, ou você perde o voo." Quais são os direitos de Tunde? O que ele poderia pedir? Tunde guarda uma cópia do primeiro contrato.

story-rights_at_work-gh-title = Dois anos em uma casa
story-rights_at_work-gh-body = Abena é de Kumasi, em Gana. Ela trabalha como empregada doméstica para uma família no Líbano. A família fica com o passaporte dela. Dizem que Abena não pode ir embora antes de terminar os dois anos. Ela trabalha todos os dias, sem folga. Quais são os direitos de Abena? O que ela poderia fazer sem se pôr em perigo? Abena guarda uma foto do passaporte no celular de uma amiga.

story-rights_at_work-sn-title = Um contrato que ela não consegue ler
story-rights_at_work-sn-body = Fatou mora em Dacar, no Senegal. Um agente oferece a ela um trabalho de limpeza em um hotel no Golfo. Ele pede 500.000 francos CFA. O contrato está em uma língua que ela não consegue ler. Ele diz: "É só assinar. Todo mundo assina." Quais são os direitos de Fatou? O que ela pode pedir? Fatou pede o contrato em francês e mostra para alguém de confiança.

story-rights_at_work-ke-title = A ameaça de "fuga"
story-rights_at_work-ke-body = Kiprop é de Eldoret, no Quênia. Ele trabalha como segurança na Arábia Saudita. O salário é menor do que diz o contrato, e o chefe fica com o passaporte dele. Quando Kiprop pergunta, o chefe diz que vai denunciá-lo como fugitivo. Quais são os direitos de Kiprop? A quem ele poderia pedir conselho? Kiprop pergunta a um serviço de ajuda o que o visto dele permite antes de fazer qualquer coisa.

story-rights_at_work-ug-title = O trabalho em uma casa no exterior
story-rights_at_work-ug-body = Sarah mora em Kampala, em Uganda. Ela vai trabalhar como empregada doméstica para uma família em outro país. No primeiro dia, a família pega o passaporte e o celular dela. Ela trabalha das seis da manhã até a meia-noite, sem folga. Quais são os direitos de Sarah? O que ela pode fazer sem se pôr em perigo? Sarah aprende de cor o número da embaixada.

story-rights_at_work-et-title = Sem folga
story-rights_at_work-et-body = Meseret é de Dessie, na Etiópia. Ela trabalha para uma família no Kuwait. Trabalha de manhã cedo até tarde da noite. Não tem folga, e a família fica com o celular dela quase o dia todo. Quais são os direitos de Meseret? O que ela poderia fazer sem se pôr em perigo? Meseret aprende de cor o número da embaixada dela.

story-rights_at_work-ca-title = A agência de trabalho temporário
story-rights_at_work-ca-body = Kofi veio para o Canadá para estudar. Ele trabalha em um depósito por meio de uma agência de trabalho temporário. A agência fica com parte do salário dele como "taxas" e guarda a permissão de estudo dele. Dizem que vão denunciá-lo se ele reclamar. Quais são os direitos de Kofi? A quem ele pode pedir conselho? Kofi anota as horas que trabalha e guarda os contracheques.

story-rights_at_work-us-title = A fazenda na Flórida
story-rights_at_work-us-body = Jermaine é de St Elizabeth, na Jamaica. Ele vem para a Flórida com um visto de trabalho agrícola para a colheita. O chefe da turma fica com os passaportes dos trabalhadores. Toda semana, ele desconta dinheiro do pagamento "pelo visto" e pelo ônibus. Quais são os direitos de Jermaine? A quem ele poderia pedir conselho? Jermaine pede conselho a um grupo de assistência jurídica para trabalhadores rurais.

## warning_signs

story-warning_signs-general-title = Um amigo que mudou
story-warning_signs-general-body = Seu amigo Tom tem um emprego novo. Agora ele está sempre cansado. O chefe leva Tom de carro para todo lugar e responde por ele quando você fala com Tom. Tom diz que não pode visitar você porque "deve" dinheiro pelo quarto. Que sinais você nota? O que você poderia fazer sem pôr Tom em perigo?

story-warning_signs-jm-title = O namorado novo de Tiana
story-warning_signs-jm-body = Tiana é da sua turma em Spanish Town, na Jamaica. Ela tem um namorado novo muito mais velho. Ele compra crédito de celular e roupas novas para ela. Agora ela falta muito às aulas. Ela diz que tem que "pagar de volta" a ele. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-ht-title = A menina da casa ao lado
story-warning_signs-ht-body = Guerline tem uns 10 anos e mora com a família da casa ao lado, em Porto Príncipe, no Haiti. Ela veio do interior "para ir à escola". Você a vê carregar água e cozinhar o dia todo. Ela não vai à escola. Parece muito cansada e muitas vezes está com fome. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-tt-title = Na loja
story-warning_signs-tt-body = Você trabalha em uma loja em Chaguanas, em Trinidad e Tobago. Uma jovem vem sempre com um homem. Ela só fala espanhol. Ele responde por ela, segura a carteira de identidade dela e paga tudo. Ela nunca parece feliz e nunca vem sozinha. Que sinais você nota? O que você poderia fazer com segurança?

story-warning_signs-ng-title = A menina da casa ao lado
story-warning_signs-ng-body = Uma menina de uns 13 anos mora com os seus vizinhos em Lagos, na Nigéria. Ela veio de um vilarejo para "ajudar em casa". Ela trabalha do amanhecer até tarde da noite. Não vai à escola e nunca a deixam sair sozinha. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-gh-title = No mercado de Makola
story-warning_signs-gh-body = No mercado de Makola, em Acra, Gana, uma menina de uns 14 anos carrega cargas pesadas o dia todo. Ela veio do norte com uma mulher que pega todo o dinheiro dela. A menina dorme no mercado e não vai à escola. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-sn-title = Os meninos do mercado
story-warning_signs-sn-body = Em Dacar, no Senegal, você vê todo dia os mesmos meninos pedindo esmola perto do mercado, com uma lata. Eles parecem ter fome e não têm sapatos. Dizem que precisam levar dinheiro todo dia para um homem, senão vão ser castigados. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-ke-title = Mensagens da Tailândia
story-warning_signs-ke-body = Seu vizinho de Mombaça, no Quênia, foi para a Tailândia por um "trabalho de informática". Agora a família dele recebe mensagens estranhas. Elas usam as mesmas palavras toda vez. Ele pede que mandem dinheiro para pagar uma "multa" para poder sair. Ele nunca faz chamada de vídeo. Que sinais você nota? Com quem a família dele poderia falar?

story-warning_signs-ug-title = No mercado
story-warning_signs-ug-body = No mercado de Kampala, em Uganda, você vê uma menina de uns 14 anos vendendo coisas todos os dias, até no horário da escola. Uma mulher sempre vigia a menina e responde por ela. A menina parece cansada e com fome. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-et-title = A menina do café
story-warning_signs-et-body = Em um pequeno café em Adis Abeba, na Etiópia, uma menina de uns 13 anos trabalha todo dia até tarde. Ela não vai à escola. O dono responde por ela quando você fala com ela. Ela diz que dorme na cozinha. Que sinais você nota? Com quem você poderia falar?

story-warning_signs-ca-title = Domingo na igreja
story-warning_signs-ca-body = Você ajuda em uma igreja em Leamington, Ontário. Aos domingos, vêm muitos trabalhadores rurais da Jamaica e de Trinidad. Um trabalhador diz que o chefe fica com o passaporte dele. Disseram que ele vai ser mandado de volta se ficar doente ou reclamar. Ele parece ter medo. Que sinais você nota? O que você poderia fazer com segurança?

story-warning_signs-us-title = Tanisha mudou
story-warning_signs-us-body = Tanisha tem 15 anos e está na sua turma em Baltimore. Ela tem um namorado mais velho. Ele deu a ela um celular novo e roupas novas. Agora ela falta à escola, parece muito cansada e diz que tem que "trabalhar para ele" à noite. Ela parece ter medo dele. Que sinais você nota? Com quem você poderia falar?

## safe_migration

story-safe_migration-general-title = Preparando a viagem
story-safe_migration-general-body = Mira tem uma oferta de emprego em outro país. Ela vai daqui a um mês. Ela tem um celular, o passaporte e um pouco de dinheiro. O que Mira deveria fazer antes de ir, durante a viagem e quando chegar? Mira deixa uma cópia do passaporte e do contrato com a irmã.

story-safe_migration-jm-title = Trabalho rural em Ontário
story-safe_migration-jm-body = Devon mora em Clarendon, na Jamaica. Ele tem uma oferta de trabalho rural temporário em Ontário, no Canadá. Ele vai daqui a seis semanas. A mãe dele está preocupada. O que Devon pode verificar e preparar antes de ir? O que ele deveria fazer se o trabalho não for o que prometeram? Devon deixa com a mãe uma cópia do contrato e o endereço da fazenda.

story-safe_migration-ht-title = Trabalho em Santiago
story-safe_migration-ht-body = Fabienne mora em Jacmel, no Haiti. A tia dela, em Santiago, na República Dominicana, diz que tem trabalho em uma loja. Fabienne planeja ir no mês que vem. Ela tem um celular e um pouco de dinheiro. O que ela deveria verificar antes de ir? Quem deveria saber onde ela está? Fabienne escreve o número da tia em um papel e aprende de cor.

story-safe_migration-tt-title = Cuidadora na Inglaterra
story-safe_migration-tt-body = Candice mora em Arima, em Trinidad e Tobago. Uma agência oferece a ela um trabalho de cuidadora na Inglaterra. A agência fica em Londres e pede uma taxa pelo visto. O que Candice deveria verificar antes de pagar? Como ela pode se preparar? Candice verifica se o empregador está na lista oficial de patrocinadores autorizados do governo britânico.

story-safe_migration-ng-title = Estudar no Canadá
story-safe_migration-ng-body = Aminata mora em Abuja, na Nigéria. Um agente diz que pode arrumar para ela uma vaga em uma faculdade no Canadá, um visto e um emprego de meio período, tudo por 3 milhões de nairas. Ele quer o dinheiro esta semana. O que Aminata deveria verificar antes de pagar? Como ela pode se preparar para a viagem? Aminata verifica se a faculdade está na lista oficial de escolas aprovadas do Canadá.

story-safe_migration-gh-title = Obra em Dubai
story-safe_migration-gh-body = Yaw mora em Acra, em Gana. Ele tem uma oferta para trabalhar em uma obra em Dubai. Vai daqui a dois meses. A esposa dele está preocupada. O que Yaw deveria verificar sobre a agência e o contrato? O que ele deveria preparar? Yaw deixa uma cópia do passaporte e do contrato com a esposa.

story-safe_migration-sn-title = Morangos na Espanha
story-safe_migration-sn-body = Ousmane mora em Ziguinchor, no Senegal. Ele tem uma oferta para colher morangos na Espanha por quatro meses, por um programa oficial. Ele vai na primavera. O que Ousmane deveria verificar antes de ir? Quem deveria saber onde ele trabalha? Ousmane pede ao escritório do programa o contrato em francês.

story-safe_migration-ke-title = Trabalho doméstico no Golfo
story-safe_migration-ke-body = Mercy mora em Nakuru, no Quênia. Uma agência oferece a ela um emprego de empregada doméstica no Golfo. Ela vai no mês que vem. O que Mercy deveria verificar sobre a agência e o contrato? O que ela deveria preparar, e quem deveria saber onde ela está? Mercy verifica se a agência está na lista de agências autorizadas do governo.

story-safe_migration-ug-title = Segurança no Catar
story-safe_migration-ug-body = Waiswa mora em Jinja, em Uganda. Uma agência oferece a ele um trabalho de segurança no Catar. Ele vai no mês que vem. O que Waiswa deveria verificar sobre a agência e o contrato? O que ele deveria preparar? Waiswa verifica se a agência está na lista de agências autorizadas do governo.

story-safe_migration-et-title = Trabalho doméstico na Arábia Saudita
story-safe_migration-et-body = Selam mora em Bahir Dar, na Etiópia. Uma agência com licença oferece a ela um trabalho de empregada doméstica na Arábia Saudita. Ela vai daqui a seis semanas. O que Selam deveria verificar no contrato? O que ela deveria preparar, e quem deveria saber onde ela está? Selam combina com a mãe um dia por semana para ligar.

story-safe_migration-ca-title = Um trabalho em outra cidade
story-safe_migration-ca-body = Jada tem 18 anos. A família dela é do Haiti, e ela mora em Montréal-Nord. Um amigo de uma amiga diz que tem um trabalho para ela em Toronto, com quarto incluído. Ela nunca conheceu o empregador. O que Jada deveria verificar antes de ir? O que ela deveria planejar caso as coisas deem errado?

story-safe_migration-us-title = Trabalho depois da tempestade
story-safe_migration-us-body = Marcus tem 20 anos e mora em Jackson, no Mississippi. Uma equipe oferece a ele trabalho consertando casas depois de uma tempestade na Flórida. Eles pagam a viagem e os quartos, e dizem que ele vai receber no fim do serviço. O que Marcus deveria verificar antes de ir? Marcus pede o nome da empresa e anota o endereço onde vai ficar.

## getting_help

story-getting_help-general-title = Uma mensagem à noite
story-getting_help-general-body = Sua prima trabalha em outro país. Tarde da noite, ela manda uma mensagem curta: "Meu chefe pegou meu passaporte. Não posso sair. Por favor, não me ligue." O que você pode fazer para ajudá-la com segurança?

story-getting_help-jm-title = Uma mensagem de voz baixinho
story-getting_help-jm-body = Sua prima Nadine foi de Kingston trabalhar em um hotel em outra ilha. Ela manda uma mensagem de voz, falando baixinho: o chefe pegou o passaporte dela e diz que ela deve a passagem de avião a ele. Ela pede que você não conte nada para a mãe dela. O que você pode fazer para ajudá-la com segurança?

story-getting_help-ht-title = Uma mensagem de Santo Domingo
story-getting_help-ht-body = Sua irmã Rose trabalha em uma casa em Santo Domingo. À noite, ela manda uma mensagem de WhatsApp. A família está com os documentos dela e não paga há dois meses. Ela pede que você não ligue para ela. O que você pode fazer para ajudá-la com segurança?

story-getting_help-tt-title = Uma nova amiga na igreja
story-getting_help-tt-body = Uma jovem da Venezuela vem à sua igreja em San Fernando. Ela conta em espanhol que o chefe fica com o passaporte dela e pega o pagamento dela. Ela tem medo da polícia. O que você pode fazer para ajudá-la com segurança?

story-getting_help-ng-title = A mensagem de Blessing
story-getting_help-ng-body = Sua amiga Blessing saiu de Benin City para trabalhar em um salão de beleza em outro país. Agora ela escreve que não existe salão nenhum. Ela tem que trabalhar para uma "madame" para pagar uma dívida muito grande. Ela tem medo do que pode acontecer com a família dela. O que você pode fazer para ajudá-la com segurança?

story-getting_help-gh-title = A ligação de Kofi de Dubai
story-getting_help-gh-body = Seu primo Kofi foi de Kumasi para Dubai para um trabalho de motorista. Ele liga do celular de um amigo. O trabalho não é de motorista. Ele trabalha a noite toda em um depósito, e o chefe fica com o passaporte dele. Ele pede que você ainda não conte para a mãe dele. O que você pode fazer para ajudá-lo com segurança?

story-getting_help-sn-title = Uma ligação da Líbia
story-getting_help-sn-body = Seu primo Cheikh saiu de Kaolack para chegar à Europa. Agora ele liga da Líbia. Uns homens o prendem em uma casa e pedem dinheiro à família dele. Ele está com medo. O que você pode fazer para ajudá-lo com segurança?

story-getting_help-ke-title = Uma ligação do Golfo
story-getting_help-ke-body = Sua irmã trabalha como empregada doméstica no Golfo. Ela liga à noite de um celular emprestado. Ela trabalha o dia todo, não recebe salário há três meses e não pode sair da casa. O que você pode fazer para ajudá-la com segurança?

story-getting_help-ug-title = Uma mensagem de voz de Omã
story-getting_help-ug-body = Sua irmã Nakato trabalha como empregada doméstica em Omã. Ela manda uma mensagem de voz curta tarde da noite. A família pegou o celular dela, e ela só usa quando eles dormem. Ela não recebeu o pagamento. O que você pode fazer para ajudá-la com segurança?

story-getting_help-et-title = Meron em Beirute
story-getting_help-et-body = Sua amiga Meron, de Adis Abeba, trabalha em uma casa em Beirute. Ela escreve que trabalha o dia todo, dorme no chão da cozinha e não pode sair. Ela pede que você não conte nada à família dela. O que você pode fazer para ajudá-la com segurança?

story-getting_help-ca-title = Uma amiga da escola
story-getting_help-ca-body = Sua amiga Roselène estuda na sua escola em Montréal-Nord. Ela diz que o namorado mais velho olha o celular dela e fica com o dinheiro dela. Ele diz que ela deve a ele. Ela está com medo e pede que você não conte para ninguém. O que você pode fazer para ajudá-la com segurança?

story-getting_help-us-title = O novo trabalho de Jean
story-getting_help-us-body = Seu primo Jean veio do Haiti e mora com sua família em Miami. Ele trabalha para uma empresa de limpeza. O chefe fica com os documentos dele e paga muito pouco. Ele diz que vai chamar a imigração se Jean reclamar. O que você pode fazer para ajudar Jean com segurança?

## for_leaders

story-for_leaders-general-title = Depois da sessão
story-for_leaders-general-body = Depois da sua sessão, uma jovem espera até todo mundo sair. Ela diz que o emprego que conseguiu no exterior parece a história que você contou. Ela vai na semana que vem e já pagou uma taxa. Ela pede que você não conte para a família dela. O que você diz e faz?

story-for_leaders-jm-title = Depois do culto em Kingston
story-for_leaders-jm-body = Você conduz uma sessão no salão de uma igreja em Kingston, na Jamaica. No fim, um rapaz fica para trás. Ele diz que um agente está com o passaporte dele e pede mais dinheiro antes de ele poder viajar para um trabalho rural. Ele tem vergonha de contar para o pastor. O que você diz e faz?

story-for_leaders-ht-title = Depois da sessão em Gonaïves
story-for_leaders-ht-body = Você conduz uma sessão em uma igreja em Gonaïves, no Haiti. Depois, uma mãe conta que uma mulher se ofereceu para levar a filha dela, de 12 anos, para Porto Príncipe. A menina moraria com uma família e "iria à escola". A mulher quer ir esta semana. O que você diz e faz?

story-for_leaders-tt-title = Depois da sessão em Point Fortin
story-for_leaders-tt-body = Você conduz uma sessão em um centro comunitário em Point Fortin, em Trinidad e Tobago. Depois, uma professora conta que uma menina venezuelana de 15 anos falta muito às aulas. Um homem adulto vai buscá-la na escola. A menina diz que ele é o "tio" dela. O que você diz e faz?

story-for_leaders-ng-title = Depois da sessão em Benin City
story-for_leaders-ng-body = Você conduz uma sessão em um centro comunitário em Benin City, na Nigéria. Depois, uma jovem chamada Osas fica. Ela conta que uma "madame" vai pagar a viagem dela para a Itália. Antes, ela tem que fazer um juramento em um santuário de que vai devolver o dinheiro. O que você diz e faz?

story-for_leaders-gh-title = Depois da sessão em Acra
story-for_leaders-gh-body = Você conduz uma sessão em um centro comunitário em Acra, em Gana. No fim, uma mãe conta que prometeram ao filho dela, de 15 anos, uma vaga em uma escolinha de futebol no exterior. Um homem pediu dinheiro e a certidão de nascimento do menino. O que você diz e faz?

story-for_leaders-sn-title = Depois da sessão em Kaolack
story-for_leaders-sn-body = Você conduz uma sessão em um centro de jovens em Kaolack, no Senegal. Depois, um rapaz conta que o tio está juntando dinheiro da família. Ele vai pegar um barco para a Espanha na semana que vem. Ele pede que você não conte para a mãe dele. O que você diz e faz?

story-for_leaders-ke-title = Depois da aula em Kisumu
story-for_leaders-ke-body = Você conduz uma sessão em uma escola de ensino médio em Kisumu, no Quênia. No fim, uma aluna conta que a irmã mais velha trabalha no Golfo e não recebe salário há meses. A família tem medo de reclamar. O que você diz e faz?

story-for_leaders-ug-title = Depois da sessão em Mbarara
story-for_leaders-ug-body = Você conduz uma sessão em uma igreja em Mbarara, em Uganda. Depois, uma jovem conta que um agente pede que ela vá primeiro ao Quênia e voe de lá para o Golfo, "para ir mais rápido". Ela já pagou a ele. O que você diz e faz?

story-for_leaders-et-title = Depois da aula em Dessie
story-for_leaders-et-body = Você conduz uma sessão em uma escola em Dessie, na Etiópia. Depois, uma menina de 16 anos conta que um intermediário vai levá-la para a Arábia Saudita por estrada e de barco no mês que vem. A família dela tem que pagar 40.000 birrs. O que você diz e faz?

story-for_leaders-ca-title = Depois do grupo de jovens em Brampton
story-for_leaders-ca-body = Você conduz uma sessão para um grupo de jovens em uma igreja caribenha em Brampton, Ontário. Depois, uma menina de 16 anos conta que um homem que ela conheceu na internet manda dinheiro para ela e quer que ela vá para a cidade dele. Ela pede que isso fique entre vocês. O que você diz e faz?

story-for_leaders-us-title = Depois do culto na Carolina do Norte
story-for_leaders-us-body = Você conduz uma sessão em uma igreja na Carolina do Norte. Muitos trabalhadores rurais que vêm a cada temporada da Jamaica e do Haiti participam. Depois, um trabalhador conta que o chefe da turma fica com os passaportes deles e desconta dinheiro do pagamento pelo visto. O que você diz e faz?
