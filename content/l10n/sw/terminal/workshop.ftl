## Workshops: words only the terminal's commands show (export to files)

workshop-export-failed = Faili haikuweza kuandikwa. Hakikisha folda ipo na inaweza kuandikwa.
workshop-export-exists = Faili hiyo tayari ipo. Chagua jina lingine, au ongeza --force ili kuibadilisha.
workshop-export-written = Muhtasari umehifadhiwa kwenye faili.
