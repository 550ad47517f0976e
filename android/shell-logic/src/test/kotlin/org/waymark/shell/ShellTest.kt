package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.TextDirection
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

class ShellTest {
    private fun core(): Waymark {
        val dir = tempDir("waymark-shell")
        return Waymark(
            WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
            FileKeyStore(File(dir, "keys").path),
        )
    }

    private fun shell(
        host: ShellHost = MemoryHost(),
        system: List<String> = listOf("en-US"),
        missing: MutableList<String> = mutableListOf(),
    ) = Shell(core(), host, system) { missing += it }

    /** Every route the shell can reach, in the order a person would find them. */
    private fun screens(shell: Shell): List<UiState> {
        val out = mutableListOf(shell.state())
        for (route in listOf(Route.Home, Route.Settings, Route.Checklist, Route.FindHelp, Route.Check("job_offer"), Route.Check("my_situation"), Route.LanguagePicker)) {
            shell.onEvent(Event.Open(route))
            out += shell.state()
        }
        return out
    }

    private fun texts(state: UiState): List<String> {
        val c = state.chrome
        val chrome = listOfNotNull(c.title, c.backLabel, c.quickExitLabel, c.quickExitDescription, c.readAloudLabel, c.stopReadingLabel, c.checkingLabel)
        val screen = when (val s = state.screen) {
            is Screen.LanguagePicker -> s.languages.map { it.label } + s.selectedLabel
            is Screen.Home -> listOf(s.tagline, s.offlineNote, s.audienceTitle) + s.audiences.map { it.label } + s.entries.map { it.label }
            is Screen.Unlock -> listOf(s.hint, s.pinLabel, s.unlockLabel, s.findHelp.label)
            is Screen.Settings -> listOf(
                s.languageTitle, s.currentLanguage, s.changeLanguage.label, s.disguiseTitle, s.disguiseHint,
                s.aboutTitle, s.offlineNote, s.contentVersion, s.selectedLabel, s.privacyTitle, s.wipe.label,
                s.leaveNoTrace.label, s.leaveNoTrace.help!!, s.notificationsOff.label, s.notificationsOff.help!!,
                s.pin.title, s.pin.status, s.pin.pinLabel, s.pin.currentPinLabel, s.pin.newPinLabel, s.pin.repeatPinLabel,
                s.pin.setPin, s.pin.changePin, s.pin.removePin, s.pin.lockNow, s.pin.duressTitle, s.pin.duressExplain,
                s.pin.duressNeedsPin,
            ) + s.disguises.map { it.label }
            is Screen.Checklist -> listOf(
                s.doneLabel, s.notDoneLabel, s.addLabel, s.addHint, s.noteLabel, s.noteHint, s.saveLabel, s.removeLabel,
            ) + s.stages.flatMap { st -> listOf(st.title) + st.items.map { it.title } }
            is Screen.Check -> listOf(s.privacyNote, s.countryTitle, s.selectedLabel, s.showReport, s.copyLabel) +
                s.questions.flatMap { q -> listOf(q.text, q.help) + q.answers.map { it.label } }
            is Screen.FindHelp -> listOf(
                s.countryTitle, s.dangerQuestion, s.danger.label, s.needsTitle, s.emergencyTitle, s.servicesTitle,
                s.fallbacksTitle, s.selectedLabel, s.copyLabel,
            ) + s.countries.map { it.label } + s.needs.map { it.label } + s.filters.map { it.label } +
                s.fallbacks.flatMap { listOf(it.name, it.lastVerified, it.police, it.immigration) + it.actions.map { a -> a.label } }
            is LearnScreen -> learnTexts(s)
            // Feature screens (workshop, text scan, …) check their words in their own tests.
            else -> emptyList()
        }
        return chrome + screen
    }

    @Test
    fun firstRunAsksForTheLanguageWithThePhonesLanguagePreselected() {
        val shell = shell(system = listOf("fr-CA", "en"))
        val state = shell.state()
        assertEquals(Route.LanguagePicker, state.route)
        assertNull(state.chrome.backLabel)
        assertFalse(state.chrome.secure)
        val picker = state.screen as Screen.LanguagePicker
        assertEquals(listOf("en", "fr", "es", "pt", "ht", "sw", "ar"), picker.languages.map { it.id })
        assertEquals("fr", picker.languages.single { it.selected }.id)
        assertEquals("Choisissez votre langue", state.chrome.title)
    }

