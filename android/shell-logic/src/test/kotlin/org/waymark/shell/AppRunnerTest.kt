package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.AppInterface
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.FileKeyStore
import org.waymark.core.InternalException
import org.waymark.core.KeyStore
import org.waymark.core.Screen
import org.waymark.core.ScreenId
import org.waymark.core.TextDirection
import org.waymark.core.Update
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File
import java.util.concurrent.Executor
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The runner on the real core (through JNA, as on a phone) and on scripted cores: each
 * effect reaches the [Platform], Back and quick exit are wired, core calls run on the worker
 * while the screen says "Checking…", and the window's secure flag follows the core. What
 * the flows do is tested in Rust (bindings/src/app).
 */
class AppRunnerTest {
    private val dir: File = tempDir("waymark-runner")

    private fun core(keys: KeyStore = FileKeyStore(File(dir, "keys").path)) =
        Waymark(WaymarkConfig(listOf("en"), File(dir, "data").path, null, false), keys)

    /** Every platform call, in order, as text. */
    private class FakePlatform : Platform {
        val calls = mutableListOf<String>()
        var shared: ByteArray? = null
        var spoken: String? = null
        override fun dial(number: String) { calls += "dial $number" }
        override fun sendText(number: String) { calls += "text $number" }
        override fun openLink(url: String) { calls += "open $url" }
        override fun copy(text: String) { calls += "copy $text" }
        override fun clearClipboard() { calls += "clear clipboard" }
        override fun speak(text: String, locale: String) {
            calls += "speak $locale"
            spoken = text
        }
        override fun stopSpeaking() { calls += "stop speaking" }
        override fun share(fileName: String, mimeType: String, data: ByteArray) {
            calls += "share $fileName $mimeType"
            shared = data
        }
        override fun setSecure(on: Boolean) { calls += "secure $on" }
        override fun setDisguise(icon: String) { calls += "disguise $icon" }
        override fun quickExit() { calls += "quick exit" }
        override fun chooseContentPack() { calls += "chooseContentPack" }
        override fun close() { calls += "close" }
    }

    /** A worker thread the test steps by hand. */
    private class Steps : Executor {
        val tasks = ArrayDeque<Runnable>()
        override fun execute(command: Runnable) {
            tasks.addLast(command)
        }
        fun runAll() {
            while (tasks.isNotEmpty()) tasks.removeFirst().run()
        }
    }

    private class Harness(create: (Harness) -> Session) {
        val worker = Steps()
        val platform = FakePlatform()
        var now = 0L
        val sleeps = mutableListOf<Long>()
        val timers = mutableListOf<Pair<Long, () -> Unit>>()
        val shown = mutableListOf<Shown>()
        val runner = AppRunner(
            worker = worker,
            main = Executor { it.run() },
            clock = { now },
            sleep = { sleeps += it; now += it },
            later = { delay, action -> timers += delay to action },
            platform = platform,
            publish = { shown += it },
            failed = { throw it },
        ) { create(this) }
        val last get() = shown.last()
        val screen get() = last.screen

        /** Sends an event and lets the worker answer it. */
        fun send(event: Event) {
            runner.send(event)
            worker.runAll()
        }
    }

    private fun real(core: Waymark = core(), host: ShellHost = MemoryHost("en")) =
        Harness { Session.open(core, host) }.also { it.worker.runAll() }

    private fun screen(id: ScreenId = ScreenId.HOME, title: String = "Waymark") = Screen(
        id, title, emptyList(), emptyList(), null, null, "Quick exit", "Read aloud", true, null, "en", TextDirection.LTR, null,
    )

    /** A core that answers every event with [screen] and the next scripted effects. */
    private fun scripted(effects: ArrayDeque<List<Effect>>) = object : AppInterface {
        override fun handle(event: Event) = Update(screen(), effects.removeFirstOrNull() ?: emptyList())
    }

    @Test
    fun aFirstRunStartsOnTheLanguageListWhichMayShowInTheAppSwitcher() {
        val host = MemoryHost()
        val h = Harness { Session.open(core(), host) }
        assertTrue(h.shown.isEmpty())
        h.worker.runAll()
        assertEquals(ScreenId.LANGUAGE, h.screen.id)
        assertNull(h.screen.back)
        assertEquals(listOf("secure false"), h.platform.calls)
        h.send(Event.Choose("locale.fr"))
        assertEquals("fr", host.savedLanguage)
        assertEquals(ScreenId.HOME, h.screen.id)
        assertEquals("fr", h.screen.locale)
        assertEquals(listOf("secure false", "stop speaking", "secure true"), h.platform.calls)
        // The next start speaks the saved language at once.
        val again = real(core(), host)
        assertEquals(ScreenId.HOME, again.screen.id)
        assertEquals("fr", again.screen.locale)
        assertEquals("Vérification…", again.last.words.checking)
    }

