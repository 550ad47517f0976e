package org.waymark.tests

import org.json.JSONArray
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.ExportFormat
import org.waymark.core.WaymarkException
import org.waymark.core.WorkshopPhase

/** Learning modules and workshop mode: every exported function and tests/vectors/learn.json. */
class LearnTest {
    private val v = Support.vectors("learn.json")

    private fun kind(e: WaymarkException): String = when (e) {
        is WaymarkException.NotFound -> "not_found"
        is WaymarkException.InvalidInput -> "invalid_input"
        else -> e.javaClass.simpleName
    }

    private fun longs(a: JSONArray): List<Long> = (0 until a.length()).map { a.getLong(it) }

    private fun optString(o: JSONObject, key: String): String? = if (o.isNull(key)) null else o.getString(key)

    @Test
    fun learnVectors() {
        val app = Support.app()
        val scenarios = v.getJSONArray("scenarios")
        for (i in 0 until scenarios.length()) {
            val case = scenarios.getJSONObject(i)
            app.setLocales(Support.strings(case.getJSONArray("locales")))
            val m = app.learnModule(case.getString("module"), optString(case, "region"))
            assertEquals(case.getString("scenario"), m.scenario.id, case.toString())
            assertEquals(case.getString("shown"), m.scenario.region, case.toString())
        }
        app.setLocales(listOf("en"))
        val modules = v.getJSONArray("modules")
        for (i in 0 until modules.length()) {
            val case = modules.getJSONObject(i)
            val ids = app.learnModules(optString(case, "audience")).map { it.id }
            assertEquals(Support.strings(case.getJSONArray("ids")), ids)
        }
        val quizzes = v.getJSONArray("quizzes")
        for (i in 0 until quizzes.length()) {
            val case = quizzes.getJSONObject(i)
            val r = app.learnSubmitQuiz(case.getString("module"), Support.strings(case.getJSONArray("answers")))
            assertEquals(case.getInt("score").toUInt(), r.score)
            assertEquals(case.getInt("total").toUInt(), r.total)
            val expected = case.getJSONArray("correct")
            assertEquals((0 until expected.length()).map { expected.getBoolean(it) }, r.questions.map { it.correct })
        }
        val errors = v.getJSONArray("module_errors")
        for (i in 0 until errors.length()) {
            val case = errors.getJSONObject(i)
            val e = assertThrows<WaymarkException> { app.learnModule(case.getString("module"), optString(case, "region")) }
            assertEquals(case.getString("kind"), kind(e), case.toString())
        }
    }

    @Test
    fun tracksLessonsAndProgress() {
        val app = Support.app()
        assertEquals(listOf("migrants", "students", "leaders"), app.learnTracks().map { it.id })
        val m = app.learnModule("warning_signs", null)
        assertTrue(m.lessons.size >= 3 && m.lessons[0].points.isNotEmpty())
        val seen = app.learnLessonSeen("warning_signs", "l2")
        assertEquals(listOf("l2"), seen.lessonsSeen)
        app.learnSubmitQuiz("warning_signs", m.quiz.map { it.answer })
        assertEquals(m.quiz.size.toUInt(), app.learnProgress()[0].bestScore)
        app.learnClearProgress()
        assertTrue(app.learnProgress().isEmpty())
        assertThrows<WaymarkException.InvalidInput> { app.learnModules("adults") }
    }

    @Test
    fun workshopVectors() {
        val c = v.getJSONObject("workshop")
        val app = Support.app(locales = Support.strings(c.getJSONArray("locales")))
        val session = app.workshopStart(c.getString("plan"), null).session
        val errors = v.getJSONArray("workshop_errors")
        for (i in 0 until errors.length()) {
            val case = errors.getJSONObject(i)
            val e = assertThrows<WaymarkException> {
                when (case.getString("op")) {
                    "start" -> app.workshopStart(case.getString("plan"), null)
                    "attendance" -> app.workshopAttendance(session, case.getLong("count"))
                    "quiz" -> app.workshopQuiz(session, WorkshopPhase.PRE, longs(case.getJSONArray("scores")), longs(case.getJSONArray("missed")))
                    "hands" -> app.workshopHands(session, case.getString("question"), case.getLong("count"))
                    "unknown_session" -> app.workshopEnd("0000000000000000")
                    "export_none" -> app.workshopExport(ExportFormat.JSON)
                    else -> error("unknown op")
                }
            }
            assertEquals(case.getString("kind"), kind(e), case.toString())
        }
        val untouched = app.workshopSessions()[0]
        assertEquals(0u, untouched.preResponses)

        app.workshopAttendance(session, c.getLong("attendance"))
        app.workshopQuiz(session, WorkshopPhase.PRE, longs(c.getJSONArray("pre")), longs(c.getJSONArray("pre_missed")))
        app.workshopQuiz(session, WorkshopPhase.POST, longs(c.getJSONArray("post")), emptyList())
        val hands = c.getJSONObject("hands")
        app.workshopHands(session, hands.getString("question"), hands.getLong("count"))
        val end = app.workshopEnd(session)
        assertTrue(end.ended)
        assertEquals(c.getString("region"), end.region)
        assertEquals(c.getString("locale"), end.locale)
        assertEquals(c.getDouble("pre_mean_pct"), end.preMeanPct)
        assertEquals(c.getDouble("post_mean_pct"), end.postMeanPct)
        val csv = app.workshopExport(ExportFormat.CSV).lines()
        assertEquals(c.getString("csv_header"), csv[0])
        assertTrue(csv[1].contains(c.getString("csv_row_contains")), csv[1])
        val json = app.workshopExport(ExportFormat.JSON)
        val missed = JSONArray(json).getJSONObject(0).getJSONObject("pre_missed")
        assertTrue(missed.similar(c.getJSONObject("json_pre_missed")), missed.toString())
        assertFalse(json.contains(session))
    }

    @Test
    fun plansPresentAnswersAndClear() {
        val app = Support.app()
        val plans = app.workshopPlans()
        assertEquals(9, plans.size)
        val plan = app.workshopPlan("migrants_90")
        assertEquals(90u, plan.agenda.sumOf { it.minutes })
        val view = app.workshopPresent("migrants_90", 0u)
        assertEquals("welcome", view.item.id)
        assertTrue(view.hands.isNotEmpty())
        assertThrows<WaymarkException.NotFound> { app.workshopPresent("migrants_90", 50u) }
        val session = app.workshopStart("migrants_90", "TT").session
        val s = app.workshopAnswers(session, WorkshopPhase.PRE, plan.quiz.map { it.answer })
        assertEquals(100.0, s.preMeanPct)
        app.workshopClear()
        assertTrue(app.workshopSessions().isEmpty())
    }
}
