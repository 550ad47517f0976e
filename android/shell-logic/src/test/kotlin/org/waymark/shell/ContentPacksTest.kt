package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.ActionStyle
import org.waymark.core.App
import org.waymark.core.Event
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.ByteArrayInputStream
import java.io.File

/**
 * Opening a pack from the file picker or a share intent. The pack (tests/vectors/packs/make)
 * is signed with the TEST key, which only a developer-mode core given it trusts; it puts a
 * test number (+254000000000, not a real service) in Kenya's 911 entry.
 */
class ContentPacksTest {
    private val pack: ByteArray = File("../../tests/vectors/packs/directory-ke-v1.wmpack").readBytes()
    private val testKey = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
    private val dir = tempDir("waymark-packs")

    private fun core(developerKey: String? = testKey) = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, developerKey != null, developerKey),
        FileKeyStore(File(dir, "keys").path),
    )

    private fun packs(core: Waymark = core()) = ContentPacks(core)

    /** Kenya's emergency numbers as Find help shows them: the calls offered first. */
    private fun kenya(core: Waymark): List<String?> {
        val app = App(core, false)
        app.handle(Event.Start)
        app.handle(Event.Choose("help"))
        app.handle(Event.Submit("KE"))
        val results = app.handle(Event.Choose("results")).screen
        return results.actions.filter { it.style == ActionStyle.Primary }.map { it.detail }
    }

    @Test
    fun aSharedPackInstallsAndTheNextCoreShowsTheNewNumber() {
        val outcome = packs().open(ByteArrayInputStream(pack))
        assertTrue(outcome is ContentPacks.Outcome.Installed, outcome.message)
        assertTrue(outcome.message.contains("directory"), outcome.message)
        val next = core()
        assertTrue("+254000000000" in kenya(next))
        assertEquals(listOf("directory"), packs(next).installed().map { it.id })
        assertArrayEquals(pack, packs(next).export("directory"))
        packs(next).remove("directory")
        assertTrue("911" in kenya(core()))
    }

    @Test
    fun aForgedPackIsRefusedAsIntegrityAndChangesNothing() {
        val forged = pack.copyOf().also { it[120] = (it[120].toInt() xor 0x20).toByte() }
        val outcome = packs().open(ByteArrayInputStream(forged))
        assertEquals(ContentPacks.Outcome.Refused("integrity", outcome.message), outcome)
        assertTrue(outcome.message.contains("Nothing was changed"), outcome.message)
        assertTrue(packs().installed().isEmpty())
    }

    @Test
    fun aReleaseCoreDoesNotTrustTheTestKey() {
        val outcome = packs(core(developerKey = null)).install(pack)
        assertTrue(outcome is ContentPacks.Outcome.Refused && outcome.kind == "integrity", outcome.message)
    }

    @Test
    fun aReplayedPackIsRefused() {
        packs().install(pack)
        val again = packs().install(pack)
        assertTrue(again is ContentPacks.Outcome.Refused && again.kind == "invalid_input", again.message)
    }

    @Test
    fun anOversizedOrUnreadableStreamIsRefusedWithoutReadingItAll() {
        var read = 0L
        val endless = object : java.io.InputStream() {
            override fun read(): Int = 0.also { read++ }
            override fun read(b: ByteArray, off: Int, len: Int): Int = len.also { read += it }
        }
        val outcome = packs().open(endless)
        assertEquals("invalid_input", (outcome as ContentPacks.Outcome.Refused).kind)
        assertTrue(read <= ContentPacks.MAX_BYTES + 1L)
        assertTrue(packs().open(null) is ContentPacks.Outcome.Refused)
    }

    @Test
    fun packFilesAreRecognisedByNameOrType() {
        assertTrue(ContentPacks.looksLikePack("update.WMPACK", null))
        assertTrue(ContentPacks.looksLikePack(null, ContentPacks.MIME_TYPE))
        assertFalse(ContentPacks.looksLikePack("photo.jpg", "image/jpeg"))
    }
}
