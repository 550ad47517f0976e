package org.waymark.shell

import org.waymark.core.MessageArg
import org.waymark.core.ModuleProgressView
import org.waymark.core.ModuleView
import org.waymark.core.QuizResultView
import org.waymark.core.WaymarkInterface

/**
 * The learning screens: an audience's track of modules with progress, a module (its lessons
 * one at a time, then the regional scenario), the quiz (one question at a time), its result
 * with an explanation for every answer, and progress with clear-after-confirm. The core
 * holds the curriculum, the scoring and the progress; this only keeps where the person is
 * and the quiz answers they are choosing (in memory, never written).
 */
sealed interface LearnRoute : Route {
    /** One audience's track (`migrants`, `students`, `leaders`): its modules and progress. */
    data class Track(val audience: String) : LearnRoute {
        override val id: String get() = "learn"
    }

    /** A module, one page at a time: each lesson, then the scenario. */
    data class Module(val module: String) : LearnRoute {
        override val id: String get() = "learn_module"
    }

    data class Quiz(val module: String) : LearnRoute {
        override val id: String get() = "learn_quiz"
    }

    /** The last submitted quiz's result; it replaces the quiz on the back stack. */
    data class Result(val module: String) : LearnRoute {
        override val id: String get() = "learn_result"
    }

    data object Progress : LearnRoute {
        override val id: String get() = "learn_progress"
    }
}

/** Learning, for every audience: the home's audience choice picks the track it opens. */
val learnSection = HomeSection { _, texts, audience ->
    listOf(Entry("learn", texts["learn-menu-title"], LearnRoute.Track(audience.id)))
}

sealed interface LearnScreen : Screen {
    data class Track(
        val audience: String,
        val title: String,
        val summary: String,
        val modulesTitle: String,
        val modules: List<ModuleCard>,
        /** "My progress", for the whole curriculum. */
        val progress: Entry,
        val feedback: Feedback?,
    ) : LearnScreen {
        override val speakable: String
            get() = (listOf(title, summary) + modules.flatMap { listOfNotNull(it.title, it.summary, it.progress) }).joinToString("\n")
    }

    /** One page of a module: a lesson, or (after the last lesson) the scenario. */
    data class Module(
        val module: String,
        val title: String,
        val summary: String,
        /** "Lesson 2 of 4", or the scenario's heading on the last page. */
        val position: String,
        val page: Int,
        val pages: Int,
        val lesson: LessonPage?,
        val scenario: ScenarioPage?,
        /** Null on the first page. */
        val previous: String?,
        /** Null on the last page. */
        val next: String?,
        /** Opens the quiz (offered on every page: reading is not required first). */
        val startQuiz: Entry?,
        val feedback: Feedback?,
    ) : LearnScreen {
        override val speakable: String
            get() = lesson?.let { l -> (listOf(position, l.title, l.body, l.pointsTitle) + l.points).joinToString("\n") }
                ?: scenario?.let { s -> listOf(s.heading, s.title, s.body).joinToString("\n") }
                ?: title
    }

    data class Quiz(
        val module: String,
        /** "Question 2 of 5". */
        val position: String,
        val index: Int,
        val total: Int,
        val prompt: String,
        /** The choice picked so far is selected. */
        val choices: List<Choice>,
        val selectedLabel: String,
        val previous: String?,
        /** Null on the last question, where [submit] is shown instead. */
        val next: String?,
        val submit: String?,
        /** "Answer every question" when the person submits with some left open. */
        val feedback: Feedback?,
    ) : LearnScreen {
        override val speakable: String get() = (listOf(position, prompt) + choices.map { it.label }).joinToString("\n")
    }

    data class Result(
        val module: String,
        /** "You got 3 out of 5." */
        val score: String,
        /** "Your best score: 4 out of 5." */
        val best: String,
        val questions: List<QuestionResult>,
        /** "Try the quiz again" ([LearnEvent.Retry]). */
        val retry: String,
    ) : LearnScreen {
        override val speakable: String
            get() = (listOf(score, best) + questions.flatMap { listOf(it.prompt, it.verdict, it.explanation) }).joinToString("\n")
    }

    data class Progress(
        val modules: List<ProgressLine>,
        /** "You have not started any module yet." when there is nothing, else null. */
        val none: String?,
        val clear: String,
        /** Non-null after the first tap on [clear]: the question and the two answers. */
        val confirm: WipeConfirm?,
        val feedback: Feedback?,
    ) : LearnScreen {
        override val speakable: String
            get() = (listOfNotNull(feedback?.text, none) + modules.flatMap { listOfNotNull(it.line, it.best) }).joinToString("\n")
    }
}

