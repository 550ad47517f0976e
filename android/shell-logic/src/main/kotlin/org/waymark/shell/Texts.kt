package org.waymark.shell

import org.waymark.core.MessageArg
import org.waymark.core.WaymarkException
import org.waymark.core.WaymarkInterface

/**
 * Every word on screen comes from the core's Fluent messages in the current language.
 * A missing message is a content bug (`waymark content check` catches it before release);
 * the screen then shows the id instead of failing, and [onMissing] hears about it.
 */
class Texts(
    private val core: WaymarkInterface,
    private val onMissing: (id: String) -> Unit = {},
) {
    operator fun get(id: String): String = format(id, emptyList())

    /**
     * The core's localized message for a refused call (it never holds user data). Anything
     * else (UniFFI's `InternalException` for a Rust panic, whose text could quote data) is
     * shown as one general message and never repeated.
     */
    fun error(e: Exception): String =
        if (e is WaymarkException) e.message ?: get("error-storage") else get("shell-error-internal")

    fun format(id: String, args: List<MessageArg>): String = try {
        core.message(id, args).text
    } catch (e: Exception) {
        onMissing(id)
        id
    }
}
