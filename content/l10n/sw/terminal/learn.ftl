## Learning: words only the terminal's commands show

learn-menu-quiz = Maswali
learn-progress-line = { $module }: umeona masomo { $seen } kati ya { $total }
