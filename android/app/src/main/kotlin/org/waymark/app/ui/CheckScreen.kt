package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.Button
import androidx.compose.material3.FilterChip
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import org.waymark.shell.CheckQuestion
import org.waymark.shell.CheckReport
import org.waymark.shell.Event
import org.waymark.shell.Screen

/**
 * A job-offer or situation check: every question with yes / no / not sure (any may be
 * skipped), the country for help contacts, then the core's report. Nothing is saved.
 */
@Composable
fun CheckScreen(screen: Screen.Check, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(screen.privacyNote, style = MaterialTheme.typography.bodyMedium) }
        item { FeedbackText(screen.feedback) }
        items(screen.questions, key = { it.id }) { QuestionRow(it, screen.selectedLabel, send) }
        item { CountryMenu(screen.countryTitle, screen.countries, screen.selectedLabel, send) }
        item {
            Button(onClick = { send(Event.ShowReport) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.showReport)
            }
        }
        screen.report?.let { report -> item { ReportView(report, screen.copyLabel, send) } }
    }
}

@Composable
private fun QuestionRow(question: CheckQuestion, selectedLabel: String, send: (Event) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(question.text, style = MaterialTheme.typography.titleMedium)
        Text(question.help, style = MaterialTheme.typography.bodySmall)
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.selectableGroup()) {
            for (answer in question.answers) {
                FilterChip(
                    selected = answer.selected,
                    onClick = { send(Event.Answer(question.id, answer.id)) },
                    label = { Text(answer.label) },
                    modifier = Modifier.heightIn(min = 48.dp).semantics { if (answer.selected) stateDescription = selectedLabel },
                )
            }
        }
        HorizontalDivider()
    }
}

@Composable
private fun ReportView(report: CheckReport, copyLabel: String, send: (Event) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(report.title)
        Text(report.headline, style = MaterialTheme.typography.bodyLarge)
        Text(report.notAFinding, style = MaterialTheme.typography.bodySmall)
        for (signal in report.signals) {
            Text(signal.title, style = MaterialTheme.typography.titleSmall)
            Text(signal.explanation, style = MaterialTheme.typography.bodyMedium)
            Text(signal.nextStep, style = MaterialTheme.typography.bodyMedium)
        }
        if (report.findOut.isNotEmpty()) {
            SectionTitle(report.findOutTitle)
            for (line in report.findOut) Text(line, style = MaterialTheme.typography.bodyMedium)
        }
        if (report.help.isNotEmpty()) {
            SectionTitle(report.helpTitle)
            for (action in report.help) ContactRow(action, copyLabel, send)
        }
    }
}
