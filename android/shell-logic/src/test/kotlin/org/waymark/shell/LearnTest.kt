package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/** Every word a learning screen shows (for the "no message id leaks onto a screen" checks). */
internal fun learnTexts(s: LearnScreen): List<String> = when (s) {
    is LearnScreen.Track -> listOf(s.title, s.summary, s.modulesTitle, s.progress.label) +
        s.modules.flatMap { listOfNotNull(it.title, it.summary, it.lessons, it.progress, it.best) }
    is LearnScreen.Module -> listOfNotNull(s.title, s.summary, s.position, s.previous, s.next, s.startQuiz?.label) +
        (s.lesson?.let { listOf(it.title, it.body, it.pointsTitle, it.markRead, it.seenLabel) + it.points } ?: emptyList()) +
        (s.scenario?.let { listOf(it.heading, it.title, it.body) } ?: emptyList())
    is LearnScreen.Quiz -> listOfNotNull(s.position, s.prompt, s.selectedLabel, s.previous, s.next, s.submit) + s.choices.map { it.label }
    is LearnScreen.Result -> listOf(s.score, s.best, s.retry) + s.questions.flatMap { listOf(it.prompt, it.chosen, it.verdict, it.explanation) }
    is LearnScreen.Progress -> listOfNotNull(s.none, s.clear) + s.modules.flatMap { listOfNotNull(it.line, it.best) }
}

/** The learning screens (tracks, modules, lessons, quiz, result, progress) against the real host library. */
class LearnTest {
    private val dir: File = tempDir("waymark-learn")

    /** A core over [dir]; a second call is the app started again on the same phone. */
    private fun core() = Waymark(
        WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
        FileKeyStore(File(dir, "keys").path),
    )

    private fun shell(host: ShellHost = MemoryHost("en"), core: Waymark = core()) = Shell(core, host, listOf("en"))

    private fun Shell.track() = state().screen as LearnScreen.Track
    private fun Shell.module() = state().screen as LearnScreen.Module
    private fun Shell.quiz() = state().screen as LearnScreen.Quiz
    private fun Shell.result() = state().screen as LearnScreen.Result
    private fun Shell.progress() = state().screen as LearnScreen.Progress

    /** Home → the chosen audience's track, through the home entry the audience choice offers. */
    private fun Shell.openTrack(audience: Audience): LearnScreen.Track {
        onEvent(Event.SelectAudience(audience.id))
        val entry = (state().screen as Screen.Home).entries.single { it.id == "learn" }
        if (state().chrome.localeId == "en") assertEquals("Learn", entry.label)
        onEvent(Event.Open(entry.route))
        return track()
    }

    /** Without Fluent's bidi isolation marks around placeables. */
    private fun plain(text: String?): String? = text?.replace("\u2068", "")?.replace("\u2069", "")

    private fun Shell.words(): List<String> {
        val s = state()
        return listOf(s.chrome.title) + learnTexts(s.screen as LearnScreen)
    }

    @Test
    fun theAudienceChoiceOnHomeLeadsToThatAudiencesTrack() {
        val shell = shell()
        val migrants = shell.openTrack(Audience.Migrants)
        assertEquals(LearnRoute.Track("migrants"), shell.route)
        assertEquals("Working or moving abroad", shell.state().chrome.title)
        assertEquals("Working or moving abroad", migrants.title)
        assertEquals(
            listOf("trafficking_and_smuggling", "how_recruiters_lie", "rights_at_work", "safe_migration", "getting_help"),
            migrants.modules.map { it.id },
        )
        val first = migrants.modules.first()
        assertEquals("Trafficking and smuggling", first.title)
        assertEquals("5 lessons", plain(first.lessons))
        assertNull(first.progress)
        assertNull(first.best)
        assertEquals(LearnRoute.Module("trafficking_and_smuggling"), first.route)
        assertTrue(shell.state().chrome.secure)

        shell.onEvent(Event.Back)
        val leaders = shell.openTrack(Audience.Leaders)
        assertEquals("for_leaders", leaders.modules.last().id)
        assertEquals("Community leaders and teachers", leaders.title)
        shell.onEvent(Event.Back)
        assertTrue(shell.openTrack(Audience.Students).modules.none { it.id == "for_leaders" })
    }