    @Test
    fun languagesAreNamedInTheirOwnLanguageAndScriptWithoutFlags() {
        val picker = shell().state().screen as Screen.LanguagePicker
        val byId = picker.languages.associateBy { it.id }
        assertEquals("Kreyòl ayisyen", byId.getValue("ht").label)
        assertEquals("العربية", byId.getValue("ar").label)
        assertEquals(TextDirection.RTL, byId.getValue("ar").direction)
        assertEquals("sw", byId.getValue("sw").localeId)
        // No regional-indicator symbols (flag emoji): a language is not a country.
        for (choice in picker.languages) {
            assertTrue(choice.label.codePoints().noneMatch { it in 0x1F1E6..0x1F1FF }, choice.label)
        }
    }

    @Test
    fun pickingArabicSavesItSwitchesToRightToLeftAndOpensHome() {
        val host = MemoryHost()
        val shell = shell(host)
        assertEquals(Effect.None, shell.onEvent(Event.PickLanguage("ar")))
        assertEquals("ar", host.savedLanguage)
        val state = shell.state()
        assertEquals(Route.Home, state.route)
        assertTrue(state.chrome.rightToLeft)
        assertEquals("ar", state.chrome.localeId)
        assertEquals("خروج سريع", state.chrome.quickExitLabel)
        assertNotNull(state.chrome.reviewNote)
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("en"))
        assertEquals(Route.Home, shell.route)
        assertFalse(shell.state().chrome.rightToLeft)
        assertNull(shell.state().chrome.reviewNote)
    }

    @Test
    fun aSavedLanguageOpensHomeDirectly() {
        val shell = shell(MemoryHost(savedLanguage = "sw"), system = listOf("fr"))
        val state = shell.state()
        assertEquals(Route.Home, state.route)
        assertEquals("sw", state.chrome.localeId)
        assertEquals("Toka haraka", state.chrome.quickExitLabel)
    }

    @Test
    fun anUnknownSavedLanguageFallsBackToThePicker() {
        val shell = shell(MemoryHost(savedLanguage = "xx"), system = listOf("es"))
        assertEquals(Route.LanguagePicker, shell.route)
        assertEquals("es", shell.state().chrome.localeId)
    }

    @Test
    fun backWalksTheStackAndLeavesFromTheFirstScreen() {
        val shell = shell(MemoryHost(savedLanguage = "en"))
        shell.onEvent(Event.Open(Route.Settings))
        assertEquals("Back", shell.state().chrome.backLabel)
        shell.onEvent(Event.Open(Route.Settings))
        assertEquals(Effect.None, shell.onEvent(Event.Back))
        assertEquals(Route.Home, shell.route)
        assertEquals(Effect.Leave, shell.onEvent(Event.Back))
        assertEquals(Route.Home, shell.route)
    }

    @Test
    fun homeOffersOnlyWhatTheCoreOffersAndEveryEntryOpensAScreen() {
        val shell = shell(MemoryHost(savedLanguage = "en"))
        for (audience in Audience.entries) {
            shell.onEvent(Event.SelectAudience(audience.id))
            val home = shell.state().screen as Screen.Home
            assertEquals(audience.id, home.audiences.single { it.selected }.id)
            val expected = when (audience) {
                Audience.Migrants -> listOf("find_help", "check_job_offer", "check_text", "check_my_situation", "checklist", "learn", "language", "settings")
                Audience.Leaders -> listOf("find_help", "learn", "workshop", "language", "settings")
                else -> listOf("find_help", "learn", "language", "settings")
            }
            assertEquals(expected, home.entries.map { it.id })
            for (entry in home.entries) {
                assertFalse(entry.label.contains("coming", ignoreCase = true))
                shell.onEvent(Event.Open(entry.route))
                assertEquals(entry.route, shell.state().route)
                shell.onEvent(Event.Back)
            }
        }
        assertEquals(
            listOf("Working or travelling abroad", "Students", "Community leaders"),
            (shell.state().screen as Screen.Home).audiences.map { it.label },
        )
    }

    @Test
    fun aFeatureAddsASectionWithoutTouchingTheRest() {
        val learn = HomeSection { _, texts, audience ->
            if (audience == Audience.Students) listOf(Entry("quiz", texts["app-name"], Route.Settings)) else emptyList()
        }
        val shell = Shell(core(), MemoryHost(savedLanguage = "en"), listOf("en"), listOf(learn, HomeSections.app))
        shell.onEvent(Event.SelectAudience("leaders"))
        assertEquals(listOf("language", "settings"), (shell.state().screen as Screen.Home).entries.map { it.id })
        shell.onEvent(Event.SelectAudience("migrants"))
        assertEquals(listOf("language", "settings"), (shell.state().screen as Screen.Home).entries.map { it.id })
        shell.onEvent(Event.SelectAudience("students"))
        assertEquals(listOf("quiz", "language", "settings"), (shell.state().screen as Screen.Home).entries.map { it.id })
    }

    @Test
    fun quickExitClosesAndForgetsWhereThePersonWas() {
        val host = MemoryHost(savedLanguage = "en")
        val shell = shell(host)
        shell.onEvent(Event.SelectAudience("leaders"))
        shell.onEvent(Event.Open(Route.Settings))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        val state = shell.state()
        assertEquals(Route.Home, state.route)
        assertNull(state.chrome.backLabel)
        assertEquals("migrants", (state.screen as Screen.Home).audiences.single { it.selected }.id)
    }

    @Test
    fun quickExitBeforeAnyLanguageWasChosenReturnsToThePicker() {
        val host = MemoryHost()
        val shell = shell(host)
        shell.onEvent(Event.Open(Route.Settings))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        assertEquals(Route.LanguagePicker, shell.route)
        assertNull(host.savedLanguage)
    }

    @Test
    fun sensitiveScreensAreSecuredTheLanguageListIsNot() {
        val shell = shell()
        assertFalse(shell.state().chrome.secure)
        shell.onEvent(Event.PickLanguage("en"))
        assertTrue(shell.state().chrome.secure)
        shell.onEvent(Event.Open(Route.Settings))
        assertTrue(shell.state().chrome.secure)
    }

    @Test
    fun settingsShowTheLanguageTheCoresDisguisesAndTheContentVersion() {
        val shell = shell(MemoryHost(savedLanguage = "ht"))
        shell.onEvent(Event.Open(Route.Settings))
        var settings = shell.state().screen as Screen.Settings
        assertEquals("Kreyòl ayisyen", settings.currentLanguage)
        assertEquals(Route.LanguagePicker, settings.changeLanguage.route)
        assertEquals(listOf("waymark", "notes", "calculator", "weather", "recipes"), settings.disguises.map { it.id })
        assertEquals("waymark", settings.disguises.single { it.selected }.id)
        assertTrue(settings.contentVersion.contains(core().contentVersion()))
        assertEquals(Effect.ApplyDisguise("notes"), shell.onEvent(Event.ChooseDisguise("notes")))
        assertEquals(Effect.None, shell.onEvent(Event.ChooseDisguise("notes")))
        settings = shell.state().screen as Screen.Settings
        assertEquals("notes", settings.disguises.single { it.selected }.id)
        assertEquals("notes", shell.disguiseIcon())
        assertEquals(Effect.None, shell.onEvent(Event.ChooseDisguise("bank")))
        assertTrue((shell.state().screen as Screen.Settings).feedback!!.error)
    }

    @Test
    fun everyScreenIsFullyTranslatedInEveryShippedLocale() {
        for (locale in core().locales()) {
            val missing = mutableListOf<String>()
            val shell = shell(MemoryHost(savedLanguage = locale.id), missing = missing)
            for (state in screens(shell)) {
                assertEquals(locale.direction, state.chrome.direction)
                for (text in texts(state)) {
                    assertTrue(text.isNotBlank(), "${locale.id}: blank text on ${state.route}")
                    assertFalse(Regex("^[a-z]+(-[a-z]+)+$").matches(text), "${locale.id}: untranslated id $text")
                }
                assertTrue(state.screen.speakable.isNotBlank())
            }
            assertEquals(emptyList<String>(), missing, locale.id)
        }
    }

    @Test
    fun aMissingMessageShowsItsIdAndIsReported() {
        val missing = mutableListOf<String>()
        val texts = Texts(core()) { missing += it }
        assertEquals("no-such-message", texts["no-such-message"])
        assertEquals(listOf("no-such-message"), missing)
        assertNotNull(texts["app-name"])
    }
}
