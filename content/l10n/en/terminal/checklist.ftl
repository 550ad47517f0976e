## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] One saved entry could not be read safely and is not shown.
   *[other] { $count } saved entries could not be read safely and are not shown.
}