    @Test
    fun audienceToModuleToLessonToQuizToResult() {
        val shell = shell()
        val track = shell.openTrack(Audience.Students)
        shell.onEvent(Event.Open(track.modules.first().route))
        assertEquals(LearnRoute.Module("trafficking_and_smuggling"), shell.route)
        assertEquals("learn_module", shell.route.id)

        // Lessons one at a time, with their key points as a list.
        var page = shell.module()
        assertEquals("Trafficking and smuggling", shell.state().chrome.title)
        assertEquals("Lesson 1 of 5", plain(page.position))
        assertEquals("What trafficking is", page.lesson!!.title)
        assertEquals("Key points", page.lesson!!.pointsTitle)
        assertEquals(3, page.lesson!!.points.size)
        assertFalse(page.lesson!!.seen)
        assertNull(page.previous)
        assertEquals("Next", page.next)
        assertTrue(page.speakable.contains(page.lesson!!.body))
        assertTrue(page.speakable.contains(page.lesson!!.points.last()))

        // Mark as read, then walk to the scenario, the last page.
        shell.onEvent(LearnEvent.MarkRead(page.lesson!!.id))
        assertTrue(shell.module().lesson!!.seen)
        assertNull(shell.module().feedback)
        repeat(10) { shell.onEvent(LearnEvent.NextPage) }
        page = shell.module()
        assertNull(page.lesson)
        assertNull(page.next)
        assertEquals("Previous", page.previous)
        val scenario = page.scenario!!
        assertEquals("A story to think about", scenario.heading)
        assertEquals("The journey and the debt", scenario.title)
        assertTrue(page.speakable.contains(scenario.body))
        shell.onEvent(LearnEvent.PreviousPage)
        assertEquals("Lesson 5 of 5", plain(shell.module().position))

        // The quiz, one question at a time; answers in memory until submitted.
        val start = shell.module().startQuiz!!
        assertEquals("Start the quiz", start.label)
        shell.onEvent(Event.Open(start.route))
        assertEquals(LearnRoute.Quiz("trafficking_and_smuggling"), shell.route)
        val right = core().learnModule("trafficking_and_smuggling", null).quiz
        var quiz = shell.quiz()
        assertEquals("Question 1 of ${right.size}", plain(quiz.position))
        assertEquals(right[0].prompt, quiz.prompt)
        assertNull(quiz.previous)
        assertNull(quiz.submit)
        for ((i, q) in right.withIndex()) {
            shell.onEvent(LearnEvent.Choose(q.answer))
            assertEquals(q.answer, shell.quiz().choices.single { it.selected }.id)
            if (i < right.size - 1) shell.onEvent(LearnEvent.NextQuestion)
        }
        quiz = shell.quiz()
        assertNull(quiz.next)
        assertEquals("Check my answers", quiz.submit)
        // Going back a question keeps the answers chosen so far.
        shell.onEvent(LearnEvent.PreviousQuestion)
        assertEquals(right[right.size - 2].answer, shell.quiz().choices.single { it.selected }.id)
        shell.onEvent(LearnEvent.NextQuestion)

        shell.onEvent(LearnEvent.Submit)
        assertEquals(LearnRoute.Result("trafficking_and_smuggling"), shell.route)
        val result = shell.result()
        assertEquals("You got ${right.size} out of ${right.size}.", plain(result.score))
        assertEquals("Your best score: ${right.size} out of ${right.size}.", plain(result.best))
        assertTrue(result.questions.all { it.correct && it.verdict == "Right." })
        assertEquals(right.map { it.explanation }, result.questions.map { it.explanation })

        // The result replaced the quiz: back goes to the module, then the track shows progress.
        shell.onEvent(Event.Back)
        assertEquals(LearnRoute.Module("trafficking_and_smuggling"), shell.route)
        shell.onEvent(Event.Back)
        val card = shell.track().modules.first()
        assertEquals("Trafficking and smuggling: 1 of 5 lessons seen", plain(card.progress))
        assertEquals("Your best score: ${right.size} out of ${right.size}.", plain(card.best))
        shell.onEvent(Event.Back)
        assertEquals(Route.Home, shell.route)
    }

