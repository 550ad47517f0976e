## The terminal's own words for its commands and menus

menu-prompt = Andika namba kisha bonyeza Enter.
menu-quick-exit-hint = Andika q wakati wowote kufunga Waymark mara moja.
menu-goodbye = Kwaheri. Kaa salama.
error-bad-argument = Chaguo fulani halipo au halijaandikwa vizuri.
error-not-text = Ulichoingiza si maandishi: lazima yawe maandishi ya UTF-8, si picha, hati au faili nyingine.
