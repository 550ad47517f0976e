## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = Nothing here yet.
terminal-press-enter = Press Enter to see more (q to close Waymark).
terminal-number-prompt = Type a number and press Enter.
terminal-answer-prompt = Type your answer, or a number from the list, and press Enter.
terminal-file-saved = Saved in this folder as { $file }.
terminal-file-not-saved = Could not save { $file } in this folder (a file with that name may already be there). Nothing was written.
terminal-file-path = Type the file's path and press Enter (an empty line goes back).
terminal-file-unreadable = That file could not be read. Nothing was changed.
