package org.waymark.shell

import java.util.concurrent.Executor

/**
 * Runs the [Shell] off the main thread. Every core call (the Argon2id unlock, PIN changes,
 * the emergency PIN's shred, wipe, a Keystore unwrap per status) happens on [worker], one
 * serial thread, so the screen never freezes and no two calls overlap; meanwhile the last
 * state is shown [UiState.busy] ("Checking…") and input is ignored.
 *
 * - An unlock takes at least [UNLOCK_MS], whatever the PIN was (real, emergency or wrong),
 *   so the emergency PIN's shred does not show in how long it takes.
 * - Quick exit is performed first, on the main thread; the core forgets afterwards (queued
 *   behind any running call), so nothing can delay or stop the exit.
 * - A copied number is cleared from the clipboard after [CLIPBOARD_MS] and on quick exit.
 *
 * The platform supplies the threads, clock and timer, so the JVM tests drive it with fakes.
 * [main]-side state is touched on the main thread only; the [Shell] on [worker] only.
 */
class ShellRunner(
    private val worker: Executor,
    private val main: Executor,
    /** Milliseconds of a monotonic clock. */
    private val clock: () -> Long,
    /** Blocks the worker thread. */
    private val sleep: (Long) -> Unit,
    /** Runs an action on the main thread after a delay in milliseconds. */
    private val later: (Long, () -> Unit) -> Unit,
    private val publish: (UiState) -> Unit,
    private val perform: (Effect) -> Unit,
    /** The core or the shell could not start; the platform shows its start-error screen. */
    private val failed: (Exception) -> Unit,
    create: () -> Shell,
) {
    private var shell: Shell? = null
    private var last: UiState? = null
    private var running = 0
    private var copies = 0
    /** The copy on the clipboard that is Waymark's, 0 when there is none. */
    private var onClipboard = 0

    init {
        running++
        worker.execute {
            val state = try {
                create().also { shell = it }.state()
            } catch (e: Exception) {
                main.execute { failed(e) }
                null
            }
            main.execute { finished(state, Effect.None) }
        }
    }

    /** True while a core call runs. */
    val busy: Boolean get() = running > 0

    /** From the main thread: what the person did, or what the platform saw happen. */
    fun send(event: Event) {
        when (event) {
            Event.QuickExit -> {
                clearClipboard()
                perform(Effect.Exit)
                enqueue(event, showBusy = false)
            }
            // Leaving and coming back are never dropped, even in the middle of a call.
            Event.Backgrounded, Event.Resumed -> enqueue(event, showBusy = false)
            else -> if (running == 0) enqueue(event, showBusy = true)
        }
    }

    private fun enqueue(event: Event, showBusy: Boolean) {
        running++
        if (showBusy) last?.let { publish(it.copy(busy = true)) }
        worker.execute {
            val shell = shell
            var effect: Effect = Effect.None
            var state: UiState? = null
            if (shell != null) {
                val started = clock()
                try {
                    effect = shell.onEvent(event)
                    state = shell.state()
                } catch (e: Exception) {
                    // The shell catches every core failure itself; anything else keeps the last screen.
                }
                if (event is Event.Unlock) {
                    val left = UNLOCK_MS - (clock() - started)
                    if (left > 0) sleep(left)
                }
            }
            // The exit was performed before the core was asked to forget.
            main.execute { finished(state, if (event == Event.QuickExit) Effect.None else effect) }
        }
    }

    private fun finished(state: UiState?, effect: Effect) {
        running--
        if (state != null) last = state
        last?.let { publish(if (running > 0) it.copy(busy = true) else it) }
        when (effect) {
            Effect.None -> Unit
            is Effect.CopyText -> {
                perform(effect)
                val copy = ++copies
                onClipboard = copy
                later(CLIPBOARD_MS) { if (onClipboard == copy) clearClipboard() }
            }
            else -> perform(effect)
        }
    }

    private fun clearClipboard() {
        if (onClipboard != 0) {
            onClipboard = 0
            perform(Effect.ClearClipboard)
        }
    }

    companion object {
        /** Every unlock takes at least this long (the emergency PIN's shred hides inside it). */
        const val UNLOCK_MS = 2_000L

        /** A copied number stays on the clipboard this long. */
        const val CLIPBOARD_MS = 60_000L
    }
}
