## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Il n'y a rien ici pour le moment.
terminal-press-enter = Appuyez sur Entrée pour voir la suite (q pour fermer Waymark).
