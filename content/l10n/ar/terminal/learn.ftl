## Learning: words only the terminal's commands show

learn-menu-quiz = اختبار قصير
learn-progress-line = { $module }: اطّلعت على { $seen } من أصل { $total } من الدروس
