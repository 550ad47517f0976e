## The terminal's own words for its commands and menus

menu-prompt = Tapez un numéro puis appuyez sur Entrée.
menu-quick-exit-hint = Tapez q à tout moment pour fermer Waymark tout de suite.
menu-goodbye = Au revoir. Prenez soin de vous.
error-bad-argument = Une option manque ou n'est pas écrite correctement.
error-not-text = L'entrée n'est pas du texte : il faut du texte UTF-8, pas une image, un document ou un autre fichier.