    @Test
    fun coreCallsRunOnTheWorkerWhileTheScreenSaysCheckingAndTakesNoInput() {
        val h = real()
        assertEquals(ScreenId.HOME, h.screen.id)
        assertFalse(h.last.busy)
        assertEquals("Checking…", h.last.words.checking)
        assertEquals("Stop reading", h.last.words.stopReading)
        h.runner.send(Event.Choose("language"))
        assertTrue(h.last.busy)
        assertEquals(ScreenId.HOME, h.screen.id)
        // A second tap while checking is ignored, not queued behind the first.
        h.runner.send(Event.Choose("settings"))
        h.runner.back()
        assertEquals(1, h.worker.tasks.size)
        h.worker.runAll()
        assertEquals(ScreenId.LANGUAGE, h.screen.id)
        assertFalse(h.last.busy)
        assertFalse(h.runner.busy)
    }

    @Test
    fun theSystemBackGoesBackAndLeavesTheAppFromTheFirstScreen() {
        val h = real()
        h.send(Event.Choose("language"))
        assertEquals("Back", h.screen.back)
        h.runner.back()
        h.worker.runAll()
        assertEquals(ScreenId.HOME, h.screen.id)
        assertNull(h.screen.back)
        assertFalse("close" in h.platform.calls)
        h.runner.back()
        assertEquals("close", h.platform.calls.last())
        assertTrue(h.worker.tasks.isEmpty())
    }

    @Test
    fun quickExitHidesTheAppFirstThenTheCoreForgetsBehindTheRunningCall() {
        val core = core()
        core.setPinInSettings("482915")
        val h = real(core)
        h.send(Event.Choose("language"))
        h.runner.send(Event.ReadAloud)
        assertEquals(1, h.worker.tasks.size)
        // Quick exit in the middle of a call: out at once, before the core hears of it.
        h.runner.send(Event.QuickExit)
        assertEquals(listOf("stop speaking", "quick exit"), h.platform.calls.takeLast(2))
        assertFalse(core.asksForPin())
        val before = h.platform.calls.size
        h.worker.runAll()
        assertTrue(core.asksForPin())
        assertEquals(ScreenId.UNLOCK, h.screen.id)
        // The core's own QuickExit effect is not performed a second time, nor the read aloud
        // that was queued before it.
        assertEquals(1, h.platform.calls.count { it == "quick exit" })
        assertTrue(h.platform.calls.drop(before).none { it.startsWith("speak") })
    }

    @Test
    fun leavingTheScreenLocksAndIsNeverDroppedEvenInTheMiddleOfACall() {
        val core = core()
        core.setPinInSettings("482915")
        val h = real(core)
        h.runner.send(Event.Choose("language"))
        h.runner.send(Event.Lock)
        h.runner.send(Event.Refresh)
        assertEquals(3, h.worker.tasks.size)
        h.worker.runAll()
        assertTrue(core.asksForPin())
        assertEquals(ScreenId.UNLOCK, h.screen.id)
        assertEquals("Quick exit", h.screen.quickExit)
        // The PIN screen at start has no Back: the system back leaves the app.
        h.runner.back()
        assertEquals("close", h.platform.calls.last())
    }

    @Test
    fun everyAnswerOnThePinScreenTakesTheSameMinimumTime() {
        val effects = ArrayDeque<List<Effect>>()
        val elapsed = mutableListOf<Long>()
        for (cost in listOf(400L, 1_500L, 2_500L)) {
            val h = Harness { h ->
                val app = object : AppInterface {
                    override fun handle(event: Event): Update {
                        // The emergency PIN's shred is slower than a real unlock.
                        if (event is Event.Submit) h.now += cost
                        return Update(screen(ScreenId.UNLOCK, "Enter your PIN"), effects.removeFirstOrNull() ?: emptyList())
                    }
                }
                Session(app, core(), MemoryHost("en"))
            }
            h.worker.runAll()
            val start = h.now
            h.runner.send(Event.Submit("482915"))
            assertTrue(h.last.busy)
            h.worker.runAll()
            elapsed += h.now - start
        }
        assertEquals(listOf(AppRunner.UNLOCK_MS, AppRunner.UNLOCK_MS, 2_500L), elapsed)
    }

    @Test
    fun anAnswerElsewhereIsNotHeldBack() {
        val h = real()
        h.send(Event.Submit("anything"))
        assertTrue(h.sleeps.isEmpty())
        // Home asks for nothing: the core refuses, on the screen.
        assertEquals(true, h.screen.notice?.error)
    }

