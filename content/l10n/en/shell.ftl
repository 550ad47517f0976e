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
shell-disguise-waymark = Waymark
shell-disguise-notes = Notes
