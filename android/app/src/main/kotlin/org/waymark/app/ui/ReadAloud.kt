package org.waymark.app.ui

import android.content.Context
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import java.util.Locale

/**
 * Reads a screen's text aloud with the phone's own text-to-speech engine (offline voices
 * when installed). Nothing is recorded or sent anywhere by the app.
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

    /** Whether the engine has a voice for the locale (else the button is not shown). */
    fun canSpeak(localeId: String): Boolean =
        ready && tts.isLanguageAvailable(Locale.forLanguageTag(localeId)) >= TextToSpeech.LANG_AVAILABLE

    fun speak(text: String, localeId: String) {
        if (!canSpeak(localeId)) return
        tts.language = Locale.forLanguageTag(localeId)
        tts.speak(text, TextToSpeech.QUEUE_FLUSH, null, "waymark-read-aloud")
    }

    fun stop() {
        tts.stop()
        speaking = false
    }

    fun shutdown() = tts.shutdown()
}
