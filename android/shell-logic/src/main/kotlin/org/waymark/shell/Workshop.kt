package org.waymark.shell

import org.waymark.core.ExportFormat
import org.waymark.core.MessageArg
import org.waymark.core.PlanView
import org.waymark.core.SessionView
import org.waymark.core.WaymarkInterface
import org.waymark.core.WorkshopPhase

/**
 * Workshop mode for community leaders: plans → one plan → the present view (one agenda
 * item at a time) → a running session (attendance, anonymous quiz scores, show of hands)
 * → the sessions on this phone, their M&E summary, the export and clearing. Every number
 * goes to the core as typed; the core refuses bad ones with its own localized message.
 * No name is ever asked for.
 */
sealed interface WorkshopRoute : Route {
    data object Plans : WorkshopRoute {
        override val id: String get() = "workshop"
    }

    data class Plan(val plan: String) : WorkshopRoute {
        override val id: String get() = "workshop_plan"
    }

    /** Shown to a group, one agenda item at a time. */
    data class Present(val plan: String) : WorkshopRoute {
        override val id: String get() = "workshop_present"
    }

    /** The running session of [plan] (its id is held by [WorkshopFlow]). */
    data class Session(val plan: String) : WorkshopRoute {
        override val id: String get() = "workshop_session"
    }

    data object Sessions : WorkshopRoute {
        override val id: String get() = "workshop_sessions"
    }
}

/** What a facilitator does. Counts are sent as typed: the core decides what is valid. */
sealed interface WorkshopEvent : Event {
    data object Previous : WorkshopEvent
    data object Next : WorkshopEvent

    /** Starts a session of the plan on screen and opens it. */
    data object Start : WorkshopEvent

    /** Back to the session still running for the plan on screen. */
    data object Resume : WorkshopEvent

    /** Back to a session that was not ended (after a lock or a restart), from the sessions list. */
    data class Continue(val session: String) : WorkshopEvent
    data class Attendance(val count: String) : WorkshopEvent
    data class Phase(val phase: String) : WorkshopEvent

    /** Scores per person (`3, 5, 4`) and, optionally, how many missed each question (blank = 0). */
    data class Scores(val scores: String, val missed: List<String>) : WorkshopEvent

    /** Pass the phone: one person's choice for one question (kept until saved). */
    data class Choose(val question: String, val choice: String) : WorkshopEvent
    data object SaveAnswers : WorkshopEvent
    data class Hands(val question: String, val count: String) : WorkshopEvent
    data object End : WorkshopEvent

    /** `csv` or `json`: the export text goes to the share sheet. */
    data class Export(val format: String) : WorkshopEvent
    data object AskClear : WorkshopEvent
    data object CancelClear : WorkshopEvent
    data object ConfirmClear : WorkshopEvent
}

/** Where an event leads: a route to open (in place of the current one when [replace]) and the platform's effect. */
data class WorkshopStep(val open: Route? = null, val replace: Boolean = false, val effect: Effect = Effect.None)

/** Hand text to the platform's share sheet (Android `ACTION_SEND`; iOS shows a ShareLink). */
data class ShareText(val text: String, val mimeType: String) : Effect

data class WorkshopPlanRow(val id: String, val title: String, val duration: String, val audience: String?)

data class WorkshopAgendaItem(
    val id: String,
    val title: String,
    val duration: String,
    val activity: String,
    val notes: String,
    val prompts: List<String>,
    val cards: List<String>,
)

/** A quiz question with its choices (for pass-the-phone, the chosen one selected). */
data class WorkshopQuestion(val id: String, val prompt: String, val choices: List<Choice>)

/** A number field: its label, what was typed last (kept when the core refuses it) and what is saved. */
data class CountField(val id: String, val label: String, val draft: String, val saved: String?)

data class WorkshopSessionRow(
    val id: String,
    val title: String,
    val date: String,
    val people: String,
    val before: String?,
    val after: String?,
    val status: String,
    val ended: Boolean,
    /** "Back to the running session" for a session not yet ended; null once ended. */
    val resume: String?,
)

/** The labels of an agenda item's parts, shared by the plan and present screens. */
data class AgendaLabels(val activity: String, val notes: String, val prompts: String, val cards: String, val hands: String)

data class WorkshopPlans(
    val choosePlan: String,
    val plans: List<WorkshopPlanRow>,
    val sessions: Entry,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String get() = (listOf(choosePlan) + plans.map { it.title }).joinToString("\n")
}