    @Test
    fun wrongAnswersShowTheRightOneWithItsExplanation() {
        val shell = shell()
        shell.openTrack(Audience.Migrants)
        shell.onEvent(Event.Open(LearnRoute.Quiz("trafficking_and_smuggling")))
        val quiz = core().learnModule("trafficking_and_smuggling", null).quiz
        // All wrong: the first choice that is not the answer.
        for ((i, q) in quiz.withIndex()) {
            shell.onEvent(LearnEvent.Choose(q.choices.first { it.id != q.answer }.id))
            if (i < quiz.size - 1) shell.onEvent(LearnEvent.NextQuestion)
        }
        shell.onEvent(LearnEvent.Submit)
        val result = shell.result()
        assertEquals("You got 0 out of ${quiz.size}.", plain(result.score))
        for ((q, r) in quiz.zip(result.questions)) {
            assertFalse(r.correct)
            assertEquals(q.prompt, r.prompt)
            val answer = q.choices.single { it.id == q.answer }.text
            val chosen = q.choices.first { it.id != q.answer }.text
            assertEquals("Not quite. The answer is: $answer", plain(r.verdict))
            assertEquals("Your answer: $chosen", plain(r.chosen))
            assertEquals(q.explanation, r.explanation)
            assertTrue(result.speakable.contains(q.explanation))
        }
        // Try again: the same quiz from the first question, nothing chosen.
        assertEquals("Try the quiz again", result.retry)
        shell.onEvent(LearnEvent.Retry)
        assertEquals(LearnRoute.Quiz("trafficking_and_smuggling"), shell.route)
        assertEquals(0, shell.quiz().index)
        assertTrue(shell.quiz().choices.none { it.selected })
        // A quiz with questions left open is not sent: the first open one is shown with the reason.
        shell.onEvent(LearnEvent.Choose(quiz[0].answer))
        repeat(quiz.size) { shell.onEvent(LearnEvent.NextQuestion) }
        shell.onEvent(LearnEvent.Submit)
        assertEquals(LearnRoute.Quiz("trafficking_and_smuggling"), shell.route)
        assertEquals(1, shell.quiz().index)
        assertEquals("Answer every question. This quiz has ${quiz.size} questions.", plain(shell.quiz().feedback?.text))
        assertTrue(shell.quiz().feedback!!.error)
        // Leaving the quiz forgets its answers.
        shell.onEvent(Event.Back)
        shell.onEvent(Event.Open(LearnRoute.Quiz("trafficking_and_smuggling")))
        assertTrue(shell.quiz().choices.none { it.selected })
        assertNull(shell.quiz().feedback)
    }

