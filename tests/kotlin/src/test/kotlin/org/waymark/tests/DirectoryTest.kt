package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.HelpQuery
import org.waymark.core.WaymarkException
import java.io.File

/** Find help and discretion through the generated Kotlin: every exported function. */
class DirectoryTest {
    private fun files(root: File): Map<String, Pair<String, Long>> =
        root.walkTopDown().filter { it.isFile }.associate { it.path to (it.readBytes().contentToString() to it.lastModified()) }

    @Test
    fun everyListedCountryAnswersWithItsNumbers() {
        val app = Support.app()
        val v = Support.vectors("directory.json")
        val countries = v.getJSONArray("countries")
        for (i in 0 until countries.length()) {
            val case = countries.getJSONObject(i)
            val view = app.findHelp(HelpQuery(country = case.getString("country")))
            val em = case.getJSONArray("emergency")
            assertEquals((0 until em.length()).map { em.getJSONObject(it).getString("number") }, view.emergency.map { it.number })
            val services = case.getJSONArray("services")
            assertEquals(services.length(), view.services.size, case.getString("country"))
            for (j in 0 until services.length()) {
                val s = services.getJSONObject(j)
                val got = view.services.first { it.id == s.getString("id") }
                assertEquals(s.getString("status"), got.status)
                val ch = s.getJSONArray("channels")
                assertEquals(
                    (0 until ch.length()).map { ch.getJSONObject(it).let { c -> Triple(c.getString("kind"), c.getString("display"), if (c.isNull("uri")) null else c.getString("uri")) } },
                    got.channels.map { Triple(it.kind, it.display, it.uri) },
                )
            }
            assertEquals(Support.strings(v.getJSONArray("fallback_ids")), view.fallbacks.map { it.id })
        }
    }

    @Test
    fun sharedQueryCases() {
        val app = Support.app()
        val queries = Support.vectors("directory.json").getJSONArray("queries")
        for (i in 0 until queries.length()) {
            val case = queries.getJSONObject(i)
            val a = case.getJSONObject("args")
            val q = HelpQuery(
                country = a.optString("country", null),
                needs = a.optJSONArray("need")?.let { Support.strings(it) } ?: emptyList(),
                language = a.optString("language", null),
                audience = a.optString("audience", null),
                dangerNow = a.optBoolean("danger_now", false),
            )
            if (case.has("error")) {
                assertThrows<WaymarkException.InvalidInput>(case.toString()) { app.findHelp(q) }
                continue
            }
            val view = app.findHelp(q)
            assertEquals(case.getString("country"), view.country)
            val first = Support.strings(case.getJSONArray("first_service_ids"))
            assertEquals(first, view.services.take(first.size).map { it.id }, case.toString())
        }
    }

    @Test
    fun coordinatesPickTheCountryAndNothingIsWritten() {
        val dir = Support.tempDir()
        val app = Support.app(dir = dir)
        val before = files(dir)
        val view = app.findHelp(HelpQuery(latitude = 5.6037, longitude = -0.187, dangerNow = true))
        assertEquals("GH", view.country)
        assertEquals("gh_ahtu", view.services.first().id)
        assertEquals(before, files(dir))
        assertEquals(34, app.helpChoices().countries.size)
    }

    @Test
    fun discretionSettingsDisguiseQuickExitAndLeaveNoTrace() {
        val dir = Support.tempDir()
        val app = Support.app(dir = dir)
        assertEquals("waymark", app.discretionSettings().disguise.id)
        assertTrue(app.disguises().any { it.id == "calculator" })
        assertEquals("Notes", app.setDisguise("notes").disguise.name)
        assertThrows<WaymarkException.InvalidInput> { app.setDisguise("casino") }
        assertTrue(app.setNotificationsOff(true).notificationsOff)
        app.setCurrentScreen("find_help")
        app.setSearchText("passport")
        assertEquals("passport", app.screenState().searchText)
        app.quickExit()
        assertNull(app.screenState().currentScreen)
        assertNull(app.screenState().searchText)

        assertTrue(app.setLeaveNoTrace(true).leaveNoTrace)
        val before = files(dir)
        app.setDisguise("weather")
        app.findHelp(HelpQuery(country = "UG"))
        assertEquals(before, files(dir))
        assertFalse(app.setLeaveNoTrace(false).leaveNoTrace)
    }
}
