package org.waymark.shell

/**
 * The little the shell remembers outside the core, kept by the platform in app-private,
 * never-backed-up storage: the chosen language. It stays outside the vault on purpose: the
 * unlock screen must already speak the person's language before the vault can be read,
 * and the core's discretion settings have no language field. Everything else (disguise,
 * notifications, leave no trace) is the core's discretion settings record in the vault.
 */
interface ShellHost {
    var savedLanguage: String?

    /**
     * The platform key store has lost the key that wraps the vault's key (Android deletes
     * Keystore keys bound to the screen lock when the lock is removed): what was saved can
     * never be read again, and the shell offers to start again instead of asking for a PIN.
     */
    fun vaultKeyLost(): Boolean = false
}

/** For tests and previews. */
class MemoryHost(
    override var savedLanguage: String? = null,
    private val keyLost: () -> Boolean = { false },
) : ShellHost {
    override fun vaultKeyLost(): Boolean = keyLost()
}
