package org.waymark.app.ui

import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.ui.Alignment
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.waymark.shell.Feedback
import org.waymark.shell.OnOff

/**
 * Every free-text field: no autocorrect and no suggestions learned from it (the keyboard's
 * incognito mode comes from [IncognitoKeyboard] around the whole app).
 */
val PrivateText = KeyboardOptions(keyboardType = KeyboardType.Text, autoCorrectEnabled = false)

/**
 * Asks every keyboard opened inside [content] not to learn from what is typed
 * (`IME_FLAG_NO_PERSONALIZED_LEARNING`, Android 8+; Gboard shows its incognito mode). A
 * keyboard may ignore the flag; autocorrect is also off on each field ([PrivateText]).
 */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
fun IncognitoKeyboard(content: @Composable () -> Unit) {
    InterceptPlatformTextInput(
        interceptor = { request, nextHandler ->
            val incognito = object : PlatformTextInputMethodRequest {
                override fun createInputConnection(outAttributes: EditorInfo): InputConnection {
                    val connection = request.createInputConnection(outAttributes)
                    outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                    return connection
                }
            }
            nextHandler.startInputMethod(incognito)
        },
        content = content,
    )
}

/**
 * A PIN field: digits hidden as dots, no suggestions, never offered to a password manager
 * (MainActivity excludes the whole window from autofill). Its text
 * lives in `remember` (not `rememberSaveable`), so a PIN never goes into the saved-state
 * bundle, and the screens clear it as soon as it is sent.
 */
@Composable
fun PinField(value: String, label: String, onChange: (String) -> Unit, imeAction: ImeAction = ImeAction.Next) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword, autoCorrectEnabled = false, imeAction = imeAction),
        modifier = Modifier.fillMaxWidth(),
    )
}

@Composable
fun SectionTitle(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}

/** The core's confirmation or error, read out by TalkBack when it appears. */
@Composable
fun FeedbackText(feedback: Feedback?) {
    feedback ?: return
    Text(
        feedback.text,
        color = if (feedback.error) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.primary,
        style = MaterialTheme.typography.bodyLarge,
        modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
    )
}

/** A labelled switch; the whole row is one touch target and one TalkBack item. */
@Composable
fun OnOffRow(onOff: OnOff, onChange: (Boolean) -> Unit) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = 56.dp)
            .toggleable(value = onOff.on, role = Role.Switch, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Column(Modifier.weight(1f)) {
            Text(onOff.label, style = MaterialTheme.typography.titleMedium)
            onOff.help?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        }
        Switch(checked = onOff.on, onCheckedChange = null)
    }
}
