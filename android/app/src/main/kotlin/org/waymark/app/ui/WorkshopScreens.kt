package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.FilterChip
import androidx.compose.material3.HorizontalDivider
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
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.style.TextDirection as ComposeTextDirection
import androidx.compose.ui.unit.dp
import org.waymark.shell.CountField
import org.waymark.shell.Event
import org.waymark.shell.WorkshopEvent
import org.waymark.shell.WorkshopPlan
import org.waymark.shell.WorkshopPlans
import org.waymark.shell.WorkshopPresent
import org.waymark.shell.WorkshopQuestion
import org.waymark.shell.WorkshopRoute
import org.waymark.shell.WorkshopSession
import org.waymark.shell.WorkshopSessions

/** The session plans, and the way to the sessions already run on this phone. */
@Composable
fun WorkshopPlansScreen(screen: WorkshopPlans, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { FeedbackText(screen.feedback) }
        item { SectionTitle(screen.choosePlan) }
        items(screen.plans, key = { it.id }) { plan ->
            OutlinedButton(
                onClick = { send(Event.Open(WorkshopRoute.Plan(plan.id))) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
            ) {
                Column(Modifier.fillMaxWidth()) {
                    Text(plan.title, style = MaterialTheme.typography.titleMedium)
                    Text(listOfNotNull(plan.audience, plan.duration).joinToString(" · "), style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
        item {
            Button(onClick = { send(Event.Open(screen.sessions.route)) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.sessions.label)
            }
        }
    }
}

/** One plan: every agenda item with its timing and the facilitator's notes; present or run it. */
@Composable
fun WorkshopPlanScreen(screen: WorkshopPlan, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { FeedbackText(screen.feedback) }
        item { Text(screen.duration, style = MaterialTheme.typography.titleMedium) }
        item {
            Button(onClick = { send(Event.Open(WorkshopRoute.Present(screen.id))) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.present)
            }
        }
        item {
            Button(onClick = { send(WorkshopEvent.Start) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.start)
            }
        }
        screen.resume?.let { resume ->
            item {
                OutlinedButton(onClick = { send(WorkshopEvent.Resume) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                    Text(resume)
                }
            }
        }
        items(screen.agenda, key = { it.id }) { item ->
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(item.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                Text(item.duration, style = MaterialTheme.typography.bodySmall)
                Labelled(screen.labels.activity, item.activity)
                Labelled(screen.labels.notes, item.notes)
                Bullets(screen.labels.prompts, item.prompts)
                Bullets(screen.labels.cards, item.cards)
                HorizontalDivider()
            }
        }
    }
}

/** For a group: one agenda item at a time in large text, with previous and next. */
@Composable
fun WorkshopPresentScreen(screen: WorkshopPresent, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(16.dp)) {
        item { FeedbackText(screen.feedback) }
        item { Text(screen.heading, style = MaterialTheme.typography.titleMedium) }
        item {
            Text(
                screen.title,
                style = MaterialTheme.typography.displaySmall.copy(textDirection = ComposeTextDirection.Content),
                modifier = Modifier.semantics { heading() },
            )
        }
        item { Text(screen.activity, style = MaterialTheme.typography.headlineSmall) }
        if (screen.prompts.isNotEmpty()) {
            item { SectionTitle(screen.labels.prompts) }
            items(screen.prompts) { Text("• $it", style = MaterialTheme.typography.headlineSmall) }
        }
        if (screen.cards.isNotEmpty()) {
            item { SectionTitle(screen.labels.cards) }
            items(screen.cards) { Text(it, style = MaterialTheme.typography.headlineSmall) }
        }
        if (screen.hands.isNotEmpty()) {
            item { SectionTitle(screen.labels.hands) }
            items(screen.hands) { Text("• $it", style = MaterialTheme.typography.headlineSmall) }
        }
        items(screen.quiz, key = { it.id }) { q ->
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(q.prompt, style = MaterialTheme.typography.headlineSmall)
                for (choice in q.choices) Text("${choice.id}) ${choice.label}", style = MaterialTheme.typography.titleLarge)
            }
        }
        item { Labelled(screen.labels.notes, screen.notes) }
        item {
            // Start/end, not left/right: the order follows the language's direction.
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp), modifier = Modifier.fillMaxWidth()) {
                screen.previous?.let { previous ->
                    OutlinedButton(onClick = { send(WorkshopEvent.Previous) }, modifier = Modifier.weight(1f).heightIn(min = 56.dp)) {
                        Text(previous)
                    }
                }
                screen.next?.let { next ->
                    Button(onClick = { send(WorkshopEvent.Next) }, modifier = Modifier.weight(1f).heightIn(min = 56.dp)) {
                        Text(next)
                    }
                }
            }
        }
    }
}

