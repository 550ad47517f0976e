package org.waymark.tests

import org.json.JSONArray
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.ScreenId

/**
 * Learning modules and workshop mode through the app core the phones render, over
 * tests/vectors/learn.json. The facade-level loops (regional scenarios, refused module and
 * workshop input) are in bindings/tests/learn_workshop.rs.
 */
class LearnTest {
    private val v = Support.vectors("learn.json")
    private val tracks = listOf("migrants", "students", "leaders")

    private fun modules(d: Driver, track: String): List<String> {
        d.send(Event.Start)
        d.choose("learn")
        d.choose("track.$track")
        assertEquals(ScreenId.LEARN_MODULES, d.screen.id)
        return d.ids().filter { it.startsWith("module.") }.map { it.removePrefix("module.") }
    }

    private fun openModule(d: Driver, module: String) {
        val track = tracks.first { module in modules(d, it) }
        modules(d, track)
        d.choose("module.$module")
        assertEquals(ScreenId.LEARN_MODULE, d.screen.id)
    }

    @Test
    fun tracksListTheirModules() {
        val d = Driver(Support.app())
        val cases = v.getJSONArray("modules")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            val ids = Support.strings(case.getJSONArray("ids"))
            if (case.isNull("audience")) {
                assertEquals(ids.toSet(), tracks.flatMap { modules(d, it) }.toSet())
            } else {
                assertEquals(ids, modules(d, case.getString("audience")), case.toString())
            }
        }
    }

    @Test
    fun aQuizAnsweredThroughTheScreensScoresAsTheVectorsSay() {
        val d = Driver(Support.app())
        val quizzes = v.getJSONArray("quizzes")
        for (i in 0 until quizzes.length()) {
            val case = quizzes.getJSONObject(i)
            openModule(d, case.getString("module"))
            d.choose("quiz")
            for (a in Support.strings(case.getJSONArray("answers"))) d.choose("answer.$a")
            d.choose("submit")
            assertEquals(ScreenId.QUIZ_RESULT, d.screen.id)
            val text = d.text()
            assertTrue(text.contains("You got ${case.getInt("score")} out of ${case.getInt("total")}."), text)
            val correct = case.getJSONArray("correct")
            val perQuestion = text.split("\nQuestion ").drop(1).map { it.contains("\nRight.\n") }
            assertEquals((0 until correct.length()).map { correct.getBoolean(it) }, perQuestion, case.toString())
        }
    }

    @Test
    fun lessonsSeenAndProgressAreKeptThenCleared() {
        val d = Driver(Support.app())
        openModule(d, "warning_signs")
        val lessons = d.ids().count { it.startsWith("lesson.") }
        d.choose("lesson.2")
        assertEquals(ScreenId.LESSON, d.screen.id)
        d.back()
        assertTrue(d.text().contains("1 of $lessons lessons seen"), d.text())
        d.send(Event.Start)
        d.choose("learn")
        d.choose("progress")
        assertTrue("module.warning_signs" in d.ids())
        d.choose("clear")
        d.choose("yes")
        d.send(Event.Start)
        d.choose("learn")
        d.choose("progress")
        assertTrue(d.ids().none { it.startsWith("module.") })
    }

    @Test
    fun aWorkshopPlanStartAttendanceQuizzesEndAndCsvShare() {
        val c = v.getJSONObject("workshop")
        val d = Driver(Support.app(locales = Support.strings(c.getJSONArray("locales"))))
        d.choose("workshop")
        assertEquals(9, d.ids().count { it.startsWith("plan.") })
        d.choose("plan.${c.getString("plan")}")
        d.choose("start")
        assertEquals(ScreenId.CONFIRM, d.screen.id, "asked first")
        d.choose("yes")
        assertEquals(ScreenId.WORKSHOP_SESSION, d.screen.id)
        d.choose("attendance")
        d.submit(c.getInt("attendance").toString())
        d.choose("quiz.pre")
        d.choose("score")
        ints(c.getJSONArray("pre")).forEach { d.submit(it.toString()) }
        d.back()
        d.choose("missed")
        ints(c.getJSONArray("pre_missed")).forEach { d.submit(it.toString()) }
        d.choose("save")
        d.choose("quiz.post")
        d.choose("score")
        ints(c.getJSONArray("post")).forEach { d.submit(it.toString()) }
        d.back()
        d.choose("save")
        val hands = c.getJSONObject("hands")
        val prompt = d.core.message("workshop-hands-${hands.getString("question")}", emptyList()).text
        d.choose(d.screen.actions.first { it.id.startsWith("hands.") && it.label == prompt }.id)
        d.submit(hands.getInt("count").toString())
        d.choose("end")
        assertEquals(ScreenId.CONFIRM, d.screen.id, "asked first")
        d.choose("yes")
        assertEquals(ScreenId.WORKSHOP_SESSIONS, d.screen.id)
        d.choose("share.csv")
        val share = d.effects.single() as Effect.Share
        assertEquals("waymark-workshop-summary.csv", share.fileName)
        assertEquals("text/csv", share.mimeType)
        val csv = share.data.toString(Charsets.UTF_8).lines()
        assertEquals(c.getString("csv_header"), csv[0])
        assertTrue(csv[1].contains(c.getString("csv_row_contains")), csv[1])
        d.choose("share.json")
        val json = (d.effects.single() as Effect.Share).data.toString(Charsets.UTF_8)
        val missed = JSONArray(json).getJSONObject(0).getJSONObject("pre_missed")
        assertTrue(missed.similar(c.getJSONObject("json_pre_missed")), missed.toString())
        d.choose("clear")
        d.choose("yes")
        assertFalse("share.csv" in d.ids(), "nothing left to share")
    }

    private fun ints(a: JSONArray): List<Int> = (0 until a.length()).map { a.getInt(it) }
}
