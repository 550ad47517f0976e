## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Nothing here yet.
terminal-press-enter = Press Enter to see more (q to close Waymark).
