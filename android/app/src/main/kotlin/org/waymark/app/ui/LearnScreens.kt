package org.waymark.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.waymark.shell.Event
import org.waymark.shell.LearnEvent
import org.waymark.shell.LearnScreen
import org.waymark.shell.ModuleCard
import org.waymark.shell.QuestionResult

/**
 * The learning screens. Every word and every decision comes from the shell logic (which asks
 * the core); these only lay them out. The frame's read-aloud button speaks the page on screen
 * (the lesson with its key points, or the scenario), in the page's language.
 */
@Composable
fun LearnScreens(screen: LearnScreen, send: (Event) -> Unit) {
    when (screen) {
        is LearnScreen.Track -> LearnTrackScreen(screen, send)
        is LearnScreen.Module -> LearnModuleScreen(screen, send)
        is LearnScreen.Quiz -> LearnQuizScreen(screen, send)
        is LearnScreen.Result -> LearnResultScreen(screen, send)
        is LearnScreen.Progress -> LearnProgressScreen(screen, send)
    }
}

/** An audience's track: its modules in order, each with its size and the person's progress. */
@Composable
private fun LearnTrackScreen(screen: LearnScreen.Track, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(screen.summary, style = MaterialTheme.typography.bodyLarge) }
        item { FeedbackText(screen.feedback) }
        item { SectionTitle(screen.modulesTitle) }
        items(screen.modules, key = { it.id }) { ModuleCardView(it, send) }
        item {
            FilledTonalButton(
                onClick = { send(Event.Open(screen.progress.route)) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
            ) {
                Text(screen.progress.label)
            }
        }
    }
}

/** One module; the whole card is one touch target that TalkBack reads as one button (clickable merges its texts). */
@Composable
private fun ModuleCardView(card: ModuleCard, send: (Event) -> Unit) {
    Card(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = 56.dp)
            .clickable(role = Role.Button) { send(Event.Open(card.route)) },
    ) {
        Column(modifier = Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(card.title, style = MaterialTheme.typography.titleMedium)
            Text(card.summary, style = MaterialTheme.typography.bodyMedium)
            Text(card.lessons, style = MaterialTheme.typography.bodySmall)
            card.progress?.let { Text(it, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.primary) }
            card.best?.let { Text(it, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.primary) }
        }
    }
}

/** One page of a module: a lesson (body, key points, mark as read) or the scenario. */
@Composable
private fun LearnModuleScreen(screen: LearnScreen.Module, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        FeedbackText(screen.feedback)
        Text(screen.position, style = MaterialTheme.typography.labelLarge, modifier = Modifier.semantics { heading() })
        screen.lesson?.let { lesson ->
            Text(lesson.title, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
            Text(lesson.body, style = MaterialTheme.typography.bodyLarge)
            SectionTitle(lesson.pointsTitle)
            for (point in lesson.points) {
                // A bullet on the reading side: Row follows the layout direction (right-to-left for Arabic).
                Row(modifier = Modifier.fillMaxWidth().semantics(mergeDescendants = true) {}) {
                    Text("•", style = MaterialTheme.typography.bodyLarge)
                    Spacer(Modifier.width(8.dp))
                    Text(point, style = MaterialTheme.typography.bodyLarge)
                }
            }
            if (lesson.seen) {
                Text(lesson.seenLabel, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.primary)
            } else {
                OutlinedButton(
                    onClick = { send(LearnEvent.MarkRead(lesson.id)) },
                    modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
                ) {
                    Text(lesson.markRead)
                }
            }
        }
        screen.scenario?.let { scenario ->
            Text(scenario.title, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
            Text(scenario.body, style = MaterialTheme.typography.bodyLarge)
        }
        PreviousNext(
            previous = screen.previous,
            next = screen.next,
            onPrevious = { send(LearnEvent.PreviousPage) },
            onNext = { send(LearnEvent.NextPage) },
        )
        screen.startQuiz?.let { quiz ->
            HorizontalDivider()
            Button(onClick = { send(Event.Open(quiz.route)) }, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
                Text(quiz.label)
            }
        }
    }
}

/** One question, its choices (a single-choice group), then next or submit. */
@Composable
private fun LearnQuizScreen(screen: LearnScreen.Quiz, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(screen.position, style = MaterialTheme.typography.labelLarge)
        Text(screen.prompt, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
        Column(modifier = Modifier.selectableGroup()) {
            for (choice in screen.choices) {
                ChoiceRow(choice, screen.selectedLabel) { send(LearnEvent.Choose(choice.id)) }
            }
        }
        FeedbackText(screen.feedback)
        PreviousNext(
            previous = screen.previous,
            next = screen.next,
            onPrevious = { send(LearnEvent.PreviousQuestion) },
            onNext = { send(LearnEvent.NextQuestion) },
        )
        screen.submit?.let { submit ->
            Button(onClick = { send(LearnEvent.Submit) }, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
                Text(submit)
            }
        }
    }
}

/** The score, then every question with the person's answer, the right one and why. */
@Composable
private fun LearnResultScreen(screen: LearnScreen.Result, send: (Event) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(screen.score, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() }) }
        item { Text(screen.best, style = MaterialTheme.typography.bodyLarge) }
        items(screen.questions, key = { it.id }) { QuestionResultView(it) }
        item {
            Button(onClick = { send(LearnEvent.Retry) }, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
                Text(screen.retry)
            }
        }
    }
}

