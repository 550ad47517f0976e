## The app's own words: menus, language names, errors.

app-name = Waymark
app-tagline = Private help to check a job offer, know your rights and find safe support.
app-offline-note = Waymark works without internet. Nothing you enter leaves this phone.
translation-under-review = This translation is still being reviewed.

## Menus

menu-choose-language = Choose your language
menu-main-title = What would you like to do?
menu-language = Change language
menu-quit = Close Waymark
menu-back = Back
menu-quick-exit = Quick exit
menu-invalid-choice = That is not one of the choices. Please try again.
menu-current-language = Language: { $language }

## Language names, in the reader's language

language-en = English
language-fr = French
language-es = Spanish
language-pt = Portuguese
language-ht = Haitian Creole
language-sw = Swahili
language-ar = Arabic

## Errors: never include what a person typed

error-invalid-input = Something you entered could not be used.
error-not-found = That item could not be found.
error-content = Some of the app's content is damaged or missing.
error-integrity = Saved data could not be read safely. It may have been changed or damaged.
error-locked = Your saved data is locked. Unlock it first.
error-wrong-pin = That PIN is not right.
error-storage = Your data could not be saved on this device.
error-unknown-message = There is no text with the id { $id }.
error-malformed-locale = That language code is not written correctly.
error-unsupported-locale = Waymark has no text in that language yet.
error-content-unreadable = The content folder could not be read.
error-content-file = A content file is broken or missing: { $file }
error-missing-argument = This text needs a value for { $name }: add --arg { $name }=VALUE.
error-not-a-number = Type a whole number using digits only, for example 12.
error-number-too-large = That number is too large: the most is { $max }.

## Counts

items-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
