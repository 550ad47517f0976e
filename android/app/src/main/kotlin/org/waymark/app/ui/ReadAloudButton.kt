package org.waymark.app.ui

import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics

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
