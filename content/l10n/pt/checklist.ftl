## A lista para migrar com segurança

checklist-title = Minha lista para viajar com segurança
checklist-stage-before-you-go = Antes de partir
checklist-stage-on-the-journey = Durante a viagem
checklist-stage-on-arrival = Na chegada
checklist-stage-if-things-go-wrong = Se algo der errado

checklist-item-verify-recruiter = Confirme numa fonte oficial que o recrutador tem licença e que o empregador existe.
checklist-item-pay-no-fees = Não pague pelo emprego. Um empregador justo paga os custos de recrutamento.
checklist-item-written-contract = Tenha um contrato escrito, numa língua que você lê, antes de partir.
checklist-item-work-visa = Antes de viajar para trabalhar, verifique que pode trabalhar lá: um visto de trabalho, uma autorização de trabalho, ou a livre circulação como na CEDEAO ou no CSME. Um visto de turista, sozinho, não permite trabalhar.
checklist-item-copy-documents = Faça cópias do passaporte, do visto e do contrato. Deixe uma cópia com alguém de confiança.
checklist-item-memorise-contact = Decore o número de telefone de alguém de confiança.
checklist-item-safety-word = Combine uma palavra de segurança com a sua família. Ela quer dizer: preciso de ajuda.
checklist-item-know-embassy = Anote o endereço e o telefone da embaixada do seu país no lugar para onde vai.
checklist-item-keep-documents-on-you = Leve sempre consigo o passaporte e os documentos.
checklist-item-share-travel-plan = Diga a alguém de confiança para onde vai e quando chega.
checklist-item-no-false-papers = Não aceite documentos falsos nem um caminho de que não lhe falaram.
checklist-item-never-hand-over-passport = Nunca entregue o seu passaporte a um empregador ou recrutador. Ele é seu.
checklist-item-job-matches-contract = Confira se o trabalho, o salário e a moradia são os do contrato.
checklist-item-stay-in-touch = Fale com a sua família com frequência.
checklist-item-know-your-rights = Conheça os seus direitos no trabalho aqui: salário, horas e dias de folga.
checklist-item-recognise-warning-signs = Mentiras sobre o emprego, ameaças, dívidas que crescem ou não poder ir embora são sinais de alerta.
checklist-item-use-safety-word = Envie a sua palavra de segurança à sua família.
checklist-item-contact-help = Contate um serviço de ajuda de confiança. Pode perguntar antes se avisam a polícia.
checklist-item-contact-embassy = Contate a sua embaixada. Ela pode ajudar com documentos perdidos ou retidos.
checklist-item-retired = Um item que já não está na lista

checklist-done = Feito
checklist-not-done = Por fazer
checklist-your-note = A sua nota: { $note }
checklist-added = O seu item foi adicionado.
checklist-saved = Guardado.
checklist-removed = Removido.

## Menu

menu-checklist = Minha lista para viajar com segurança
checklist-menu-add = Adicionar um item meu
checklist-menu-note = Escrever uma nota privada num item
checklist-choose-item = Escolha um item
checklist-choose-stage = Escolha uma etapa

## Erros

checklist-error-unknown-stage = Essa etapa não existe na lista.
checklist-error-unknown-item = Esse item não existe na lista.
checklist-error-empty = Escreva algum texto, por favor.
checklist-error-too-long = É longo demais. Use no máximo { $max } caracteres.
checklist-error-not-custom = Só pode remover os itens que você adicionou.

## As telas da lista no aplicativo

checklist-progress = { $done } de { $total } feitos
checklist-remove-note = Tirar a nota
checklist-remove-question = Remover este item da sua lista?
checklist-note-hint = Só neste celular.
