## O cofre: PIN, PIN de emergência, apagar tudo

vault-set-pin = Definir um PIN
vault-change-pin = Mudar o PIN
vault-remove-pin = Remover o PIN
vault-set-duress = Definir um PIN de emergência
vault-duress-explain = Se alguém o obrigar a abrir o Waymark, escreva o PIN de emergência. O Waymark abre vazio e apaga o que guardou.
vault-wipe = Apagar tudo
vault-wiped = Tudo foi apagado.
vault-not-wiped = Nada foi apagado.
vault-pin-set = O seu PIN está definido.
vault-pin-changed = O seu PIN foi mudado.
vault-pin-removed = O seu PIN foi removido.
vault-duress-set = O seu PIN de emergência está definido.
vault-enter-duress-pin = Escreva o PIN de emergência:

## Erros

vault-error-too-many-attempts = Demasiadas tentativas erradas. Tente de novo daqui a { $seconds } segundos.
vault-error-device-key = O cofre de chaves do telefone deu uma chave que não serve.
vault-error-key-store = O cofre de chaves do telefone não está disponível agora.
vault-error-data-dir = Não é possível usar a pasta de dados do Waymark. Ela deve ser uma pasta que o Waymark possa criar e alterar.
vault-error-no-pin = Não há nenhum PIN.
vault-error-pin-already-set = Já existe um PIN. Pode mudá-lo.
vault-error-pin-format = Um PIN precisa de { $min } a { $max } caracteres.
vault-error-duress-same = O PIN de emergência tem que ser diferente do seu PIN.

## Key store, PIN checks, leave no trace

error-key-store = A chave deste aparelho não abre os seus dados guardados. Se usa uma frase-passe, confirme que é a que escolheu.
vault-error-wrong-device-key = A chave deste aparelho não abre os seus dados guardados (foi substituída ou perdida, ou a frase-passe é outra). O seu PIN não foi contado como errado.
vault-error-common-pin = Esse PIN é demasiado fácil de adivinhar. Evite um dígito repetido (0000), dígitos seguidos (1234, 9876) e pares repetidos (1212).
vault-enter-new-pin-again = Escreva outra vez o novo PIN:
vault-kept-until-close = Fica apenas até o Waymark fechar: «não deixar rasto» está ligado, por isso nada é guardado.
vault-enter-duress-pin-again = Escreva outra vez o PIN de emergência:

## As telas do PIN no aplicativo

vault-pin-next = Próximo
