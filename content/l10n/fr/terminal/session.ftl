## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Il n'y a rien ici pour le moment.
terminal-press-enter = Appuyez sur Entrée pour voir la suite (q pour fermer Waymark).
terminal-number-prompt = Tapez un nombre et appuyez sur Entrée.
terminal-answer-prompt = Tapez votre réponse, ou un numéro de la liste, et appuyez sur Entrée.
terminal-file-saved = Enregistré dans ce dossier sous le nom { $file }.
terminal-file-not-saved = Impossible d’enregistrer { $file } dans ce dossier (un fichier de ce nom existe peut-être déjà). Rien n’a été écrit.
terminal-file-path = Tapez le chemin du fichier et appuyez sur Entrée (une ligne vide pour revenir).
terminal-file-unreadable = Ce fichier n’a pas pu être lu. Rien n’a été changé.
