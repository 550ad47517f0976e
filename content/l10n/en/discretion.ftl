## Discretion: quick exit, disguise, leave no trace.

discretion-title = Privacy and disguise
discretion-notifications-off = No notifications: { $state }
discretion-leave-no-trace-help = While this is on, Waymark saves nothing at all, not even your progress, until you turn it off.
discretion-saved = Done.
discretion-error-disguise = That app name is not one of the choices.

## Disguise names: what the app is called on the home screen

disguise-waymark = Waymark
disguise-notes = Notes
disguise-calculator = Calculator
disguise-weather = Weather
disguise-recipes = Recipes
