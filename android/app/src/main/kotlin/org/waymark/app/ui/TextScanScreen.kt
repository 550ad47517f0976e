package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.style.TextDirection as ComposeTextDirection
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.ScanResult
import org.waymark.shell.TextScan
import org.waymark.shell.TextScanEvent

/**
 * Paste a job offer, check it, see each warning sign highlighted in the text with what it
 * means and what to do next. The text is held in `remember` (never `rememberSaveable`, so
 * it never reaches the saved-state bundle) and in the shell's memory; leaving the screen
 * drops it. The screen is sensitive: FLAG_SECURE like the other checks.
 */
@Composable
fun TextScanScreen(screen: TextScan, send: (Event) -> Unit) {
    var text by remember(screen.text) { mutableStateOf(screen.text) }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(screen.privacyNote, style = MaterialTheme.typography.bodyMedium) }
        item { FeedbackText(screen.feedback) }
        item {
            OutlinedTextField(
                value = text,
                onValueChange = { text = it },
                label = { Text(screen.fieldLabel) },
                minLines = 5,
                // No suggestions: the keyboard should not learn words from the offer.
                keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Text, autoCorrectEnabled = false),
                textStyle = MaterialTheme.typography.bodyLarge.copy(textDirection = ComposeTextDirection.Content),
                modifier = Modifier.fillMaxWidth(),
            )
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.fillMaxWidth()) {
                Button(onClick = { send(TextScanEvent.Scan(text)) }, modifier = Modifier.weight(1f).heightIn(min = 48.dp)) {
                    Text(screen.scanLabel)
                }
                OutlinedButton(onClick = { send(TextScanEvent.Clear) }, modifier = Modifier.weight(1f).heightIn(min = 48.dp)) {
                    Text(screen.clearLabel)
                }
            }
        }
        screen.result?.let { result -> item { ScanResultView(result, send) } }
    }
}

@Composable
private fun ScanResultView(result: ScanResult, send: (Event) -> Unit) {
    // Not by colour alone: bold and underlined too, for colour-blind readers and print.
    val mark = SpanStyle(
        background = MaterialTheme.colorScheme.errorContainer,
        color = MaterialTheme.colorScheme.onErrorContainer,
        fontWeight = FontWeight.Bold,
        textDecoration = TextDecoration.Underline,
    )
    val highlighted = buildAnnotatedString {
        for (segment in result.segments) {
            if (segment.flag != null) withStyle(mark) { append(segment.text) } else append(segment.text)
        }
    }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(result.title)
        Text(result.headline, style = MaterialTheme.typography.bodyLarge)
        Text(result.notAFinding, style = MaterialTheme.typography.bodySmall)
        result.noFlags?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        if (result.flags.isNotEmpty()) {
            Text(
                highlighted,
                style = MaterialTheme.typography.bodyLarge.copy(textDirection = ComposeTextDirection.Content, color = Color.Unspecified),
            )
            SectionTitle(result.flagsTitle)
            for (flag in result.flags) {
                // One TalkBack item per sign: its name, the words found, what it means, the next step.
                Column(Modifier.semantics(mergeDescendants = true) {}, verticalArrangement = Arrangement.spacedBy(2.dp)) {
                    Text(flag.title, style = MaterialTheme.typography.titleSmall)
                    Text("“${flag.excerpt}”", style = MaterialTheme.typography.bodyMedium.copy(fontWeight = FontWeight.Bold))
                    Text(flag.explanation, style = MaterialTheme.typography.bodyMedium)
                    Text(flag.nextStep, style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
        SectionTitle(result.nextStepsTitle)
        for (entry in result.nextSteps) {
            OutlinedButton(onClick = { send(Event.Open(entry.route)) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(entry.label)
            }
        }
    }
}
