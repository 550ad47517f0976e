## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Kole tèks la, epi peze Enter sou yon liy vid.
screening-error-bad-json = Nou pa t ka li done yo. Yo dwe an JSON ak fòm ki dokimante a.
