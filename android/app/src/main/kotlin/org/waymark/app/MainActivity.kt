package org.waymark.app

import android.content.ActivityNotFoundException
import android.content.ClipData
import android.content.ClipboardManager
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.os.PersistableBundle
import android.view.View
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.waymark.app.ui.ReadAloud
import org.waymark.app.ui.StartErrorScreen
import org.waymark.app.ui.WaymarkTheme
import org.waymark.app.ui.WaymarkScreen
import org.waymark.shell.Effect
import org.waymark.shell.Event
import org.waymark.shell.ShareText

class MainActivity : ComponentActivity() {
    private val viewModel: ShellViewModel by viewModels()

    private var readAloud: ReadAloud? = null
    private val effectHandler: (Effect) -> Unit = ::handle

    override fun onCreate(savedInstanceState: Bundle?) {
        // Secure from the first frame, before any content is set; the shell lifts it only
        // for non-sensitive screens (the language list).
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            // No thumbnail of Waymark in the recent-apps screen, whatever is showing.
            setRecentsScreenshotEnabled(false)
        }
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            // No field (PIN, notes, own items) is ever offered to a password manager or autofill service.
            window.decorView.importantForAutofill = View.IMPORTANT_FOR_AUTOFILL_NO_EXCLUDE_DESCENDANTS
        }
        super.onCreate(savedInstanceState)
        // The running task in Recents carries the disguise's name and icon, not the app's.
        setTaskDescription(LauncherDisguise.taskDescription(this, LauncherDisguise.current(this)))
        viewModel.effects = effectHandler
        setContent {
            WaymarkTheme {
                val state by viewModel.state.collectAsStateWithLifecycle()
                val readAloud = remember { ReadAloud(applicationContext) }
                DisposableEffect(Unit) {
                    this@MainActivity.readAloud = readAloud
                    onDispose { readAloud.shutdown() }
                }
                val current = state
                val error = viewModel.startError
                if (error != null) {
                    StartErrorScreen(error, onQuickExit = ::quickExit)
                } else if (current != null) {
                    LaunchedEffect(current.chrome.secure) { setSecure(current.chrome.secure) }
                    LaunchedEffect(current.route) { readAloud.stop() }
                    BackHandler { viewModel.send(Event.Back) }
                    WaymarkScreen(current, readAloud) { event -> viewModel.send(event) }
                }
                // While the core starts (on its own thread) the window stays blank and secure.
            }
        }
    }

    override fun onDestroy() {
        if (viewModel.effects === effectHandler) viewModel.effects = null
        super.onDestroy()
    }

    private fun handle(effect: Effect) {
        when (effect) {
            Effect.None, Effect.ClearClipboard -> Unit
            // Back from the first screen: no blank card of Waymark left in Recents.
            Effect.Leave -> finishAndRemoveTask()
            Effect.Exit -> {
                readAloud?.stop()
                quickExit()
            }
            is Effect.ApplyDisguise -> {
                LauncherDisguise.apply(this, effect.icon)
                setTaskDescription(LauncherDisguise.taskDescription(this, effect.icon))
            }
            is Effect.OpenUri -> openUri(effect.uri)
            is Effect.CopyText -> copy(effect.text)
            is ShareText -> share(effect)
        }
    }

    /** The workshop export: the person picks the app it goes to (mail, messages, files) in the system's chooser. */
    private fun share(effect: ShareText) {
        val send = Intent(Intent.ACTION_SEND).apply {
            type = effect.mimeType
            putExtra(Intent.EXTRA_TEXT, effect.text)
        }
        try {
            startActivity(Intent.createChooser(send, null))
        } catch (e: ActivityNotFoundException) {
            // Nothing on this phone can receive text; the export stays on screen.
        }
    }

    /** Leaving the app (not a rotation) always locks the core (ShellRunner never drops it). */
    override fun onStop() {
        super.onStop()
        if (!isChangingConfigurations) viewModel.send(Event.Backgrounded)
    }

    /** Back on screen: an unlock screen shown only because the phone was locked is re-checked. */
    override fun onStart() {
        super.onStart()
        viewModel.send(Event.Resumed)
    }

    /** `tel:` and `sms:` open the dialler and messages app with the number filled in; the person presses call or send. */
    private fun openUri(uri: String) {
        val action = if (uri.startsWith("tel:")) Intent.ACTION_DIAL else if (uri.startsWith("sms:")) Intent.ACTION_SENDTO else Intent.ACTION_VIEW
        try {
            startActivity(Intent(action, Uri.parse(uri)))
        } catch (e: ActivityNotFoundException) {
            // No app for it on this phone (a tablet without a dialler): the number stays on screen to copy.
        }
    }

    /** Copies a number or address, marked sensitive so Android 13+ does not preview it. */
    private fun copy(text: String) {
        val clipboard = getSystemService(ClipboardManager::class.java) ?: return
        val clip = ClipData.newPlainText("", text)
        clip.description.extras = PersistableBundle().apply {
            // ClipDescription.EXTRA_IS_SENSITIVE (Android 13+); older versions ignore it.
            putBoolean("android.content.extra.IS_SENSITIVE", true)
        }
        clipboard.setPrimaryClip(clip)
    }

    /** Closes at once and removes the task from the recent-apps list. */
    private fun quickExit() {
        finishAndRemoveTask()
    }

    private fun setSecure(secure: Boolean) {
        if (secure) {
            window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }
}
