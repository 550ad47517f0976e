package org.waymark.shell

/**
 * Where the person is. A feature adds a route here (for example
 * `data class Module(val id: String) : Route`), a [HomeSection] that offers it, a case in
 * [Shell.screenFor] and one screen per platform. Nothing else changes.
 */
sealed interface Route {
    /** What the core is told is on screen (`setCurrentScreen`): an id, never user text. */
    val id: String

    /** Sensitive screens are hidden from screenshots, screen recording and the app switcher. */
    val sensitive: Boolean get() = true

    /** The language list names nothing but languages, so it may be shown in the app switcher. */
    data object LanguagePicker : Route {
        override val id: String get() = "language"
        override val sensitive: Boolean get() = false
    }

    /** PIN entry while the vault is locked; nothing saved is reachable from here. */
    data object Unlock : Route {
        override val id: String get() = "unlock"
    }

    /** The platform key store lost the key that wraps the vault's: nothing saved can be read again. */
    data object StartAgain : Route {
        override val id: String get() = "start_again"
    }

    data object Home : Route {
        override val id: String get() = "home"
    }

    data object Settings : Route {
        override val id: String get() = "settings"
    }

    data object Checklist : Route {
        override val id: String get() = "checklist"
    }

    data object FindHelp : Route {
        override val id: String get() = "find_help"
    }

    /** A job-offer or situation check (`job_offer`, `my_situation`). Answers are kept in memory only. */
    data class Check(val kind: String) : Route {
        override val id: String get() = "screening"
    }
}

/** Who the home screen speaks to. Ids match the core's audience ids (issue 5: `modules(audience)`). */
enum class Audience(val id: String, val labelMessage: String) {
    Migrants("migrants", "shell-audience-migrants"),
    Students("students", "shell-audience-students"),
    Leaders("leaders", "shell-audience-leaders"),
}

/** The safety filters of find help, each a flag of the core's `HelpQuery`. */
enum class HelpFilter(val id: String, val labelMessage: String) {
    NoImmigrationReporting("no_immigration_reporting", "directory-filter-no-immigration"),
    Anonymous("anonymous", "directory-filter-anonymous"),
    NoId("no_id", "directory-filter-no-id"),
}
