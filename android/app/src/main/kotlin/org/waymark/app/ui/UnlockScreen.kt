package org.waymark.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.Screen

/** PIN entry while the vault is locked. The PIN is cleared from the field as soon as it is sent. */
@Composable
fun UnlockScreen(screen: Screen.Unlock, send: (Event) -> Unit) {
    var pin by remember { mutableStateOf("") }
    val submit = {
        val entered = pin
        pin = ""
        send(Event.Unlock(entered))
    }
    Column(verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(screen.hint, style = MaterialTheme.typography.bodyLarge)
        androidx.compose.material3.OutlinedTextField(
            value = pin,
            onValueChange = { pin = it },
            label = { Text(screen.pinLabel) },
            singleLine = true,
            visualTransformation = androidx.compose.ui.text.input.PasswordVisualTransformation(),
            keyboardOptions = androidx.compose.foundation.text.KeyboardOptions(
                keyboardType = androidx.compose.ui.text.input.KeyboardType.NumberPassword,
                autoCorrectEnabled = false,
                imeAction = ImeAction.Done,
            ),
            keyboardActions = KeyboardActions(onDone = { if (pin.isNotEmpty()) submit() }),
            modifier = Modifier.fillMaxWidth(),
        )
        screen.error?.let {
            Text(
                it,
                color = MaterialTheme.colorScheme.error,
                style = MaterialTheme.typography.bodyLarge,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Assertive },
            )
        }
        Button(onClick = submit, enabled = pin.isNotEmpty(), modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(screen.unlockLabel)
        }
        OutlinedButton(
            onClick = { send(Event.Open(screen.findHelp.route)) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(screen.findHelp.label)
        }
    }
}

/**
 * The key store lost the vault's key (the screen lock was removed or reset): say so plainly,
 * offer an empty app, and keep find help one tap away.
 */
@Composable
fun StartAgainScreen(screen: Screen.StartAgain, send: (Event) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(screen.message, style = MaterialTheme.typography.bodyLarge)
        Button(onClick = { send(Event.StartAgain) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(screen.startAgainLabel)
        }
        OutlinedButton(
            onClick = { send(Event.Open(screen.findHelp.route)) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(screen.findHelp.label)
        }
    }
}
