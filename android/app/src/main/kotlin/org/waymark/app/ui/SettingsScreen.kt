package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.Screen

/**
 * Language, disguise and "about". PIN, duress PIN, leave-no-trace and wipe join here as
 * sections when the vault and discretion settings land (issues 7 and 8).
 */
@Composable
fun SettingsScreen(screen: Screen.Settings, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        SectionTitle(screen.languageTitle)
        Text(screen.currentLanguage, style = MaterialTheme.typography.bodyLarge)
        OutlinedButton(
            onClick = { send(Event.Open(screen.changeLanguage.route)) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(screen.changeLanguage.label)
        }
        HorizontalDivider()

        SectionTitle(screen.disguiseTitle)
        Text(screen.disguiseHint, style = MaterialTheme.typography.bodyMedium)
        Column(Modifier.selectableGroup()) {
            for (disguise in screen.disguises) {
                ChoiceRow(disguise, screen.selectedLabel) { send(Event.ChooseDisguise(disguise.id)) }
            }
        }
        HorizontalDivider()

        SectionTitle(screen.aboutTitle)
        Text(screen.offlineNote, style = MaterialTheme.typography.bodyMedium)
        Text(screen.contentVersion, style = MaterialTheme.typography.bodySmall)
    }
}

@Composable
private fun SectionTitle(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}
