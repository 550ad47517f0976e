package org.waymark.app.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.input.pointer.pointerInput
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDirection
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.waymark.core.Action
import org.waymark.core.Event
import org.waymark.core.Notice
import org.waymark.core.Screen
import org.waymark.shell.Control
import org.waymark.shell.Line
import org.waymark.shell.Look
import org.waymark.shell.Shown
import org.waymark.shell.checked
import org.waymark.shell.control
import org.waymark.shell.line
import org.waymark.shell.presenting
import org.waymark.shell.rightToLeft

/**
 * Any screen of the app core, drawn from its parts: the top bar (title, Back when the
 * screen has one, Quick exit always), the review note, the notice, the blocks, the field
 * and the actions, and read aloud. The layout direction follows the core's language
 * (right-to-left for Arabic), whatever the phone's own language is. Only the workshop's
 * present view is drawn its own way (large text); the PIN screen is a hidden number field
 * like any other.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ScreenView(shown: Shown, readAloud: ReadAloud, send: (Event) -> Unit) {
    val screen = shown.screen
    val direction = if (screen.rightToLeft) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides direction) {
        IncognitoKeyboard {
            Scaffold(topBar = { TopBar(screen, send) }) { padding ->
                Column(
                    modifier = Modifier.fillMaxSize().padding(padding).padding(horizontal = 16.dp),
                    verticalArrangement = Arrangement.spacedBy(12.dp),
                ) {
                    Box(modifier = Modifier.weight(1f)) {
                        Body(shown, send)
                        if (shown.busy) Checking(shown.words.checking)
                    }
                    ReadAloudButton(readAloud, shown, send)
                }
            }
        }
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun TopBar(screen: Screen, send: (Event) -> Unit) {
    TopAppBar(
        title = { Text(screen.title, modifier = Modifier.semantics { heading() }) },
        navigationIcon = {
            screen.back?.let { back -> TextButton(onClick = { send(Event.Back) }) { Text(back) } }
        },
        actions = {
            Button(
                onClick = { send(Event.QuickExit) },
                colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                modifier = Modifier.padding(end = 8.dp),
            ) {
                Text(screen.quickExit)
            }
        },
    )
}

@Composable
private fun Body(shown: Shown, send: (Event) -> Unit) {
    val screen = shown.screen
    LazyColumn(
        modifier = Modifier.fillMaxSize(),
        verticalArrangement = Arrangement.spacedBy(8.dp),
        contentPadding = PaddingValues(vertical = 8.dp),
    ) {
        screen.reviewNote?.let { note -> item { Text(note, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.outline) } }
        screen.notice?.let { notice -> item { NoticeText(notice) } }
        items(screen.blocks.map { it.line() }) { BlockLine(it, large = screen.presenting) }
        screen.input?.let { input ->
            item { InputField(input, shown.field, enabled = !shown.busy) { send(Event.Submit(it)) } }
        }
        items(screen.actions) { action ->
            ActionView(action) { send(Event.Choose(action.id)) }
        }
    }
}

/** The core's confirmation or error, read out by TalkBack when it appears. */
@Composable
private fun NoticeText(notice: Notice) {
    Text(
        notice.text,
        color = if (notice.error) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.primary,
        style = MaterialTheme.typography.bodyLarge,
        modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
    )
}

@Composable
private fun BlockLine(line: Line, large: Boolean) {
    when (line.look) {
        Look.HEADING -> Text(line.text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        Look.TEXT -> Text(line.text, style = if (large) MaterialTheme.typography.headlineSmall else MaterialTheme.typography.bodyLarge)
        Look.NOTE -> Text(line.text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.outline)
        Look.WARNING -> Surface(color = MaterialTheme.colorScheme.errorContainer, shape = MaterialTheme.shapes.medium) {
            Text(
                line.text,
                style = MaterialTheme.typography.bodyLarge,
                fontWeight = FontWeight.Bold,
                color = MaterialTheme.colorScheme.onErrorContainer,
                modifier = Modifier.fillMaxWidth().padding(12.dp),
            )
        }
        Look.FACT -> Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(line.label.orEmpty(), style = MaterialTheme.typography.bodyLarge, fontWeight = FontWeight.Bold)
            Text(line.text, style = MaterialTheme.typography.bodyLarge)
        }
        Look.PROGRESS -> Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(line.text, style = MaterialTheme.typography.bodyMedium)
            line.progress?.let { LinearProgressIndicator(progress = { it }, modifier = Modifier.fillMaxWidth()) }
        }
    }
}

