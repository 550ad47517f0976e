package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/** The vault, discretion, checklist and find-help screens against the real host library. */
class FeaturesTest {
    private val dir: File = tempDir("waymark-features")

    /** A core over [dir]; a second call is the app started again on the same phone. */
    private fun core() = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
        FileKeyStore(File(dir, "keys").path),
    )

    private fun shell(host: ShellHost = MemoryHost("en"), core: Waymark = core()) = Shell(core, host, listOf("en"))

    private fun Shell.settings() = state().screen as Screen.Settings
    private fun Shell.checklist() = state().screen as Screen.Checklist
    private fun Shell.help() = state().screen as Screen.FindHelp

    private fun withPin(host: ShellHost = MemoryHost("en")): Shell {
        val shell = shell(host)
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetPin("402817", "402817"))
        assertEquals(Feedback("Your PIN is set.", error = false), shell.settings().feedback)
        return shell
    }

    @Test
    fun aPinLocksTheNextStartAndTheRightPinOpensHome() {
        val first = withPin()
        assertTrue(first.settings().pin.hasPin)
        assertNotNull(first.settings().pin.setDuress)
        val shell = shell()
        assertEquals(Route.Unlock, shell.route)
        val state = shell.state()
        assertTrue(state.chrome.secure)
        assertNull(state.chrome.backLabel)
        val unlock = state.screen as Screen.Unlock
        assertEquals("Enter your PIN to open what you saved.", unlock.hint)
        assertNull(unlock.error)
        assertEquals(Effect.None, shell.onEvent(Event.Unlock("402817")))
        assertEquals(Route.Home, shell.route)
    }

    @Test
    fun aWrongPinShowsTheCoresMessageAndNeverThePin() {
        withPin()
        val shell = shell(MemoryHost("fr"))
        assertEquals(Effect.None, shell.onEvent(Event.Unlock("999999")))
        assertEquals(Route.Unlock, shell.route)
        val error = (shell.state().screen as Screen.Unlock).error
        assertNotNull(error)
        assertFalse(error!!.contains("999999"))
        assertEquals("fr", shell.state().chrome.localeId)
        // After a few wrong tries the core's message carries its back-off wait.
        repeat(6) { shell.onEvent(Event.Unlock("99999$it")) }
        val later = (shell.state().screen as Screen.Unlock).error!!
        assertTrue(Regex("[0-9]").containsMatchIn(later), later)
        assertFalse(later.contains("99999"))
        // Events that carry a PIN print only their name.
        assertEquals("Unlock", Event.Unlock("402817").toString())
        assertEquals("ChangePin", Event.ChangePin("1", "2", "2").toString())
    }

    @Test
    fun lockingAndGoingToTheBackgroundShowTheUnlockScreenAndForgetTheSession() {
        val shell = withPin()
        shell.onEvent(Event.Lock)
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Unlock("402817"))
        shell.onEvent(Event.Open(Route.FindHelp))
        shell.onEvent(Event.HelpCountry("KE"))
        shell.onEvent(Event.Backgrounded)
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Unlock("402817"))
        shell.onEvent(Event.Open(Route.FindHelp))
        assertNull(shell.helpQuery().country)
        // Without a PIN, going to the background changes nothing.
        val open = FeaturesTest().shell()
        open.onEvent(Event.Open(Route.Settings))
        open.onEvent(Event.Backgrounded)
        assertEquals(Route.Settings, open.route)
    }

    @Test
    fun findHelpWorksFromTheUnlockScreenWithoutThePin() {
        withPin()
        val shell = shell()
        val unlock = shell.state().screen as Screen.Unlock
        shell.onEvent(Event.Open(unlock.findHelp.route))
        assertEquals(Route.FindHelp, shell.route)
        assertTrue(shell.help().fallbacks.isNotEmpty())
        shell.onEvent(Event.Back)
        assertEquals(Route.Unlock, shell.route)
    }

    @Test
    fun pinsAreTypedTwiceChangedAndRemovedWithTheCoresMessages() {
        val shell = shell()
        shell.onEvent(Event.Open(Route.Settings))
        assertEquals("No PIN is set.", shell.settings().pin.status)
        assertNull(shell.settings().pin.setDuress)
        shell.onEvent(Event.SetPin("402817", "402818"))
        assertEquals(Feedback("The two PINs are not the same. Nothing was changed.", error = true), shell.settings().feedback)
        assertFalse(shell.settings().pin.hasPin)
        shell.onEvent(Event.SetPin("12", "12"))
        assertTrue(shell.settings().feedback!!.error)
        shell.onEvent(Event.SetPin("402817", "402817"))
        shell.onEvent(Event.ChangePin("000000", "731590", "731590"))
        assertTrue(shell.settings().feedback!!.error)
        shell.onEvent(Event.ChangePin("402817", "731590", "731590"))
        assertEquals("Your PIN is changed.", shell.settings().feedback!!.text)
        shell.onEvent(Event.SetDuressPin("731590", "731590"))
        assertEquals(Feedback("The emergency PIN must be different from your PIN.", error = true), shell.settings().feedback)
        shell.onEvent(Event.SetDuressPin("586204", "586204"))
        assertEquals("Your emergency PIN is set.", shell.settings().pin.duressStatus)
        assertTrue(shell.settings().pin.duressExplain.contains("emergency PIN"))
        shell.onEvent(Event.RemovePin("731590"))
        assertEquals("Your PIN is removed.", shell.settings().feedback!!.text)
        assertFalse(shell.settings().pin.hasPin)
        // Leaving the screen clears the message.
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(Route.Settings))
        assertNull(shell.settings().feedback)
    }

    @Test
    fun deleteEverythingAsksFirstThenReturnsToTheLanguagePicker() {
        val host = MemoryHost("en")
        val shell = withPin(host)
        shell.onEvent(Event.ChooseDisguise("calculator"))
        shell.onEvent(Event.AskWipe)
        val confirm = shell.settings().wipe.confirm!!
        assertEquals("Cancel", confirm.cancel)
        shell.onEvent(Event.CancelWipe)
        assertNull(shell.settings().wipe.confirm)
        assertEquals("Nothing was deleted.", shell.settings().feedback!!.text)
        assertTrue(shell.settings().pin.hasPin)
        shell.onEvent(Event.AskWipe)
        // The launcher keeps its look (no switch back to "Waymark" on its own).
        assertEquals(Effect.None, shell.onEvent(Event.ConfirmWipe))
        assertEquals(Route.LanguagePicker, shell.route)
        assertNull(shell.state().chrome.backLabel)
        assertNull(host.savedLanguage)
        assertFalse(core().vaultStatus().exists)
        assertEquals(null, core().screenState().currentScreen?.takeIf { it != "language" })
        // A new start: no PIN asked, nothing saved.
        shell.onEvent(Event.PickLanguage("en"))
        assertEquals(Route.Home, shell.route)
    }

    @Test
    fun leaveNoTraceKeepsNothingNotEvenTheLanguage() {
        val host = MemoryHost("en")
        val shell = shell(host)
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetLeaveNoTrace(true))
        assertTrue(shell.settings().leaveNoTrace.on)
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("sw"))
        assertEquals("en", host.savedLanguage)
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(Route.Checklist))
        val item = shell.checklist().stages.first().items.first().id
        shell.onEvent(Event.Tick(item, true))
        assertTrue(shell.checklist().stages.first().items.first().done)
        // A restart keeps the mode; the tick was never written.
        val again = shell(host)
        again.onEvent(Event.Open(Route.Checklist))
        assertFalse(again.checklist().stages.first().items.first().done)
        again.onEvent(Event.Open(Route.Settings))
        assertTrue(again.settings().leaveNoTrace.on)
        again.onEvent(Event.SetLeaveNoTrace(false))
        assertFalse(again.settings().leaveNoTrace.on)
        again.onEvent(Event.SetNotificationsOff(true))
        assertTrue(shell(host).let { it.onEvent(Event.Open(Route.Settings)); it.settings().notificationsOff.on })
    }

    @Test
    fun checklistRoundTripSurvivesARestart() {
        val shell = shell()
        shell.onEvent(Event.Open(Route.Checklist))
        val screen = shell.checklist()
        assertEquals(4, screen.stages.size)
        val stage = screen.stages.first()
        val item = stage.items.first()
        shell.onEvent(Event.Tick(item.id, true))
        shell.onEvent(Event.SetNote(item.id, "ask Ana"))
        assertEquals("Saved.", shell.checklist().feedback!!.text)
        shell.onEvent(Event.AddItem(stage.id, "Buy a local SIM"))
        assertEquals("Your item is added.", shell.checklist().feedback!!.text)
        shell.onEvent(Event.AddItem(stage.id, "   "))
        assertEquals(Feedback("Please type some text.", error = true), shell.checklist().feedback)
        assertEquals("AddItem", Event.AddItem(stage.id, "secret").toString())
        assertEquals("SetNote", Event.SetNote(item.id, "secret").toString())

        val again = shell()
        again.onEvent(Event.Open(Route.Checklist))
        val first = again.checklist().stages.first()
        assertTrue(first.items.first().done)
        assertEquals("ask Ana", first.items.first().note)
        val own = first.items.single { it.custom }
        assertEquals("Buy a local SIM", own.title)
        again.onEvent(Event.RemoveItem(item.id))
        assertTrue(again.checklist().feedback!!.error)
        again.onEvent(Event.RemoveItem(own.id))
        assertEquals("Removed.", again.checklist().feedback!!.text)
        assertTrue(again.checklist().stages.first().items.none { it.custom })
    }

    @Test
    fun findHelpMapsTheFormOntoTheCoresQueryAndShowsSafetyFacts() {
        val shell = shell()
        shell.onEvent(Event.Open(Route.FindHelp))
        var help = shell.help()
        assertTrue(help.countries.any { it.id == "KE" })
        assertTrue(help.countries.none { it.selected })
        assertTrue(help.emergency.isEmpty())
        assertTrue(help.services.isEmpty())
        assertTrue(help.fallbacks.isNotEmpty())
        assertTrue(help.needs.any { it.id == "shelter" })

        shell.onEvent(Event.HelpCountry("KE"))
        shell.onEvent(Event.ToggleNeed("shelter"))
        shell.onEvent(Event.ToggleNeed("legal_aid"))
        shell.onEvent(Event.ToggleNeed("shelter"))
        shell.onEvent(Event.ToggleFilter("no_immigration_reporting"))
        shell.onEvent(Event.DangerNow(true))
        val q = shell.helpQuery()
        assertEquals("KE", q.country)
        assertEquals(listOf("legal_aid"), q.needs)
        assertTrue(q.noImmigrationReporting && q.dangerNow)
        assertFalse(q.anonymous || q.noId)

        help = shell.help()
        assertEquals("KE", help.countries.single { it.selected }.id)
        assertTrue(help.danger.on)
        assertNotNull(help.danger.help)
        assertTrue(help.emergency.isNotEmpty())
        val call = help.emergency.first()
        assertEquals("call", call.kind)
        assertTrue(call.uri!!.startsWith("tel:"))
        // A call is handed to the dialler only after a one-line warning about its call log.
        assertEquals(Effect.None, shell.onEvent(Event.Contact(call)))
        val warning = shell.state().chrome.handoff!!
        assertEquals("Calling from this phone leaves the number in its call history.", warning.warning)
        assertEquals("Copy instead", warning.copyInsteadLabel)
        assertEquals(Effect.OpenUri(call.uri!!), shell.onEvent(Event.ConfirmHandoff))
        assertNull(shell.state().chrome.handoff)
        // "Copy instead" copies the number and opens nothing; cancel does neither.
        shell.onEvent(Event.Contact(call))
        assertEquals(Effect.CopyText(call.display), shell.onEvent(Event.CopyInstead))
        assertNull(shell.state().chrome.handoff)
        assertEquals("Copied.", shell.help().feedback!!.text)
        shell.onEvent(Event.Contact(call))
        assertEquals(Effect.None, shell.onEvent(Event.CancelHandoff))
        assertEquals(Effect.None, shell.onEvent(Event.ConfirmHandoff))
        // Leaving the screen drops a pending warning.
        shell.onEvent(Event.Contact(call))
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.Back)
        assertNull(shell.state().chrome.handoff)
        assertEquals(Effect.CopyText(call.display), shell.onEvent(Event.Copy(call)))
        assertEquals("Copied.", shell.help().feedback!!.text)

        for (service in help.services + help.fallbacks) {
            assertTrue(service.lastVerified.startsWith("Last checked: "), service.lastVerified)
            assertTrue(service.police.startsWith("Tells the police: "))
            assertTrue(service.immigration.startsWith("Tells immigration: "))
            assertFalse(service.police.contains("directory-"))
            for (action in service.actions) {
                assertTrue(action.label.isNotBlank() && !action.label.contains("directory-"))
                if (action.kind == "call") assertTrue(action.uri!!.startsWith("tel:"))
                if (action.kind == "text") assertTrue(action.uri!!.startsWith("sms:"))
            }
        }
        // Clearing the country shows help that works from anywhere again.
        shell.onEvent(Event.HelpCountry(null))
        assertTrue(shell.help().emergency.isEmpty())
    }

    @Test
    fun findHelpKeepsUnknownApartAndShowsWhatHomeOffersHere() {
        val shell = shell()
        shell.onEvent(Event.Open(Route.FindHelp))
        shell.onEvent(Event.HelpCountry("AE"))
        shell.onEvent(Event.HelpFrom("KE"))
        assertEquals("KE", shell.helpQuery().from)
        var help = shell.help()
        assertEquals("KE", help.fromCountries.single { it.selected }.id)
        // No filter: every Emirati service is a match, and Kenya's missions come after.
        assertTrue(help.notConfirmed.isEmpty() && help.otherServices.isEmpty())
        assertEquals("What Kenya offers its citizens here", help.fromHomeTitle)
        assertTrue(help.fromHome.any { it.id == "ke_embassy_abu_dhabi" })
        assertTrue(help.fromHome.none { it.id == "ke_consulate_jeddah_hotline" })
        assertNull(help.fromHomeNone)
        assertEquals(help.emergency.size, help.emergencyChecked.size)
        assertTrue(help.emergencyChecked.all { it.startsWith("Last checked: ") }, help.emergencyChecked.toString())

        // "Does not report to immigration": nothing here is confirmed, so nothing is a match.
        shell.onEvent(Event.ToggleFilter("no_immigration_reporting"))
        help = shell.help()
        assertTrue(help.services.isEmpty(), help.services.map { it.id }.toString())
        assertTrue(help.notConfirmed.any { it.id == "ae_800save" })
        val mohre = help.otherServices.single { it.id == "ae_mohre_80060" }
        assertEquals("Tells immigration: yes", mohre.immigration)
        assertTrue(mohre.reportsWarning)
        assertTrue(mohre.warning!!.startsWith("Before you call: "), mohre.warning)
        assertTrue(mohre.source.startsWith("Source: a government page of this country: https://"))
        assertNull(mohre.outOfDate)
        assertEquals(help.notConfirmedTitle, "Not confirmed: nobody has confirmed these services' answer to what you asked")

        // Kuwait's sourced warning is a note shown before its numbers.
        shell.onEvent(Event.HelpCountry("KW"))
        assertTrue(shell.help().notes.any { it.contains("deported") })
        // From the country you are in: nothing extra.
        shell.onEvent(Event.HelpFrom("KW"))
        assertNull(shell.help().fromHomeTitle)
    }

    @Test
    fun quickExitClearsTheCoresScreenState() {
        val core = core()
        val shell = shell(core = core)
        shell.onEvent(Event.Open(Route.FindHelp))
        assertEquals("find_help", core.screenState().currentScreen)
        core.setSearchText("KE")
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        assertNull(core.screenState().currentScreen)
        assertNull(core.screenState().searchText)
    }

    @Test
    fun aCheckShowsTheCoresReportAndForgetsTheAnswersOnLeaving() {
        val shell = shell()
        shell.onEvent(Event.Open(Route.Check("my_situation")))
        var check = shell.state().screen as Screen.Check
        assertEquals("Check my situation", shell.state().chrome.title)
        assertTrue(check.questions.size >= 5)
        assertEquals(listOf("Yes", "No", "Not sure"), check.questions.first().answers.map { it.label })
        assertNull(check.report)
        assertEquals("Answer", Event.Answer("q", "yes").toString())
        // Yes to every question: serious signs; with a country, help from the directory.
        for (q in check.questions) shell.onEvent(Event.Answer(q.id, "yes"))
        shell.onEvent(Event.HelpCountry("KE"))
        shell.onEvent(Event.ShowReport)
        check = shell.state().screen as Screen.Check
        val report = check.report!!
        assertTrue(report.risk == "high" || report.risk == "urgent", report.risk)
        assertTrue(report.signals.isNotEmpty())
        assertEquals("This is a check of risk signs, not a legal decision.", report.notAFinding)
        assertTrue(report.help.isNotEmpty())
        assertTrue(check.questions.all { q -> q.answers.single { it.selected }.id == "yes" })
        // Tapping the chosen answer again clears it; changing an answer hides the old report.
        shell.onEvent(Event.Answer(check.questions.first().id, "yes"))
        check = shell.state().screen as Screen.Check
        assertNull(check.report)
        assertTrue(check.questions.first().answers.none { it.selected })
        // Nothing was written, and leaving forgets the answers.
        assertFalse(core().vaultStatus().exists)
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(Route.Check("my_situation")))
        check = shell.state().screen as Screen.Check
        assertTrue(check.questions.all { q -> q.answers.none { it.selected } })
        assertNull(check.report)
    }
}