/** The running session: how many are here, the group quiz, show of hands, then end. */
@Composable
fun WorkshopSessionScreen(screen: WorkshopSession, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(screen.started, style = MaterialTheme.typography.bodyMedium) }
        item { FeedbackText(screen.feedback) }
        item {
            CountRow(screen.attendance, screen.save) { send(WorkshopEvent.Attendance(it)) }
        }
        item { SectionTitle(screen.quizTitle) }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.selectableGroup()) {
                for (phase in screen.phases) {
                    FilterChip(
                        selected = phase.selected,
                        onClick = { send(WorkshopEvent.Phase(phase.id)) },
                        label = { Text(phase.label) },
                        modifier = Modifier.heightIn(min = 48.dp).semantics { if (phase.selected) stateDescription = screen.selectedLabel },
                    )
                }
            }
        }
        item { ScoresForm(screen, send) }
        item { Text(screen.passPhone, style = MaterialTheme.typography.bodyMedium) }
        items(screen.questions, key = { "answer/" + it.id }) { QuestionChoices(it, screen.selectedLabel, send) }
        item {
            Button(onClick = { send(WorkshopEvent.SaveAnswers) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.saveAnswers)
            }
        }
        item { SectionTitle(screen.handsTitle) }
        items(screen.hands, key = { "hands/" + it.id }) { field ->
            CountRow(field, screen.save) { send(WorkshopEvent.Hands(field.id, it)) }
        }
        item {
            Button(
                onClick = { send(WorkshopEvent.End) },
                colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.secondary),
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) {
                Text(screen.end)
            }
        }
    }
}

/** Scores per person (numbers only) and, optionally, how many missed each question. */
@Composable
private fun ScoresForm(screen: WorkshopSession, send: (Event) -> Unit) {
    // Keyed on the shell's drafts: emptied after a save, kept after a refusal.
    var scores by remember(screen.scoresDraft) { mutableStateOf(screen.scoresDraft) }
    var missed by remember(screen.missed) { mutableStateOf(screen.missed.map { it.draft }) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(screen.scoresMax, style = MaterialTheme.typography.bodyMedium)
        OutlinedTextField(
            value = scores,
            onValueChange = { scores = it },
            label = { Text(screen.scoresHint) },
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number, autoCorrectEnabled = false, imeAction = ImeAction.Next),
            modifier = Modifier.fillMaxWidth(),
        )
        Text(screen.missedTitle, style = MaterialTheme.typography.bodyMedium)
        screen.missed.forEachIndexed { i, field ->
            OutlinedTextField(
                value = missed.getOrElse(i) { "" },
                onValueChange = { value -> missed = missed.toMutableList().also { if (i < it.size) it[i] = value } },
                label = { Text(field.label) },
                singleLine = true,
                keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number, autoCorrectEnabled = false),
                modifier = Modifier.fillMaxWidth(),
            )
        }
        Button(onClick = { send(WorkshopEvent.Scores(scores, missed)) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(screen.saveScores)
        }
    }
}

