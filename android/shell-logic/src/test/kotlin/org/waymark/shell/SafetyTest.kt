package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.ChecklistView
import org.waymark.core.FileKeyStore
import org.waymark.core.InternalException
import org.waymark.core.KeyStore
import org.waymark.core.KeyStoreException
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import org.waymark.core.WaymarkException
import org.waymark.core.WaymarkInterface
import java.io.File
import java.util.concurrent.Executor
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The shell under the threat model (issue 22): it locks whenever the app leaves the screen,
 * even when the key store refuses; a lock drops what leave no trace held; a Rust panic is a
 * message, not a crash; a lost key store key is a clear "start again"; and the runner keeps
 * core calls off the main thread, hides how long an unlock took and clears the clipboard.
 */
class SafetyTest {
    private val dir: File = tempDir("waymark-safety")

    /** A key store that can be made to refuse, as Android's does while the phone is locked. */
    private class Switchable(private val inner: KeyStore) : KeyStore {
        @Volatile var refuse = false
        override fun getOrCreateKey(alias: String): ByteArray =
            if (refuse) throw KeyStoreException.Unavailable("the phone is locked") else inner.getOrCreateKey(alias)
        override fun deleteKey(alias: String) =
            if (refuse) throw KeyStoreException.Unavailable("the phone is locked") else inner.deleteKey(alias)
        override fun hasKey(alias: String): Boolean =
            if (refuse) throw KeyStoreException.Unavailable("the phone is locked") else inner.hasKey(alias)
    }

    private fun core(keys: KeyStore = FileKeyStore(File(dir, "keys").path)) =
        Waymark(WaymarkConfig(listOf("en"), File(dir, "data").path, null, false), keys)

    private fun ownItems(core: WaymarkInterface): List<String> =
        core.checklist().stages.flatMap { it.items }.filter { it.custom }.map { it.title }

    private fun Shell.checklist() = state().screen as Screen.Checklist