    @Test
    fun aLessonMarkedReadIsInProgressAfterARestartAndClearingAsksFirst() {
        val first = shell()
        first.openTrack(Audience.Migrants)
        first.onEvent(Event.Open(LearnRoute.Module("rights_at_work")))
        first.onEvent(LearnEvent.NextPage)
        val lesson = first.module().lesson!!
        first.onEvent(LearnEvent.MarkRead(lesson.id))

        // The app starts again on the same data folder.
        val shell = shell()
        assertEquals(Route.Home, shell.route)
        val track = shell.openTrack(Audience.Migrants)
        val card = track.modules.single { it.id == "rights_at_work" }
        assertNotNull(card.progress)
        assertTrue(plain(card.progress)!!.contains("1 of"), card.progress)
        shell.onEvent(Event.Open(track.progress.route))
        assertEquals(LearnRoute.Progress, shell.route)
        assertEquals("My progress", shell.state().chrome.title)
        var progress = shell.progress()
        assertNull(progress.none)
        assertEquals(listOf("rights_at_work"), progress.modules.map { it.module })
        assertTrue(plain(progress.modules.single().line)!!.endsWith("1 of 4 lessons seen"), progress.modules.single().line)
        assertNull(progress.modules.single().best)
        // The module remembers nothing of where it was left in the other session; its lesson is seen.
        shell.onEvent(Event.Open(progress.modules.single().route))
        shell.onEvent(LearnEvent.NextPage)
        assertTrue(shell.module().lesson!!.seen)
        shell.onEvent(Event.Back)

        // Clearing asks first; cancel keeps everything.
        assertEquals("Clear my progress", progress.clear)
        assertNull(progress.confirm)
        shell.onEvent(LearnEvent.AskClear)
        val confirm = shell.progress().confirm!!
        assertTrue(confirm.question.startsWith("Clear your learning progress?"), confirm.question)
        assertEquals("Cancel", confirm.cancel)
        shell.onEvent(LearnEvent.CancelClear)
        assertNull(shell.progress().confirm)
        assertEquals(1, shell.progress().modules.size)
        shell.onEvent(LearnEvent.AskClear)
        shell.onEvent(LearnEvent.ConfirmClear)
        progress = shell.progress()
        assertEquals(Feedback("Your learning progress was cleared. Nothing else was changed.", error = false), progress.feedback)
        assertTrue(progress.modules.isEmpty())
        assertEquals("You have not started any module yet.", progress.none)
        assertNull(progress.confirm)
        // And it stays cleared after a restart.
        assertTrue(core().learnProgress().isEmpty())
    }

    @Test
    fun backWalksTheStackAndQuickExitForgetsTheQuiz() {
        val shell = shell()
        shell.openTrack(Audience.Migrants)
        shell.onEvent(Event.Open(LearnRoute.Module("how_recruiters_lie")))
        shell.onEvent(LearnEvent.NextPage)
        shell.onEvent(Event.Open(LearnRoute.Quiz("how_recruiters_lie")))
        val choice = shell.quiz().choices.first().id
        shell.onEvent(LearnEvent.Choose(choice))
        assertEquals(choice, shell.quiz().choices.single { it.selected }.id)
        // One answer per question: another choice replaces it.
        val other = shell.quiz().choices.last().id
        shell.onEvent(LearnEvent.Choose(other))
        assertEquals(other, shell.quiz().choices.single { it.selected }.id)
        shell.onEvent(LearnEvent.Choose(choice))

        assertEquals(Effect.None, shell.onEvent(Event.Back))
        assertEquals(LearnRoute.Module("how_recruiters_lie"), shell.route)
        // The page the module was left on is kept while the app is open.
        assertEquals("Lesson 2 of 4", plain(shell.module().position))
        shell.onEvent(Event.Back)
        assertEquals(LearnRoute.Track("migrants"), shell.route)
        shell.onEvent(Event.Back)
        assertEquals(Route.Home, shell.route)
        assertEquals(Effect.Leave, shell.onEvent(Event.Back))

        shell.onEvent(Event.Open(LearnRoute.Module("how_recruiters_lie")))
        shell.onEvent(Event.Open(LearnRoute.Quiz("how_recruiters_lie")))
        shell.onEvent(LearnEvent.Choose(choice))
        assertEquals(Effect.Exit, shell.onEvent(Event.QuickExit))
        assertEquals(Route.Home, shell.route)
        shell.onEvent(Event.Open(LearnRoute.Module("how_recruiters_lie")))
        assertEquals("Lesson 1 of 4", plain(shell.module().position))
        shell.onEvent(Event.Open(LearnRoute.Quiz("how_recruiters_lie")))
        assertTrue(shell.quiz().choices.none { it.selected })
    }

