package org.waymark.app

import android.content.Context
import org.waymark.shell.ShellHost
import org.waymark.shell.WrappedKeyStore

/**
 * The chosen language, in app-private preferences (excluded from backup and transfer).
 * The disguise is the core's setting (in the vault); [LauncherDisguise] applies it.
 */
class AndroidShellHost(context: Context, private val keys: WrappedKeyStore) : ShellHost {
    private val prefs = context.getSharedPreferences("shell", Context.MODE_PRIVATE)

    override var savedLanguage: String?
        get() = prefs.getString(KEY_LANGUAGE, null)
        set(value) {
            // commit(): after "delete everything" the language must be gone before the process can end.
            prefs.edit().apply { if (value == null) remove(KEY_LANGUAGE) else putString(KEY_LANGUAGE, value) }.commit()
        }

    /** The Keystore key that wraps the vault's key is gone (the screen lock was removed or reset). */
    override fun vaultKeyLost(): Boolean = keys.isLost(VAULT_KEY_ALIAS)

    private companion object {
        /** The core's alias for the vault's key (bindings/src/vault.rs `VAULT_KEY_ALIAS`). */
        const val VAULT_KEY_ALIAS = "waymark-vault"
        const val KEY_LANGUAGE = "language"
    }
}
