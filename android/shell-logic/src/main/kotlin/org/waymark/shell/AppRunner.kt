package org.waymark.shell

import org.waymark.core.App
import org.waymark.core.AppInterface
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.InputKind
import org.waymark.core.MessageArg
import org.waymark.core.Screen
import org.waymark.core.ScreenId
import org.waymark.core.Waymark
import org.waymark.core.WaymarkInterface
import java.util.concurrent.Executor

/** What the renderer draws: the core's screen, and whether a core call is running. */
data class Shown(
    val screen: Screen,
    val words: Words,
    val busy: Boolean = false,
    /** Changes when the input field must start again from the screen's value ([restartsField]). */
    val field: Int = 0,
)

/** The few words a renderer needs beside a [Screen], from the core's messages. */
data class Words(val checking: String, val stopReading: String)

/**
 * The app core ([App]) with what the shell reads beside it. Used on the runner's worker
 * thread only.
 */
class Session(val app: AppInterface, private val core: WaymarkInterface, private val host: ShellHost) {
    /** Handles one event; the language the core says to keep is written here, off the main thread. */
    fun handle(event: Event): Pair<Screen, List<Effect>> {
        val update = app.handle(event)
        for (effect in update.effects) {
            // An empty id: nothing to keep (everything was deleted).
            if (effect is Effect.RememberLanguage) host.savedLanguage = effect.id.ifEmpty { null }
        }
        return update.screen to update.effects
    }

    fun words() = Words(core.localized("shell-checking"), core.localized("shell-stop-reading"))

    companion object {
        /**
         * The core with the language the person chose last time, or, on a first run, the
         * language list first (the phone's languages preselected by the core's config).
         */
        fun open(core: Waymark, host: ShellHost): Session {
            val saved = host.savedLanguage?.takeIf { id -> core.locales().any { it.id == id } }
            if (saved != null) core.setLocales(listOf(saved))
            return Session(App(core, saved == null), core, host)
        }
    }
}

/** A message in the current language; its id if missing (`waymark content check` prevents that). */
fun WaymarkInterface.localized(id: String, args: List<MessageArg> = emptyList()): String =
    try {
        message(id, args).text
    } catch (e: Exception) {
        id
    }

/**
 * Whether the input field starts again from the screen's value: on another screen or field,
 * after an accepted answer, and always after a PIN. A refused answer stays in the field
 * (the core keeps the page and says why), except a PIN, which is typed again.
 */
fun restartsField(before: Screen?, after: Screen, event: Event?): Boolean {
    if (before == null || before.id != after.id || before.title != after.title || before.input != after.input) return true
    if (event !is Event.Submit) return false
    return after.notice?.error != true || before.input?.kind == InputKind.PIN
}

/**
 * Runs the app core off the main thread and performs its effects through the [Platform].
 * Every core call (the Argon2id unlock, PIN changes, the emergency PIN's shred, wipe)
 * happens on [worker], one serial thread, so the screen never freezes and no two calls
 * overlap; meanwhile the last screen is shown [Shown.busy] ("Checking…") and input is
 * ignored.
 *
 * - An answer on the PIN screen takes at least [UNLOCK_MS], whatever the PIN was (real,
 *   emergency or wrong), so the emergency PIN's shred does not show in how long it takes.
 * - Quick exit is performed first, on the main thread; the core forgets afterwards (queued
 *   behind any running call), so nothing can delay or stop the exit.
 * - A copied number is cleared from the clipboard after [CLIPBOARD_MS] and on quick exit.
 *
 * The platform supplies the threads, clock and timer, so the JVM tests drive it with fakes.
 * Main-side state is touched on the main thread only; the [Session] on [worker] only.
 */
