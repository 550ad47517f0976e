package org.waymark.shell

/**
 * The little the shell remembers outside the core, kept by the platform in app-private,
 * never-backed-up storage: the chosen language. It stays outside the vault on purpose: the
 * unlock screen must already speak the person's language before the vault can be read.
 * The core says when to keep it (`Effect.RememberLanguage`); everything else (disguise,
 * notifications, leave no trace) is the core's discretion settings record in the vault.
 */
interface ShellHost {
    var savedLanguage: String?
}

/** For tests and previews. */
class MemoryHost(override var savedLanguage: String? = null) : ShellHost
