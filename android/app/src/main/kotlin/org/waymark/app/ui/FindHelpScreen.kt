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
import androidx.compose.material3.Card
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import org.waymark.shell.Choice
import org.waymark.shell.ContactAction
import org.waymark.shell.Event
import org.waymark.shell.HelpService
import org.waymark.shell.Screen

/**
 * Find help: the country from the core's list, where the person comes from, "in danger now",
 * kinds of help and safety filters; then the country's sourced warnings, emergency numbers and
 * services with what each does with a call (before its number), when it was last checked and
 * whether it tells the police or immigration. Services whose safety answer is not known are a
 * group apart, never mixed with the matches. Call and text open the phone's own apps.
 */
@OptIn(androidx.compose.foundation.layout.ExperimentalLayoutApi::class)
@Composable
fun FindHelpScreen(screen: Screen.FindHelp, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { FeedbackText(screen.feedback) }
        item { OnOffRow(screen.danger) { send(Event.DangerNow(it)) } }
        item { CountryPicker(screen, send) }
        item { FromPicker(screen, send) }
        if (screen.notes.isNotEmpty()) {
            item { SectionTitle(screen.notesTitle) }
            items(screen.notes, key = { "n-" + it }) { Text(it, color = MaterialTheme.colorScheme.error) }
        }
        if (screen.emergency.isNotEmpty()) {
            item { SectionTitle(screen.emergencyTitle) }
            items(screen.emergency.zip(screen.emergencyChecked), key = { "e-" + it.first.display }) { (action, checked) ->
                Column {
                    ContactRow(action, screen.copyLabel, send)
                    Text(checked, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        item {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                SectionTitle(screen.needsTitle)
                androidx.compose.foundation.layout.FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (need in screen.needs) Chip(need, screen.selectedLabel) { send(Event.ToggleNeed(need.id)) }
                }
                androidx.compose.foundation.layout.FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (filter in screen.filters) Chip(filter, screen.selectedLabel) { send(Event.ToggleFilter(filter.id)) }
                }
            }
        }
        if (screen.services.isNotEmpty() || screen.noServices != null) {
            item { SectionTitle(screen.servicesTitle) }
            screen.noServices?.let { none -> item { Text(none) } }
            items(screen.services, key = { "s-" + it.id }) { ServiceCard(it, screen.copyLabel, send) }
        }
        if (screen.notConfirmed.isNotEmpty()) {
            item { SectionTitle(screen.notConfirmedTitle) }
            items(screen.notConfirmed, key = { "u-" + it.id }) { ServiceCard(it, screen.copyLabel, send) }
        }
        if (screen.otherServices.isNotEmpty()) {
            item { SectionTitle(screen.otherTitle) }
            items(screen.otherServices, key = { "o-" + it.id }) { ServiceCard(it, screen.copyLabel, send) }
        }
        screen.fromHomeTitle?.let { title ->
            item { SectionTitle(title) }
            screen.fromHomeNone?.let { none -> item { Text(none) } }
            items(screen.fromHome, key = { "h-" + it.id }) { ServiceCard(it, screen.copyLabel, send) }
        }
        if (screen.fallbacks.isNotEmpty()) {
            item { SectionTitle(screen.fallbacksTitle) }
            items(screen.fallbacks, key = { "f-" + it.id }) { ServiceCard(it, screen.copyLabel, send) }
        }
    }
}

@Composable
private fun CountryPicker(screen: Screen.FindHelp, send: (Event) -> Unit) = CountryMenu(screen.countryTitle, screen.countries, screen.selectedLabel, send)

@Composable
private fun FromPicker(screen: Screen.FindHelp, send: (Event) -> Unit) =
    CountryMenu(screen.fromTitle, screen.fromCountries, screen.selectedLabel, send) { Event.HelpFrom(it) }

@Composable
fun CountryMenu(
    title: String,
    countries: List<Choice>,
    selectedLabel: String,
    send: (Event) -> Unit,
    pick: (String) -> Event = { Event.HelpCountry(it) },
) {
    var open by remember { mutableStateOf(false) }
    val selected = countries.firstOrNull { it.selected }
    Column {
        SectionTitle(title)
        OutlinedButton(onClick = { open = true }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(selected?.label ?: title)
        }
        DropdownMenu(expanded = open, onDismissRequest = { open = false }, modifier = Modifier.selectableGroup()) {
            for (country in countries) {
                DropdownMenuItem(
                    text = { Text(country.label) },
                    onClick = {
                        open = false
                        send(pick(country.id))
                    },
                    modifier = Modifier.semantics { if (country.selected) stateDescription = selectedLabel },
                )
            }
        }
    }
}

@Composable
private fun Chip(choice: Choice, selectedLabel: String, onClick: () -> Unit) {
    FilterChip(
        selected = choice.selected,
        onClick = onClick,
        label = { Text(choice.label) },
        modifier = Modifier.semantics { if (choice.selected) stateDescription = selectedLabel },
    )
}

@Composable
private fun ServiceCard(service: HelpService, copyLabel: String, send: (Event) -> Unit) {
    Card(modifier = Modifier.fillMaxWidth()) {
        Column(modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp).then(Modifier), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(service.name, style = MaterialTheme.typography.titleMedium)
            Text(service.description, style = MaterialTheme.typography.bodyMedium)
            Text(service.hours, style = MaterialTheme.typography.bodySmall)
            val warn = if (service.reportsWarning) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface
            // What the line does with a call, before its number.
            service.warning?.let { Text(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium) }
            Text(service.police, color = warn, style = MaterialTheme.typography.bodyMedium)
            Text(service.immigration, color = warn, style = MaterialTheme.typography.bodyMedium)
            for (action in service.actions) ContactRow(action, copyLabel, send)
            Text(service.lastVerified, style = MaterialTheme.typography.bodySmall)
            service.outOfDate?.let { Text(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodySmall) }
            service.statusWarning?.let { Text(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodySmall) }
            Text(service.source, style = MaterialTheme.typography.bodySmall)
            service.why?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        }
    }
}

/** One way to reach help: the number or address, the call/text/open button and copy. */
@Composable
fun ContactRow(action: ContactAction, copyLabel: String, send: (Event) -> Unit) {
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        if (action.uri != null) {
            Button(onClick = { send(Event.Contact(action)) }, modifier = Modifier.heightIn(min = 48.dp)) {
                Text("${action.label} ${action.display}")
            }
        } else {
            Text("${action.label} ${action.display}")
        }
        TextButton(onClick = { send(Event.Copy(action)) }, modifier = Modifier.heightIn(min = 48.dp)) { Text(copyLabel) }
    }
}
