package org.waymark.app.ui

import android.content.Context
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import android.speech.tts.Voice
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import java.util.Locale

/**
 * Reads a screen's text aloud with the phone's own text-to-speech engine, with an offline
 * voice only: a voice that needs the network would send the words to a server, so a
 * language without an installed offline voice has no read-aloud button. The shell never
 * passes the person's own words (their checklist items, notes, pasted text) to [speak].
 */
class ReadAloud(context: Context) {
    var ready by mutableStateOf(false)
        private set
    var speaking by mutableStateOf(false)
        private set

    private val tts: TextToSpeech = TextToSpeech(context) { status ->
        ready = status == TextToSpeech.SUCCESS
    }

    init {
        tts.setOnUtteranceProgressListener(object : UtteranceProgressListener() {
            override fun onStart(utteranceId: String?) { speaking = true }
            override fun onDone(utteranceId: String?) { speaking = false }
            @Deprecated("Deprecated in Java")
            override fun onError(utteranceId: String?) { speaking = false }
        })
    }

    /** An installed voice for the language that works without the network, or null. */
    private fun offlineVoice(localeId: String): Voice? {
        if (!ready) return null
        val language = Locale.forLanguageTag(localeId).language
        val voices = try {
            tts.voices.orEmpty()
        } catch (e: RuntimeException) {
            // Some engines throw while they are still binding; no voice is the safe answer.
            emptySet()
        }
        return voices
            .filter { it.locale.language == language && !it.isNetworkConnectionRequired }
            .filterNot { TextToSpeech.Engine.KEY_FEATURE_NOT_INSTALLED in it.features.orEmpty() }
            .maxByOrNull { it.quality }
    }

    /** Whether the engine has an offline voice for the locale (else the button is not shown). */
    fun canSpeak(localeId: String): Boolean = offlineVoice(localeId) != null

    fun speak(text: String, localeId: String) {
        val voice = offlineVoice(localeId) ?: return
        tts.setVoice(voice)
        tts.speak(text, TextToSpeech.QUEUE_FLUSH, null, "waymark-read-aloud")
    }

    fun stop() {
        tts.stop()
        speaking = false
    }

    fun shutdown() = tts.shutdown()
}
