## Find help: words only the terminal's commands show

directory-status-verified = Confirmed on an official page (the service's own or its government's)
