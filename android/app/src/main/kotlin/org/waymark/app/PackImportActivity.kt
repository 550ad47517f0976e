package org.waymark.app

import android.app.AlertDialog
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import org.waymark.shell.ContentPacks

/**
 * Opens a signed content pack (`.wmpack`): from a file manager ("open with"), from the share
 * sheet (Bluetooth, Nearby Share, a messaging app), or, started with no file, from the
 * system file picker. The core verifies and installs it ([ContentPacks]); this only reads
 * the chosen file and shows the outcome. The pack is used from the next start.
 */
class PackImportActivity : ComponentActivity() {
    private val pick = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        if (uri == null) finish() else open(uri)
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        super.onCreate(savedInstanceState)
        if (savedInstanceState != null) return
        val uri = incoming(intent)
        if (uri != null) {
            open(uri)
        } else {
            pick.launch(arrayOf(ContentPacks.MIME_TYPE, "application/octet-stream"))
        }
    }

    private fun incoming(intent: Intent): Uri? = when (intent.action) {
        Intent.ACTION_VIEW -> intent.data
        Intent.ACTION_SEND -> if (Build.VERSION.SDK_INT >= 33) {
            intent.getParcelableExtra(Intent.EXTRA_STREAM, Uri::class.java)
        } else {
            @Suppress("DEPRECATION")
            intent.getParcelableExtra(Intent.EXTRA_STREAM)
        }
        else -> null
    }

    private fun open(uri: Uri) {
        val core = (application as WaymarkApplication).core.getOrNull() ?: return finish()
        val packs = ContentPacks(core)
        // Reading and verifying a pack takes milliseconds (docs/PERFORMANCE.md): no background thread.
        val outcome = packs.open(runCatching { contentResolver.openInputStream(uri) }.getOrNull())
        AlertDialog.Builder(this)
            .setMessage(outcome.message)
            .setPositiveButton(packs.okLabel()) { _, _ -> finish() }
            .setOnCancelListener { finish() }
            .show()
    }
}
