package org.waymark.app.ui

import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.FocusRequester
import androidx.compose.ui.focus.focusRequester
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp
import org.waymark.core.Input
import org.waymark.shell.field

/**
 * Asks every keyboard opened inside [content] not to learn from what is typed
 * (`IME_FLAG_NO_PERSONALIZED_LEARNING`, Android 8+; Gboard shows its incognito mode). A
 * keyboard may ignore the flag; autocorrect is also off on each field ([InputField]).
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
 * The screen's field and its button. A PIN is hidden as dots on the number keyboard and
 * cleared as soon as it is sent; a long text has several lines; no field autocorrects.
 * The text lives in `remember` (never `rememberSaveable`), so nothing typed goes into the
 * saved-state bundle; [restart] (the runner's [org.waymark.shell.Shown.field]) starts it
 * again from the screen's value.
 */
@Composable
fun InputField(input: Input, restart: Int, enabled: Boolean, onSubmit: (String) -> Unit) {
    val field = input.field()
    var text by remember(restart) { mutableStateOf(input.value) }
    val focus = remember { FocusRequester() }
    val submit = {
        onSubmit(text)
        if (field.hidden) text = ""
    }
    // The PIN screen: the keyboard is up at once.
    if (field.hidden) LaunchedEffect(restart) { runCatching { focus.requestFocus() } }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedTextField(
            value = text,
            onValueChange = { text = it },
            label = { Text(input.label) },
            placeholder = input.hint?.let { hint -> @Composable { Text(hint) } },
            singleLine = !field.multiLine,
            minLines = if (field.multiLine) 4 else 1,
            visualTransformation = if (field.hidden) PasswordVisualTransformation() else VisualTransformation.None,
            keyboardOptions = KeyboardOptions(
                keyboardType = when {
                    field.hidden -> KeyboardType.NumberPassword
                    field.digits -> KeyboardType.Number
                    else -> KeyboardType.Text
                },
                autoCorrectEnabled = false,
                imeAction = if (field.multiLine) ImeAction.Default else ImeAction.Done,
            ),
            keyboardActions = KeyboardActions(onDone = { if (enabled) submit() }),
            enabled = enabled,
            modifier = Modifier.fillMaxWidth().focusRequester(focus),
        )
        Button(onClick = submit, enabled = enabled, modifier = Modifier.fillMaxWidth()) { Text(input.submit) }
    }
}
