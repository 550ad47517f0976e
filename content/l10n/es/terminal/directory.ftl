## Find help: words only the terminal's commands show

directory-status-verified = Confirmado en una página oficial (la del servicio o la de su gobierno)
