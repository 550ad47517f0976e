package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.ActionStyle
import org.waymark.core.Event
import org.waymark.core.ScreenId

/**
 * The safe-migration checklist through the app core the phones render. The facade's vector
 * loop (every item's module, every refused id) is in bindings/tests/vectors.rs.
 */
class ChecklistTest {
    @Test
    fun stagesInOrderWithTheirItemsAndLocalizedTitles() {
        val v = Support.vectors("checklist.json")
        val d = Driver(Support.app())
        d.choose("checklist")
        assertEquals(ScreenId.CHECKLIST, d.screen.id)
        assertEquals(Support.strings(v.getJSONArray("stages")).map { "stage.$it" } + "add", d.ids())
        val items = v.getJSONArray("items")
        for (i in 0 until items.length()) {
            val case = items.getJSONObject(i)
            d.choose("stage.${case.getString("stage")}")
            assertEquals(ActionStyle.Toggle(false), d.action("done.${case.getString("id")}").style, case.toString())
            d.back()
        }
        val titles = v.getJSONArray("titles")
        for (i in 0 until titles.length()) {
            val case = titles.getJSONObject(i)
            d.core.setLocales(Support.strings(case.getJSONArray("locales")))
            d.send(Event.Refresh)
            assertEquals(case.getString("title"), d.action("stage.${case.getString("stage")}").label, case.toString())
        }
    }

    @Test
    fun ownItemsNotesAndTicks() {
        val dir = Support.tempDir()
        val d = Driver(Support.app(dir = dir))
        d.choose("checklist")
        d.choose("add")
        d.choose("stage.on_arrival")
        d.submit("Find the Kenyan church on Elm")
        assertEquals("Your item is added.", d.screen.notice!!.text)
        d.choose("stage.on_arrival")
        val mine = d.screen.actions.single { it.label == "Find the Kenyan church on Elm" }
        val id = mine.id.removePrefix("done.")
        d.choose("done.$id")
        assertEquals(ActionStyle.Toggle(true), d.action("done.$id").style)
        d.choose("notes")
        d.choose("item.$id")
        assertEquals(ScreenId.CHECKLIST_ITEM, d.screen.id)
        d.submit("Sunday 10am")
        assertEquals("Saved.", d.screen.notice!!.text)
        // A new session over the same folder shows the tick and the note.
        val again = Driver(Support.app(dir = dir))
        again.choose("checklist")
        again.choose("stage.on_arrival")
        assertEquals(ActionStyle.Toggle(true), again.action("done.$id").style)
        again.choose("notes")
        again.choose("item.$id")
        assertEquals("Sunday 10am", again.screen.input!!.value)
        again.choose("remove")
        assertEquals(ScreenId.CONFIRM, again.screen.id)
        again.choose("yes")
        again.send(Event.Start)
        again.choose("checklist")
        again.choose("stage.on_arrival")
        assertFalse("done.$id" in again.ids())
        assertTrue(again.ids().isNotEmpty())
    }
}
