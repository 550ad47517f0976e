## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] Um item guardado não pôde ser lido com segurança e não é mostrado.
   *[other] { $count } itens guardados não puderam ser lidos com segurança e não são mostrados.
}
