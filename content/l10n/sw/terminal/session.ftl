## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Bado hakuna kitu hapa.
terminal-press-enter = Bonyeza Enter kuona zaidi (q kufunga Waymark).
terminal-number-prompt = Andika namba kisha ubonyeze Enter.
terminal-answer-prompt = Andika jibu lako, au namba kutoka kwenye orodha, kisha ubonyeze Enter.
terminal-file-saved = Imehifadhiwa katika folda hii kama { $file }.
terminal-file-not-saved = Imeshindikana kuhifadhi { $file } katika folda hii (huenda faili lenye jina hilo lipo tayari). Hakuna kilichoandikwa.
terminal-file-path = Andika njia ya faili kisha ubonyeze Enter (mstari mtupu kurudi).
terminal-file-unreadable = Faili hilo halikuweza kusomwa. Hakuna kilichobadilishwa.
