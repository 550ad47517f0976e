## Learning: words only the terminal's commands show

learn-menu-quiz = Cuestionario
learn-progress-line = { $module }: { $seen } de { $total } lecciones vistas
