## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Bado hakuna kitu hapa.
terminal-press-enter = Bonyeza Enter kuona zaidi (q kufunga Waymark).
