## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Poko gen anyen la a.
terminal-press-enter = Peze Enter pou wè plis (q pou fèmen Waymark).
