package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.ActionStyle
import org.waymark.core.Event
import org.waymark.core.KeyStore
import org.waymark.core.ScreenId
import java.io.File

/**
 * The vault through the app core the phones render. The facade's scripted vault session
 * (tests/vectors/vault.json: change/remove/duress PIN, every refusal) is in
 * bindings/tests/vectors.rs (vault_vectors); wiping a locked vault (the terminal's
 * `wipe --yes`) in cli/tests/vault.rs. PINs use the cheap test KDF (pom.xml sets
 * WAYMARK_INSECURE_TEST_KDF for debug builds).
 */
class VaultTest {
    @Test
    fun aPinSetInSettingsLocksAndUnlocks() {
        val dir = Support.tempDir()
        val d = Driver(Support.app(dir = dir))
        d.choose("settings")
        d.choose("pin.set")
        assertEquals(ScreenId.PIN, d.screen.id)
        d.submit("12")
        assertTrue(d.screen.notice!!.error, "too short: said on the same screen")
        d.submit("4826")
        d.submit("4826")
        assertEquals(ScreenId.SETTINGS, d.screen.id)
        assertEquals("Your PIN is set.", d.screen.notice!!.text)
        assertFalse(d.text().contains("4826"), "a PIN is never shown")
        assertFalse("pin.set" in d.ids())
        d.choose("lock")
        assertEquals(ScreenId.UNLOCK, d.screen.id)
        assertNull(d.screen.back)
        assertEquals(ScreenId.UNLOCK, d.send(Event.Start).id, "still locked")
        d.submit("0000")
        assertEquals(ScreenId.UNLOCK, d.screen.id)
        assertTrue(d.screen.notice!!.error)
        d.submit("4826")
        assertEquals(ScreenId.HOME, d.screen.id)
        assertEquals(ScreenId.HOME, d.send(Event.Start).id, "unlocked")
        d.send(Event.Lock)
        val again = Driver(Support.app(dir = dir))
        assertEquals(ScreenId.UNLOCK, again.screen.id)
        again.submit("4826")
        assertEquals(ScreenId.HOME, again.screen.id)
    }

    /** A shell whose key store hands back a key of the wrong length. */
    class ShortKeyStore : KeyStore {
        override fun getOrCreateKey(alias: String): ByteArray = ByteArray(16) { 1 }
        override fun hasKey(alias: String): Boolean = true
        override fun deleteKey(alias: String) {}
    }

    @Test
    fun aWrongLengthKeyIsAnErrorNoticeNotACrash() {
        val d = Driver(Support.app(keyStore = ShortKeyStore()))
        d.choose("checklist")
        d.choose("stage.before_you_go")
        d.choose("done.safety_word")
        assertEquals(ScreenId.CHECKLIST_STAGE, d.screen.id)
        assertTrue(d.screen.notice!!.error)
        assertEquals("The phone's key store gave a key that cannot be used.", d.screen.notice!!.text)
        assertEquals(ActionStyle.Toggle(false), d.action("done.safety_word").style)
        d.send(Event.Start)
        assertEquals(ScreenId.HOME, d.screen.id)
    }

    @Test
    fun deleteEverythingAfterThePinLeavesNoFile() {
        val dir = Support.tempDir()
        val d = Driver(Support.app(dir = dir))
        d.choose("checklist")
        d.choose("stage.before_you_go")
        d.choose("notes")
        d.choose("item.know_embassy")
        d.submit("Embassy at 12 Rue Lepic")
        assertEquals("Saved.", d.screen.notice!!.text)
        d.send(Event.Start)
        d.choose("settings")
        d.choose("pin.set")
        d.submit("2468")
        d.submit("2468")
        d.send(Event.Lock)
        d.send(Event.Start)
        assertEquals(ScreenId.UNLOCK, d.screen.id)
        d.submit("2468")
        d.choose("settings")
        d.choose("wipe")
        assertEquals(ScreenId.CONFIRM, d.screen.id)
        d.choose("yes")
        assertEquals(ScreenId.HOME, d.screen.id)
        assertFalse(d.screen.notice!!.error)
        assertTrue(File(dir, "data").walk().none { it.isFile })
        assertTrue(File(dir, "keys").walk().none { it.isFile })
        // No PIN is asked at the next start, and none is set.
        val again = Driver(Support.app(dir = dir))
        assertEquals(ScreenId.HOME, again.screen.id)
        again.choose("settings")
        assertTrue("pin.set" in again.ids())
    }
}
