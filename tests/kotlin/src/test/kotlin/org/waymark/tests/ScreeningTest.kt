package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.json.JSONObject
import org.waymark.core.WaymarkException

/** Private self-screening (issue 6) from Kotlin, over the shared vectors. */
class ScreeningTest {
    private val v = Support.vectors("screening.json")

    private fun answers(obj: JSONObject): Map<String, String> =
        obj.keys().asSequence().associateWith { obj.getString(it) }

    @Test
    fun indicatorVectors() {
        val app = Support.app()
        val cases = v.getJSONArray("indicators")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            val r = app.screenIndicators(Support.strings(case.getJSONArray("observed")), case.getBoolean("minor"))
            assertEquals(case.getString("risk"), r.risk, case.getString("name"))
            assertEquals(case.getBoolean("trafficking_indicated"), r.traffickingIndicated, case.getString("name"))
            assertEquals(Support.strings(case.getJSONArray("positive")), r.dimensions.filter { it.positive }.map { it.id })
            assertEquals(6, r.dimensions.size)
        }
    }

    @Test
    fun answerVectors() {
        val app = Support.app()
        val cases = v.getJSONArray("answers")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            val r = app.screenAnswer(case.getString("kind"), answers(case.getJSONObject("answers")), null)
            assertEquals(case.getString("risk"), r.risk, case.getString("name"))
            assertEquals(case.getBoolean("trafficking_indicated"), r.traffickingIndicated, case.getString("name"))
            assertEquals(Support.strings(case.getJSONArray("signals")), r.signals.map { it.id }, case.getString("name"))
            assertEquals(Support.strings(case.getJSONArray("find_out")), r.findOut.map { it.id }, case.getString("name"))
        }
    }

    @Test
    fun textVectors() {
        val app = Support.app()
        val cases = v.getJSONArray("text")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            app.setLocales(listOf(case.getString("locale")))
            val text = case.getString("text")
            val r = app.screenText(text)
            val flags = case.getJSONArray("flags")
            val want = (0 until flags.length()).map { listOf(flags.getJSONArray(it).getString(0), flags.getJSONArray(it).getString(1)) }
            assertEquals(want, r.flags.map { listOf(it.id, it.excerpt) }, case.getString("name"))
            assertEquals(case.getString("risk"), r.risk, case.getString("name"))
            val bytes = text.toByteArray(Charsets.UTF_8)
            for (f in r.flags) {
                val slice = bytes.copyOfRange(f.start.toInt(), f.end.toInt()).toString(Charsets.UTF_8)
                assertEquals(f.excerpt, slice)
                assertTrue(f.indicators.isNotEmpty())
            }
        }
    }

    @Test
    fun errorVectors() {
        val app = Support.app()
        val cases = v.getJSONArray("errors")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            assertThrows<WaymarkException.InvalidInput>(case.toString()) {
                when (case.getString("call")) {
                    "indicators" -> app.screenIndicators(Support.strings(case.getJSONArray("observed")), false)
                    "questions" -> app.screenQuestions(case.getString("questionnaire"))
                    else -> app.screenAnswer(
                        case.getString("questionnaire"),
                        answers(case.getJSONObject("answers")),
                        if (case.has("country")) case.getString("country") else null,
                    )
                }
            }
        }
    }

    @Test
    fun helpComesFromTheDirectoryForSeriousResults() {
        val app = Support.app()
        val r = app.screenAnswer("my_situation", mapOf("cannot_leave" to "yes"), "KE")
        assertEquals("urgent", r.risk)
        assertTrue(r.help.any { it.kind == "emergency" && it.uri!!.startsWith("tel:") })
        assertTrue(r.help.any { it.kind == "service" })
        assertTrue(app.screenAnswer("job_offer", mapOf("pay_fee" to "no"), "KE").help.isEmpty())
    }

    @Test
    fun questionsFollowTheLanguage() {
        val app = Support.app(locales = listOf("sw"))
        val q = app.screenQuestions("job_offer")
        assertEquals("under_18", q.questions[0].id)
        assertEquals("Je, una umri chini ya miaka 18?", q.questions[0].text)
    }
}
