## The terminal's own words for its commands and menus

menu-prompt = Type a number and press Enter.
menu-quick-exit-hint = Type q at any time to close Waymark at once.
menu-goodbye = Goodbye. Stay safe.
error-bad-argument = An option is missing or not written correctly.
error-not-text = The input is not text: it must be UTF-8 text, not a picture, document or other file.
