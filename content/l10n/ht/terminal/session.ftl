## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Poko gen anyen la a.
terminal-press-enter = Peze Enter pou wè plis (q pou fèmen Waymark).
terminal-number-prompt = Tape yon nimewo epi peze Enter.
terminal-answer-prompt = Tape repons ou, oswa yon nimewo nan lis la, epi peze Enter.
terminal-file-saved = Li anrejistre nan dosye sa a sou non { $file }.
terminal-file-not-saved = Nou pa t kapab anrejistre { $file } nan dosye sa a (petèt gen yon fichye ki gen menm non an deja). Anyen pa t ekri.
terminal-file-path = Tape chemen fichye a epi peze Enter (yon liy vid pou retounen).
terminal-file-unreadable = Nou pa t kapab li fichye sa a. Anyen pa t chanje.
