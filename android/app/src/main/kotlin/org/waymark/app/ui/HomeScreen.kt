package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.FilterChip
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.Screen

/** The app's promise, the audience, and one button per thing the core offers. */
@OptIn(ExperimentalMaterial3Api::class, ExperimentalLayoutApi::class)
@Composable
fun HomeScreen(screen: Screen.Home, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(screen.tagline, style = MaterialTheme.typography.titleMedium)
        Text(screen.offlineNote, style = MaterialTheme.typography.bodyMedium)
        Text(
            screen.audienceTitle,
            style = MaterialTheme.typography.titleSmall,
            modifier = Modifier.semantics { heading() },
        )
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            for (audience in screen.audiences) {
                FilterChip(
                    selected = audience.selected,
                    onClick = { send(Event.SelectAudience(audience.id)) },
                    label = { Text(audience.label) },
                    modifier = Modifier.heightIn(min = 48.dp),
                )
            }
        }
        for (entry in screen.entries) {
            FilledTonalButton(
                onClick = { send(Event.Open(entry.route)) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
            ) {
                Text(entry.label)
            }
        }
    }
}
