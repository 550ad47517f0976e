## Find help: words only the terminal's commands show

directory-status-verified = Konfime sou yon paj ofisyèl (paj sèvis la oswa paj gouvènman li)