/** An action drawn by its style: a row, a radio choice, a switch, or a main or destructive button. */
@Composable
private fun ActionView(action: Action, onClick: () -> Unit) {
    val row = Modifier.fillMaxWidth().heightIn(min = 56.dp)
    when (action.control()) {
        Control.ROW -> Column {
            Column(modifier = row.clickable(role = Role.Button, onClick = onClick).padding(vertical = 8.dp), verticalArrangement = Arrangement.Center) {
                Label(action)
            }
            HorizontalDivider()
        }
        Control.RADIO -> Row(
            modifier = row.selectable(selected = action.checked() == true, onClick = onClick, role = Role.RadioButton),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            RadioButton(selected = action.checked() == true, onClick = null)
            Column(Modifier.padding(start = 16.dp)) { Label(action) }
        }
        Control.SWITCH -> Row(
            modifier = row.toggleable(value = action.checked() == true, role = Role.Switch, onValueChange = { onClick() }),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Column(Modifier.weight(1f)) { Label(action) }
            Switch(checked = action.checked() == true, onCheckedChange = null)
        }
        Control.PRIMARY -> Button(onClick = onClick, modifier = row) { Text(action.label) }
        Control.DANGER -> Button(
            onClick = onClick,
            colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
            modifier = row,
        ) { Text(action.label) }
    }
}

/** A label in its own script's direction (a language named in Arabic on an English screen), and its detail. */
@Composable
private fun Label(action: Action) {
    Text(action.label, style = MaterialTheme.typography.titleMedium.copy(textDirection = TextDirection.Content))
    action.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
}

/**
 * A core call is running on the worker thread: a "Checking…" line over the screen, which
 * takes no input meanwhile (the quick-exit button above stays live).
 */
@Composable
private fun Checking(label: String) {
    Box(
        modifier = Modifier
            .fillMaxSize()
            .background(MaterialTheme.colorScheme.surface.copy(alpha = 0.85f))
            .pointerInput(Unit) { awaitPointerEventScope { while (true) awaitPointerEvent().changes.forEach { it.consume() } } }
            .semantics { liveRegion = LiveRegionMode.Polite },
        contentAlignment = Alignment.Center,
    ) {
        Column(horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(12.dp)) {
            CircularProgressIndicator()
            Text(label, style = MaterialTheme.typography.bodyLarge)
        }
    }
}

/**
 * "Read aloud" asks the core for the screen's words (it answers with `Effect.Speak`, never
 * the person's own text); "Stop reading" stops here. Not offered without an offline voice.
 */
@Composable
private fun ReadAloudButton(readAloud: ReadAloud, shown: Shown, send: (Event) -> Unit) {
    if (!readAloud.canSpeak(shown.screen.locale)) return
    OutlinedButton(
        onClick = { if (readAloud.speaking) readAloud.stop() else send(Event.ReadAloud) },
        modifier = Modifier.padding(bottom = 16.dp),
    ) {
        Text(if (readAloud.speaking) shown.words.stopReading else shown.screen.readAloud)
    }
}

/** The core could not start (damaged content). English, because no language is known yet. */
@Composable
fun StartErrorScreen(message: String, onQuickExit: () -> Unit) {
    Column(modifier = Modifier.fillMaxSize().padding(24.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(message, style = MaterialTheme.typography.bodyLarge)
        Button(onClick = onQuickExit) { Text("Close") }
    }
}
