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
    /** "Checking…": shown while a core call runs off the main thread ([UiState.busy]). */
    val checkingLabel: String,
    /** The one-line warning before a call, text or link leaves the app; null when none is pending. */
    val handoff: Handoff? = null,
) {
    val rightToLeft: Boolean get() = direction == TextDirection.RTL
}

/**
 * Asked before a call, text or link goes to another app (which keeps a call log, a
 * message thread or a browser history): go on, copy the number instead, or cancel.
 */
data class Handoff(
    val warning: String,
    val continueLabel: String,
    val copyInsteadLabel: String,
    val cancelLabel: String,
)

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

    /** The vault is locked: PIN entry. The PIN itself is never part of any state. */
    data class Unlock(
        val hint: String,
        val pinLabel: String,
        val unlockLabel: String,
        /** The core's localized message (wrong PIN, with the back-off wait when there is one). */
        val error: String?,
        /** Find help works without the PIN. */
        val findHelp: Entry,
    ) : Screen {
        override val speakable: String get() = listOfNotNull(hint, error).joinToString("\n")
    }

    /** The key store lost the vault's key: nothing saved can be opened; start again, or find help. */
    data class StartAgain(
        val message: String,
        val startAgainLabel: String,
        val findHelp: Entry,
    ) : Screen {
        override val speakable: String get() = message
    }

    data class Settings(
        val languageTitle: String,
        val currentLanguage: String,
        val changeLanguage: Entry,
        val pin: PinSection,
        val privacyTitle: String,
        val leaveNoTrace: OnOff,
        val notificationsOff: OnOff,
        val disguiseTitle: String,
        val disguiseHint: String,
        /** The core's disguises (`disguises()`), the one in use selected. */
        val disguises: List<Choice>,
        val wipe: WipeSection,
        val aboutTitle: String,
        val offlineNote: String,
        val contentVersion: String,
        val selectedLabel: String,
        /** What the last action did: the core's confirmation or its localized error. */
        val feedback: Feedback?,
    ) : Screen {
        override val speakable: String
            get() = listOfNotNull(feedback?.text, pin.status, pin.duressExplain, leaveNoTrace.help, disguiseHint, offlineNote, contentVersion)
                .joinToString("\n")
    }

    data class Checklist(
        val stages: List<ChecklistStage>,
        val doneLabel: String,
        val notDoneLabel: String,
        val addLabel: String,
        val addHint: String,
        val noteLabel: String,
        val noteHint: String,
        val saveLabel: String,
        val removeLabel: String,
        /** "Some saved items could not be read" when the core reports damaged records. */
        val damaged: String?,
        val feedback: Feedback?,
    ) : Screen {
        override val speakable: String
            get() = stages.joinToString("\n") { stage ->
                // The person's own items are never spoken: a read-aloud voice carries across a room.
                (listOf(stage.title) + stage.items.filterNot { it.custom }.map { "${it.title}: ${if (it.done) doneLabel else notDoneLabel}" })
                    .joinToString("\n")
            }
    }

    data class Check(
        val kind: String,
        val privacyNote: String,
        val questions: List<CheckQuestion>,
        val countryTitle: String,
        val countries: List<Choice>,
        val selectedLabel: String,
        val showReport: String,
        val report: CheckReport?,
        val copyLabel: String,
        val feedback: Feedback?,
    ) : Screen {
        override val speakable: String
            get() = report?.let { r -> (listOf(r.headline, r.notAFinding) + r.signals.map { it.title }).joinToString("\n") }
                ?: (listOf(privacyNote) + questions.map { it.text }).joinToString("\n")
    }

    data class FindHelp(
        val countryTitle: String,
        /** `helpChoices().countries`; none selected shows only help that works from any country. */
        val countries: List<Choice>,
        val dangerQuestion: String,
        val danger: OnOff,
        val needsTitle: String,
        /** `helpChoices().kinds`, several may be selected. */
        val needs: List<Choice>,
        val filters: List<Choice>,
        /** "Which country do you come from?" and the same countries; the one the core used is selected. */
        val fromTitle: String,
        val fromCountries: List<Choice>,
        /** The country's sourced warnings, shown before its numbers. */
        val notesTitle: String,
        val notes: List<String>,
        val emergencyTitle: String,
        val emergency: List<ContactAction>,
        /** One line per emergency number, same order: "Last checked: …", out of date, not confirmed. */
        val emergencyChecked: List<String>,
        val servicesTitle: String,
        /** Only services that meet every filter (all of them when none is set). */
        val services: List<HelpService>,
        /** "No services listed for this country yet", or null. */
        val noServices: String?,
        /** Services whose answer to a safety filter is not known: shown apart, never as matches. */
        val notConfirmedTitle: String,
        val notConfirmed: List<HelpService>,
        /** Services that fail a filter on a confirmed fact: listed last. */
        val otherTitle: String,
        val otherServices: List<HelpService>,
        /** "What Kenya offers its citizens here", when the person comes from another country. */
        val fromHomeTitle: String?,
        val fromHome: List<HelpService>,
        /** "We found nothing Kenya offers its citizens in this country…", or null. */
        val fromHomeNone: String?,
        val fallbacksTitle: String,
        val fallbacks: List<HelpService>,
        val selectedLabel: String,
        val copyLabel: String,
        val feedback: Feedback?,
    ) : Screen {
        override val speakable: String
            get() = (listOfNotNull(danger.help) + notes + emergency.map { "${it.label} ${it.display}" } +
                (services + notConfirmed + otherServices + fromHome + fallbacks).map { it.name })
                .joinToString("\n")
    }
}

