package org.waymark.shell

import org.waymark.core.TextDirection

/** What every screen shares: language, direction, the quick-exit button, the review note. */
data class Chrome(
    val localeId: String,
    val direction: TextDirection,
    /** "This translation is still being reviewed." for draft locales, else null. */
    val reviewNote: String?,
    val title: String,
    /** Null on the first screen: there is nothing to go back to. */
    val backLabel: String?,
    val quickExitLabel: String,
    val quickExitDescription: String,
    val readAloudLabel: String,
    val stopReadingLabel: String,
    /** FLAG_SECURE on Android; the privacy cover on iOS. */
    val secure: Boolean,
) {
    val rightToLeft: Boolean get() = direction == TextDirection.RTL
}

/** One item of a list: an id to send back in events, and the text a screen reader reads. */
data class Choice(
    val id: String,
    val label: String,
    val selected: Boolean = false,
    /** The label's own direction (a language's name in its own script). */
    val direction: TextDirection = TextDirection.LTR,
    /** The locale the label is written in, for text-to-speech and screen readers. */
    val localeId: String? = null,
)

/** A link on the home screen to another screen. */
data class Entry(val id: String, val label: String, val route: Route)

sealed interface Screen {
    /** What the read-aloud button speaks. */
    val speakable: String

    data class LanguagePicker(val languages: List<Choice>, val selectedLabel: String) : Screen {
        override val speakable: String get() = languages.joinToString("\n") { it.label }
    }

    data class Home(
        val tagline: String,
        val offlineNote: String,
        val audienceTitle: String,
        val audiences: List<Choice>,
        val entries: List<Entry>,
    ) : Screen {
        override val speakable: String get() = listOf(tagline, offlineNote).joinToString("\n")
    }

    data class Settings(
        val languageTitle: String,
        val currentLanguage: String,
        val changeLanguage: Entry,
        val disguiseTitle: String,
        val disguiseHint: String,
        val disguises: List<Choice>,
        val aboutTitle: String,
        val offlineNote: String,
        val contentVersion: String,
        val selectedLabel: String,
    ) : Screen {
        override val speakable: String get() = listOf(disguiseHint, offlineNote, contentVersion).joinToString("\n")
    }
}

data class UiState(val route: Route, val chrome: Chrome, val screen: Screen)

/** What a person does on a screen. */
sealed interface Event {
    data class PickLanguage(val id: String) : Event
    data class Open(val route: Route) : Event
    data class SelectAudience(val id: String) : Event
    data class ChooseDisguise(val id: String) : Event
    data object Back : Event
    data object QuickExit : Event
}

/** What the platform must do after an event (the shell cannot do it itself). */
sealed interface Effect {
    data object None : Effect

    /** Back on the first screen: let the system leave the app as usual. */
    data object Leave : Effect

    /** Quick exit: close at once and remove the task from recent apps. */
    data object Exit : Effect

    /** Switch the launcher name and icon. */
    data class ApplyDisguise(val disguise: Disguise) : Effect
}
