## The checklist's words only the terminal's commands show

checklist-damaged = { $count ->
    [one] Kipengele kimoja kilichohifadhiwa hakikuweza kusomwa kwa usalama na hakionyeshwi.
   *[other] Vipengele { $count } vilivyohifadhiwa havikuweza kusomwa kwa usalama na havionyeshwi.
}
