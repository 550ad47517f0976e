## As palavras da aplicação: menus, nomes de línguas, erros.

app-name = Waymark
app-tagline = Ajuda privada para verificar uma oferta de emprego, conhecer os seus direitos e encontrar apoio seguro.
app-offline-note = O Waymark funciona sem internet. Nada do que escreve sai deste telefone.
translation-under-review = Esta tradução ainda está sendo revisada.

## Menus

menu-choose-language = Escolha a sua língua
menu-main-title = O que quer fazer?
menu-language = Mudar de língua
menu-quit = Fechar o Waymark
menu-back = Voltar
menu-quick-exit = Saída rápida
menu-invalid-choice = Essa não é uma das opções. Tente outra vez.
menu-current-language = Língua: { $language }

## Nomes de línguas

language-en = inglês
language-fr = francês
language-es = espanhol
language-pt = português
language-ht = crioulo haitiano
language-sw = suaíli
language-ar = árabe

## Erros

error-invalid-input = Algo que escreveu não pode ser usado.
error-not-found = Esse item não foi encontrado.
error-content = Parte do conteúdo do aplicativo está danificado ou faltando.
error-integrity = Os dados guardados não podem ser lidos com segurança. Podem ter sido alterados ou danificados.
error-locked = Os seus dados guardados estão bloqueados. Desbloqueie-os primeiro.
error-wrong-pin = Esse PIN não está certo.
error-storage = Não foi possível guardar os seus dados neste aparelho.
error-unknown-message = Não existe nenhum texto com o identificador { $id }.
error-malformed-locale = Esse código de língua não está bem escrito.
error-unsupported-locale = O Waymark ainda não tem textos nessa língua.
error-content-unreadable = Não é possível ler a pasta de conteúdo.
error-content-file = Um arquivo de conteúdo está danificado ou faltando: { $file }
error-missing-argument = Este texto precisa de um valor para { $name }: acrescente --arg { $name }=VALOR.
error-not-a-number = Escreva um número inteiro só com algarismos, por exemplo 12.
error-number-too-large = Esse número é grande demais: o máximo é { $max }.

## Quantidades

items-count = { $count ->
    [one] { $count } item
   *[other] { $count } itens
}