/** A module in a track: what it is about, its size and the person's progress. */
data class ModuleCard(
    val id: String,
    val title: String,
    val summary: String,
    /** "4 lessons". */
    val lessons: String,
    /** "…: 2 of 4 lessons seen" once started, else null. */
    val progress: String?,
    /** "Your best score: …" once the quiz was taken, else null. */
    val best: String?,
    val route: Route,
)

data class LessonPage(
    val id: String,
    val title: String,
    val body: String,
    val pointsTitle: String,
    /** Key points, shown and read as a list. */
    val points: List<String>,
    val seen: Boolean,
    /** "Mark as read" while not seen. */
    val markRead: String,
    /** "You have read this lesson." once seen. */
    val seenLabel: String,
)

data class ScenarioPage(val heading: String, val title: String, val body: String)

/** One answered question: its prompt, what was chosen, "Right." or the right answer, and why. */
data class QuestionResult(
    val id: String,
    val prompt: String,
    val correct: Boolean,
    /** "Your answer: …" */
    val chosen: String,
    /** "Right." or "Not quite. The answer is: …" */
    val verdict: String,
    val explanation: String,
)

data class ProgressLine(val module: String, val line: String, val best: String?, val route: Route)

/** What a person does on the learning screens. Navigation between them uses [Event.Open] and [Event.Back]. */
sealed interface LearnEvent : Event {
    data object NextPage : LearnEvent
    data object PreviousPage : LearnEvent
    data class MarkRead(val lesson: String) : LearnEvent

    /** Picks a choice for the question on screen (a single-choice group: it replaces the one before). */
    data class Choose(val choice: String) : LearnEvent
    data object NextQuestion : LearnEvent
    data object PreviousQuestion : LearnEvent
    data object Submit : LearnEvent

    /** From the result: the same quiz again, from the first question. */
    data object Retry : LearnEvent

    data object AskClear : LearnEvent
    data object CancelClear : LearnEvent
    data object ConfirmClear : LearnEvent
}

/** The learning part of [Shell]: its state, its events and its screens. */
internal class Learn(private val core: WaymarkInterface, private val texts: Texts) {
    /** The page each module was left on, for this session. */
    private val pages = mutableMapOf<String, Int>()

    /** The quiz in progress: one choice id (or null) per question, in memory only. */
    private var answers: MutableList<String?> = mutableListOf()
    private var question = 0
    private var result: QuizResultView? = null
    private var confirmingClear = false
    private var feedback: Feedback? = null

    fun title(route: LearnRoute): String = when (route) {
        is LearnRoute.Track -> try {
            core.learnTracks().firstOrNull { it.id == route.audience }?.title
        } catch (e: Exception) {
            null
        } ?: texts["learn-menu-title"]
        is LearnRoute.Module -> module(route.module)?.title ?: texts["learn-menu-title"]
        is LearnRoute.Quiz, is LearnRoute.Result -> texts["learn-menu-quiz"]
        LearnRoute.Progress -> texts["learn-menu-progress"]
    }

    /**
     * The screen changed. The quiz answers and the result live while their screen is on the
     * back stack (a language change keeps them; going back forgets them).
     */
    fun moved(stack: List<Route>) {
        feedback = null
        confirmingClear = false
        if (stack.none { it is LearnRoute.Quiz }) forgetQuiz()
        if (stack.none { it is LearnRoute.Result }) result = null
    }

    fun forget() {
        pages.clear()
        forgetQuiz()
        result = null
        confirmingClear = false
        feedback = null
    }

    private fun forgetQuiz() {
        answers = mutableListOf()
        question = 0
    }

    fun handle(event: LearnEvent, stack: ArrayDeque<Route>): Effect {
        val route = stack.last()
        when (event) {
            LearnEvent.NextPage, LearnEvent.PreviousPage -> if (route is LearnRoute.Module) {
                val total = module(route.module)?.let { it.lessons.size + 1 } ?: 1
                val step = if (event == LearnEvent.NextPage) 1 else -1
                pages[route.module] = (page(route.module) + step).coerceIn(0, total - 1)
            }
            is LearnEvent.MarkRead -> if (route is LearnRoute.Module) {
                act { core.learnLessonSeen(route.module, event.lesson) }
            }
            is LearnEvent.Choose -> if (route is LearnRoute.Quiz) {
                val total = quiz(route.module)
                if (answers.size != total) answers = MutableList(total) { null }
                if (question in answers.indices) {
                    answers[question] = event.choice
                }
                feedback = null
            }
            LearnEvent.NextQuestion, LearnEvent.PreviousQuestion -> if (route is LearnRoute.Quiz) {
                val step = if (event == LearnEvent.NextQuestion) 1 else -1
                question = (question + step).coerceIn(0, (quiz(route.module) - 1).coerceAtLeast(0))
            }
            LearnEvent.Submit -> if (route is LearnRoute.Quiz) submit(route.module, stack)
            LearnEvent.Retry -> if (route is LearnRoute.Result) {
                forgetQuiz()
                stack[stack.size - 1] = LearnRoute.Quiz(route.module)
            }
            LearnEvent.AskClear -> confirmingClear = true
            LearnEvent.CancelClear -> confirmingClear = false
            LearnEvent.ConfirmClear -> {
                confirmingClear = false
                act {
                    core.learnClearProgress()
                    feedback = Feedback(texts["learn-progress-cleared"], error = false)
                }
            }
        }
        return Effect.None
    }

