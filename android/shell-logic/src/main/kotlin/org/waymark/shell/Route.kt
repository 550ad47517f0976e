package org.waymark.shell

/**
 * Where the person is. A feature adds a route here (for example
 * `data class Module(val id: String) : Route`), a [HomeSection] that offers it, a case in
 * [Shell.screenFor] and one screen per platform. Nothing else changes.
 */
sealed interface Route {
    /** Sensitive screens are hidden from screenshots, screen recording and the app switcher. */
    val sensitive: Boolean get() = true

    /** The language list names nothing but languages, so it may be shown in the app switcher. */
    data object LanguagePicker : Route {
        override val sensitive: Boolean get() = false
    }

    data object Home : Route

    data object Settings : Route
}

/** Who the home screen speaks to. Ids match the core's audience ids (issue 5: `modules(audience)`). */
enum class Audience(val id: String, val labelMessage: String) {
    Migrants("migrants", "shell-audience-migrants"),
    Students("students", "shell-audience-students"),
    Leaders("leaders", "shell-audience-leaders"),
}

/**
 * A neutral launcher name and icon. Each platform maps [id] to what it switches: an
 * `activity-alias` on Android, an alternate icon name on iOS. When the core's discretion
 * settings land (issue 8) the list of choices comes from the core and this only maps ids.
 */
enum class Disguise(val id: String, val labelMessage: String) {
    Waymark("waymark", "shell-disguise-waymark"),
    Notes("notes", "shell-disguise-notes"),
    ;

    companion object {
        fun byId(id: String?): Disguise = entries.firstOrNull { it.id == id } ?: Waymark
    }
}
