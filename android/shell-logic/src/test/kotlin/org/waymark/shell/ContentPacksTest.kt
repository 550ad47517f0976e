package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.ActionStyle
import org.waymark.core.App
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.FileKeyStore
import org.waymark.core.Notice
import org.waymark.core.ScreenId
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.ByteArrayInputStream
import java.io.File
import java.util.concurrent.Executor

/**
 * A pack opened with Waymark from another app: the shell reads the file ([ContentPacks]) and
 * sends its bytes to the app core (`Event.PackOpened`), which installs it and says so on the
 * screen shown. The pack (tests/vectors/packs/make) is signed with the TEST key, which only a
 * developer-mode core given it trusts; it puts a test number (+254000000000, not a real
 * service) in Kenya's 911 entry.
 */
class ContentPacksTest {
    private val pack: ByteArray = File("../../tests/vectors/packs/directory-ke-v1.wmpack").readBytes()
    private val testKey = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
    private val dir = tempDir("waymark-packs")

    private fun core(developerKey: String? = testKey) = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, developerKey != null, developerKey),
        FileKeyStore(File(dir, "keys").path),
    )

    /** Kenya's emergency numbers as Find help shows them: the calls offered first. */
    private fun kenya(core: Waymark): List<String?> {
        val app = App(core, false)
        app.handle(Event.Start)
        app.handle(Event.Choose("help"))
        app.handle(Event.Submit("KE"))
        val results = app.handle(Event.Choose("results")).screen
        return results.actions.filter { it.style == ActionStyle.Primary }.map { it.detail }
    }

    /** The file as the phone hands it over, opened on the first screen; the notice it gives. */
    private fun opened(core: Waymark, bytes: ByteArray): Notice {
        val app = App(core, false)
        app.handle(Event.Start)
        val screen = app.handle(Event.PackOpened(ContentPacks.readLimited(ByteArrayInputStream(bytes)))).screen
        assertEquals(ScreenId.HOME, screen.id, "said on the screen shown")
        return screen.notice!!
    }

    /** The installed packs the settings list, as action ids. */
    private fun installed(core: Waymark): List<String> {
        val app = App(core, false)
        app.handle(Event.Start)
        app.handle(Event.Choose("settings"))
        return app.handle(Event.Choose("packs")).screen.actions.map { it.id }.filter { it.startsWith("pack.") }
    }

    @Test
    fun anOpenedPackInstallsAndTheNextCoreShowsTheNewNumber() {
        val said = opened(core(), pack)
        assertFalse(said.error, said.text)
        assertTrue(said.text.contains("directory"), said.text)
        val next = core()
        assertTrue("+254000000000" in kenya(next))
        assertEquals(listOf("pack.directory"), installed(next))
        // Passed on as the exact file, then removed, from the settings.
        val app = App(next, false)
        app.handle(Event.Start)
        app.handle(Event.Choose("settings"))
        app.handle(Event.Choose("packs"))
        app.handle(Event.Choose("pack.directory"))
        val share = app.handle(Event.Choose("share")).effects.single() as Effect.Share
        assertArrayEquals(pack, share.data)
        app.handle(Event.Choose("remove"))
        app.handle(Event.Choose("yes"))
        assertTrue("911" in kenya(core()))
    }

    @Test
    fun aPackOpenedWhileTheCoreStartsIsNotDroppedAndItsOutcomeStaysAfterRefresh() {
        val worker = ArrayDeque<Runnable>()
        val shown = mutableListOf<Shown>()
        val runner = AppRunner(
            worker = Executor { worker.addLast(it) },
            main = Executor { it.run() },
            clock = { 0L },
            sleep = {},
            later = { _, _ -> },
            platform = NoPlatform,
            publish = { shown += it },
            failed = { throw it },
        ) { Session.open(core(), MemoryHost("en")) }
        // The phone opens Waymark with the file: the pack, then "in front again".
        runner.send(Event.PackOpened(pack))
        runner.send(Event.Refresh)
        while (worker.isNotEmpty()) worker.removeFirst().run()
        val screen = shown.last().screen
        assertEquals(ScreenId.HOME, screen.id)
        assertEquals(false, screen.notice?.error, screen.notice?.text)
        assertEquals(listOf("pack.directory"), installed(core()))
    }

    @Test
    fun aForgedPackIsRefusedAndChangesNothing() {
        val forged = pack.copyOf().also { it[120] = (it[120].toInt() xor 0x20).toByte() }
        val said = opened(core(), forged)
        assertTrue(said.error)
        assertTrue(said.text.contains("Nothing was changed"), said.text)
        assertTrue(installed(core()).isEmpty())
    }

    @Test
    fun aReleaseCoreDoesNotTrustTheTestKey() {
        assertTrue(opened(core(developerKey = null), pack).error)
        assertTrue(installed(core()).isEmpty())
    }

    @Test
    fun aReplayedPackIsRefused() {
        assertFalse(opened(core(), pack).error)
        val again = opened(core(), pack)
        assertTrue(again.error && again.text.contains("version 1"), again.text)
    }

    @Test
    fun anOversizedStreamIsReadOnlyOneBytePastTheLimitAndRefused() {
        var read = 0L
        val endless = object : java.io.InputStream() {
            override fun read(): Int = 0.also { read++ }
            override fun read(b: ByteArray, off: Int, len: Int): Int = len.also { read += it }
        }
        val bytes = ContentPacks.readLimited(endless)
        assertEquals(ContentPacks.MAX_BYTES + 1, bytes.size)
        assertTrue(read <= ContentPacks.MAX_BYTES + 1L)
        val said = opened(core(), bytes)
        assertTrue(said.error && said.text.contains("too large"), said.text)
    }

    @Test
    fun packFilesAreRecognisedByNameOrType() {
        assertTrue(ContentPacks.looksLikePack("update.WMPACK", null))
        assertTrue(ContentPacks.looksLikePack(null, ContentPacks.MIME_TYPE))
        assertFalse(ContentPacks.looksLikePack("photo.jpg", "image/jpeg"))
    }

    private object NoPlatform : Platform {
        override fun dial(number: String) = Unit
        override fun sendText(number: String) = Unit
        override fun openLink(url: String) = Unit
        override fun copy(text: String) = Unit
        override fun clearClipboard() = Unit
        override fun speak(text: String, locale: String) = Unit
        override fun stopSpeaking() = Unit
        override fun share(fileName: String, mimeType: String, data: ByteArray) = Unit
        override fun setSecure(on: Boolean) = Unit
        override fun setDisguise(icon: String) = Unit
        override fun quickExit() = Unit
        override fun chooseContentPack() = Unit
        override fun close() = Unit
    }
}