@Composable
private fun QuestionResultView(result: QuestionResult) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(result.prompt, style = MaterialTheme.typography.titleMedium)
        Text(result.chosen, style = MaterialTheme.typography.bodyMedium)
        Text(
            result.verdict,
            style = MaterialTheme.typography.bodyLarge,
            color = if (result.correct) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.error,
        )
        Text(result.explanation, style = MaterialTheme.typography.bodyMedium)
        HorizontalDivider()
    }
}

/** Progress in every started module; clearing asks first, like deleting everything does. */
@Composable
private fun LearnProgressScreen(screen: LearnScreen.Progress, send: (Event) -> Unit) {
    Column(
        modifier = Modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        FeedbackText(screen.feedback)
        screen.none?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        for (line in screen.modules) {
            Column(
                modifier = Modifier
                    .fillMaxWidth()
                    .heightIn(min = 48.dp)
                    .clickable(role = Role.Button) { send(Event.Open(line.route)) }
                    .semantics(mergeDescendants = true) {},
                verticalArrangement = Arrangement.spacedBy(4.dp),
            ) {
                Text(line.line, style = MaterialTheme.typography.bodyLarge)
                line.best?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            }
            HorizontalDivider()
        }
        val confirm = screen.confirm
        if (confirm == null) {
            if (screen.modules.isNotEmpty()) {
                OutlinedButton(onClick = { send(LearnEvent.AskClear) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                    Text(screen.clear, color = MaterialTheme.colorScheme.error)
                }
            }
        } else {
            Text(confirm.question, style = MaterialTheme.typography.bodyLarge)
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                OutlinedButton(onClick = { send(LearnEvent.CancelClear) }, modifier = Modifier.heightIn(min = 48.dp)) {
                    Text(confirm.cancel)
                }
                Button(
                    onClick = { send(LearnEvent.ConfirmClear) },
                    colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                    modifier = Modifier.heightIn(min = 48.dp),
                ) {
                    Text(confirm.yes)
                }
            }
        }
    }
}

/**
 * "Previous" at the start and "Next" at the end of the reading direction: a Row with
 * start-to-end order, so Arabic gets them mirrored without any left or right in the code.
 */
@Composable
private fun PreviousNext(previous: String?, next: String?, onPrevious: () -> Unit, onNext: () -> Unit) {
    if (previous == null && next == null) return
    Row(modifier = Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        previous?.let {
            OutlinedButton(onClick = onPrevious, modifier = Modifier.heightIn(min = 48.dp)) { Text(it) }
        }
        Spacer(Modifier.weight(1f))
        next?.let {
            FilledTonalButton(onClick = onNext, modifier = Modifier.heightIn(min = 48.dp)) { Text(it) }
        }
    }
}