/** One question of a check, its help line and the three answers (the chosen one selected). */
data class CheckQuestion(val id: String, val text: String, val help: String, val answers: List<Choice>)

data class CheckSignal(val title: String, val explanation: String, val nextStep: String)

/** The core's report: a calm headline, never a legal finding. */
data class CheckReport(
    val title: String,
    val risk: String,
    val headline: String,
    val notAFinding: String,
    val signals: List<CheckSignal>,
    val findOutTitle: String,
    val findOut: List<String>,
    val helpTitle: String,
    /** Help for the chosen country when the risk is high or urgent. */
    val help: List<ContactAction>,
)

/** A switch with its label and what it means. */
data class OnOff(val label: String, val help: String?, val on: Boolean)

data class Feedback(val text: String, val error: Boolean)

data class PinSection(
    val title: String,
    /** "A PIN is set" / "No PIN is set". */
    val status: String,
    val hasPin: Boolean,
    val pinLabel: String,
    val currentPinLabel: String,
    val newPinLabel: String,
    val repeatPinLabel: String,
    val setPin: String,
    val changePin: String,
    val removePin: String,
    val lockNow: String,
    val duressTitle: String,
    /** What the emergency PIN does, in plain words, before anyone opts in. */
    val duressExplain: String,
    /** Null when no PIN is set (the emergency PIN needs one): then [duressNeedsPin] is shown. */
    val setDuress: String?,
    val duressNeedsPin: String,
    /** "An emergency PIN is set." or null. */
    val duressStatus: String?,
)

data class WipeSection(
    val label: String,
    /** Non-null after the first tap: the question and the two answers. */
    val confirm: WipeConfirm?,
)

data class WipeConfirm(val question: String, val yes: String, val cancel: String)

data class ChecklistStage(val id: String, val title: String, val items: List<ChecklistItem>)

data class ChecklistItem(
    val id: String,
    val title: String,
    val done: Boolean,
    /** Added by the person: can be removed. */
    val custom: Boolean,
    /** The person's private note (kept in the vault only). */
    val note: String?,
)

/** Call, text, open or copy one way of reaching help. */
data class ContactAction(
    /** `call`, `text` or `open` (the label says which). */
    val kind: String,
    val label: String,
    /** What is shown and copied: the number or address. */
    val display: String,
    /** `tel:`, `sms:`, `mailto:` or `https:` for the platform to open; null for walk-in. */
    val uri: String?,
)

data class HelpService(
    val id: String,
    val name: String,
    val description: String,
    val hours: String,
    /** "Before you call: run by the police." — what the line does with a call, shown before its number. */
    val warning: String?,
    /** "Last checked: 2025-…" */
    val lastVerified: String,
    /** "May be out of date: …" when last checked more than a year ago. */
    val outOfDate: String?,
    /** "Source: a government page of this country: https://…" */
    val source: String,
    /** Present when the listing is not yet confirmed on the service's own page. */
    val statusWarning: String?,
    /** "Tells the police: no" / "Tells immigration: not known". */
    val police: String,
    val immigration: String,
    /** The service says it reports to police or immigration: shown as a warning. */
    val reportsWarning: Boolean,
    val why: String?,
    val actions: List<ContactAction>,
)

