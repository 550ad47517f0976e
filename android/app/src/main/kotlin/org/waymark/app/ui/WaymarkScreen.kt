package org.waymark.app.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.ui.Alignment
import androidx.compose.ui.input.pointer.pointerInput
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import org.waymark.shell.Handoff
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.LearnScreen
import org.waymark.shell.Screen
import org.waymark.shell.TextScan
import org.waymark.shell.UiState
import org.waymark.shell.WorkshopPlan
import org.waymark.shell.WorkshopPlans
import org.waymark.shell.WorkshopPresent
import org.waymark.shell.WorkshopSession
import org.waymark.shell.WorkshopSessions

/**
 * Every screen's frame: title, back, the always-visible quick-exit button, the review
 * note for draft translations, and read-aloud. The layout direction follows the core's
 * current locale (right-to-left for Arabic), whatever the phone's own language is.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun WaymarkScreen(state: UiState, readAloud: ReadAloud, send: (Event) -> Unit) {
    val chrome = state.chrome
    val direction = if (chrome.rightToLeft) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides direction) {
        IncognitoKeyboard {
            Scaffold(
                topBar = {
                    TopAppBar(
                        title = { Text(chrome.title, modifier = Modifier.semantics { heading() }) },
                        navigationIcon = {
                            chrome.backLabel?.let { back ->
                                TextButton(onClick = { send(Event.Back) }) { Text(back) }
                            }
                        },
                        actions = {
                            Button(
                                onClick = { send(Event.QuickExit) },
                                colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                                modifier = Modifier
                                    .padding(end = 8.dp)
                                    .semantics { contentDescription = chrome.quickExitDescription },
                            ) {
                                Text(chrome.quickExitLabel)
                            }
                        },
                    )
                },
            ) { padding ->
                Column(
                    modifier = Modifier
                        .fillMaxSize()
                        .padding(padding)
                        .padding(horizontal = 16.dp),
                    verticalArrangement = Arrangement.spacedBy(12.dp),
                ) {
                    chrome.reviewNote?.let { note ->
                        Text(note, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.outline)
                    }
                    Box(modifier = Modifier.weight(1f)) {
                        ScreenContent(state.screen, send)
                        if (state.busy) Checking(chrome.checkingLabel)
                    }
                    ReadAloudButton(
                        readAloud = readAloud,
                        text = state.screen.speakable,
                        localeId = chrome.localeId,
                        readLabel = chrome.readAloudLabel,
                        stopLabel = chrome.stopReadingLabel,
                        modifier = Modifier.padding(PaddingValues(bottom = 16.dp)),
                    )
                }
            }
            chrome.handoff?.let { HandoffWarning(it, send) }
        }
    }
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

/** One line before a call, text or link leaves the app for one that keeps a history. */
@Composable
private fun HandoffWarning(handoff: Handoff, send: (Event) -> Unit) {
    AlertDialog(
        onDismissRequest = { send(Event.CancelHandoff) },
        text = { Text(handoff.warning, style = MaterialTheme.typography.bodyLarge) },
        confirmButton = { TextButton(onClick = { send(Event.ConfirmHandoff) }) { Text(handoff.continueLabel) } },
        dismissButton = {
            Row {
                TextButton(onClick = { send(Event.CancelHandoff) }) { Text(handoff.cancelLabel) }
                TextButton(onClick = { send(Event.CopyInstead) }) { Text(handoff.copyInsteadLabel) }
            }
        },
    )
}

/** One case per screen; a feature adds its screen here and its route in shell-logic. */
@Composable
private fun ScreenContent(screen: Screen, send: (Event) -> Unit) {
    when (screen) {
        is Screen.LanguagePicker -> LanguagePickerScreen(screen, send)
        is Screen.Home -> HomeScreen(screen, send)
        is Screen.Unlock -> UnlockScreen(screen, send)
        is Screen.StartAgain -> StartAgainScreen(screen, send)
        is Screen.Settings -> SettingsScreen(screen, send)
        is Screen.Checklist -> ChecklistScreen(screen, send)
        is Screen.FindHelp -> FindHelpScreen(screen, send)
        is Screen.Check -> CheckScreen(screen, send)
        is LearnScreen -> LearnScreens(screen, send)
        is WorkshopPlans -> WorkshopPlansScreen(screen, send)
        is WorkshopPlan -> WorkshopPlanScreen(screen, send)
        is WorkshopPresent -> WorkshopPresentScreen(screen, send)
        is WorkshopSession -> WorkshopSessionScreen(screen, send)
        is WorkshopSessions -> WorkshopSessionsScreen(screen, send)
        is TextScan -> TextScanScreen(screen, send)
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
