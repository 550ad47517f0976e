## Find help: words only the terminal's commands show

directory-status-verified = مؤكد في صفحة رسمية (صفحة الخدمة أو حكومتها)
