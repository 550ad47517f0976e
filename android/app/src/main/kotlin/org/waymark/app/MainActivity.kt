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
import androidx.activity.result.contract.ActivityResultContracts
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.core.content.FileProvider
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.waymark.app.ui.ReadAloud
import org.waymark.app.ui.ScreenView
import org.waymark.app.ui.StartErrorScreen
import org.waymark.app.ui.WaymarkTheme
import org.waymark.core.Event
import org.waymark.shell.ContentPacks
import org.waymark.shell.Platform
import java.io.File
import java.io.IOException

/** Renders the app core's screens and performs its effects with Android's intents and APIs. */
class MainActivity : ComponentActivity(), Platform {
    private val viewModel: AppViewModel by viewModels()

    private var readAloud: ReadAloud? = null

    /** A pack opened with Waymark from another app ([PackImportActivity]), sent when on screen. */
    private var openedPack: Uri? = null

    /** The content pack file chosen in the system picker goes to the core as bytes. */
    private val choosePack = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        if (uri == null) return@registerForActivityResult
        val bytes = runCatching {
            contentResolver.openInputStream(uri)?.use { ContentPacks.readLimited(it) }
        }.getOrNull() ?: return@registerForActivityResult
        viewModel.runner.send(Event.FileChosen(bytes))
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        // Secure from the first frame, before any content is set; the core lifts it only
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
        if (savedInstanceState == null) openedPack = packIn(intent)
        // The running task in Recents carries the disguise's name and icon, not the app's.
        setTaskDescription(LauncherDisguise.taskDescription(this, LauncherDisguise.current(this)))
        viewModel.activity = this
        setContent {
            WaymarkTheme {
                val shown by viewModel.shown.collectAsStateWithLifecycle()
                val readAloud = remember { ReadAloud(applicationContext) }
                DisposableEffect(Unit) {
                    this@MainActivity.readAloud = readAloud
                    onDispose { readAloud.shutdown() }
                }
                val current = shown
                val error = viewModel.startError
                if (error != null) {
                    StartErrorScreen(error, onQuickExit = ::quickExit)
                } else if (current != null) {
                    // A new activity (after a rotation) takes the flag from the screen.
                    LaunchedEffect(current.screen.secure) { setSecure(current.screen.secure) }
                    BackHandler { viewModel.runner.back() }
                    ScreenView(current, readAloud, viewModel::send)
                }
                // While the core starts (on its own thread) the window stays blank and secure.
            }
        }
    }

    override fun onDestroy() {
        if (viewModel.activity === this) viewModel.activity = null
        super.onDestroy()
    }

    /** Leaving the app (not a rotation) always locks the core (the runner never drops it). */
    override fun onStop() {
        super.onStop()
        if (!isChangingConfigurations) viewModel.send(Event.Lock)
    }

    /** Back on screen: the core shows its current screen again (a PIN screen re-checked). */
    override fun onStart() {
        super.onStart()
        viewModel.send(Event.Refresh)
    }

    /** Waymark was already running when a pack was opened with it. */
    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        packIn(intent)?.let { openedPack = it }
    }

    /**
     * In front: an opened pack goes to the core, which installs it and says the outcome on
     * the screen shown (the PIN screen too). Read on the main thread like a chosen file: a
     * pack is at most 8 MB and verifying it takes milliseconds (docs/PERFORMANCE.md).
     */
    override fun onResume() {
        super.onResume()
        val uri = openedPack ?: return
        openedPack = null
        // Unreadable: no bytes, which the core refuses as not a pack (and says so).
        val bytes = runCatching {
            contentResolver.openInputStream(uri)?.use { ContentPacks.readLimited(it) }
        }.getOrNull() ?: ByteArray(0)
        viewModel.send(Event.PackOpened(bytes))
    }

    private fun packIn(intent: Intent?): Uri? = intent?.takeIf { it.action == ACTION_OPEN_PACK }?.data

    // --- Platform: the core's effects ----------------------------------------------------

    /** The dialler and messages app open with the number filled in; the person presses call or send. */
    override fun dial(number: String) = start(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", number, null)))

    override fun sendText(number: String) = start(Intent(Intent.ACTION_SENDTO, Uri.fromParts("sms", number, null)))

    override fun openLink(url: String) = start(Intent(Intent.ACTION_VIEW, Uri.parse(url)))

    private fun start(intent: Intent) {
        try {
            startActivity(intent)
        } catch (e: ActivityNotFoundException) {
            // No app for it on this phone (a tablet without a dialler): the number stays on screen to copy.
        }
    }

    /** Copies a number or address, marked sensitive so Android 13+ does not preview it. */
    override fun copy(text: String) {
        val clipboard = getSystemService(ClipboardManager::class.java) ?: return
        val clip = ClipData.newPlainText("", text)
        clip.description.extras = PersistableBundle().apply {
            // ClipDescription.EXTRA_IS_SENSITIVE (Android 13+); older versions ignore it.
            putBoolean("android.content.extra.IS_SENSITIVE", true)
        }
        clipboard.setPrimaryClip(clip)
    }

    /** The view model clears the clipboard (it needs no activity). */
    override fun clearClipboard() = Unit

    override fun speak(text: String, locale: String) {
        readAloud?.speak(text, locale)
    }

    override fun stopSpeaking() {
        readAloud?.stop()
    }

    /**
     * A workshop summary or a content pack: written to the app's cache (`shared/`, served
     * by the FileProvider, res/xml/shared_files.xml) and offered in the system's chooser, so
     * the person picks the app it goes to. Only the last shared file is kept there.
     */
    override fun share(fileName: String, mimeType: String, data: ByteArray) {
        val uri = try {
            val dir = File(cacheDir, "shared").apply { mkdirs() }
            dir.listFiles()?.forEach { it.delete() }
            val file = File(dir, File(fileName).name.ifEmpty { "waymark" })
            file.writeBytes(data)
            FileProvider.getUriForFile(this, "$packageName.shared", file)
        } catch (e: IOException) {
            return
        } catch (e: IllegalArgumentException) {
            return
        }
        val send = Intent(Intent.ACTION_SEND).apply {
            type = mimeType
            putExtra(Intent.EXTRA_STREAM, uri)
            addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        }
        start(Intent.createChooser(send, null))
    }

    override fun setSecure(on: Boolean) {
        if (on) {
            window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }

    override fun setDisguise(icon: String) {
        LauncherDisguise.apply(this, icon)
        setTaskDescription(LauncherDisguise.taskDescription(this, icon))
    }

    /** Closes at once and removes the task from the recent-apps list. */
    override fun quickExit() {
        readAloud?.stop()
        finishAndRemoveTask()
        File(cacheDir, "shared").deleteRecursively()
    }

    /** Closing (or Back from the first screen): no blank card of Waymark left in Recents. */
    override fun chooseContentPack() {
        try {
            choosePack.launch(arrayOf(ContentPacks.MIME_TYPE, "application/octet-stream"))
        } catch (e: ActivityNotFoundException) {
            // No file picker on this phone: opening the file from a file manager still works.
        }
    }

    override fun close() = finishAndRemoveTask()

    companion object {
        /** How [PackImportActivity] hands over a pack's file (its uri in the intent's data). */
        const val ACTION_OPEN_PACK = "org.waymark.app.OPEN_PACK"
    }
}
