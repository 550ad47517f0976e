## Learning: words only the terminal's commands show

learn-menu-quiz = Kesyonè
learn-progress-line = { $module }: ou wè { $seen } leson sou { $total }
