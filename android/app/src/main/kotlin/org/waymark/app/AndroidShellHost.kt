package org.waymark.app

import android.content.Context
import org.waymark.shell.Disguise
import org.waymark.shell.ShellHost

/**
 * The chosen language, in app-private preferences (excluded from backup and transfer).
 * The disguise in use is read from the launcher aliases themselves.
 */
class AndroidShellHost(private val context: Context) : ShellHost {
    private val prefs = context.getSharedPreferences("shell", Context.MODE_PRIVATE)

    override var savedLanguage: String?
        get() = prefs.getString(KEY_LANGUAGE, null)
        set(value) {
            prefs.edit().putString(KEY_LANGUAGE, value).apply()
        }

    override val disguise: Disguise get() = LauncherDisguise.current(context)

    private companion object {
        const val KEY_LANGUAGE = "language"
    }
}
