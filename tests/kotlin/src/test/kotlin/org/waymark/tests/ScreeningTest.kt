package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.json.JSONObject
import org.waymark.core.Block
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.InputKind
import org.waymark.core.ScreenId

/**
 * Private self-screening (issue 6) through the app core the phones render, over the shared
 * vectors. The facade-level loops (indicators, every field of an answer, flag byte offsets,
 * refused input) are in bindings/tests/screening_vectors.rs.
 */
class ScreeningTest {
    private val v = Support.vectors("screening.json")

    private fun question(d: Driver): String = d.ids().first { it.startsWith("skip.") }.removePrefix("skip.")

    private fun msg(d: Driver, id: String): String = d.core.message(id, emptyList()).text

    /** Home → the check → each question answered as given (the rest skipped) → the report. */
    private fun answerAll(d: Driver, kind: String, answers: JSONObject): Driver {
        d.send(Event.Start)
        d.choose("check_$kind")
        while (d.screen.id == ScreenId.CHECK_QUESTION) {
            val q = question(d)
            d.choose(if (answers.has(q)) "answer.$q.${answers.getString(q)}" else "skip.$q")
        }
        assertEquals(ScreenId.CHECK_REPORT, d.screen.id)
        return d
    }

    @Test
    fun aCheckAnsweredToTheEndShowsItsReport() {
        val d = Driver(Support.app())
        val cases = v.getJSONArray("answers")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            val name = case.getString("name")
            answerAll(d, case.getString("kind"), case.getJSONObject("answers"))
            val risk = case.getString("risk")
            val first = d.screen.blocks[0]
            assertEquals(risk in listOf("high", "urgent"), first is Block.Warning, name)
            assertTrue(d.text().lines().contains(msg(d, "screening-risk-$risk")), name)
            val titles = Support.strings(case.getJSONArray("signals")).map { msg(d, "screening-signal-" + it.replace('_', '-')) }
            assertEquals(titles, d.headings().filter { it in titles }, name)
            assertEquals(case.getJSONArray("find_out").length() > 0, "Find out" in d.headings(), name)
        }
    }

    @Test
    fun aPastedAdvertShowsEachFlag() {
        val d = Driver(Support.app())
        val cases = v.getJSONArray("text")
        for (i in 0 until cases.length()) {
            val case = cases.getJSONObject(i)
            d.core.setLocales(listOf(case.getString("locale")))
            d.send(Event.Start)
            d.choose("check_text")
            assertEquals(InputKind.LONG_TEXT, d.screen.input!!.kind)
            d.submit(case.getString("text"))
            assertEquals(ScreenId.TEXT_SCAN_RESULT, d.screen.id, case.getString("name"))
            val text = d.text()
            val flags = case.getJSONArray("flags")
            for (j in 0 until flags.length()) {
                val f = flags.getJSONArray(j)
                assertTrue(text.contains(f.getString(1)), "${case.getString("name")}: ${f.getString(1)}")
                assertTrue(text.contains(msg(d, "screening-signal-" + f.getString(0).replace('_', '-'))), case.getString("name"))
            }
        }
    }

    @Test
    fun helpForASeriousResultDialsAfterTheWarning() {
        val d = answerAll(Driver(Support.app()), "my_situation", JSONObject(mapOf("cannot_leave" to "yes")))
        assertTrue(d.text().contains(msg(d, "screening-risk-urgent")))
        // The country is chosen from a list of names.
        d.choose("country")
        assertEquals(ScreenId.CHECK_COUNTRY, d.screen.id)
        d.choose("country.KE")
        assertEquals(ScreenId.CHECK_REPORT, d.screen.id)
        val help = d.ids().filter { it.startsWith("help.") }
        assertTrue(help.isNotEmpty())
        d.choose(help[0])
        assertEquals(ScreenId.HANDOFF, d.screen.id)
        d.choose("continue")
        assertTrue(d.effects.single() is Effect.Dial)
        answerAll(d, "job_offer", JSONObject(mapOf("pay_fee" to "no")))
        assertFalse(d.ids().any { it.startsWith("help.") })
    }

    @Test
    fun questionsFollowTheLanguage() {
        val d = Driver(Support.app(locales = listOf("sw")))
        d.choose("check_job_offer")
        assertEquals("under_18", question(d))
        assertTrue(d.text().contains("Je, una umri chini ya miaka 18?"))
    }
}
