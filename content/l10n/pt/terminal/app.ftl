## The terminal's own words for its commands and menus

menu-prompt = Escreva um número e pressione Enter.
menu-quick-exit-hint = Escreva q a qualquer momento para fechar o Waymark de imediato.
menu-goodbye = Adeus. Fique em segurança.
error-bad-argument = Falta uma opção ou não está bem escrita.
error-not-text = A entrada não é texto: tem que ser texto UTF-8, não uma imagem, um documento ou outro arquivo.
