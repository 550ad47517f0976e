package org.waymark.shell

import java.io.InputStream

/**
 * Reading a `.wmpack` (a signed content pack) that a person opened with Waymark from another
 * app, or picked when the settings asked for one. Only the file: at most [MAX_BYTES] are read
 * (a phone may be sent anything) and the bytes go to the app core (`Event.PackOpened`,
 * `Event.FileChosen`), which verifies, installs and says the outcome on the screen.
 */
object ContentPacks {
    /** The core refuses larger packs; reading stops one byte past this. */
    const val MAX_BYTES = 8 * 1024 * 1024

    /** The file name or type of a share or document that may be a content pack. */
    const val MIME_TYPE = "application/vnd.waymark.pack"

    fun looksLikePack(name: String?, mimeType: String?): Boolean =
        mimeType == MIME_TYPE || name?.lowercase()?.endsWith(".wmpack") == true

    /** Up to [limit] + 1 bytes, so a larger stream is known to be too large without reading it all. */
    fun readLimited(stream: InputStream, limit: Int = MAX_BYTES): ByteArray {
        val out = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(64 * 1024)
        while (out.size() <= limit) {
            val n = stream.read(buffer, 0, minOf(buffer.size, limit + 1 - out.size()))
            if (n < 0) break
            out.write(buffer, 0, n)
        }
        return out.toByteArray()
    }
}
