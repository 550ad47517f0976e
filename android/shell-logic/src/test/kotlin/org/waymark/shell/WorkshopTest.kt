package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/** Fluent wraps each placeable in Unicode isolation marks (right for bidi on screen); tests compare without them. */
fun plain(text: String): String = text.replace("\u2068", "").replace("\u2069", "")

fun Feedback.plain(): Feedback = copy(text = plain(text))

/** The workshop screens against the real host library: a whole session, bad counts, export, clear. */
class WorkshopTest {
    private val dir: File = tempDir("waymark-workshop")
    private val core = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
        FileKeyStore(File(dir, "keys").path),
    )
    private val plan = "migrants_45"

    private fun shell() = Shell(core, MemoryHost("en"), listOf("en"))

    private fun Shell.session() = state().screen as WorkshopSession
    private fun Shell.sessions() = state().screen as WorkshopSessions
    private fun Shell.present() = state().screen as WorkshopPresent

    /** Home → leaders → workshop → the 45-minute plan for migrants. */
    private fun atPlan(): Shell {
        val shell = shell()
        shell.onEvent(Event.SelectAudience("leaders"))
        val entry = (shell.state().screen as Screen.Home).entries.single { it.id == "workshop" }
        assertEquals("Run a workshop", entry.label)
        shell.onEvent(Event.Open(entry.route))
        val plans = shell.state().screen as WorkshopPlans
        assertTrue(plans.plans.size >= 6, "${plans.plans.size} plans")
        val row = plans.plans.single { it.id == plan }
        assertEquals("45 minutes", plain(row.duration))
        assertEquals("Working or travelling abroad", row.audience)
        shell.onEvent(Event.Open(WorkshopRoute.Plan(plan)))
        return shell
    }

    private fun started(): Shell {
        val shell = atPlan()
        shell.onEvent(WorkshopEvent.Start)
        assertEquals(WorkshopRoute.Session(plan), shell.route)
        return shell
    }

    @Test
    fun aPlanShowsItsAgendaWithTimingsAndFacilitatorNotes() {
        val shell = atPlan()
        val screen = shell.state().screen as WorkshopPlan
        assertEquals(core.workshopPlan(plan).title, screen.title)
        assertEquals(screen.title, shell.state().chrome.title)
        assertEquals(7, screen.agenda.size)
        assertTrue(screen.agenda.all { it.notes.isNotBlank() && plain(it.duration).endsWith("minutes") })
        assertEquals("Notes for the facilitator", screen.labels.notes)
        assertNull(screen.resume)
        assertTrue(shell.state().chrome.secure)
    }

    @Test
    fun thePresentViewStepsThroughTheAgendaOneItemAtATime() {
        val shell = atPlan()
        shell.onEvent(Event.Open(WorkshopRoute.Present(plan)))
        val first = shell.present()
        assertTrue(plain(first.heading).startsWith("Part 1 of 7"), first.heading)
        assertNull(first.previous)
        assertEquals("Next", first.next)
        shell.onEvent(WorkshopEvent.Next)
        assertTrue(plain(shell.present().heading).startsWith("Part 2 of 7"))
        // The pre-quiz item shows the quiz to the group.
        assertTrue(shell.present().quiz.isNotEmpty())
        shell.onEvent(WorkshopEvent.Previous)
        assertEquals(first, shell.present())
        repeat(10) { shell.onEvent(WorkshopEvent.Next) }
        val last = shell.present()
        assertTrue(plain(last.heading).startsWith("Part 7 of 7"))
        assertNull(last.next)
        assertEquals("Previous", last.previous)
        // Leaving and coming back starts at the first item again.
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(WorkshopRoute.Present(plan)))
        assertEquals(first, shell.present())
    }

    @Test
    fun aWholeSessionCountsPeopleScoresAndHandsThenEnds() {
        val shell = started()
        val s = shell.session()
        assertEquals("The session has started.", s.started)
        assertEquals(listOf("pre", "post"), s.phases.map { it.id })
        assertTrue(s.phases.first().selected)
        assertEquals(s.questions.size, s.missed.size)
        assertTrue(s.hands.isNotEmpty())

        shell.onEvent(WorkshopEvent.Attendance("12"))
        assertEquals(Feedback("12 people are here.", error = false), shell.session().feedback?.plain())
        assertEquals("12", shell.session().attendance.draft)

        shell.onEvent(WorkshopEvent.Scores("3, 5 4", List(s.missed.size) { "" }))
        assertFalse(shell.session().feedback!!.error, shell.session().feedback!!.text)
        // Scores add up, so the field is emptied once they are saved.
        assertEquals("", shell.session().scoresDraft)

        // Pass the phone: one person answers every question; only the score is kept.
        for (q in s.questions) shell.onEvent(WorkshopEvent.Choose(q.id, q.choices.first().id))
        assertTrue(shell.session().questions.all { q -> q.choices.count { it.selected } == 1 })
        shell.onEvent(WorkshopEvent.SaveAnswers)
        assertFalse(shell.session().feedback!!.error, shell.session().feedback!!.text)
        assertTrue(shell.session().questions.all { q -> q.choices.none { it.selected } })

        val hands = s.hands.first()
        shell.onEvent(WorkshopEvent.Hands(hands.id, "7"))
        assertEquals(Feedback("Saved: 7 hands.", error = false), shell.session().feedback?.plain())

        shell.onEvent(WorkshopEvent.Phase("post"))
        assertTrue(shell.session().phases.last().selected)
        shell.onEvent(WorkshopEvent.Scores("5,5,4,5", List(s.missed.size) { if (it == 0) "1" else "" }))
        assertFalse(shell.session().feedback!!.error, shell.session().feedback!!.text)

        val view = core.workshopSessions().single()
        assertEquals(12u, view.participants)
        assertEquals(4u, view.preResponses)
        assertEquals(4u, view.postResponses)

        shell.onEvent(WorkshopEvent.End)
        assertEquals(WorkshopRoute.Sessions, shell.route)
        val list = shell.sessions()
        assertEquals(Feedback("The session has ended. Thank you for running it.", error = false), list.feedback)
        val row = list.rows.single()
        assertEquals(core.workshopPlan(plan).title, row.title)
        assertEquals("People: 12", plain(row.people))
        assertTrue(plain(row.before!!).startsWith("Quiz before: "), row.before)
        assertTrue(plain(row.after!!).endsWith("% right"), row.after)
        assertTrue(row.ended)
        assertNull(list.empty)
        // The ended session's screen is gone from the back stack.
        shell.onEvent(Event.Back)
        assertEquals(WorkshopRoute.Plan(plan), shell.route)
        assertNull((shell.state().screen as WorkshopPlan).resume)
    }

    @Test
    fun badCountsShowTheCoresMessageAndLoseNothing() {
        val shell = started()
        shell.onEvent(WorkshopEvent.Attendance("12"))
        val negative = "The number of people must be a whole number, 0 or more."
        for (bad in listOf("-3", "twelve", "", "1.5")) {
            shell.onEvent(WorkshopEvent.Attendance(bad))
            val s = shell.session()
            assertEquals(Feedback(negative, error = true), s.feedback, bad)
            // What was typed stays in the field to correct; the session and its count are untouched.
            assertEquals(bad, s.attendance.draft)
            assertEquals(WorkshopRoute.Session(plan), shell.route)
            assertEquals(12u, core.workshopSessions().single().participants)
        }
        val hands = shell.session().hands.first().id
        shell.onEvent(WorkshopEvent.Hands(hands, "-1"))
        assertEquals(Feedback(negative, error = true), shell.session().feedback)
        assertEquals("-1", shell.session().hands.first().draft)

        val missed = List(shell.session().missed.size) { "" }
        shell.onEvent(WorkshopEvent.Scores("3, x, 4", missed))
        val refused = shell.session()
        assertTrue(refused.feedback!!.error)
        assertTrue(plain(refused.feedback!!.text).startsWith("Each score must be a whole number from 0 to "), refused.feedback!!.text)
        assertEquals("3, x, 4", refused.scoresDraft)
        assertEquals(0u, core.workshopSessions().single().preResponses)

        // Pass the phone with a question left out: the core says what is missing, the choices stay.
        val first = refused.questions.first()
        shell.onEvent(WorkshopEvent.Choose(first.id, first.choices.first().id))
        shell.onEvent(WorkshopEvent.SaveAnswers)
        assertTrue(shell.session().feedback!!.error)
        assertTrue(shell.session().questions.first().choices.first().selected)

        // Digits typed in Arabic script count too.
        shell.onEvent(WorkshopEvent.Attendance("١٥"))
        assertEquals(Feedback("15 people are here.", error = false), shell.session().feedback?.plain())
    }

    @Test
    fun theExportGoesToTheShareSheetWithNumbersAndIdsOnly() {
        val shell = started()
        shell.onEvent(WorkshopEvent.Attendance("9"))
        shell.onEvent(WorkshopEvent.Scores("2,3", emptyList()))
        shell.onEvent(WorkshopEvent.End)
        val csv = shell.onEvent(WorkshopEvent.Export("csv"))
        assertTrue(csv is ShareText, "$csv")
        csv as ShareText
        assertEquals("text/csv", csv.mimeType)
        assertEquals(core.workshopExport(org.waymark.core.ExportFormat.CSV), csv.text)
        assertEquals(csv.text, shell.sessions().exported)
        assertEquals(Feedback("This summary has no names, no phone numbers and no answers of any one person.", error = false), shell.sessions().feedback)
        // No names: every field is a number, an id, a date or a language tag; no plan title, no prompt.
        val rows = csv.text.lines().drop(1).filter { it.isNotBlank() }
        assertEquals(1, rows.size)
        assertTrue(rows.single().contains(",$plan,migrants,"), rows.single())
        assertFalse(csv.text.contains(core.workshopPlan(plan).title))
        for (field in rows.single().split(',')) assertTrue(Regex("[A-Za-z0-9_.;=/-]*").matches(field), "field $field")
        val json = shell.onEvent(WorkshopEvent.Export("json")) as ShareText
        assertEquals("application/json", json.mimeType)
        assertTrue(json.text.trimStart().startsWith("{") || json.text.trimStart().startsWith("["))
        assertFalse(json.text.contains(core.workshopPlan(plan).title))
    }

    @Test
    fun exportingWithNoFinishedSessionSaysSoAndSharesNothing() {
        val shell = atPlan()
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(WorkshopRoute.Sessions))
        val empty = shell.sessions()
        assertEquals("There are no sessions on this phone yet.", empty.empty)
        assertEquals(Effect.None, shell.onEvent(WorkshopEvent.Export("csv")))
        assertEquals(
            Feedback("There are no finished sessions to export yet. End a session first.", error = true),
            shell.sessions().feedback,
        )
        assertNull(shell.sessions().exported)
    }

    @Test
    fun clearingAsksFirstAndCancelKeepsTheSessions() {
        val shell = started()
        shell.onEvent(WorkshopEvent.End)
        assertEquals(1, shell.sessions().rows.size)
        shell.onEvent(WorkshopEvent.AskClear)
        val confirm = shell.sessions().clearConfirm
        assertNotNull(confirm)
        assertEquals("Cancel", confirm!!.cancel)
        shell.onEvent(WorkshopEvent.CancelClear)
        assertNull(shell.sessions().clearConfirm)
        assertEquals(1, core.workshopSessions().size)
        shell.onEvent(WorkshopEvent.AskClear)
        shell.onEvent(WorkshopEvent.ConfirmClear)
        assertEquals(Feedback("The workshop sessions were deleted.", error = false), shell.sessions().feedback)
        assertTrue(core.workshopSessions().isEmpty())
        assertEquals(emptyList<WorkshopSessionRow>(), shell.sessions().rows)
    }

    @Test
    fun backWalksFromTheSessionToHomeAndTheRunningSessionCanBeResumed() {
        val shell = started()
        shell.onEvent(WorkshopEvent.Attendance("4"))
        shell.onEvent(Event.Back)
        assertEquals(WorkshopRoute.Plan(plan), shell.route)
        val planScreen = shell.state().screen as WorkshopPlan
        assertEquals("Back to the running session", planScreen.resume)
        shell.onEvent(WorkshopEvent.Resume)
        assertEquals(WorkshopRoute.Session(plan), shell.route)
        assertEquals("4", shell.session().attendance.draft)
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Back)
        assertEquals(WorkshopRoute.Plans, shell.route)
        shell.onEvent(Event.Back)
        assertEquals(Route.Home, shell.route)
        // Quick exit forgets the running session in the shell.
        shell.onEvent(Event.Open(WorkshopRoute.Plan(plan)))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        shell.onEvent(Event.Open(WorkshopRoute.Plan(plan)))
        assertNull((shell.state().screen as WorkshopPlan).resume)
    }

    @Test
    fun aSessionLeftOpenByALockCanBeContinuedFromTheSessionsList() {
        val shell = started()
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetPin("402817", "402817"))
        shell.onEvent(Event.Back)
        shell.onEvent(WorkshopEvent.Attendance("20"))
        // Leaving the app locks it; the shell forgets the running session.
        shell.onEvent(Event.Backgrounded)
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Unlock("402817"))
        shell.onEvent(Event.Open(WorkshopRoute.Sessions))
        val row = shell.sessions().rows.single()
        assertFalse(row.ended)
        assertEquals("Back to the running session", row.resume)
        shell.onEvent(WorkshopEvent.Continue(row.id))
        assertEquals(WorkshopRoute.Session(plan), shell.route)
        assertEquals("20 people are here.", plain(shell.session().attendance.saved!!))
        shell.onEvent(WorkshopEvent.End)
        val ended = shell.sessions().rows.single()
        assertTrue(ended.ended)
        assertNull(ended.resume)
        // An ended session cannot be continued.
        shell.onEvent(WorkshopEvent.Continue(ended.id))
        assertEquals(WorkshopRoute.Sessions, shell.route)
    }

    @Test
    fun switchingLanguageRedrawsTheWorkshopScreensInTheNewLanguage() {
        val shell = started()
        shell.onEvent(WorkshopEvent.Attendance("-1"))
        val english = shell.session()
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("fr"))
        assertEquals(WorkshopRoute.Session(plan), shell.route)
        val state = shell.state()
        assertEquals("fr", state.chrome.localeId)
        val french = state.screen as WorkshopSession
        core.setLocales(listOf("fr"))
        assertEquals(core.workshopPlan(plan).title, french.title)
        assertNotEquals(english.title, french.title)
        assertNotEquals(english.end, french.end)
        assertNotEquals(english.phases.map { it.label }, french.phases.map { it.label })
        // The typed count survived the detour through the language list.
        assertEquals("-1", french.attendance.draft)
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(WorkshopRoute.Present(plan)))
        assertTrue(shell.present().heading.isNotBlank())
        assertNotEquals("Next", shell.present().next)
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("ar"))
        assertTrue(shell.state().chrome.rightToLeft)
        assertNotEquals(english.title, shell.state().chrome.title)
    }
}
