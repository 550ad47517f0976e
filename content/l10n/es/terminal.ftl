## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Todavía no hay nada aquí.
terminal-press-enter = Pulsa Intro para ver más (q para cerrar Waymark).
