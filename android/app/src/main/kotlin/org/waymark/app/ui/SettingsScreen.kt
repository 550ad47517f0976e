package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.PinSection
import org.waymark.shell.Screen

/** Language, PIN and emergency PIN, privacy (leave no trace, notifications, disguise), delete everything, about. */
@Composable
fun SettingsScreen(screen: Screen.Settings, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        FeedbackText(screen.feedback)

        SectionTitle(screen.languageTitle)
        Text(screen.currentLanguage, style = MaterialTheme.typography.bodyLarge)
        OutlinedButton(
            onClick = { send(Event.Open(screen.changeLanguage.route)) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(screen.changeLanguage.label)
        }
        HorizontalDivider()

        PinSettings(screen.pin, send)
        HorizontalDivider()

        SectionTitle(screen.privacyTitle)
        OnOffRow(screen.leaveNoTrace) { send(Event.SetLeaveNoTrace(it)) }
        OnOffRow(screen.notificationsOff) { send(Event.SetNotificationsOff(it)) }
        SectionTitle(screen.disguiseTitle)
        Text(screen.disguiseHint, style = MaterialTheme.typography.bodyMedium)
        Column(Modifier.selectableGroup()) {
            for (disguise in screen.disguises) {
                ChoiceRow(disguise, screen.selectedLabel) { send(Event.ChooseDisguise(disguise.id)) }
            }
        }
        HorizontalDivider()

        // Delete everything: a first tap only asks; the second, explicit answer deletes.
        val confirm = screen.wipe.confirm
        if (confirm == null) {
            OutlinedButton(onClick = { send(Event.AskWipe) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(screen.wipe.label, color = MaterialTheme.colorScheme.error)
            }
        } else {
            Text(confirm.question, style = MaterialTheme.typography.bodyLarge)
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                OutlinedButton(onClick = { send(Event.CancelWipe) }, modifier = Modifier.heightIn(min = 48.dp)) {
                    Text(confirm.cancel)
                }
                Button(
                    onClick = { send(Event.ConfirmWipe) },
                    colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                    modifier = Modifier.heightIn(min = 48.dp),
                ) {
                    Text(confirm.yes)
                }
            }
        }
        HorizontalDivider()

        SectionTitle(screen.aboutTitle)
        Text(screen.offlineNote, style = MaterialTheme.typography.bodyMedium)
        Text(screen.contentVersion, style = MaterialTheme.typography.bodySmall)
    }
}

/** Set, change or remove the PIN; lock now; the emergency (duress) PIN, explained before opting in. */
@Composable
private fun PinSettings(pin: PinSection, send: (Event) -> Unit) {
    // Typed PINs live only in these fields (never saved state) and are cleared once sent.
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var repeat by remember { mutableStateOf("") }
    var duress by remember { mutableStateOf("") }
    var duressRepeat by remember { mutableStateOf("") }
    fun clear() {
        current = ""; new = ""; repeat = ""; duress = ""; duressRepeat = ""
    }
    val wide = Modifier.fillMaxWidth().heightIn(min = 48.dp)

    SectionTitle(pin.title)
    Text(pin.status, style = MaterialTheme.typography.bodyMedium)
    if (pin.hasPin) {
        PinField(current, pin.currentPinLabel, { current = it })
        PinField(new, pin.newPinLabel, { new = it })
        PinField(repeat, pin.repeatPinLabel, { repeat = it }, ImeAction.Done)
        Button(onClick = { send(Event.ChangePin(current, new, repeat)); clear() }, modifier = wide) { Text(pin.changePin) }
        OutlinedButton(onClick = { send(Event.RemovePin(current)); clear() }, modifier = wide) { Text(pin.removePin) }
        OutlinedButton(onClick = { clear(); send(Event.Lock) }, modifier = wide) { Text(pin.lockNow) }
    } else {
        PinField(new, pin.newPinLabel, { new = it })
        PinField(repeat, pin.repeatPinLabel, { repeat = it }, ImeAction.Done)
        Button(onClick = { send(Event.SetPin(new, repeat)); clear() }, modifier = wide) { Text(pin.setPin) }
    }

    SectionTitle(pin.duressTitle)
    Text(pin.duressExplain, style = MaterialTheme.typography.bodyMedium)
    pin.duressStatus?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
    val setDuress = pin.setDuress
    if (setDuress == null) {
        Text(pin.duressNeedsPin, style = MaterialTheme.typography.bodyMedium)
    } else {
        PinField(duress, pin.pinLabel, { duress = it })
        PinField(duressRepeat, pin.repeatPinLabel, { duressRepeat = it }, ImeAction.Done)
        OutlinedButton(onClick = { send(Event.SetDuressPin(duress, duressRepeat)); clear() }, modifier = wide) { Text(setDuress) }
    }
}
