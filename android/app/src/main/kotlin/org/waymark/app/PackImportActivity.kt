package org.waymark.app

import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import androidx.activity.ComponentActivity

/**
 * Receives a signed content pack (`.wmpack`) opened with Waymark from another app: a file
 * manager ("open with") or the share sheet (Bluetooth, Nearby Share, a messaging app). It
 * only hands the file on to [MainActivity], whose app core installs it and says the outcome
 * on the screen shown, the PIN screen included. Nothing is shown here (no window).
 */
class PackImportActivity : ComponentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val uri = incoming(intent)
        if (savedInstanceState == null && uri != null) {
            startActivity(
                Intent(this, MainActivity::class.java)
                    .setAction(MainActivity.ACTION_OPEN_PACK)
                    .setData(uri)
                    // Passes on the read grant the sending app gave for this one file.
                    .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION or Intent.FLAG_ACTIVITY_NEW_TASK),
            )
        }
        finish()
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
}