    @Test
    fun aLanguageChangeReRendersTheLearningScreensAndArabicIsRightToLeft() {
        val host = MemoryHost("en")
        val shell = shell(host)
        shell.openTrack(Audience.Migrants)
        shell.onEvent(Event.Open(LearnRoute.Module("trafficking_and_smuggling")))
        val english = shell.module()
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("fr"))
        assertEquals(LearnRoute.Module("trafficking_and_smuggling"), shell.route)
        val french = shell.module()
        assertEquals("fr", shell.state().chrome.localeId)
        assertFalse(shell.state().chrome.rightToLeft)
        assertNotEquals(english.lesson!!.title, french.lesson!!.title)
        assertEquals("Suivant", french.next)
        assertEquals("Marquer comme lu", french.lesson!!.markRead)
        assertEquals("Leçon 1 sur 5", plain(french.position))

        // The quiz result keeps its answers across a language change and re-renders.
        shell.onEvent(Event.Open(LearnRoute.Quiz("trafficking_and_smuggling")))
        val quiz = core().learnModule("trafficking_and_smuggling", null).quiz
        for (i in quiz.indices) {
            shell.onEvent(LearnEvent.Choose(quiz[i].choices.first { it.id != quiz[i].answer }.id))
            shell.onEvent(LearnEvent.NextQuestion)
        }
        shell.onEvent(LearnEvent.Submit)
        val frResult = shell.result()
        shell.onEvent(Event.Open(Route.LanguagePicker))
        shell.onEvent(Event.PickLanguage("ar"))
        assertEquals("ar", host.savedLanguage)
        val state = shell.state()
        assertEquals(LearnRoute.Result("trafficking_and_smuggling"), state.route)
        assertTrue(state.chrome.rightToLeft)
        assertNotNull(state.chrome.reviewNote)
        val arResult = state.screen as LearnScreen.Result
        assertEquals(frResult.questions.map { it.correct }, arResult.questions.map { it.correct })
        assertNotEquals(frResult.questions.first().explanation, arResult.questions.first().explanation)
        assertTrue(arResult.questions.first().explanation.any { it in '\u0600'..'\u06FF' })
        assertEquals("أعد الاختبار", arResult.retry)
    }

    @Test
    fun everyLearningScreenShowsWordsNotMessageIdsInEveryLanguage() {
        for (locale in listOf("en", "fr", "es", "pt", "ht", "sw", "ar")) {
            val missing = mutableListOf<String>()
            val shell = Shell(core(), MemoryHost(locale), listOf(locale)) { missing += it }
            shell.openTrack(Audience.Leaders).modules.forEach { assertTrue(it.lessons.any(Char::isDigit), it.lessons) }
            val words = mutableListOf<String>()
            words += shell.words()
            shell.onEvent(Event.Open(LearnRoute.Module("for_leaders")))
            shell.onEvent(LearnEvent.MarkRead("l1"))
            words += shell.words()
            repeat(4) { shell.onEvent(LearnEvent.NextPage) }
            words += shell.words()
            shell.onEvent(Event.Open(LearnRoute.Quiz("for_leaders")))
            words += shell.words()
            repeat(10) {
                shell.onEvent(LearnEvent.Choose(shell.quiz().choices.first().id))
                shell.onEvent(LearnEvent.NextQuestion)
            }
            shell.onEvent(LearnEvent.Submit)
            words += shell.words()
            shell.onEvent(Event.Back)
            shell.onEvent(Event.Back)
            shell.onEvent(Event.Open(LearnRoute.Progress))
            shell.onEvent(LearnEvent.AskClear)
            words += shell.words() + shell.progress().confirm!!.let { listOf(it.question, it.yes, it.cancel) }
            assertEquals(emptyList<String>(), missing, locale)
            for (word in words) {
                assertTrue(word.isNotBlank(), locale)
                assertFalse(Regex("""^(shell|learn)-[a-z0-9_-]+$""").matches(word), "$locale: $word")
                assertFalse(word.contains("{"), "$locale: $word")
            }
            shell.onEvent(LearnEvent.ConfirmClear)
        }
    }
}
