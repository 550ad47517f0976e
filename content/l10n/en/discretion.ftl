## Discretion: quick exit, disguise, leave no trace.

discretion-menu = Privacy and disguise
discretion-title = Privacy and disguise
discretion-disguise = App name and icon: { $name }
discretion-choose-disguise = Choose how the app looks on your home screen
discretion-notifications-off = No notifications: { $state }
discretion-notifications = Notifications: { $state }
discretion-leave-no-trace = Leave no trace: { $state }
discretion-leave-no-trace-help = While this is on, Waymark saves nothing at all, not even your progress, until you turn it off.
discretion-quick-exit-help = Quick exit closes what is on the screen at once. In this terminal, type q.
discretion-on = on
discretion-off = off
discretion-toggle-notifications = Turn notifications on or off
discretion-toggle-leave-no-trace = Turn leave no trace on or off
discretion-saved = Done.
discretion-error-disguise = That app name is not one of the choices.

## Disguise names: what the app is called on the home screen

disguise-waymark = Waymark
disguise-notes = Notes
disguise-calculator = Calculator
disguise-weather = Weather
disguise-recipes = Recipes
