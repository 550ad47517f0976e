## Find help: words only the terminal's commands show

directory-status-verified = Confirmé sur une page officielle (celle du service ou de son gouvernement)
