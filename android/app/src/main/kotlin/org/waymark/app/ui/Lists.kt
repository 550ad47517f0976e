package org.waymark.app.ui

import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.intl.LocaleList
import androidx.compose.ui.text.style.TextDirection as ComposeTextDirection
import androidx.compose.ui.unit.dp
import org.waymark.shell.Choice

/**
 * One choice of a single-choice list, 56 dp tall. TalkBack reads the label (in the label's
 * own language when [Choice.localeId] is set) and "Selected" from the core's messages.
 */
@Composable
fun ChoiceRow(choice: Choice, selectedLabel: String, onClick: () -> Unit) {
    val label = choice.localeId?.let { AnnotatedString(choice.label, SpanStyle(localeList = LocaleList(it))) }
        ?: AnnotatedString(choice.label)
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = 56.dp)
            .selectable(selected = choice.selected, onClick = onClick, role = Role.RadioButton)
            .semantics { if (choice.selected) stateDescription = selectedLabel }
            .padding(horizontal = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = choice.selected, onClick = null)
        Text(
            label,
            style = MaterialTheme.typography.titleMedium.copy(textDirection = ComposeTextDirection.Content),
            modifier = Modifier.padding(start = 16.dp),
        )
    }
}