    @Test
    fun eachEffectReachesThePlatform() {
        val effects = ArrayDeque<List<Effect>>(
            listOf(
                emptyList(),
                listOf(Effect.Dial("+254 999")),
                listOf(Effect.SendText("+254 1195")),
                listOf(Effect.OpenLink("https://example.org/help")),
                listOf(Effect.Speak("Find help", "sw")),
                listOf(Effect.Share("workshop.csv", "text/csv", byteArrayOf(1, 2, 3))),
                listOf(Effect.SetSecure(false), Effect.SetDisguise("calculator")),
                listOf(Effect.ChooseContentPack),
                listOf(Effect.Close),
            ),
        )
        val h = Harness { Session(scripted(effects), core(), MemoryHost("en")) }
        h.worker.runAll()
        repeat(8) { h.send(Event.Choose("next")) }
        assertEquals(
            listOf(
                "dial +254 999", "text +254 1195", "open https://example.org/help", "speak sw",
                "share workshop.csv text/csv", "secure false", "disguise calculator", "chooseContentPack", "close",
            ),
            h.platform.calls,
        )
        assertArrayEquals(byteArrayOf(1, 2, 3), h.platform.shared)
    }

    @Test
    fun theLanguageIsKeptOnlyWhenTheCoreSaysAndForgottenWhenItSaysNothingIsLeft() {
        val host = MemoryHost("en")
        val effects = ArrayDeque<List<Effect>>(listOf(emptyList(), listOf(Effect.RememberLanguage("sw")), listOf(Effect.RememberLanguage(""))))
        val h = Harness { Session(scripted(effects), core(), host) }
        h.worker.runAll()
        h.send(Event.Choose("next"))
        assertEquals("sw", host.savedLanguage)
        h.send(Event.Choose("next"))
        assertNull(host.savedLanguage)
        assertTrue(h.platform.calls.isEmpty())
    }

    @Test
    fun aQuickExitTheCoreAsksForHidesTheAppAndEmptiesTheClipboard() {
        val effects = ArrayDeque<List<Effect>>(listOf(emptyList(), listOf(Effect.Copy("999")), listOf(Effect.QuickExit)))
        val h = Harness { Session(scripted(effects), core(), MemoryHost("en")) }
        h.worker.runAll()
        h.send(Event.Choose("copy"))
        h.send(Event.Choose("hide"))
        assertEquals(listOf("copy 999", "clear clipboard", "stop speaking", "quick exit"), h.platform.calls)
        // The minute's timer finds nothing of Waymark's left to clear.
        h.timers.single().second()
        assertEquals(4, h.platform.calls.size)
    }

    @Test
    fun aCopiedNumberIsClearedAfterAMinuteUnlessANewerCopyReplacedIt() {
        val effects = ArrayDeque<List<Effect>>(listOf(emptyList(), listOf(Effect.Copy("111")), listOf(Effect.Copy("222"))))
        val h = Harness { Session(scripted(effects), core(), MemoryHost("en")) }
        h.worker.runAll()
        h.send(Event.Choose("copy"))
        h.send(Event.Choose("copy"))
        assertEquals(listOf(AppRunner.CLIPBOARD_MS, AppRunner.CLIPBOARD_MS), h.timers.map { it.first })
        h.timers[0].second()
        assertEquals(listOf("copy 111", "copy 222"), h.platform.calls)
        h.timers[1].second()
        assertEquals("clear clipboard", h.platform.calls.last())
    }

    @Test
    fun aFailureInsideTheCoreKeepsTheLastScreenAndShowsNothingOfIt() {
        var fail = false
        val app = object : AppInterface {
            override fun handle(event: Event): Update =
                if (fail) throw InternalException("panicked at src/x.rs: the secret note") else Update(screen(), emptyList())
        }
        val h = Harness { Session(app, core(), MemoryHost("en")) }
        h.worker.runAll()
        fail = true
        h.send(Event.Choose("next"))
        assertEquals(ScreenId.HOME, h.screen.id)
        assertFalse(h.last.busy)
        assertFalse(h.runner.busy)
    }

    @Test
    fun readAloudSpeaksTheScreenInItsLanguage() {
        val h = real()
        h.send(Event.ReadAloud)
        assertEquals("speak en", h.platform.calls.last())
        val spoken = h.platform.spoken!!
        assertTrue(spoken.contains(h.screen.title), spoken)
    }

    @Test
    fun aLostKeyStoreKeyStartsAgainInsteadOfAskingForAPin() {
        val soft = mutableMapOf<String, SecretKey>()
        fun wrapping(alias: String, create: Boolean): SecretKey? =
            soft[alias] ?: if (create) KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { soft[alias] = it } else null
        val keys = WrappedKeyStore(File(dir, "keys"), ::wrapping, { soft.remove(it) })
        val first = core(keys)
        first.setPinInSettings("482915")
        first.lockNow()
        assertEquals(ScreenId.UNLOCK, real(core(keys)).screen.id)
        // The screen lock is removed: Android deletes the wrapping key.
        soft.clear()
        assertTrue(keys.isLost("waymark-vault"))
        assertFalse(keys.hasKey("waymark-vault"))
        val again = real(core(keys))
        assertEquals(ScreenId.START_AGAIN, again.screen.id)
    }
}
