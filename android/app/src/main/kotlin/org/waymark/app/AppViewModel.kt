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
import org.waymark.core.Event
import org.waymark.shell.AppRunner
import org.waymark.shell.Platform
import org.waymark.shell.Session
import org.waymark.shell.Shown
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * Holds the app core across configuration changes behind an [AppRunner]: every core call
 * runs on one background thread, the screen arrives on the main thread for Compose, and
 * effects go to the activity on screen ([activity]). Clearing the clipboard needs none.
 */
class AppViewModel(application: Application) : AndroidViewModel(application) {
    private val app = application as WaymarkApplication
    private val main = Handler(Looper.getMainLooper())
    private val worker: ExecutorService = Executors.newSingleThreadExecutor { r -> Thread(r, "waymark-core") }

    private val _shown = MutableStateFlow<Shown?>(null)
    val shown: StateFlow<Shown?> = _shown.asStateFlow()

    /** Why the core could not start (damaged content), else null; shown on screen, never logged. */
    var startError by mutableStateOf<String?>(null)
        private set

    /**
     * The activity on screen performs the effects; between two activities (a rotation) they
     * are dropped, and the new activity applies the screen's secure flag from [shown].
     */
    var activity: Platform? = null

    private val platform = object : Platform {
        override fun dial(number: String) { activity?.dial(number) }
        override fun sendText(number: String) { activity?.sendText(number) }
        override fun openLink(url: String) { activity?.openLink(url) }
        override fun copy(text: String) { activity?.copy(text) }
        override fun clearClipboard() = clearClipboardNow()
        override fun speak(text: String, locale: String) { activity?.speak(text, locale) }
        override fun stopSpeaking() { activity?.stopSpeaking() }
        override fun share(fileName: String, mimeType: String, data: ByteArray) { activity?.share(fileName, mimeType, data) }
        override fun setSecure(on: Boolean) { activity?.setSecure(on) }
        override fun setDisguise(icon: String) = LauncherDisguise.apply(app, icon).also { activity?.setDisguise(icon) }
        override fun quickExit() { activity?.quickExit() }
        override fun chooseContentPack() { activity?.chooseContentPack() }
        override fun close() { activity?.close() }
    }

    val runner = AppRunner(
        worker = worker,
        main = { main.post(it) },
        clock = SystemClock::elapsedRealtime,
        sleep = Thread::sleep,
        later = { delay, action -> main.postDelayed({ action() }, delay) },
        platform = platform,
        publish = { _shown.value = it },
        failed = { startError = it.message ?: it.javaClass.simpleName },
    ) {
        Session.open(app.core.getOrThrow(), AndroidShellHost(application))
    }

    fun send(event: Event) = runner.send(event)

    private fun clearClipboardNow() {
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
