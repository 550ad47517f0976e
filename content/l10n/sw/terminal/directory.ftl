## Find help: words only the terminal's commands show

directory-status-verified = Imethibitishwa kwenye ukurasa rasmi (wa huduma au wa serikali yake)
