## Discretion: quick exit, disguise, leave no trace.

discretion-title = Privacy and disguise
discretion-disguise = App name and icon: { $name }
discretion-notifications-off = No notifications: { $state }
discretion-notifications = Notifications: { $state }
discretion-leave-no-trace = Leave no trace: { $state }
discretion-leave-no-trace-help = While this is on, Waymark saves nothing at all, not even your progress, until you turn it off.
discretion-on = on
discretion-off = off
discretion-saved = Done.
discretion-error-disguise = That app name is not one of the choices.

## Disguise names: what the app is called on the home screen

disguise-waymark = Waymark
disguise-notes = Notes
disguise-calculator = Calculator
disguise-weather = Weather
disguise-recipes = Recipes