data class WorkshopPlan(
    val id: String,
    val title: String,
    val duration: String,
    val agenda: List<WorkshopAgendaItem>,
    val labels: AgendaLabels,
    val present: String,
    val start: String,
    /** Non-null while a session of this plan is running and not ended. */
    val resume: String?,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String
        get() = (listOf(title, duration) + agenda.map { "${it.title}, ${it.duration}" }).joinToString("\n")
}

data class WorkshopPresent(
    /** "Part 2 of 7: 10 minutes" (the core's). */
    val heading: String,
    val title: String,
    val activity: String,
    val notes: String,
    val prompts: List<String>,
    val cards: List<String>,
    val quiz: List<WorkshopQuestion>,
    val hands: List<String>,
    val labels: AgendaLabels,
    /** Null on the first item. */
    val previous: String?,
    /** Null on the last item. */
    val next: String?,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String
        get() = (listOf(heading, title, activity) + prompts + cards + hands + quiz.map { it.prompt }).joinToString("\n")
}

data class WorkshopSession(
    val title: String,
    val started: String,
    val attendance: CountField,
    val quizTitle: String,
    val phases: List<Choice>,
    val scoresHint: String,
    val scoresMax: String,
    val scoresDraft: String,
    val missedTitle: String,
    /** One field per quiz question, in the plan's order; all blank sends none. */
    val missed: List<CountField>,
    val saveScores: String,
    val passPhone: String,
    val questions: List<WorkshopQuestion>,
    val saveAnswers: String,
    val handsTitle: String,
    val hands: List<CountField>,
    val save: String,
    val end: String,
    val selectedLabel: String,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String
        get() = listOfNotNull(feedback?.text, started, attendance.saved, scoresMax).joinToString("\n")
}

data class WorkshopSessions(
    val rows: List<WorkshopSessionRow>,
    /** "No sessions yet" when there are none. */
    val empty: String?,
    val exportTitle: String,
    val exportNote: String,
    val exportCsv: String,
    val exportJson: String,
    /** The text last handed to the share sheet, shown so the facilitator sees what leaves the phone. */
    val exported: String?,
    val clear: String,
    val clearConfirm: WipeConfirm?,
    val feedback: Feedback?,
) : Screen {
    override val speakable: String
        get() = (listOfNotNull(feedback?.text, empty) + rows.map { listOfNotNull(it.title, it.date, it.people, it.before, it.after).joinToString(", ") })
            .joinToString("\n")
}

/** The leaders' home entry. */
val workshopSection = HomeSection { _, texts, audience ->
    if (audience == Audience.Leaders) listOf(Entry("workshop", texts["workshop-menu-title"], WorkshopRoute.Plans)) else emptyList()
}

/**
 * The workshop screens' state, in memory: which item is presented, the running session's
 * id, what was typed into each count field, pass-the-phone choices. Numbers and ids only.
 */
class WorkshopFlow(private val core: WaymarkInterface, private val texts: Texts) {
    private var index = 0u
    private var session: String? = null
    private var sessionPlan: String? = null
    private var phase = WorkshopPhase.PRE
    private val drafts = mutableMapOf<String, String>()
    private val choices = mutableMapOf<String, String>()
    private var feedback: Feedback? = null
    private var confirmingClear = false
    private var exported: String? = null
    private var attendanceSaved = false

    /** A confirmation for the screen an event opens (route changes clear [feedback]). */
    private var carried: Feedback? = null

    /** Called by [Shell] when the route changed: messages belong to the screen they were shown on. */
    fun routeChanged(before: Route, after: Route) {
        feedback = carried
        carried = null
        confirmingClear = false
        exported = null
        if (after is WorkshopRoute.Present && before !is WorkshopRoute.Present) index = 0u
    }

    /** Quick exit, lock, wipe: nothing of the session stays in the shell. */
    fun forget() {
        index = 0u
        session = null
        sessionPlan = null
        phase = WorkshopPhase.PRE
        drafts.clear()
        choices.clear()
        feedback = null
        carried = null
        confirmingClear = false
        exported = null
        attendanceSaved = false
    }

