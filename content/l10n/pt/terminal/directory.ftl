## Find help: words only the terminal's commands show

directory-status-verified = Confirmado numa página oficial (a do serviço ou a do seu governo)
