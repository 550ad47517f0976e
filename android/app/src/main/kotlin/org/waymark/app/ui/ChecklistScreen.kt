package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Checkbox
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import org.waymark.shell.ChecklistItem
import org.waymark.shell.Event
import org.waymark.shell.Screen

/** The safe-travel checklist: stages, tick items, add own items, a private note per item. */
@Composable
fun ChecklistScreen(screen: Screen.Checklist, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { FeedbackText(screen.feedback) }
        screen.damaged?.let { note -> item { Text(note, color = MaterialTheme.colorScheme.error) } }
        for (stage in screen.stages) {
            item(key = "stage-${stage.id}") { SectionTitle(stage.title) }
            items(stage.items, key = { it.id }) { item -> ChecklistRow(item, screen, send) }
            item(key = "add-${stage.id}") { AddOwnItem(stage.id, screen, send) }
            item { HorizontalDivider() }
        }
    }
}

@Composable
private fun ChecklistRow(item: ChecklistItem, screen: Screen.Checklist, send: (Event) -> Unit) {
    var editing by remember { mutableStateOf(false) }
    var note by remember(item.id, item.note) { mutableStateOf(item.note.orEmpty()) }
    Column {
        Row(
            modifier = Modifier
                .fillMaxWidth()
                .heightIn(min = 56.dp)
                .toggleable(value = item.done, role = Role.Checkbox) { send(Event.Tick(item.id, it)) }
                .semantics { stateDescription = if (item.done) screen.doneLabel else screen.notDoneLabel },
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Checkbox(checked = item.done, onCheckedChange = null)
            Text(item.title, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp).weight(1f))
        }
        item.note?.let { Text(it, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(start = 48.dp)) }
        Row(modifier = Modifier.padding(start = 36.dp)) {
            TextButton(onClick = { editing = !editing }) { Text(screen.noteLabel) }
            if (item.custom) {
                TextButton(onClick = { send(Event.RemoveItem(item.id)) }) { Text(screen.removeLabel) }
            }
        }
        if (editing) {
            OutlinedTextField(
                value = note,
                onValueChange = { note = it },
                label = { Text(screen.noteLabel) },
                supportingText = { Text(screen.noteHint) },
                keyboardOptions = PrivateText,
                modifier = Modifier.fillMaxWidth(),
            )
            OutlinedButton(onClick = { send(Event.SetNote(item.id, note)); editing = false }) { Text(screen.saveLabel) }
        }
    }
}

@Composable
private fun AddOwnItem(stage: String, screen: Screen.Checklist, send: (Event) -> Unit) {
    var text by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        OutlinedTextField(
            value = text,
            onValueChange = { text = it },
            label = { Text(screen.addHint) },
            singleLine = true,
            keyboardOptions = PrivateText,
            modifier = Modifier.fillMaxWidth(),
        )
        OutlinedButton(onClick = { send(Event.AddItem(stage, text)); text = "" }, enabled = text.isNotBlank()) {
            Text(screen.addLabel)
        }
    }
}
