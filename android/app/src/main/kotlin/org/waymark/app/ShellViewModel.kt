package org.waymark.app

import android.app.Application
import android.content.ClipData
import android.content.ClipboardManager
import android.os.Build
import android.os.Handler
import android.os.Looper
import android.os.SystemClock
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import org.waymark.shell.Effect
import org.waymark.shell.Event
import org.waymark.shell.Shell
import org.waymark.shell.ShellRunner
import org.waymark.shell.UiState
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * Holds the [Shell] across configuration changes behind a [ShellRunner]: every core call
 * runs on one background thread, the state arrives on the main thread for Compose, and
 * effects go to the activity on screen ([effects]). Clearing the clipboard needs no activity.
 */
class ShellViewModel(application: Application) : AndroidViewModel(application) {
    private val app = application as WaymarkApplication
    private val main = Handler(Looper.getMainLooper())
    private val worker: ExecutorService = Executors.newSingleThreadExecutor { r -> Thread(r, "waymark-core") }

    private val _state = MutableStateFlow<UiState?>(null)
    val state: StateFlow<UiState?> = _state.asStateFlow()

    /** Why the core could not start (damaged content), else null; shown on screen, never logged. */
    var startError by mutableStateOf<String?>(null)
        private set

    /** The activity on screen performs the platform's effects; null between activities. */
    var effects: ((Effect) -> Unit)? = null

    private val runner = ShellRunner(
        worker = worker,
        main = { main.post(it) },
        clock = SystemClock::elapsedRealtime,
        sleep = Thread::sleep,
        later = { delay, action -> main.postDelayed({ action() }, delay) },
        publish = { _state.value = it },
        perform = ::perform,
        failed = { startError = it.message ?: it.javaClass.simpleName },
    ) {
        Shell(app.core.getOrThrow(), AndroidShellHost(application, app.keyStore), app.systemLocales())
    }

    fun send(event: Event) = runner.send(event)

    private fun perform(effect: Effect) {
        if (effect == Effect.ClearClipboard) clearClipboard() else effects?.invoke(effect)
    }

    private fun clearClipboard() {
        val clipboard = app.getSystemService(ClipboardManager::class.java) ?: return
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            clipboard.clearPrimaryClip()
        } else {
            clipboard.setPrimaryClip(ClipData.newPlainText("", ""))
        }
    }

    /** Lets queued core calls (the quick exit's forgetting) finish, then ends the thread. */
    override fun onCleared() {
        worker.shutdown()
    }
}
