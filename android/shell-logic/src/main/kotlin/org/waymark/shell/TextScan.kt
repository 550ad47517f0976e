package org.waymark.shell

import org.waymark.core.MessageArg
import org.waymark.core.TextScanView
import org.waymark.core.WaymarkInterface

/**
 * The pasted-text scan: the person pastes a job offer, the core's `screenText` finds the
 * warning signs, and the screen shows each one highlighted in the text, with the risk and
 * next steps. The text lives in this object's memory only and is dropped when the screen
 * is left (or on quick exit and lock); it is never written anywhere.
 */
data object TextScanRoute : Route {
    override val id: String get() = "screening_text"
}

/** Events that carry the pasted text print only their name. */
sealed interface TextScanEvent : Event {
    class Scan(val text: String) : TextScanEvent {
        override fun toString() = "Scan"
    }

    data object Clear : TextScanEvent
}

/** A piece of the pasted text; [flag] is the index of the sign it shows in [ScanResult.flags], or null. */
class ScanSegment(val text: String, val flag: Int?) {
    override fun toString() = "ScanSegment(flag=$flag)"
    override fun equals(other: Any?) = other is ScanSegment && other.text == text && other.flag == flag
    override fun hashCode() = text.hashCode() * 31 + (flag ?: -1)
}

/**
 * One warning sign. [start]/[end] are UTF-16 indices into the pasted text (the core's byte
 * offsets converted), so `text.substring(start, end) == excerpt`.
 */
data class ScanFlag(
    val id: String,
    val title: String,
    val explanation: String,
    /** "Next step: …" */
    val nextStep: String,
    val excerpt: String,
    val start: Int,
    val end: Int,
)

data class ScanResult(
    val title: String,
    val risk: String,
    /** The core's calm sentence for the risk level. */
    val headline: String,
    val notAFinding: String,
    val flagsTitle: String,
    /** "No known warning phrases were found…" when there are none. */
    val noFlags: String?,
    val flags: List<ScanFlag>,
    /** The pasted text cut at the signs, for highlighting. */
    val segments: List<ScanSegment>,
    val nextStepsTitle: String,
    /** The full job-offer check and find help. */
    val nextSteps: List<Entry>,
)

class TextScan(
    val privacyNote: String,
    val fieldLabel: String,
    val scanLabel: String,
    val clearLabel: String,
    /** What the person pasted (memory only), to refill the field. */
    val text: String,
    val result: ScanResult?,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String
        get() = result?.let { r -> (listOfNotNull(r.headline, r.notAFinding, r.noFlags) + r.flags.flatMap { listOf(it.title, it.nextStep) }).joinToString("\n") }
            ?: privacyNote

    // Never the pasted text: a crash report or log line must not contain it.
    override fun toString() = "TextScan(result=${result != null})"
    override fun equals(other: Any?) = other is TextScan && other.text == text && other.result == result && other.feedback == feedback &&
        other.privacyNote == privacyNote && other.fieldLabel == fieldLabel
    override fun hashCode() = text.hashCode()
}

class TextScanFlow(private val core: WaymarkInterface, private val texts: Texts) {
    private var text = ""
    private var scanned = false
    private var feedback: Feedback? = null

    fun forget() {
        text = ""
        scanned = false
        feedback = null
    }

    fun handle(event: TextScanEvent) {
        when (event) {
            is TextScanEvent.Scan -> {
                text = wellFormed(event.text)
                scanned = true
            }
            TextScanEvent.Clear -> forget()
        }
    }

    /** Scans at each render, so the result is always in the current language. */
    fun screen(): TextScan {
        feedback = null
        val view = if (scanned && text.isNotBlank()) {
            try {
                core.screenText(text)
            } catch (e: Exception) {
                feedback = Feedback(texts.error(e), error = true)
                null
            }
        } else {
            null
        }
        return TextScan(
            privacyNote = texts["shell-scan-privacy"],
            fieldLabel = texts["shell-scan-label"],
            scanLabel = texts["shell-scan-button"],
            clearLabel = texts["shell-scan-clear"],
            text = text,
            result = view?.let(::result),
            feedback = feedback,
        )
    }

    private fun result(view: TextScanView): ScanResult {
        val offsets = Utf8Offsets(text)
        val flags = view.flags.map { f ->
            ScanFlag(
                id = f.id,
                title = f.title,
                explanation = f.explanation,
                nextStep = texts.format("screening-next-step", listOf(MessageArg.Text("step", f.nextStep))),
                excerpt = f.excerpt,
                start = offsets.utf16(f.start),
                end = offsets.utf16(f.end),
            )
        }
        return ScanResult(
            title = texts["screening-report-title"],
            risk = view.risk,
            headline = view.headline,
            notAFinding = texts["screening-not-a-finding"],
            flagsTitle = texts["screening-text-flags-title"],
            noFlags = if (flags.isEmpty()) texts["screening-text-no-flags"] else null,
            flags = flags,
            segments = segments(text, flags),
            nextStepsTitle = texts["shell-scan-next-steps"],
            nextSteps = listOf(
                Entry("check_job_offer", texts["screening-kind-job-offer"], Route.Check("job_offer")),
                Entry("find_help", texts["directory-menu"], Route.FindHelp),
            ),
        )
    }

    companion object {
        /**
         * A lone surrogate (half an emoji cut by a paste) cannot cross the FFI as UTF-8: the
         * generated bindings refuse the whole string. It becomes U+FFFD, as any UTF-8 decoder would show it.
         */
        fun wellFormed(text: String): String {
            if (text.none { it.isSurrogate() }) return text
            val out = StringBuilder(text.length)
            text.codePoints().forEach { cp -> out.appendCodePoint(if (cp in 0xD800..0xDFFF) 0xFFFD else cp) }
            return out.toString()
        }

        /** The text cut into plain and highlighted pieces, in order; overlapping signs are merged into the first. */
        fun segments(text: String, flags: List<ScanFlag>): List<ScanSegment> {
            val out = mutableListOf<ScanSegment>()
            var at = 0
            for ((i, f) in flags.withIndex().sortedBy { it.value.start }) {
                val start = f.start.coerceIn(at, text.length)
                val end = f.end.coerceIn(start, text.length)
                if (end == start) continue
                if (start > at) out += ScanSegment(text.substring(at, start), null)
                out += ScanSegment(text.substring(start, end), i)
                at = end
            }
            if (at < text.length) out += ScanSegment(text.substring(at), null)
            return out
        }
    }
}

/**
 * The core counts UTF-8 bytes; Kotlin strings count UTF-16 units. One pass over the text's
 * code points maps one to the other (accents take 2 bytes and 1 unit, emoji 4 bytes and 2).
 */
class Utf8Offsets(private val text: String) {
    /** UTF-16 index of the code point that starts at [byte] (clamped to the text). */
    fun utf16(byte: ULong): Int {
        var bytes = 0UL
        var i = 0
        while (i < text.length && bytes < byte) {
            val cp = text.codePointAt(i)
            bytes += when {
                cp < 0x80 -> 1UL
                cp < 0x800 -> 2UL
                cp < 0x10000 -> 3UL
                else -> 4UL
            }
            i += Character.charCount(cp)
        }
        return i
    }
}
