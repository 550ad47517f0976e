package org.waymark.shell

/**
 * The little the shell remembers outside the core, kept by the platform in app-private,
 * never-backed-up storage: the chosen language and the launcher disguise in use. When the
 * core's discretion settings land (issue 8) they move into the vault.
 */
interface ShellHost {
    var savedLanguage: String?
    val disguise: Disguise
}

/** For tests and previews. */
class MemoryHost(
    override var savedLanguage: String? = null,
    override var disguise: Disguise = Disguise.Waymark,
) : ShellHost
