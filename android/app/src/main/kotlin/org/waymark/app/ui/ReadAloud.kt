package org.waymark.app.ui

import android.content.Context
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
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

/** "Read aloud" / "Stop reading": put it on any screen that has text to read (lessons too). */
@Composable
fun ReadAloudButton(
    readAloud: ReadAloud,
    text: String,
    localeId: String,
    readLabel: String,
    stopLabel: String,
    modifier: Modifier = Modifier,
) {
    if (!readAloud.canSpeak(localeId)) return
    val label = if (readAloud.speaking) stopLabel else readLabel
    OutlinedButton(
        onClick = { if (readAloud.speaking) readAloud.stop() else readAloud.speak(text, localeId) },
        modifier = modifier.semantics { contentDescription = label },
    ) {
        Text(label)
    }
}
