## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Paste the text, then press Enter on an empty line.
screening-error-bad-json = The input could not be read. It must be JSON in the documented shape.
