## The terminal's own words for its commands and menus

menu-prompt = Tape yon nimewo epi peze Enter.
menu-quick-exit-hint = Tape q nenpòt ki lè pou fèmen Waymark touswit.
menu-goodbye = Orevwa. Pran swen tèt ou.
error-bad-argument = Yon opsyon manke oswa li pa ekri kòrèkteman.
error-not-text = Sa ou bay la se pa tèks: li dwe tèks UTF-8, pa yon foto, yon dokiman oswa yon lòt fichye.
