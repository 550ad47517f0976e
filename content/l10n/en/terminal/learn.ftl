## Learning: words only the terminal's commands show

learn-menu-quiz = Quiz
learn-progress-line = { $module }: { $seen } of { $total } lessons seen