/** A count typed with the number keyboard; what was typed stays if the core refuses it. */
@Composable
private fun CountRow(field: CountField, save: String, onSave: (String) -> Unit) {
    var text by remember(field.id, field.draft) { mutableStateOf(field.draft) }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        OutlinedTextField(
            value = text,
            onValueChange = { text = it },
            label = { Text(field.label) },
            singleLine = true,
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number, autoCorrectEnabled = false, imeAction = ImeAction.Done),
            modifier = Modifier.fillMaxWidth(),
        )
        field.saved?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        OutlinedButton(onClick = { onSave(text) }, modifier = Modifier.heightIn(min = 48.dp)) { Text(save) }
    }
}

@Composable
private fun QuestionChoices(question: WorkshopQuestion, selectedLabel: String, send: (Event) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp), modifier = Modifier.selectableGroup()) {
        Text(question.prompt, style = MaterialTheme.typography.titleMedium)
        for (choice in question.choices) {
            ChoiceRow(choice, selectedLabel) { send(WorkshopEvent.Choose(question.id, choice.id)) }
        }
    }
}

/** The sessions run on this phone, their summary, sharing the export, and deleting them. */
@Composable
fun WorkshopSessionsScreen(screen: WorkshopSessions, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { FeedbackText(screen.feedback) }
        screen.empty?.let { empty -> item { Text(empty, style = MaterialTheme.typography.bodyLarge) } }
        items(screen.rows, key = { it.id }) { row ->
            Column(verticalArrangement = Arrangement.spacedBy(2.dp), modifier = Modifier.semantics(mergeDescendants = true) {}) {
                Text(row.title, style = MaterialTheme.typography.titleMedium)
                Text("${row.date} · ${row.status}", style = MaterialTheme.typography.bodyMedium)
                Text(row.people, style = MaterialTheme.typography.bodyMedium)
                row.before?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                row.after?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                row.resume?.let { resume ->
                    OutlinedButton(onClick = { send(WorkshopEvent.Continue(row.id)) }, modifier = Modifier.heightIn(min = 48.dp)) {
                        Text(resume)
                    }
                }
                HorizontalDivider()
            }
        }
        item { SectionTitle(screen.exportTitle) }
        item { Text(screen.exportNote, style = MaterialTheme.typography.bodyMedium) }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.fillMaxWidth()) {
                Button(onClick = { send(WorkshopEvent.Export("csv")) }, modifier = Modifier.weight(1f).heightIn(min = 48.dp)) {
                    Text(screen.exportCsv)
                }
                Button(onClick = { send(WorkshopEvent.Export("json")) }, modifier = Modifier.weight(1f).heightIn(min = 48.dp)) {
                    Text(screen.exportJson)
                }
            }
        }
        screen.exported?.let { text ->
            // What left the phone, so the facilitator can see it holds no names.
            item { Text(text, style = MaterialTheme.typography.bodySmall.copy(textDirection = ComposeTextDirection.Ltr)) }
        }
        item {
            val confirm = screen.clearConfirm
            if (confirm == null) {
                OutlinedButton(onClick = { send(WorkshopEvent.AskClear) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                    Text(screen.clear, color = MaterialTheme.colorScheme.error)
                }
            } else {
                Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(confirm.question, style = MaterialTheme.typography.bodyLarge)
                    Button(
                        onClick = { send(WorkshopEvent.ConfirmClear) },
                        colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
                    ) {
                        Text(confirm.yes)
                    }
                    OutlinedButton(onClick = { send(WorkshopEvent.CancelClear) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                        Text(confirm.cancel)
                    }
                }
            }
        }
    }
}

@Composable
private fun Labelled(label: String, text: String) {
    if (text.isBlank()) return
    Text(label, style = MaterialTheme.typography.labelLarge)
    Text(text, style = MaterialTheme.typography.bodyMedium)
}

@Composable
private fun Bullets(label: String, lines: List<String>) {
    if (lines.isEmpty()) return
    Text(label, style = MaterialTheme.typography.labelLarge)
    for (line in lines) Text("• $line", style = MaterialTheme.typography.bodyMedium)
}
