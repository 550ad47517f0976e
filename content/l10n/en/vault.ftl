## The vault: PIN, emergency PIN, delete everything

vault-set-pin = Set a PIN
vault-change-pin = Change the PIN
vault-remove-pin = Remove the PIN
vault-set-duress = Set an emergency PIN
vault-duress-explain = If someone forces you to open Waymark, type the emergency PIN. Waymark opens empty and deletes what you saved.
vault-wipe = Delete everything
vault-wiped = Everything is deleted.
vault-not-wiped = Nothing was deleted.
vault-pin-set = Your PIN is set.
vault-pin-changed = Your PIN is changed.
vault-pin-removed = Your PIN is removed.
vault-duress-set = Your emergency PIN is set.
vault-enter-duress-pin = Enter the emergency PIN:

## Errors

vault-error-too-many-attempts = Too many wrong tries. Try again in { $seconds } seconds.
vault-error-device-key = The phone's key store gave a key that cannot be used.
vault-error-key-store = The phone's key store is not available right now.
vault-error-data-dir = Waymark's data folder can't be used. It must be a folder that Waymark can create and write to.
vault-error-no-pin = No PIN is set.
vault-error-pin-already-set = A PIN is already set. You can change it.
vault-error-pin-format = A PIN needs { $min } to { $max } characters.
vault-error-duress-same = The emergency PIN must be different from your PIN.

## Key store, PIN checks, leave no trace

error-key-store = This device's key does not open your saved data. If you use a passphrase, check that it is the one you chose.
vault-error-wrong-device-key = This device's key does not open your saved data (it was replaced or lost, or the passphrase is different). Your PIN was not counted as wrong.
vault-error-common-pin = That PIN is too easy to guess. Avoid one digit repeated (0000), digits in order (1234, 9876) and repeated pairs (1212).
vault-enter-new-pin-again = Enter the new PIN again:
vault-kept-until-close = Kept only until Waymark closes: leave no trace is on, so nothing is saved.
vault-enter-duress-pin-again = Enter the emergency PIN again:

## The app's PIN screens

vault-pin-next = Next
