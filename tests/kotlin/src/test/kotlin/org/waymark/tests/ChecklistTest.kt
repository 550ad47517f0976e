package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.WaymarkException

class ChecklistTest {
    @Test
    fun checklistVectors() {
        val app = Support.app()
        val v = Support.vectors("checklist.json")
        val view = app.checklist()
        assertEquals(Support.strings(v.getJSONArray("stages")), view.stages.map { it.id })
        assertEquals(0u, view.damaged)
        val items = v.getJSONArray("items")
        for (i in 0 until items.length()) {
            val case = items.getJSONObject(i)
            val stage = view.stages.first { it.id == case.getString("stage") }
            val item = stage.items.first { it.id == case.getString("id") }
            assertEquals(case.getString("module"), item.module, case.toString())
            assertFalse(item.custom || item.done)
            assertNull(item.note)
        }
        val titles = v.getJSONArray("titles")
        for (i in 0 until titles.length()) {
            val case = titles.getJSONObject(i)
            app.setLocales(Support.strings(case.getJSONArray("locales")))
            val stage = app.checklist().stages.first { it.id == case.getString("stage") }
            assertEquals(case.getString("title"), stage.title, case.toString())
        }
        app.setLocales(listOf("en"))
        val errors = v.getJSONArray("errors")
        for (i in 0 until errors.length()) {
            val case = errors.getJSONObject(i)
            val e = assertThrows<WaymarkException>(case.toString()) {
                when (case.getString("op")) {
                    "add" -> app.checklistAdd(case.getString("stage"), case.getString("text"))
                    "done" -> app.checklistSetDone(case.getString("item"), true)
                    "note" -> app.checklistSetNote(case.getString("item"), case.getString("text"))
                    "remove" -> app.checklistRemove(case.getString("item"))
                    else -> throw AssertionError("unknown op")
                }
            }
            val kind = when (e) {
                is WaymarkException.InvalidInput -> "invalid_input"
                is WaymarkException.NotFound -> "not_found"
                else -> e.javaClass.simpleName
            }
            assertEquals(case.getString("kind"), kind, case.toString())
        }
    }

    @Test
    fun ownItemsNotesAndTicks() {
        val app = Support.app()
        val id = app.checklistAdd("on_arrival", "Find the Kenyan church on Elm")
        app.checklistSetDone(id, true)
        app.checklistSetNote(id, "Sunday 10am")
        val mine = app.checklist().stages.first { it.id == "on_arrival" }.items.last()
        assertEquals(id, mine.id)
        assertEquals("Find the Kenyan church on Elm", mine.title)
        assertTrue(mine.done && mine.custom)
        assertEquals("Sunday 10am", mine.note)
        assertNull(mine.module)
        app.checklistRemove(id)
        assertTrue(app.checklist().stages.flatMap { it.items }.none { it.id == id })
    }
}
