## The phone apps' own words (Android and iOS shells).

shell-settings = Settings
shell-read-aloud = Read aloud
shell-stop-reading = Stop reading
shell-quick-exit-description = Close Waymark at once and remove it from recent apps.
shell-audience-title = Who is this for?
shell-audience-migrants = Working or travelling abroad
shell-audience-students = Students
shell-audience-leaders = Community leaders
shell-selected = Selected
shell-settings-language = Language
shell-settings-about = About Waymark
shell-content-version = Content version { $version }
shell-disguise-title = App name and icon
shell-disguise-hint = Choose a plain name and icon so others do not notice the app. The change can take a moment to show.

## Unlock, PIN, privacy, checklist and find help

shell-unlock-hint = Enter your PIN to open what you saved.
shell-pin = PIN
shell-unlock = Open
shell-pin-on = A PIN is set. Waymark asks for it each time it opens.
shell-pin-current = Your PIN now
shell-pin-new = New PIN
shell-pin-repeat = Type the new PIN again
shell-pin-mismatch = The two PINs are not the same. Nothing was changed.
shell-lock-now = Lock now
shell-duress-needs-pin = Set a PIN first. Then you can add an emergency PIN.
shell-leave-no-trace = Leave no trace
shell-notifications-off = No notifications
shell-notifications-off-help = Waymark never shows a notification while this is on.
shell-wipe-question = Delete everything you saved in Waymark, and your PIN? This cannot be undone.
shell-wipe-yes = Yes, delete everything
shell-cancel = Cancel
shell-checklist-add-hint = Your own item
shell-note = Private note
shell-note-hint = Only on this phone. Leave it empty to remove the note.
shell-save = Save
shell-remove = Remove
shell-checklist-damaged = Some saved items could not be read. The rest is shown.
shell-help-country = Which country are you in?
shell-help-danger-now = I am in danger now
shell-copy = Copy
shell-copied = Copied.
shell-check-privacy = Nothing you answer is saved. Use Quick exit at any time to close Waymark.

## Learning screens

shell-learn-mark-read = Mark as read
shell-learn-read = You have read this lesson.
shell-learn-previous = Previous
shell-learn-next = Next
shell-learn-start-quiz = Start the quiz
shell-learn-submit = Check my answers
shell-learn-your-answer = Your answer: { $answer }
shell-learn-retry = Try the quiz again
shell-learn-clear-question = Clear your learning progress? Only the lessons you read and your quiz scores are forgotten.
shell-learn-clear-yes = Yes, clear it
