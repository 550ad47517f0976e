package org.waymark.shell

import org.waymark.core.ContentPackView
import org.waymark.core.MessageArg
import org.waymark.core.WaymarkException
import org.waymark.core.WaymarkInterface
import java.io.InputStream

/**
 * Opening a `.wmpack` (a signed content pack) that a person picked in the file picker or
 * received through the share sheet. The core checks everything; this only reads at most
 * [MAX_BYTES] from the stream (a phone may be sent anything), hands the bytes over and
 * words the outcome. Installed packs take effect the next time the core starts.
 */
class ContentPacks(private val core: WaymarkInterface) {
    /** What the person sees after opening a pack. */
    sealed class Outcome {
        abstract val message: String

        data class Installed(val pack: ContentPackView, override val message: String) : Outcome()

        /** [kind] is the core's stable error kind (`integrity`, `content`, `invalid_input`, ...). */
        data class Refused(val kind: String, override val message: String) : Outcome()
    }

    /** Reads a picked or shared file and installs it; nothing changes on any refusal. */
    fun open(stream: InputStream?): Outcome {
        val bytes = try {
            stream?.use { readLimited(it) }
        } catch (e: java.io.IOException) {
            null
        } ?: return Outcome.Refused("invalid_input", core.localized("error-pack-file"))
        if (bytes.size > MAX_BYTES) return Outcome.Refused("invalid_input", core.localized("error-pack-too-large"))
        return install(bytes)
    }

    fun install(bytes: ByteArray): Outcome = try {
        val pack = core.installContentPack(bytes)
        Outcome.Installed(pack, core.localized("pack-installed", args(pack)))
    } catch (e: WaymarkException) {
        Outcome.Refused(kindOf(e), e.message ?: core.localized("error-storage"))
    }

    fun installed(): List<ContentPackView> = try {
        core.contentPacks()
    } catch (e: WaymarkException) {
        emptyList()
    }

    /** The button that closes the outcome. */
    fun okLabel(): String = core.localized("pack-ok")

    /** The exact signed file, for the share sheet; null (with the reason shown) if not installed. */
    fun export(id: String): ByteArray? = try {
        core.exportContentPack(id)
    } catch (e: WaymarkException) {
        null
    }

    fun remove(id: String): String = try {
        core.removeContentPack(id)
        core.localized("pack-removed", listOf(MessageArg.Text("id", id)))
    } catch (e: WaymarkException) {
        e.message ?: core.localized("error-storage")
    }

    /** The arguments of the `pack-*` messages that describe a pack. */
    fun args(pack: ContentPackView): List<MessageArg> = listOf(
        MessageArg.Text("id", pack.id),
        MessageArg.Text("kind", pack.kind),
        MessageArg.Number("version", pack.version.toDouble()),
        MessageArg.Number("files", pack.files.toDouble()),
    )

    companion object {
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

        fun kindOf(e: WaymarkException): String = when (e) {
            is WaymarkException.InvalidInput -> "invalid_input"
            is WaymarkException.NotFound -> "not_found"
            is WaymarkException.Content -> "content"
            is WaymarkException.Integrity -> "integrity"
            is WaymarkException.Locked -> "locked"
            is WaymarkException.WrongPin -> "wrong_pin"
            is WaymarkException.Storage -> "storage"
            is WaymarkException.KeyStore -> "key_store"
        }
    }
}
