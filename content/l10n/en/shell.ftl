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
## Workshop and text-scan screens

shell-workshop-sessions = Sessions on this phone
shell-workshop-no-sessions = There are no sessions on this phone yet.
shell-workshop-minutes = { $minutes } minutes
shell-workshop-previous = Previous
shell-workshop-next = Next
shell-workshop-resume = Back to the running session
shell-workshop-quiz = Group quiz
shell-workshop-missed = How many people got each question wrong? Leave it empty if you did not count.
shell-workshop-save-scores = Save the scores
shell-workshop-pass-phone = Or pass the phone around: each person chooses their answers, then taps save. Only the score is kept.
shell-workshop-save-answers = Save this person's answers
shell-workshop-people = People: { $count }
shell-workshop-before = Quiz before: { $percent } % right
shell-workshop-after = Quiz after: { $percent } % right
shell-workshop-running = Still running
shell-workshop-ended = Ended
shell-workshop-share-csv = Share as a table (CSV)
shell-workshop-share-json = Share as data (JSON)
shell-workshop-clear = Delete all sessions
shell-workshop-clear-question = Delete every workshop session on this phone? This cannot be undone.
shell-workshop-clear-yes = Yes, delete the sessions
shell-workshop-cleared = The workshop sessions were deleted.
shell-scan-title = Check a job advert
shell-scan-privacy = The text stays on this phone and is never saved. It is gone when you leave this screen.
shell-scan-label = Paste the job advert or message here
shell-scan-button = Check the text
shell-scan-clear = Clear the text
shell-scan-next-steps = What you can do next

## Safety of the phone shells: errors, waiting, hand-offs to other apps, a lost key

shell-error-internal = Something went wrong inside the app. Nothing was shared. Please try again.
shell-checking = Checking…
shell-handoff-call = Calling from this phone leaves the number in its call history.
shell-handoff-text = A text message stays in this phone's messages app.
shell-handoff-open = This opens another app, which may keep the address in its history.
shell-handoff-continue = Continue
shell-handoff-copy = Copy instead
shell-start-again-title = Start again
shell-start-again = This phone no longer has the key that protected what you saved (this happens when the screen lock is removed or reset). What you saved cannot be opened any more. You can start again with an empty app.
shell-start-again-yes = Start again with an empty app
shell-unlock-retry = Try again
shell-workshop-start-question = Start a new session of this workshop now?
shell-workshop-start-yes = Yes, start the session
shell-workshop-end-question = End this session? Afterwards nothing can be added to it.
shell-workshop-end-yes = Yes, end the session
shell-pin-current-right = That is your PIN. Now choose a new one.
shell-learn-continue = Continue: { $lesson }
