package org.waymark.app

import android.app.Application
import android.content.res.Resources
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import org.waymark.shell.WrappedKeyStore
import java.io.File

/** Creates the one `Waymark` core for the app's life. */
class WaymarkApplication : Application() {
    /** The core, or why it could not start (content damaged: shown on screen, never logged). */
    /** The vault's key store; the shell asks it whether the key is lost for good. */
    val keyStore: WrappedKeyStore by lazy {
        val keys = AndroidWrappingKeys(this)
        // noBackupFilesDir: app-private and never part of a backup or device transfer.
        WrappedKeyStore(
            dir = File(noBackupFilesDir, "keys"),
            wrappingKey = keys::get,
            deleteWrappingKey = keys::delete,
        )
    }

    /** The core, or why it could not start (damaged content: shown on screen, never logged). */
    val core: Result<Waymark> by lazy {
        runCatching {
            Waymark(
                WaymarkConfig(
                    preferredLocales = systemLocales(),
                    dataDir = File(noBackupFilesDir, "waymark").path,
                    contentDir = null,
                    developerMode = BuildConfigFlags.developer(this),
                ),
                keyStore,
            )
        }
    }

    /** The phone's languages, most preferred first, as BCP 47 tags. */
    fun systemLocales(): List<String> {
        val locales = Resources.getSystem().configuration.locales
        return (0 until locales.size()).map { locales.get(it).toLanguageTag() }
    }
}
