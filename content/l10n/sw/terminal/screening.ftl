## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Bandika maandishi, kisha bonyeza Enter kwenye mstari mtupu.
screening-error-bad-json = Ingizo halikuweza kusomwa. Lazima liwe JSON kwa muundo ulioelezwa.
