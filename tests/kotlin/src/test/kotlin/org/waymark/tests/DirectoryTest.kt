package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.ActionStyle
import org.waymark.core.Block
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.ScreenId
import java.io.File

/**
 * Find help and discretion through the generated Kotlin, the way the phones reach them:
 * the app core (`App`), events in, screens and effects out. The directory's facade-level
 * checks (every field of every entry, the query cases, coordinates) are in
 * bindings/tests/directory.rs and core/src/directory/tests.rs.
 */
class DirectoryTest {
    private fun files(root: File): Map<String, Pair<String, Long>> =
        root.walkTopDown().filter { it.isFile }.associate { it.path to (it.readBytes().contentToString() to it.lastModified()) }

    /** Home → Find help → a typed country → its results. */
    private fun results(d: Driver, country: String, danger: Boolean = false): Driver {
        d.send(Event.Start)
        d.choose("help")
        assertEquals(ScreenId.HELP_COUNTRY, d.screen.id)
        d.submit(country)
        assertEquals(ScreenId.HELP_FILTERS, d.screen.id, d.screen.notice?.text)
        d.choose(if (danger) "danger" else "results")
        assertEquals(ScreenId.HELP_RESULTS, d.screen.id)
        return d
    }

    private fun verb(uri: String?): String = when {
        uri == null -> "copy"
        uri.startsWith("tel:") -> "call"
        uri.startsWith("sms:") -> "text"
        else -> "open"
    }

    @Test
    fun kenyaShowsItsNumbersAndAChoiceDialsAfterTheWarning() {
        val countries = Support.vectors("directory.json").getJSONArray("countries")
        val ke = (0 until countries.length()).map { countries.getJSONObject(it) }.first { it.getString("country") == "KE" }
        val em = ke.getJSONArray("emergency")
        val numbers = (0 until em.length()).map { em.getJSONObject(it).getString("number") }
        val d = results(Driver(Support.app()), "KE")
        val calls = d.screen.actions.take(numbers.size)
        assertEquals(numbers.indices.map { "call.$it" to numbers[it] }, calls.map { it.id to it.detail })
        assertTrue(calls.all { it.style == ActionStyle.Primary })
        assertEquals(numbers, d.facts().take(numbers.size).map { it.second })
        d.choose("call.0")
        assertEquals(ScreenId.HANDOFF, d.screen.id)
        assertEquals(listOf("continue", "copy", "cancel"), d.ids())
        assertTrue(d.effects.none { it is Effect.Dial }, "nothing dialled before the warning")
        d.choose("continue")
        assertEquals(ScreenId.HELP_RESULTS, d.screen.id)
        assertEquals(listOf(Effect.Dial(em.getJSONObject(0).getString("uri").removePrefix("tel:"))), d.effects)
    }

    @Test
    fun everyListedCountryOffersItsNumbersAndChannels() {
        val countries = Support.vectors("directory.json").getJSONArray("countries")
        val d = Driver(Support.app())
        for (i in 0 until countries.length()) {
            val case = countries.getJSONObject(i)
            val country = case.getString("country")
            results(d, country)
            val offered = d.screen.actions.map { it.id.substringBefore('.') to (it.detail ?: "") }
            val em = case.getJSONArray("emergency")
            val numbers = (0 until em.length()).map { "call" to em.getJSONObject(it).getString("number") }
            assertEquals(numbers, offered.take(numbers.size), country)
            val services = case.getJSONArray("services")
            for (j in 0 until services.length()) {
                val ch = services.getJSONObject(j).getJSONArray("channels")
                for (k in 0 until ch.length()) {
                    val c = ch.getJSONObject(k)
                    val v = verb(if (c.isNull("uri")) null else c.getString("uri"))
                    assertTrue(offered.any { it.first == v && it.second.endsWith(": " + c.getString("display")) }, "$country $c")
                }
            }
            if (numbers.isNotEmpty()) {
                d.choose("call.0")
                d.choose("continue")
                assertEquals(listOf(Effect.Dial(em.getJSONObject(0).getString("uri").removePrefix("tel:"))), d.effects, country)
            }
        }
    }

    @Test
    fun aWrongCountryCodeIsSaidAndFindingHelpWritesNothing() {
        val dir = Support.tempDir()
        val d = Driver(Support.app(dir = dir))
        val before = files(dir)
        d.choose("help")
        for (bad in listOf("ZZ", "USA", "!!")) {
            d.submit(bad)
            assertEquals(ScreenId.HELP_COUNTRY, d.screen.id)
            assertTrue(d.screen.notice!!.error)
        }
        results(d, "GH", danger = true)
        assertTrue(d.screen.blocks[0] is Block.Warning, "in danger: the warning first")
        assertEquals(before, files(dir))
        d.send(Event.Start)
        d.choose("help")
        assertEquals(34, d.ids().count { it.startsWith("country.") })
    }

    @Test
    fun aDisguiseChoiceQuickExitAndLeaveNoTrace() {
        val dir = Support.tempDir()
        val core = Support.app(dir = dir)
        val d = Driver(core)
        d.choose("settings")
        d.choose("disguise")
        assertEquals(ScreenId.DISGUISE, d.screen.id)
        assertTrue("disguise.calculator" in d.ids())
        assertFalse("disguise.casino" in d.ids())
        d.choose("disguise.notes")
        assertTrue(Effect.SetDisguise("notes") in d.effects)
        d.send(Event.Start)
        d.choose("settings")
        d.choose("notifications_off")
        assertEquals(ActionStyle.Toggle(true), d.action("notifications_off").style)
        // A half-typed search is gone after a quick exit.
        d.send(Event.Start)
        d.choose("help")
        d.submit("UG")
        d.send(Event.QuickExit)
        assertTrue(Effect.QuickExit in d.effects)
        assertEquals(ScreenId.HOME, d.screen.id)
        assertNull(d.screen.back)

        d.choose("settings")
        d.choose("leave_no_trace")
        assertEquals(ActionStyle.Toggle(true), d.action("leave_no_trace").style)
        val before = files(dir)
        d.choose("disguise")
        d.choose("disguise.weather")
        assertTrue(Effect.SetDisguise("weather") in d.effects)
        results(d, "UG")
        assertEquals(before, files(dir))
        d.send(Event.Start)
        d.choose("settings")
        d.choose("leave_no_trace")
        assertEquals(ActionStyle.Toggle(false), d.action("leave_no_trace").style)
    }
}
