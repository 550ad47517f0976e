package org.waymark.tests

import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.ChecklistItemView
import org.waymark.core.KeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkException
import java.io.File

class VaultTest {
    private fun kindOf(e: WaymarkException): String = when (e) {
        is WaymarkException.InvalidInput -> "invalid_input"
        is WaymarkException.NotFound -> "not_found"
        is WaymarkException.Content -> "content"
        is WaymarkException.Integrity -> "integrity"
        is WaymarkException.Locked -> "locked"
        is WaymarkException.WrongPin -> "wrong_pin"
        is WaymarkException.Storage -> "storage"
        is WaymarkException.KeyStore -> "key_store"
    }

    private fun findItem(app: Waymark, id: String): ChecklistItemView? =
        app.checklist().stages.flatMap { it.items }.firstOrNull { it.id == id }

    private fun run(app: Waymark, step: JSONObject, last: Array<String>) {
        when (val op = step.getString("op")) {
            "status" -> {
                val st = app.vaultStatus()
                val actual = mapOf<String, Any>(
                    "exists" to st.exists,
                    "locked" to st.locked,
                    "has_pin" to st.hasPin,
                    "has_duress_pin" to st.hasDuressPin,
                    "retry_after_seconds" to st.retryAfterSeconds.toLong(),
                )
                val want = step.getJSONObject("expect")
                for (k in want.keys()) {
                    val w = want.get(k)
                    val expected: Any = if (w is Number) w.toLong() else w
                    assertEquals(expected, actual.getValue(k), step.toString())
                }
            }
            "unlock" -> app.unlock(step.getString("pin"))
            "lock" -> app.lock()
            "set_pin" -> app.setPin(step.getString("pin"))
            "change_pin" -> app.changePin(step.getString("old"), step.getString("new"))
            "remove_pin" -> app.removePin(step.getString("pin"))
            "set_duress_pin" -> app.setDuressPin(step.getString("pin"))
            "wipe" -> app.wipe()
            "checklist" -> app.checklist()
            "checklist_add" -> last[0] = app.checklistAdd(step.getString("stage"), step.getString("text"))
            "checklist_note" -> app.checklistSetNote(step.getString("item"), step.getString("note"))
            "checklist_done" -> app.checklistSetDone(step.getString("item"), step.getBoolean("done"))
            "checklist_item" -> {
                val item = findItem(app, step.getString("item").replace("\$last", last[0]))
                val want = step.getJSONObject("expect")
                assertEquals(want.getBoolean("present"), item != null, step.toString())
                if (item != null) {
                    if (want.has("done")) assertEquals(want.getBoolean("done"), item.done, step.toString())
                    if (want.has("note")) {
                        val note = if (want.isNull("note")) null else want.getString("note")
                        assertEquals(note, item.note, step.toString())
                    }
                }
            }
            else -> throw AssertionError("unknown op $op")
        }
    }

    @Test
    fun vaultVectors() {
        val app = Support.app()
        val last = arrayOf("")
        val steps = Support.vectors("vault.json").getJSONArray("steps")
        for (i in 0 until steps.length()) {
            val step = steps.getJSONObject(i)
            if (step.has("kind")) {
                val e = assertThrows<WaymarkException>(step.toString()) { run(app, step, last) }
                assertEquals(step.getString("kind"), kindOf(e), step.toString())
            } else {
                run(app, step, last)
            }
        }
    }

    /** A shell whose key store hands back a key of the wrong length. */
    class ShortKeyStore : KeyStore {
        override fun getOrCreateKey(alias: String): ByteArray = ByteArray(16) { 1 }
        override fun hasKey(alias: String): Boolean = true
        override fun deleteKey(alias: String) {}
    }

    @Test
    fun aWrongLengthKeyIsAStorageErrorNotACrash() {
        val app = Support.app(keyStore = ShortKeyStore())
        assertThrows<WaymarkException.Storage> { app.checklistSetDone("safety_word", true) }
    }

    @Test
    fun aLockedVaultCanBeWipedAndLeavesNoFile() {
        val dir = Support.tempDir()
        val app = Support.app(dir = dir)
        app.checklistSetNote("know_embassy", "Embassy at 12 Rue Lepic")
        app.setPin("2468")
        app.lock()
        assertThrows<WaymarkException.Locked> { app.checklist() }
        assertTrue(app.vaultStatus().locked)
        app.wipe()
        assertTrue(File(dir, "data").walk().none { it.isFile })
        assertTrue(File(dir, "keys").walk().none { it.isFile })
        assertFalse(app.vaultStatus().exists)
    }
}
