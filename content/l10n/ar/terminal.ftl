## The terminal shell's own words (waymark without a command)

# A list to choose from is empty; the menu before it comes back.
terminal-nothing-here = لا يوجد شيء هنا بعد.
terminal-press-enter = اضغط/ي Enter لرؤية المزيد (q لإغلاق Waymark).
