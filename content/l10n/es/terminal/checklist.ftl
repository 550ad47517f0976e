## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] Un elemento guardado no se pudo leer con seguridad y no se muestra.
   *[other] { $count } elementos guardados no se pudieron leer con seguridad y no se muestran.
}
