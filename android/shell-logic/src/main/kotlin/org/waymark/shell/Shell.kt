package org.waymark.shell

import org.waymark.core.MessageArg
import org.waymark.core.WaymarkInterface

/**
 * The phone shells' state machine, the same on Android and (mirrored in Swift) on iOS:
 * a back stack of [Route]s, the chosen audience, and a [UiState] built from the core's
 * view records. Screens render [state] and send [Event]s to [onEvent]; the platform
 * carries out the returned [Effect]. No domain logic lives here: it only asks the core.
 */
class Shell(
    private val core: WaymarkInterface,
    private val host: ShellHost,
    /** The platform's preferred language tags, most preferred first. */
    systemLocales: List<String>,
    private val sections: List<HomeSection> = HomeSections.all,
    onMissingMessage: (String) -> Unit = {},
) {
    private val texts = Texts(core, onMissingMessage)
    private val stack = ArrayDeque<Route>()
    private var audience: Audience = Audience.Migrants
    private var disguise: Disguise = host.disguise

    init {
        val saved = host.savedLanguage
        if (saved != null && core.locales().any { it.id == saved }) {
            core.setLocales(listOf(saved))
            stack.addLast(Route.Home)
        } else {
            // First run: preselect the phone's language and let the person confirm it.
            core.setLocales(systemLocales)
            stack.addLast(Route.LanguagePicker)
        }
    }

    val route: Route get() = stack.last()

    fun state(): UiState {
        val route = route
        val current = core.currentLocale()
        val chrome = Chrome(
            localeId = current.id,
            direction = current.direction,
            reviewNote = current.reviewNote,
            title = titleFor(route),
            backLabel = if (stack.size > 1) texts["menu-back"] else null,
            quickExitLabel = texts["menu-quick-exit"],
            quickExitDescription = texts["shell-quick-exit-description"],
            readAloudLabel = texts["shell-read-aloud"],
            stopReadingLabel = texts["shell-stop-reading"],
            secure = route.sensitive,
        )
        return UiState(route, chrome, screenFor(route, current.id))
    }

    fun onEvent(event: Event): Effect = when (event) {
        is Event.PickLanguage -> {
            core.setLocales(listOf(event.id))
            host.savedLanguage = core.currentLocale().id
            if (stack.size > 1) stack.removeLast() else stack[0] = Route.Home
            Effect.None
        }
        is Event.Open -> {
            if (route != event.route) stack.addLast(event.route)
            Effect.None
        }
        is Event.SelectAudience -> {
            audience = Audience.entries.firstOrNull { it.id == event.id } ?: audience
            Effect.None
        }
        is Event.ChooseDisguise -> {
            val chosen = Disguise.byId(event.id)
            if (chosen == disguise) {
                Effect.None
            } else {
                disguise = chosen
                Effect.ApplyDisguise(chosen)
            }
        }
        Event.Back -> if (stack.size > 1) {
            stack.removeLast()
            Effect.None
        } else {
            Effect.Leave
        }
        Event.QuickExit -> {
            // Forget where the person was, so reopening shows nothing of it.
            // (When issue 8 lands: also `core.quickExit()` to clear the core's screen state.)
            val start = if (host.savedLanguage != null) Route.Home else Route.LanguagePicker
            stack.clear()
            stack.addLast(start)
            audience = Audience.Migrants
            Effect.Exit
        }
    }

    private fun titleFor(route: Route): String = when (route) {
        Route.LanguagePicker -> texts["menu-choose-language"]
        Route.Home -> texts["app-name"]
        Route.Settings -> texts["shell-settings"]
    }

    /** One case per route: the view record(s) from the core, mapped to what the screen shows. */
    internal fun screenFor(route: Route, localeId: String): Screen = when (route) {
        Route.LanguagePicker -> Screen.LanguagePicker(
            languages = core.locales().map {
                Choice(it.id, it.nativeName, selected = it.id == localeId, direction = it.direction, localeId = it.id)
            },
            selectedLabel = texts["shell-selected"],
        )
        Route.Home -> Screen.Home(
            tagline = texts["app-tagline"],
            offlineNote = texts["app-offline-note"],
            audienceTitle = texts["shell-audience-title"],
            audiences = Audience.entries.map { Choice(it.id, texts[it.labelMessage], selected = it == audience) },
            entries = sections.flatMap { it.entries(core, texts, audience) },
        )
        Route.Settings -> {
            val language = core.locales().firstOrNull { it.id == localeId }
            Screen.Settings(
                languageTitle = texts["shell-settings-language"],
                currentLanguage = language?.nativeName ?: localeId,
                changeLanguage = Entry("language", texts["menu-language"], Route.LanguagePicker),
                disguiseTitle = texts["shell-disguise-title"],
                disguiseHint = texts["shell-disguise-hint"],
                disguises = Disguise.entries.map { Choice(it.id, texts[it.labelMessage], selected = it == disguise) },
                aboutTitle = texts["shell-settings-about"],
                offlineNote = texts["app-offline-note"],
                contentVersion = texts.format(
                    "shell-content-version",
                    listOf(MessageArg.Text("version", core.contentVersion())),
                ),
                selectedLabel = texts["shell-selected"],
            )
        }
    }
}