    fun handle(event: WorkshopEvent, route: Route): WorkshopStep {
        var next: Route? = null
        var replace = false
        var effect: Effect = Effect.None
        when (event) {
            WorkshopEvent.Previous -> if (index > 0u) index--
            WorkshopEvent.Next -> {
                val plan = (route as? WorkshopRoute.Present)?.plan
                val total = plan?.let { call { core.workshopPresent(it, index).total } } ?: 0u
                if (index + 1u < total) index++
            }
            WorkshopEvent.Start -> {
                val plan = (route as? WorkshopRoute.Plan)?.plan
                if (plan != null) {
                    call { core.workshopStart(plan, null) }?.let {
                        session = it.session
                        sessionPlan = plan
                        phase = WorkshopPhase.PRE
                        attendanceSaved = false
                        drafts.clear()
                        choices.clear()
                        next = WorkshopRoute.Session(plan)
                    }
                }
            }
            WorkshopEvent.Resume -> {
                val plan = (route as? WorkshopRoute.Plan)?.plan
                if (plan != null && plan == sessionPlan && session != null) next = WorkshopRoute.Session(plan)
            }
            is WorkshopEvent.Continue -> call { core.workshopSessions() }?.firstOrNull { it.session == event.session && !it.ended }?.let { s ->
                if (session != s.session) {
                    drafts.clear()
                    choices.clear()
                    phase = WorkshopPhase.PRE
                }
                session = s.session
                sessionPlan = s.plan
                attendanceSaved = s.participants > 0u
                next = WorkshopRoute.Session(s.plan)
            }
            is WorkshopEvent.Attendance -> withSession { id ->
                drafts[ATTENDANCE] = event.count
                val s = core.workshopAttendance(id, count(event.count))
                attendanceSaved = true
                done(texts.format("workshop-attendance-saved", listOf(number("count", s.participants))))
            }
            is WorkshopEvent.Phase -> {
                phase = if (event.phase == "post") WorkshopPhase.POST else WorkshopPhase.PRE
                choices.clear()
            }
            is WorkshopEvent.Scores -> withSession { id ->
                drafts[SCORES] = event.scores
                event.missed.forEachIndexed { i, m -> drafts["$MISSED$i"] = m }
                val scores = event.scores.split(SEPARATORS).filter { it.isNotBlank() }.map(::count)
                val missed = if (event.missed.all { it.isBlank() }) emptyList() else event.missed.map { if (it.isBlank()) 0L else count(it) }
                core.workshopQuiz(id, phase, scores, missed)
                // Scores add up: clear the fields so the same people are not counted twice.
                drafts.keys.removeAll { it == SCORES || it.startsWith(MISSED) }
                done(texts.format("workshop-scores-saved", listOf(number("count", scores.size.toUInt()))))
            }
            is WorkshopEvent.Choose -> {
                if (choices[event.question] == event.choice) choices.remove(event.question) else choices[event.question] = event.choice
            }
            WorkshopEvent.SaveAnswers -> withSession { id ->
                val questions = sessionPlan?.let { core.workshopPlan(it).quiz }.orEmpty()
                core.workshopAnswers(id, phase, questions.map { choices[it.id].orEmpty() })
                // Ready for the next person; their choices are not kept.
                choices.clear()
                done(texts.format("workshop-scores-saved", listOf(number("count", 1u))))
            }
            is WorkshopEvent.Hands -> withSession { id ->
                drafts["$HANDS${event.question}"] = event.count
                val n = count(event.count)
                core.workshopHands(id, event.question, n)
                done(texts.format("workshop-hands-saved", listOf(MessageArg.Number("count", n.toDouble()))))
            }
            WorkshopEvent.End -> withSession { id ->
                core.workshopEnd(id)
                session = null
                sessionPlan = null
                attendanceSaved = false
                drafts.clear()
                choices.clear()
                // An ended session is no place to go back to: the list takes its place.
                next = WorkshopRoute.Sessions
                replace = true
                // Shown on the sessions screen, where the person lands.
                carried = Feedback(texts["workshop-session-ended"], error = false)
                null
            }
            is WorkshopEvent.Export -> {
                val format = if (event.format == "json") ExportFormat.JSON else ExportFormat.CSV
                call { core.workshopExport(format) }?.let { text ->
                    exported = text
                    feedback = Feedback(texts["workshop-export-note"], error = false)
                    effect = ShareText(text, if (format == ExportFormat.JSON) "application/json" else "text/csv")
                }
            }
            WorkshopEvent.AskClear -> confirmingClear = true
            WorkshopEvent.CancelClear -> confirmingClear = false
            WorkshopEvent.ConfirmClear -> {
                confirmingClear = false
                exported = null
                if (call { core.workshopClear() } != null) feedback = Feedback(texts["shell-workshop-cleared"], error = false)
            }
        }
        return WorkshopStep(next, replace, effect)
    }

