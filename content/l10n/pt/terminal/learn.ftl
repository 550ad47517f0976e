## Learning: words only the terminal's commands show

learn-menu-quiz = Questionário
learn-progress-line = { $module }: { $seen } de { $total } lições vistas
