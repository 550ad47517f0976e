package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/** The pasted-text scan against the real host library. */
class TextScanTest {
    private val dir: File = tempDir("waymark-scan")
    private val core = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
        FileKeyStore(File(dir, "keys").path),
    )

    private fun Shell.scan() = state().screen as TextScan

    /** Home (migrants) → the text check, next to the job-offer check. */
    private fun atScan(language: String = "en"): Shell {
        val shell = Shell(core, MemoryHost(language), listOf(language))
        val entries = (shell.state().screen as Screen.Home).entries.map { it.id }
        assertEquals(entries.indexOf("check_job_offer") + 1, entries.indexOf("check_text"))
        shell.onEvent(Event.Open(TextScanRoute))
        assertEquals(TextScanRoute, shell.route)
        return shell
    }

    @Test
    fun theScreenIsSensitiveAndStartsEmpty() {
        val shell = atScan()
        val state = shell.state()
        assertTrue(state.chrome.secure)
        assertEquals("Check a job advert", state.chrome.title)
        val scan = state.screen as TextScan
        assertEquals("", scan.text)
        assertNull(scan.result)
        assertEquals("The text stays on this phone and is never saved. It is gone when you leave this screen.", scan.privacyNote)
    }

    @Test
    fun signsAreHighlightedAtTheRightPlaceInFrenchTextWithAccentsAndEmoji() {
        val shell = atScan("fr")
        val text = "🚨🚨 Départ cette semaine ! Frais de dossier 200 €, envoyez votre passeport 🛂 à l'agent."
        shell.onEvent(TextScanEvent.Scan(text))
        val result = shell.scan().result!!
        val raw = core.screenText(text)
        assertEquals(raw.risk, result.risk)
        assertEquals("high", result.risk)
        assertEquals(raw.headline, result.headline)
        assertEquals(listOf("pressure_to_decide", "recruitment_fee", "document_handover"), result.flags.map { it.id })
        for ((flag, core) in result.flags.zip(raw.flags)) {
            // The core's offsets count UTF-8 bytes; the shell's count UTF-16 units of the same text.
            assertEquals(flag.excerpt, text.substring(flag.start, flag.end))
            assertNotEquals(core.start.toInt(), flag.start)
            assertEquals(core.excerpt, flag.excerpt)
            assertTrue(flag.nextStep.contains(core.nextStep), flag.nextStep)
            assertTrue(flag.explanation.isNotBlank())
        }
        assertEquals("Départ cette semaine", result.flags[0].excerpt)
        assertEquals("envoyez votre passeport", result.flags[2].excerpt)
        // The segments put the text back together, the signs highlighted in order.
        assertEquals(text, result.segments.joinToString("") { it.text })
        assertEquals(result.flags.map { it.excerpt }, result.segments.filter { it.flag != null }.map { it.text })
        assertEquals(listOf(0, 1, 2), result.segments.mapNotNull { it.flag })
        assertNull(result.noFlags)
        assertEquals(listOf("check_job_offer", "find_help"), result.nextSteps.map { it.id })
        assertEquals("fr", shell.state().chrome.localeId)
    }

    @Test
    fun arabicTextIsHighlightedToo() {
        val shell = atScan("ar")
        val text = "مطلوب عاملات منزليات. بدون خبرة! ادفع رسوم المكتب 500 دولار وأرسل جواز سفرك. تأشيرة زيارة."
        shell.onEvent(TextScanEvent.Scan(text))
        val result = shell.scan().result!!
        assertEquals(4, result.flags.size)
        for (flag in result.flags) assertEquals(flag.excerpt, text.substring(flag.start, flag.end))
        assertTrue(shell.state().chrome.rightToLeft)
    }

    @Test
    fun aCleanTextSaysNoSignWereFoundWithoutCallingItSafe() {
        val shell = atScan()
        val text = "Warehouse work in Canada. Written contract before travel. The employer pays all recruitment costs and your flight."
        shell.onEvent(TextScanEvent.Scan(text))
        val result = shell.scan().result!!
        assertEquals("low", result.risk)
        assertEquals("No known warning phrases were found. That does not prove the offer is safe.", result.noFlags)
        assertEquals(listOf(ScanSegment(text, null)), result.segments)
        assertTrue(shell.scan().speakable.contains(result.headline))
    }

    @Test
    fun theTextIsForgottenWhenTheScreenIsLeftAndNeverPrinted() {
        val shell = atScan()
        val text = "Customer service job in Thailand! No experience needed. Pay a processing fee of \$300 and send your passport to our agent."
        shell.onEvent(TextScanEvent.Scan(text))
        val scan = shell.scan()
        assertEquals(text, scan.text)
        assertEquals(4, scan.result!!.flags.size)
        assertFalse(scan.toString().contains("Thailand"))
        assertFalse(TextScanEvent.Scan(text).toString().contains("Thailand"))
        assertFalse(shell.state().toString().contains("passport"))

        // A next step opens the full check; coming back, the text is gone.
        shell.onEvent(Event.Open(scan.result!!.nextSteps.first().route))
        assertEquals(Route.Check("job_offer"), shell.route)
        shell.onEvent(Event.Back)
        assertEquals("", shell.scan().text)
        assertNull(shell.scan().result)

        shell.onEvent(TextScanEvent.Scan(text))
        shell.onEvent(Event.Back)
        assertEquals(Route.Home, shell.route)
        shell.onEvent(Event.Open(TextScanRoute))
        assertEquals("", shell.scan().text)

        shell.onEvent(TextScanEvent.Scan(text))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        shell.onEvent(Event.Open(TextScanRoute))
        assertNull(shell.scan().result)

        shell.onEvent(TextScanEvent.Scan(text))
        shell.onEvent(TextScanEvent.Clear)
        assertEquals("", shell.scan().text)
        assertNull(shell.scan().result)
    }

    @Test
    fun utf8OffsetsMapToUtf16() {
        val text = "aé😀b"
        val map = Utf8Offsets(text)
        assertEquals(0, map.utf16(0u))
        assertEquals(1, map.utf16(1u))
        assertEquals(2, map.utf16(3u))
        assertEquals(4, map.utf16(7u))
        assertEquals(5, map.utf16(8u))
        assertEquals(5, map.utf16(99u))
        val bytes = text.toByteArray(Charsets.UTF_8)
        assertEquals(8, bytes.size)
    }

    @Test
    fun halfAnEmojiDoesNotBreakTheScan() {
        val shell = atScan()
        val text = "Pay a processing fee \uD83D now and send your passport."
        shell.onEvent(TextScanEvent.Scan(text))
        val scan = shell.scan()
        assertEquals("Pay a processing fee \uFFFD now and send your passport.", scan.text)
        val result = scan.result!!
        assertTrue(result.flags.isNotEmpty())
        for (flag in result.flags) assertEquals(flag.excerpt, scan.text.substring(flag.start, flag.end))
    }

    @Test
    fun overlappingSignsAreMergedIntoTheFirst() {
        val text = "pay a fee now"
        val flags = listOf(
            ScanFlag("a", "A", "", "", "pay a fee", 0, 9),
            ScanFlag("b", "B", "", "", "fee now", 6, 13),
        )
        val segments = TextScanFlow.segments(text, flags)
        assertEquals(listOf(ScanSegment("pay a fee", 0), ScanSegment(" now", 1)), segments)
        assertNotNull(segments)
    }
}