    /** Runs a call on the running session; its result (or the core's error) is the feedback. */
    private fun withSession(call: (String) -> Feedback?): Unit? {
        val id = session ?: return null
        return try {
            feedback = call(id)
            Unit
        } catch (e: Exception) {
            feedback = Feedback(texts.error(e), error = true)
            null
        }
    }

    private fun done(text: String) = Feedback(text, error = false)

    private fun number(name: String, n: UInt) = MessageArg.Number(name, n.toDouble())

    private fun <T> call(f: () -> T): T? = try {
        f()
    } catch (e: Exception) {
        feedback = Feedback(texts.error(e), error = true)
        null
    }


    fun title(route: WorkshopRoute): String = when (route) {
        WorkshopRoute.Plans -> texts["workshop-menu-title"]
        is WorkshopRoute.Plan -> planTitle(route.plan)
        is WorkshopRoute.Present -> planTitle(route.plan)
        is WorkshopRoute.Session -> planTitle(route.plan)
        WorkshopRoute.Sessions -> texts["shell-workshop-sessions"]
    }

    private fun planTitle(id: String): String = try {
        core.workshopPlan(id).title
    } catch (e: Exception) {
        texts["workshop-menu-title"]
    }

    fun screen(route: WorkshopRoute): Screen = when (route) {
        WorkshopRoute.Plans -> plansScreen()
        is WorkshopRoute.Plan -> planScreen(route.plan)
        is WorkshopRoute.Present -> presentScreen(route.plan)
        is WorkshopRoute.Session -> sessionScreen(route.plan)
        WorkshopRoute.Sessions -> sessionsScreen()
    }

    private fun minutes(n: UInt) = texts.format("shell-workshop-minutes", listOf(MessageArg.Number("minutes", n.toDouble())))

    private fun labels() = AgendaLabels(
        activity = texts["workshop-label-activity"],
        notes = texts["workshop-label-notes"],
        prompts = texts["workshop-label-prompts"],
        cards = texts["workshop-label-cards"],
        hands = texts["workshop-label-hands"],
    )