/** [busy]: a core call is running ([ShellRunner]); the screen shows [Chrome.checkingLabel] and takes no input. */
data class UiState(val route: Route, val chrome: Chrome, val screen: Screen, val busy: Boolean = false)

/**
 * What a person does on a screen. Events that carry what the person typed (PINs, notes,
 * their own items) are plain classes whose `toString` names only the event, so a crash
 * report or log line can never contain them.
 */
sealed interface Event {
    data class PickLanguage(val id: String) : Event
    data class Open(val route: Route) : Event
    data class SelectAudience(val id: String) : Event
    data object Back : Event
    data object QuickExit : Event

    /** The app went to the background: the core locks (always; see [Shell]). */
    data object Backgrounded : Event

    /** The app came back: an unlock screen shown only because the vault could not be read is re-checked. */
    data object Resumed : Event

    /** The key store lost the vault's key: delete the unreadable vault and start with an empty app. */
    data object StartAgain : Event

    // Unlock and PIN settings.
    class Unlock(val pin: String) : Event { override fun toString() = "Unlock" }
    data object Lock : Event
    class SetPin(val pin: String, val repeat: String) : Event { override fun toString() = "SetPin" }
    class ChangePin(val old: String, val new: String, val repeat: String) : Event { override fun toString() = "ChangePin" }
    class RemovePin(val pin: String) : Event { override fun toString() = "RemovePin" }
    class SetDuressPin(val pin: String, val repeat: String) : Event { override fun toString() = "SetDuressPin" }

    // Discretion.
    data class ChooseDisguise(val id: String) : Event
    data class SetLeaveNoTrace(val on: Boolean) : Event
    data class SetNotificationsOff(val off: Boolean) : Event
    data object AskWipe : Event
    data object CancelWipe : Event
    data object ConfirmWipe : Event

    // Checklist.
    data class Tick(val item: String, val done: Boolean) : Event
    class AddItem(val stage: String, val text: String) : Event { override fun toString() = "AddItem" }
    class SetNote(val item: String, val note: String) : Event { override fun toString() = "SetNote" }
    data class RemoveItem(val item: String) : Event

    // Checks. An answer is what the person says about their life: never printed.
    class Answer(val question: String, val answer: String) : Event { override fun toString() = "Answer" }
    data object ShowReport : Event

    // Find help.
    data class HelpCountry(val id: String?) : Event
    /** The country the person comes from (null: the core suggests it from the language's region). */
    data class HelpFrom(val id: String?) : Event
    data class ToggleNeed(val id: String) : Event
    data class ToggleFilter(val id: String) : Event
    data class DangerNow(val on: Boolean) : Event
    /** Asks first ([Chrome.handoff]); [ConfirmHandoff] then opens the other app. */
    data class Contact(val action: ContactAction) : Event
    data class Copy(val action: ContactAction) : Event
    data object ConfirmHandoff : Event
    data object CopyInstead : Event
    data object CancelHandoff : Event
}

/** What the platform must do after an event (the shell cannot do it itself). */
sealed interface Effect {
    data object None : Effect

    /** Back on the first screen: let the system leave the app as usual. */
    data object Leave : Effect

    /** Quick exit: close at once and remove the task from recent apps. */
    data object Exit : Effect

    /** Switch the launcher name and icon to the core's disguise icon id. */
    data class ApplyDisguise(val icon: String) : Effect

    /** Open `tel:`/`sms:`/`mailto:`/`https:` with the phone's own app. */
    data class OpenUri(val uri: String) : Effect

    /**
     * Put the number or address on the clipboard (marked sensitive where the platform can);
     * [ShellRunner] clears it again after [ShellRunner.CLIPBOARD_MS] and on quick exit.
     */
    data class CopyText(val text: String) : Effect

    /** Empty the clipboard if it still holds what Waymark copied. */
    data object ClearClipboard : Effect
}