    @Test
    fun goingToTheBackgroundLocksEvenWhenTheKeyStoreRefusesThere() {
        val keys = Switchable(FileKeyStore(File(dir, "keys").path))
        val core = core(keys)
        val shell = Shell(core, MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetPin("482915", "482915"))
        shell.onEvent(Event.Open(Route.Checklist))
        shell.onEvent(Event.AddItem("before_you_go", "the hidden money"))
        assertEquals(listOf("the hidden money"), ownItems(core))
        // The phone locks; then the app goes to the background.
        keys.refuse = true
        shell.onEvent(Event.Backgrounded)
        assertEquals(Route.Unlock, shell.route)
        keys.refuse = false
        assertTrue(core.vaultStatus().locked)
        assertThrows<WaymarkException.Locked> { core.checklist() }
        // Coming back keeps the unlock screen while a PIN guards the vault.
        shell.onEvent(Event.Resumed)
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Unlock("482915"))
        assertEquals(Route.Home, shell.route)
        assertEquals(listOf("the hidden money"), ownItems(core))
    }

    @Test
    fun anUnreadableStatusShowsTheUnlockScreenUntilThePhoneIsOpenAgain() {
        val keys = Switchable(FileKeyStore(File(dir, "keys").path))
        val core = core(keys)
        val shell = Shell(core, MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetPin("482915", "482915"))
        shell.onEvent(Event.Open(Route.Checklist))
        shell.onEvent(Event.AddItem("before_you_go", "saved behind a PIN"))
        keys.refuse = true
        shell.onEvent(Event.Backgrounded)
        // With a PIN set the status needs the key store (has_key); refused, it is unreadable.
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Resumed)
        assertEquals(Route.Unlock, shell.route)
        keys.refuse = false
        shell.onEvent(Event.Resumed)
        assertEquals(Route.Unlock, shell.route)
        shell.onEvent(Event.Unlock("482915"))
        assertEquals(Route.Home, shell.route)
        assertEquals(listOf("saved behind a PIN"), ownItems(core))
        // A start while the key store refuses is the unlock screen too, never an open home.
        keys.refuse = true
        assertEquals(Route.Unlock, Shell(core(keys), MemoryHost("en"), listOf("en")).route)
    }

    @Test
    fun lockUnderLeaveNoTraceLeavesTheChecklistUnreadable() {
        val core = core()
        val shell = Shell(core, MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetLeaveNoTrace(true))
        shell.onEvent(Event.Open(Route.Checklist))
        shell.onEvent(Event.AddItem("before_you_go", "what I must not forget"))
        assertEquals(listOf("what I must not forget"), shell.checklist().stages.flatMap { it.items }.filter { it.custom }.map { it.title })
        core.lock()
        assertEquals(emptyList<String>(), ownItems(core))
        // The same through the shell, with a PIN: locked, and nothing of the mode after unlocking.
        shell.onEvent(Event.AddItem("before_you_go", "again"))
        shell.onEvent(Event.Open(Route.Settings))
        shell.onEvent(Event.SetLeaveNoTrace(false))
        shell.onEvent(Event.SetPin("482915", "482915"))
        shell.onEvent(Event.SetLeaveNoTrace(true))
        shell.onEvent(Event.Open(Route.Checklist))
        shell.onEvent(Event.AddItem("before_you_go", "secret"))
        shell.onEvent(Event.Backgrounded)
        assertEquals(Route.Unlock, shell.route)
        assertEquals(emptyList<String>(), ownItems(core))
        shell.onEvent(Event.Unlock("482915"))
        shell.onEvent(Event.Open(Route.Checklist))
        assertTrue(shell.checklist().stages.flatMap { it.items }.none { it.custom })
    }

    @Test
    fun aRustPanicIsAGeneralMessageNeverACrashNorItsText() {
        val real = core()
        val panicking = object : WaymarkInterface by real {
            override fun checklist(): ChecklistView = throw InternalException("panicked at src/x.rs: the secret note")
            override fun lock() = throw InternalException("panicked")
        }
        val shell = Shell(panicking, MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Checklist))
        val feedback = shell.checklist().feedback!!
        assertTrue(feedback.error)
        assertEquals("Something went wrong inside the app. Nothing was shared. Please try again.", feedback.text)
        assertFalse(feedback.text.contains("secret"))
        // Lock and quick exit go on even if the core's call fails.
        assertEquals(Effect.None, shell.onEvent(Event.Backgrounded))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
    }

    @Test
    fun aLostKeyStoreKeyOffersToStartAgain() {
        val soft = mutableMapOf<String, SecretKey>()
        fun wrapping(alias: String, create: Boolean): SecretKey? =
            soft[alias] ?: if (create) KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { soft[alias] = it } else null
        val keys = WrappedKeyStore(File(dir, "keys"), ::wrapping, { soft.remove(it) })
        val host = MemoryHost("en") { keys.isLost("waymark-vault") }
        val first = Shell(core(keys), host, listOf("en"))
        first.onEvent(Event.Open(Route.Settings))
        first.onEvent(Event.SetPin("482915", "482915"))
        assertFalse(keys.isLost("waymark-vault"))
        // The screen lock is removed: Android deletes the wrapping key.
        soft.clear()
        assertTrue(keys.isLost("waymark-vault"))
        first.onEvent(Event.Backgrounded)
        assertEquals(Route.StartAgain, first.route)
        val again = Shell(core(keys), host, listOf("en"))
        assertEquals(Route.StartAgain, again.route)
        val screen = again.state().screen as Screen.StartAgain
        assertTrue(screen.message.contains("cannot be opened"))
        assertEquals(Route.FindHelp, screen.findHelp.route)
        again.onEvent(Event.StartAgain)
        assertEquals(Route.Home, again.route)
        assertFalse(keys.isLost("waymark-vault"))
        assertEquals("en", host.savedLanguage)
    }

    @Test
    fun aNewPinTypedDifferentlyTwiceNeverReachesTheCore() {
        val real = core()
        val sent = mutableListOf<String>()
        val counting = object : WaymarkInterface by real {
            override fun setPin(pin: String) { sent += "setPin"; real.setPin(pin) }
            override fun changePin(oldPin: String, newPin: String) { sent += "changePin"; real.changePin(oldPin, newPin) }
            override fun setDuressPin(pin: String) { sent += "setDuressPin"; real.setDuressPin(pin) }
        }
        val shell = Shell(counting, MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Settings))
        val mismatch = Feedback("The two PINs are not the same. Nothing was changed.", error = true)
        shell.onEvent(Event.SetPin("482915", "482951"))
        assertEquals(mismatch, (shell.state().screen as Screen.Settings).feedback)
        shell.onEvent(Event.SetPin("482915", "482915"))
        shell.onEvent(Event.ChangePin("482915", "730618", "730681"))
        assertEquals(mismatch, (shell.state().screen as Screen.Settings).feedback)
        shell.onEvent(Event.SetDuressPin("592047", "592074"))
        assertEquals(mismatch, (shell.state().screen as Screen.Settings).feedback)
        assertEquals(listOf("setPin"), sent)
    }

    @Test
    fun theChecklistReadsAloudOnlyTheAppsOwnWords() {
        val shell = Shell(core(), MemoryHost("en"), listOf("en"))
        shell.onEvent(Event.Open(Route.Checklist))
        shell.onEvent(Event.AddItem("before_you_go", "call my sister"))
        val list = shell.checklist()
        assertTrue(list.stages.flatMap { it.items }.any { it.custom })
        assertFalse(list.speakable.contains("call my sister"))
        assertTrue(list.speakable.isNotBlank())
    }

    // --- the runner -------------------------------------------------------------------

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

    private class Harness(core: WaymarkInterface, host: ShellHost = MemoryHost("en")) {
        val worker = Steps()
        var now = 0L
        val sleeps = mutableListOf<Long>()
        val timers = mutableListOf<Pair<Long, () -> Unit>>()
        val states = mutableListOf<UiState>()
        val effects = mutableListOf<Effect>()
        val runner = ShellRunner(
            worker = worker,
            main = Executor { it.run() },
            clock = { now },
            sleep = { sleeps += it; now += it },
            later = { delay, action -> timers += delay to action },
            publish = { states += it },
            perform = { effects += it },
            failed = { throw it },
        ) { Shell(core, host, listOf("en")) }
        val last get() = states.last()
    }

    @Test
    fun coreCallsRunOnTheWorkerWhileTheScreenSaysCheckingAndTakesNoInput() {
        val h = Harness(core())
        assertTrue(h.states.isEmpty())
        h.worker.runAll()
        assertEquals(Route.Home, h.last.route)
        assertFalse(h.last.busy)
        assertEquals("Checking…", h.last.chrome.checkingLabel)
        h.runner.send(Event.Open(Route.Settings))
        assertTrue(h.last.busy)
        assertEquals(Route.Home, h.last.route)
        // A second tap while checking is ignored, not queued behind the first.
        h.runner.send(Event.Open(Route.Checklist))
        assertEquals(1, h.worker.tasks.size)
        h.worker.runAll()
        assertEquals(Route.Settings, h.last.route)
        assertFalse(h.last.busy)
        assertFalse(h.runner.busy)
    }

    @Test
    fun theRealTheEmergencyAndAWrongPinAllTakeTheSameMinimumTime() {
        var h: Harness? = null
        val real = core()
        // The emergency PIN's shred is slower than a real unlock; the fake clock says by how much.
        val timed = object : WaymarkInterface by real {
            override fun unlock(pin: String) {
                h!!.now += if (pin == "316408") 1_500 else 400
                real.unlock(pin)
            }
        }
        real.setPin("482915")
        real.setDuressPin("316408")
        real.lock()
        val elapsed = mutableListOf<Long>()
        for (pin in listOf("482915", "316408", "000000")) {
            real.lock()
            h = Harness(timed)
            h.worker.runAll()
            assertEquals(Route.Unlock, h.last.route)
            val start = h.now
            h.runner.send(Event.Unlock(pin))
            assertTrue(h.last.busy)
            h.worker.runAll()
            elapsed += h.now - start
        }
        assertEquals(listOf(ShellRunner.UNLOCK_MS, ShellRunner.UNLOCK_MS, ShellRunner.UNLOCK_MS), elapsed)
    }

    @Test
    fun quickExitHidesTheAppFirstThenTheCoreForgetsBehindTheRunningCall() {
        val core = core()
        core.setPin("482915")
        val h = Harness(core)
        h.worker.runAll()
        h.runner.send(Event.Open(Route.FindHelp))
        h.worker.runAll()
        h.runner.send(Event.Copy(ContactAction("call", "Call", "999", "tel:999")))
        h.worker.runAll()
        assertEquals(listOf(Effect.CopyText("999")), h.effects)
        h.runner.send(Event.Open(Route.Settings))
        // Quick exit in the middle of a call: out at once, and the clipboard emptied.
        h.runner.send(Event.QuickExit)
        assertEquals(listOf(Effect.CopyText("999"), Effect.ClearClipboard, Effect.Exit), h.effects)
        assertFalse(core.vaultStatus().locked)
        h.worker.runAll()
        assertTrue(core.vaultStatus().locked)
        assertEquals(Route.Unlock, h.last.route)
        assertEquals(3, h.effects.size)
        // The minute's timer finds nothing of Waymark's left to clear.
        h.timers.single().second()
        assertEquals(3, h.effects.size)
    }

    @Test
    fun aCopiedNumberIsClearedAfterAMinuteUnlessANewerCopyReplacedIt() {
        val h = Harness(core())
        h.worker.runAll()
        val first = ContactAction("call", "Call", "111", "tel:111")
        val second = ContactAction("call", "Call", "222", "tel:222")
        h.runner.send(Event.Copy(first))
        h.worker.runAll()
        h.runner.send(Event.Copy(second))
        h.worker.runAll()
        assertEquals(listOf(ShellRunner.CLIPBOARD_MS, ShellRunner.CLIPBOARD_MS), h.timers.map { it.first })
        h.timers[0].second()
        assertEquals(listOf(Effect.CopyText("111"), Effect.CopyText("222")), h.effects)
        h.timers[1].second()
        assertEquals(Effect.ClearClipboard, h.effects.last())
    }

    @Test
    fun leavingIsNeverDroppedEvenInTheMiddleOfACall() {
        val core = core()
        core.setPin("482915")
        val h = Harness(core)
        h.worker.runAll()
        h.runner.send(Event.Open(Route.Settings))
        h.runner.send(Event.Backgrounded)
        assertEquals(2, h.worker.tasks.size)
        h.worker.runAll()
        assertEquals(Route.Unlock, h.last.route)
        assertNotNull(h.last.chrome.quickExitLabel)
        assertNull(h.last.chrome.handoff)
    }
}
