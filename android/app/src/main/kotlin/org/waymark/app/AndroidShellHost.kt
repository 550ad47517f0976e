package org.waymark.app

import android.content.Context
import org.waymark.shell.ShellHost

/**
 * The chosen language, in app-private preferences (excluded from backup and transfer).
 * The disguise is the core's setting (in the vault); [LauncherDisguise] applies it.
 */
class AndroidShellHost(context: Context) : ShellHost {
    private val prefs = context.getSharedPreferences("shell", Context.MODE_PRIVATE)

    override var savedLanguage: String?
        get() = prefs.getString(KEY_LANGUAGE, null)
        set(value) {
            // commit(): after "delete everything" the language must be gone before the process can end.
            prefs.edit().apply { if (value == null) remove(KEY_LANGUAGE) else putString(KEY_LANGUAGE, value) }.commit()
        }

    private companion object {
        const val KEY_LANGUAGE = "language"
    }
}
