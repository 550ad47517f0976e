## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] Un élément enregistré n'a pas pu être lu en sécurité et n'est pas affiché.
   *[other] { $count } éléments enregistrés n'ont pas pu être lus en sécurité et ne sont pas affichés.
}
