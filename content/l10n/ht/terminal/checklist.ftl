## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] Yon bagay ou te anrejistre pa t ka li san danje, li pa parèt.
   *[other] { $count } bagay ou te anrejistre pa t ka li san danje, yo pa parèt.
}
