package org.waymark.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.verticalScroll
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import org.waymark.shell.Event
import org.waymark.shell.Screen

/** Languages by their own names, each in its own script and direction; no flags. */
@Composable
fun LanguagePickerScreen(screen: Screen.LanguagePicker, send: (Event) -> Unit) {
    Column(Modifier.selectableGroup().verticalScroll(rememberScrollState())) {
        for (language in screen.languages) {
            ChoiceRow(language, screen.selectedLabel) { send(Event.PickLanguage(language.id)) }
        }
    }
}
