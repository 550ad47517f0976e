## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Ainda não há nada aqui.
terminal-press-enter = Pressione Enter para ver mais (q para fechar o Waymark).
