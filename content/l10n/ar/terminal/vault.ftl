## The vault: words only the terminal's commands show

vault-wipe-needs-yes = لحذف كل شيء، أضف/ي ‎--yes‎.
vault-enter-pin = اكتب/ي رمزك السري:
vault-enter-new-pin = اكتب/ي الرمز السري الجديد:
vault-error-passphrase-short = تحتاج عبارة المرور إلى { $min } أحرف على الأقل.