    private fun submit(module: String, stack: ArrayDeque<Route>) {
        val total = quiz(module)
        val chosen = (0 until total).map { answers.getOrNull(it) }
        val open = chosen.indexOfFirst { it == null }
        if (open >= 0) {
            // The core would refuse too; say so before asking, and show the first open question.
            question = open
            feedback = Feedback(
                texts.format("learn-error-answer-count", listOf(MessageArg.Number("count", total.toDouble()))),
                error = true,
            )
            return
        }
        try {
            result = core.learnSubmitQuiz(module, chosen.filterNotNull())
            forgetQuiz()
            stack[stack.size - 1] = LearnRoute.Result(module)
        } catch (e: Exception) {
            feedback = Feedback(texts.error(e), error = true)
        }
    }

    fun screen(route: LearnRoute): LearnScreen = when (route) {
        is LearnRoute.Track -> track(route.audience)
        is LearnRoute.Module -> moduleScreen(route.module)
        is LearnRoute.Quiz -> quizScreen(route.module)
        is LearnRoute.Result -> resultScreen(route.module)
        LearnRoute.Progress -> progressScreen()
    }

    private fun track(audience: String): LearnScreen.Track {
        var error: Feedback? = null
        val track = try {
            core.learnTracks().firstOrNull { it.id == audience }
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            null
        }
        val modules = try {
            core.learnModules(audience)
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        val progress = progress().associateBy { it.module }
        return LearnScreen.Track(
            audience = audience,
            title = track?.title ?: texts["learn-menu-title"],
            summary = track?.summary.orEmpty(),
            modulesTitle = texts["learn-menu-choose-module"],
            modules = modules.map { m ->
                val p = progress[m.id]
                ModuleCard(
                    id = m.id,
                    title = m.title,
                    summary = m.summary,
                    lessons = texts.format("learn-lessons-count", listOf(MessageArg.Number("count", m.lessons.toDouble()))),
                    progress = p?.takeIf { it.lessonsSeen.isNotEmpty() }?.let { progressLine(m.title, it) },
                    best = p?.let(::bestLine),
                    route = LearnRoute.Module(m.id),
                )
            },
            progress = Entry("learn_progress", texts["learn-menu-progress"], LearnRoute.Progress),
            feedback = error ?: feedback,
        )
    }

    private fun moduleScreen(id: String): LearnScreen.Module {
        var error: Feedback? = null
        val m = try {
            core.learnModule(id, null)
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            null
        }
        val lessons = m?.lessons.orEmpty()
        val pages = lessons.size + 1
        val page = page(id).coerceIn(0, pages - 1)
        val seen = progress().firstOrNull { it.module == id }?.lessonsSeen.orEmpty().toSet()
        val lesson = lessons.getOrNull(page)
        return LearnScreen.Module(
            module = id,
            title = m?.title ?: id,
            summary = m?.summary.orEmpty(),
            position = if (lesson != null) {
                texts.format("learn-lesson-heading", numbers("number" to page + 1, "total" to lessons.size))
            } else {
                texts["learn-menu-scenario"]
            },
            page = page,
            pages = pages,
            lesson = lesson?.let {
                LessonPage(
                    id = it.id,
                    title = it.title,
                    body = it.body,
                    pointsTitle = texts["learn-key-points"],
                    points = it.points,
                    seen = it.id in seen,
                    markRead = texts["shell-learn-mark-read"],
                    seenLabel = texts["shell-learn-read"],
                )
            },
            scenario = if (lesson == null && m != null) {
                ScenarioPage(texts["learn-menu-scenario"], m.scenario.title, m.scenario.body)
            } else {
                null
            },
            previous = if (page > 0) texts["shell-learn-previous"] else null,
            next = if (page < pages - 1) texts["shell-learn-next"] else null,
            startQuiz = if (m != null && m.quiz.isNotEmpty()) Entry("learn_quiz", texts["shell-learn-start-quiz"], LearnRoute.Quiz(id)) else null,
            feedback = error ?: feedback,
        )
    }

    private fun quizScreen(id: String): LearnScreen.Quiz {
        var error: Feedback? = null
        val quiz = try {
            core.learnModule(id, null).quiz
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        val index = question.coerceIn(0, (quiz.size - 1).coerceAtLeast(0))
        val q = quiz.getOrNull(index)
        val last = index >= quiz.size - 1
        return LearnScreen.Quiz(
            module = id,
            position = texts.format("learn-quiz-question-heading", numbers("number" to index + 1, "total" to quiz.size)),
            index = index,
            total = quiz.size,
            prompt = q?.prompt.orEmpty(),
            choices = q?.choices.orEmpty().map { Choice(it.id, it.text, selected = answers.getOrNull(index) == it.id) },
            selectedLabel = texts["shell-selected"],
            previous = if (index > 0) texts["shell-learn-previous"] else null,
            next = if (!last) texts["shell-learn-next"] else null,
            submit = if (last && q != null) texts["shell-learn-submit"] else null,
            feedback = error ?: feedback,
        )
    }

    private fun resultScreen(id: String): LearnScreen.Result {
        val r = result
        // Texts come from the module in the current language, so a language change re-renders them.
        val m = module(id)
        val questions = m?.quiz.orEmpty().associateBy { it.id }
        return LearnScreen.Result(
            module = id,
            score = texts.format("learn-quiz-score", numbers("score" to (r?.score ?: 0u).toInt(), "total" to (r?.total ?: 0u).toInt())),
            best = texts.format("learn-quiz-best", numbers("score" to (r?.bestScore ?: 0u).toInt(), "total" to (r?.total ?: 0u).toInt())),
            questions = r?.questions.orEmpty().map { a ->
                val q = questions[a.id]
                fun choice(c: String) = q?.choices?.firstOrNull { it.id == c }?.text ?: c
                QuestionResult(
                    id = a.id,
                    prompt = q?.prompt.orEmpty(),
                    correct = a.correct,
                    chosen = texts.format("shell-learn-your-answer", listOf(MessageArg.Text("answer", choice(a.chosen)))),
                    verdict = if (a.correct) {
                        texts["learn-quiz-correct"]
                    } else {
                        texts.format("learn-quiz-wrong", listOf(MessageArg.Text("answer", choice(a.answer))))
                    },
                    explanation = q?.explanation ?: a.explanation,
                )
            },
            retry = texts["shell-learn-retry"],
        )
    }

    private fun progressScreen(): LearnScreen.Progress {
        var error: Feedback? = null
        val all = try {
            core.learnProgress()
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        val titles = try {
            core.learnModules(null).associate { it.id to it.title }
        } catch (e: Exception) {
            emptyMap()
        }
        return LearnScreen.Progress(
            modules = all.map { p ->
                ProgressLine(p.module, progressLine(titles[p.module] ?: p.module, p), bestLine(p), LearnRoute.Module(p.module))
            },
            none = if (all.isEmpty() && error == null) texts["learn-progress-none"] else null,
            clear = texts["learn-menu-clear-progress"],
            confirm = if (confirmingClear) {
                WipeConfirm(texts["shell-learn-clear-question"], texts["shell-learn-clear-yes"], texts["shell-cancel"])
            } else {
                null
            },
            feedback = error ?: feedback,
        )
    }

    private fun progressLine(title: String, p: ModuleProgressView) = texts.format(
        "learn-progress-line",
        listOf(MessageArg.Text("module", title)) + numbers("seen" to p.lessonsSeen.size, "total" to p.lessonsTotal.toInt()),
    )

    private fun bestLine(p: ModuleProgressView): String? = p.bestScore?.let {
        texts.format("learn-quiz-best", numbers("score" to it.toInt(), "total" to p.quizTotal.toInt()))
    }

    private fun page(module: String): Int = pages[module] ?: 0

    private fun module(id: String): ModuleView? = try {
        core.learnModule(id, null)
    } catch (e: Exception) {
        null
    }

    private fun quiz(module: String): Int = module(module)?.quiz?.size ?: 0

    /** Progress for every started module; empty when it cannot be read (the screen says why). */
    private fun progress(): List<ModuleProgressView> = try {
        core.learnProgress()
    } catch (e: Exception) {
        emptyList()
    }

    private fun act(call: () -> Unit) {
        feedback = null
        try {
            call()
        } catch (e: Exception) {
            feedback = Feedback(texts.error(e), error = true)
        }
    }


    private fun numbers(vararg pairs: Pair<String, Int>): List<MessageArg> =
        pairs.map { (name, value) -> MessageArg.Number(name, value.toDouble()) }
}