class AppRunner(
    private val worker: Executor,
    private val main: Executor,
    /** Milliseconds of a monotonic clock. */
    private val clock: () -> Long,
    /** Blocks the worker thread. */
    private val sleep: (Long) -> Unit,
    /** Runs an action on the main thread after a delay in milliseconds. */
    private val later: (Long, () -> Unit) -> Unit,
    private val platform: Platform,
    private val publish: (Shown) -> Unit,
    /** The core could not start; the platform shows its start-error screen. */
    private val failed: (Exception) -> Unit,
    create: () -> Session,
) {
    private class Outcome(val screen: Screen, val words: Words, val effects: List<Effect>, val event: Event, val exits: Int = 0)

    private var session: Session? = null
    private var last: Shown? = null
    private var running = 0
    private var copies = 0
    /** The copy on the clipboard that is Waymark's, 0 when there is none. */
    private var onClipboard = 0
    /** Quick exits performed so far: an answer to an event sent before the last one is not acted on. */
    private var exits = 0

    init {
        running++
        worker.execute {
            val outcome = try {
                val s = create().also { session = it }
                val (screen, effects) = s.handle(Event.Start)
                Outcome(screen, s.words(), effects, Event.Start)
            } catch (e: Exception) {
                main.execute { failed(e) }
                null
            }
            main.execute { finished(outcome) }
        }
    }

    /** True while a core call runs. */
    val busy: Boolean get() = running > 0

    /** The screen on show, null until the core has started. */
    val shown: Shown? get() = last

    /** From the main thread: what the person did, or what the platform saw happen. */
    fun send(event: Event) {
        when (event) {
            Event.QuickExit -> {
                exit()
                enqueue(event, showBusy = false)
            }
            // Leaving and coming back are never dropped, even in the middle of a call; nor a
            // pack opened from another app (it may arrive while the core is still starting).
            Event.Lock, Event.Refresh, is Event.PackOpened -> enqueue(event, showBusy = false)
            else -> if (running == 0) enqueue(event, showBusy = true)
        }
    }

    /** The system's back: the screen's Back, or out of the app from the first screen. */
    fun back() {
        val screen = last?.screen ?: return
        when {
            running > 0 -> Unit
            screen.back != null -> send(Event.Back)
            // No blank card of Waymark left in Recents.
            else -> platform.close()
        }
    }

    private fun enqueue(event: Event, showBusy: Boolean) {
        running++
        if (showBusy) last?.let { publish(it.copy(busy = true)) }
        val hideTime = event is Event.Submit && last?.screen?.id == ScreenId.UNLOCK
        val sentAfter = exits
        worker.execute {
            var outcome: Outcome? = null
            val s = session
            if (s != null) {
                val started = clock()
                outcome = try {
                    val (screen, effects) = s.handle(event)
                    Outcome(screen, s.words(), effects, event, sentAfter)
                } catch (e: Exception) {
                    // The core turns every failure into a notice; anything else keeps the last screen.
                    null
                }
                if (hideTime) {
                    val left = UNLOCK_MS - (clock() - started)
                    if (left > 0) sleep(left)
                }
            }
            main.execute { finished(outcome) }
        }
    }

    private fun finished(outcome: Outcome?) {
        running--
        val before = last
        if (outcome != null) {
            val restart = restartsField(before?.screen, outcome.screen, outcome.event)
            val field = (before?.field ?: 0) + if (restart) 1 else 0
            last = Shown(outcome.screen, outcome.words, field = field)
            // Reading aloud stops when the screen changes.
            if (before != null && (before.screen.id != outcome.screen.id || before.screen.title != outcome.screen.title)) {
                platform.stopSpeaking()
            }
        }
        last?.let { publish(it.copy(busy = running > 0)) }
        // The exit was performed before the core was asked to forget, and a call sent before
        // it (a read aloud, a dial) must not act after it: only the window's secure flag
        // follows the core from then on.
        val exited = outcome != null && (outcome.event == Event.QuickExit || outcome.exits != exits)
        for (effect in outcome?.effects.orEmpty()) {
            if (exited && effect !is Effect.SetSecure) continue
            perform(effect)
        }
    }

    private fun perform(effect: Effect) {
        when (effect) {
            is Effect.Dial -> platform.dial(effect.number)
            is Effect.SendText -> platform.sendText(effect.number)
            is Effect.OpenLink -> platform.openLink(effect.url)
            is Effect.Copy -> {
                platform.copy(effect.text)
                val copy = ++copies
                onClipboard = copy
                later(CLIPBOARD_MS) { if (onClipboard == copy) clearClipboard() }
            }
            is Effect.Speak -> platform.speak(effect.text, effect.locale)
            is Effect.Share -> platform.share(effect.fileName, effect.mimeType, effect.data)
            is Effect.SetSecure -> platform.setSecure(effect.on)
            is Effect.SetDisguise -> platform.setDisguise(effect.id)
            // Written by the session on the worker.
            is Effect.RememberLanguage -> Unit
            Effect.QuickExit -> exit()
            Effect.Close -> platform.close()
            Effect.ChooseContentPack -> platform.chooseContentPack()
        }
    }

    private fun exit() {
        exits++
        clearClipboard()
        platform.stopSpeaking()
        platform.quickExit()
    }

    private fun clearClipboard() {
        if (onClipboard != 0) {
            onClipboard = 0
            platform.clearClipboard()
        }
    }

    companion object {
        /** Every unlock takes at least this long (the emergency PIN's shred hides inside it). */
        const val UNLOCK_MS = 2_000L

        /** A copied number stays on the clipboard this long. */
        const val CLIPBOARD_MS = 60_000L
    }
}