    private fun plansScreen(): WorkshopPlans {
        var error: Feedback? = null
        val plans = try {
            core.workshopPlans()
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        return WorkshopPlans(
            choosePlan = texts["workshop-menu-choose-plan"],
            plans = plans.map { p ->
                WorkshopPlanRow(p.id, p.title, minutes(p.minutes), Audience.entries.firstOrNull { it.id == p.audience }?.let { texts[it.labelMessage] })
            },
            sessions = Entry("workshop_sessions", texts["shell-workshop-sessions"], WorkshopRoute.Sessions),
            feedback = error ?: feedback,
        )
    }

    private fun plan(id: String): PlanView? = call { core.workshopPlan(id) }

    private fun planScreen(id: String): WorkshopPlan {
        val p = plan(id)
        return WorkshopPlan(
            id = id,
            title = p?.title.orEmpty(),
            duration = p?.let { minutes(it.minutes) }.orEmpty(),
            agenda = p?.agenda.orEmpty().map {
                WorkshopAgendaItem(it.id, it.title, minutes(it.minutes), it.activity, it.notes, it.prompts, it.cards)
            },
            labels = labels(),
            present = texts["workshop-menu-present"],
            start = texts["workshop-menu-run"],
            resume = if (session != null && sessionPlan == id) texts["shell-workshop-resume"] else null,
            feedback = feedback,
        )
    }

    private fun presentScreen(plan: String): WorkshopPresent {
        val v = call { core.workshopPresent(plan, index) }
        return WorkshopPresent(
            heading = v?.heading.orEmpty(),
            title = v?.item?.title.orEmpty(),
            activity = v?.item?.activity.orEmpty(),
            notes = v?.item?.notes.orEmpty(),
            prompts = v?.item?.prompts.orEmpty(),
            cards = v?.item?.cards.orEmpty(),
            quiz = v?.quiz.orEmpty().map { q -> WorkshopQuestion(q.id, q.prompt, q.choices.map { Choice(it.id, it.text) }) },
            hands = v?.hands.orEmpty().map { it.prompt },
            labels = labels(),
            previous = if (v != null && v.index > 0u) texts["shell-workshop-previous"] else null,
            next = if (v != null && v.index + 1u < v.total) texts["shell-workshop-next"] else null,
            feedback = feedback,
        )
    }

    private fun sessionScreen(planId: String): WorkshopSession {
        val p = plan(planId)
        val current = session?.let { id -> call { core.workshopSessions() }?.firstOrNull { it.session == id } }
        val quiz = p?.quiz.orEmpty()
        return WorkshopSession(
            title = p?.title.orEmpty(),
            started = texts["workshop-session-started"],
            attendance = CountField(
                ATTENDANCE,
                texts["workshop-menu-attendance"],
                drafts[ATTENDANCE].orEmpty(),
                current?.takeIf { attendanceSaved }?.let {
                    texts.format("workshop-attendance-saved", listOf(MessageArg.Number("count", it.participants.toDouble())))
                },
            ),
            quizTitle = texts["shell-workshop-quiz"],
            phases = listOf(
                Choice("pre", texts["workshop-phase-pre"], selected = phase == WorkshopPhase.PRE),
                Choice("post", texts["workshop-phase-post"], selected = phase == WorkshopPhase.POST),
            ),
            scoresHint = texts["workshop-ask-scores"],
            scoresMax = texts.format("workshop-quiz-max", listOf(MessageArg.Number("max", quiz.size.toDouble()))),
            scoresDraft = drafts[SCORES].orEmpty(),
            missedTitle = texts["shell-workshop-missed"],
            missed = quiz.mapIndexed { i, q -> CountField("$MISSED$i", q.prompt, drafts["$MISSED$i"].orEmpty(), null) },
            saveScores = texts["shell-workshop-save-scores"],
            passPhone = texts["shell-workshop-pass-phone"],
            questions = quiz.map { q ->
                WorkshopQuestion(q.id, q.prompt, q.choices.map { Choice(it.id, it.text, selected = choices[q.id] == it.id) })
            },
            saveAnswers = texts["shell-workshop-save-answers"],
            handsTitle = texts["workshop-label-hands"],
            hands = p?.hands.orEmpty().map { h -> CountField(h.id, h.prompt, drafts["$HANDS${h.id}"].orEmpty(), null) },
            save = texts["shell-save"],
            end = texts["workshop-menu-end"],
            selectedLabel = texts["shell-selected"],
            feedback = feedback,
        )
    }

    private fun sessionsScreen(): WorkshopSessions {
        var error: Feedback? = null
        val sessions: List<SessionView> = try {
            core.workshopSessions()
        } catch (e: Exception) {
            error = Feedback(texts.error(e), error = true)
            emptyList()
        }
        val titles = call { core.workshopPlans() }.orEmpty().associate { it.id to it.title }
        fun percent(pct: Double) = MessageArg.Number("percent", Math.round(pct).toDouble())
        return WorkshopSessions(
            rows = sessions.asReversed().map { s ->
                WorkshopSessionRow(
                    id = s.session,
                    title = titles[s.plan] ?: s.plan,
                    date = s.date,
                    people = texts.format("shell-workshop-people", listOf(MessageArg.Number("count", s.participants.toDouble()))),
                    before = s.preMeanPct?.let { texts.format("shell-workshop-before", listOf(percent(it))) },
                    after = s.postMeanPct?.let { texts.format("shell-workshop-after", listOf(percent(it))) },
                    status = if (s.ended) texts["shell-workshop-ended"] else texts["shell-workshop-running"],
                    ended = s.ended,
                    resume = if (s.ended) null else texts["shell-workshop-resume"],
                )
            },
            empty = if (sessions.isEmpty()) texts["shell-workshop-no-sessions"] else null,
            exportTitle = texts["workshop-menu-export"],
            exportNote = texts["workshop-export-note"],
            exportCsv = texts["shell-workshop-share-csv"],
            exportJson = texts["shell-workshop-share-json"],
            exported = exported,
            clear = texts["shell-workshop-clear"],
            clearConfirm = if (confirmingClear) {
                WipeConfirm(texts["shell-workshop-clear-question"], texts["shell-workshop-clear-yes"], texts["shell-cancel"])
            } else {
                null
            },
            feedback = error ?: feedback,
        )
    }

    private companion object {
        const val ATTENDANCE = "attendance"
        const val SCORES = "scores"
        const val MISSED = "missed/"
        const val HANDS = "hands/"
        val SEPARATORS = Regex("[,،;\\s]+")

        /**
         * A count as typed. Digits of any script count (Arabic-Indic too); anything that is not
         * a whole number becomes -1, which the core refuses with its "0 or more" message.
         */
        fun count(text: String): Long = text.trim().toLongOrNull() ?: -1L
    }
}
