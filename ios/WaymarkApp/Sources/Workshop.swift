import Foundation
import Waymark

// Workshop mode for community leaders, the iOS mirror of android/shell-logic's Workshop.kt
// (tested there on the JVM): plans → one plan → the present view → a running session
// (attendance, anonymous quiz scores, show of hands) → the sessions on this phone, their
// summary, the export (a ShareLink) and clearing. Counts go to the core as typed; the core
// refuses bad ones with its own localized message. No name is ever asked for.

enum WorkshopRoute: Hashable {
    case plans
    case plan(String)
    /// Shown to a group, one agenda item at a time.
    case present(String)
    /// The running session of a plan (its id is held by `WorkshopFlow`).
    case session(String)
    case sessions

    var id: String {
        switch self {
        case .plans: return "workshop"
        case .plan: return "workshop_plan"
        case .present: return "workshop_present"
        case .session: return "workshop_session"
        case .sessions: return "workshop_sessions"
        }
    }
}

enum WorkshopEvent {
    case previous
    case next
    /// Starts a session of the plan on screen and opens it.
    case start
    /// Back to the session still running for the plan on screen.
    case resume
    /// Back to a session that was not ended (after a lock or a restart), from the sessions list.
    case continueSession(String)
    case attendance(String)
    case phase(String)
    /// Scores per person ("3, 5, 4") and, optionally, how many missed each question (blank = 0).
    case scores(String, missed: [String])
    /// Pass the phone: one person's choice for one question (kept until saved).
    case choose(question: String, choice: String)
    case saveAnswers
    case hands(question: String, count: String)
    case end
    /// `csv` or `json`: the text is prepared for the view's ShareLink.
    case export(String)
    case askClear
    case cancelClear
    case confirmClear
}

struct WorkshopPlanRow: Identifiable, Equatable {
    let id: String
    let title: String
    let duration: String
    let audience: String?
}

struct WorkshopAgendaItem: Identifiable, Equatable {
    let id: String
    let title: String
    let duration: String
    let activity: String
    let notes: String
    let prompts: [String]
    let cards: [String]
}

/// A quiz question with its choices (for pass-the-phone, the chosen one selected).
struct WorkshopQuestion: Identifiable, Equatable {
    let id: String
    let prompt: String
    let choices: [Choice]
}

/// A number field: its label, what was typed last (kept when the core refuses it) and what is saved.
struct CountField: Identifiable, Equatable {
    let id: String
    let label: String
    let draft: String
    let saved: String?
}

struct WorkshopSessionRow: Identifiable, Equatable {
    let id: String
    let title: String
    let date: String
    let people: String
    let before: String?
    let after: String?
    let status: String
    let ended: Bool
    /// "Back to the running session" for a session not yet ended; nil once ended.
    let resume: String?
}

struct AgendaLabels: Equatable {
    let activity: String
    let notes: String
    let prompts: String
    let cards: String
    let hands: String
}

struct WorkshopPlansState: Equatable {
    let choosePlan: String
    let plans: [WorkshopPlanRow]
    let sessions: Entry
    let feedback: Feedback?
}

struct WorkshopPlanState: Equatable {
    let id: String
    let title: String
    let duration: String
    let agenda: [WorkshopAgendaItem]
    let labels: AgendaLabels
    let present: String
    let start: String
    /// Non-nil while a session of this plan is running and not ended.
    let resume: String?
    let feedback: Feedback?
}

struct WorkshopPresentState: Equatable {
    let heading: String
    let title: String
    let activity: String
    let notes: String
    let prompts: [String]
    let cards: [String]
    let quiz: [WorkshopQuestion]
    let hands: [String]
    let labels: AgendaLabels
    let previous: String?
    let next: String?
    let feedback: Feedback?
}

struct WorkshopSessionState: Equatable {
    let title: String
    let started: String
    let attendance: CountField
    let quizTitle: String
    let phases: [Choice]
    let scoresHint: String
    let scoresMax: String
    let scoresDraft: String
    let missedTitle: String
    let missed: [CountField]
    let saveScores: String
    let passPhone: String
    let questions: [WorkshopQuestion]
    let saveAnswers: String
    let handsTitle: String
    let hands: [CountField]
    let save: String
    let end: String
    let selectedLabel: String
    let feedback: Feedback?
}

struct WorkshopSessionsState: Equatable {
    let rows: [WorkshopSessionRow]
    let empty: String?
    let exportTitle: String
    let exportNote: String
    let exportCsv: String
    let exportJson: String
    /// The export text, ready for the ShareLink; shown so the facilitator sees what leaves the phone.
    let exported: String?
    let clear: String
    let clearConfirm: WipeConfirm?
    let feedback: Feedback?
}

enum WorkshopScreen: Equatable {
    case plans(WorkshopPlansState)
    case plan(WorkshopPlanState)
    case present(WorkshopPresentState)
    case session(WorkshopSessionState)
    case sessions(WorkshopSessionsState)

    var speakable: String {
        switch self {
        case let .plans(s):
            return ([s.choosePlan] + s.plans.map(\.title)).joined(separator: "\n")
        case let .plan(s):
            return ([s.title, s.duration] + s.agenda.map { "\($0.title), \($0.duration)" }).joined(separator: "\n")
        case let .present(s):
            return ([s.heading, s.title, s.activity] + s.prompts + s.cards + s.hands + s.quiz.map(\.prompt)).joined(separator: "\n")
        case let .session(s):
            return [s.feedback?.text, s.started, s.attendance.saved, s.scoresMax].compactMap { $0 }.joined(separator: "\n")
        case let .sessions(s):
            return ([s.feedback?.text, s.empty].compactMap { $0 }
                + s.rows.map { [$0.title, $0.date, $0.people, $0.before, $0.after].compactMap { $0 }.joined(separator: ", ") })
                .joined(separator: "\n")
        }
    }
}

extension HomeSection {
    /// The leaders' home entry.
    static let workshop = HomeSection { _, texts, audience in
        audience == .leaders ? [Entry(id: "workshop", label: texts["workshop-menu-title"], route: .workshop(.plans))] : []
    }
}

/// The workshop screens' state, in memory: which item is presented, the running session's
/// id, what was typed into each count field, pass-the-phone choices. Numbers and ids only.
// Used only on ShellRunner's serial queue, with the ShellModel that owns it.
final class WorkshopFlow {
    private let core: WaymarkProtocol
    private let texts: Texts
    private var index: UInt32 = 0
    private var session: String?
    private var sessionPlan: String?
    private var phase = WorkshopPhase.pre
    private var drafts: [String: String] = [:]
    private var choices: [String: String] = [:]
    private var feedback: Feedback?
    private var confirmingClear = false
    private var exported: String?
    private var attendanceSaved = false
    /// A confirmation for the screen an event opens (route changes clear `feedback`).
    private var carried: Feedback?

    private static let attendanceKey = "attendance"
    private static let scoresKey = "scores"
    private static let missedKey = "missed/"
    private static let handsKey = "hands/"

    init(core: WaymarkProtocol, texts: Texts) {
        self.core = core
        self.texts = texts
    }

    /// Messages belong to the screen they were shown on.
    func routeChanged(from before: Route, to after: Route) {
        feedback = carried
        carried = nil
        confirmingClear = false
        exported = nil
        if case .workshop(.present) = after {
            if case .workshop(.present) = before {} else { index = 0 }
        }
    }

    /// Quick exit, lock, wipe: nothing of the session stays in the shell.
    func forget() {
        index = 0
        session = nil
        sessionPlan = nil
        phase = .pre
        drafts = [:]
        choices = [:]
        feedback = nil
        carried = nil
        confirmingClear = false
        exported = nil
        attendanceSaved = false
    }

    /// The route to open next (or nil), whether it takes the current one's place, and the effect.
    func handle(_ event: WorkshopEvent, route: Route) -> (open: WorkshopRoute?, replace: Bool, effect: ShellEffect) {
        var next: WorkshopRoute?
        var replace = false
        switch event {
        case .previous:
            if index > 0 { index -= 1 }
        case .next:
            if case let .workshop(.present(plan)) = route,
               let total = call({ try core.workshopPresent(plan: plan, index: index).total }),
               index + 1 < total {
                index += 1
            }
        case .start:
            if case let .workshop(.plan(plan)) = route,
               let started = call({ try core.workshopStart(plan: plan, region: nil) }) {
                session = started.session
                sessionPlan = plan
                phase = .pre
                attendanceSaved = false
                drafts = [:]
                choices = [:]
                next = .session(plan)
            }
        case .resume:
            if case let .workshop(.plan(plan)) = route, plan == sessionPlan, session != nil {
                next = .session(plan)
            }
        case let .continueSession(id):
            if let s = call({ try core.workshopSessions() })?.first(where: { $0.session == id && !$0.ended }) {
                if session != s.session {
                    drafts = [:]
                    choices = [:]
                    phase = .pre
                }
                session = s.session
                sessionPlan = s.plan
                attendanceSaved = s.participants > 0
                next = .session(s.plan)
            }
        case let .attendance(count):
            withSession { id in
                self.drafts[Self.attendanceKey] = count
                let s = try self.core.workshopAttendance(session: id, count: Self.count(count))
                self.attendanceSaved = true
                return self.done(self.texts.format("workshop-attendance-saved", [.number(name: "count", value: Double(s.participants))]))
            }
        case let .phase(id):
            phase = id == "post" ? .post : .pre
            choices = [:]
        case let .scores(text, missed):
            withSession { id in
                self.drafts[Self.scoresKey] = text
                for (i, m) in missed.enumerated() { self.drafts[Self.missedKey + String(i)] = m }
                let scores = Self.split(text).map(Self.count)
                let blank = missed.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                let misses: [Int64] = blank ? [] : missed.map {
                    $0.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : Self.count($0)
                }
                _ = try self.core.workshopQuiz(session: id, phase: self.phase, scores: scores, missed: misses)
                // Scores add up: clear the fields so the same people are not counted twice.
                self.drafts = self.drafts.filter { $0.key != Self.scoresKey && !$0.key.hasPrefix(Self.missedKey) }
                return self.done(self.texts.format("workshop-scores-saved", [.number(name: "count", value: Double(scores.count))]))
            }
        case let .choose(question, choice):
            choices[question] = choices[question] == choice ? nil : choice
        case .saveAnswers:
            withSession { id in
                let questions = try self.sessionPlan.map { try self.core.workshopPlan(id: $0).quiz } ?? []
                _ = try self.core.workshopAnswers(session: id, phase: self.phase,
                                                  answers: questions.map { self.choices[$0.id] ?? "" })
                // Ready for the next person; their choices are not kept.
                self.choices = [:]
                return self.done(self.texts.format("workshop-scores-saved", [.number(name: "count", value: 1)]))
            }
        case let .hands(question, count):
            withSession { id in
                self.drafts[Self.handsKey + question] = count
                let n = Self.count(count)
                _ = try self.core.workshopHands(session: id, question: question, count: n)
                return self.done(self.texts.format("workshop-hands-saved", [.number(name: "count", value: Double(n))]))
            }
        case .end:
            withSession { id in
                _ = try self.core.workshopEnd(session: id)
                self.session = nil
                self.sessionPlan = nil
                self.attendanceSaved = false
                self.drafts = [:]
                self.choices = [:]
                // An ended session is no place to go back to: the list takes its place.
                next = .sessions
                replace = true
                // Shown on the sessions screen, where the person lands.
                self.carried = Feedback(text: self.texts["workshop-session-ended"], error: false)
                return nil
            }
        case let .export(format):
            if let text = call({ try core.workshopExport(format: format == "json" ? .json : .csv) }) {
                exported = text
                feedback = Feedback(text: texts["workshop-export-note"], error: false)
            }
        case .askClear:
            confirmingClear = true
        case .cancelClear:
            confirmingClear = false
        case .confirmClear:
            confirmingClear = false
            exported = nil
            if call({ try core.workshopClear() }) != nil {
                feedback = Feedback(text: texts["shell-workshop-cleared"], error: false)
            }
        }
        return (next, replace, .none)
    }

    /// Runs a call on the running session; its result (or the core's error) is the feedback.
    private func withSession(_ body: (String) throws -> Feedback?) {
        guard let id = session else { return }
        do {
            feedback = try body(id)
        } catch {
            feedback = Feedback(text: texts.error(error), error: true)
        }
    }

    private func done(_ text: String) -> Feedback { Feedback(text: text, error: false) }

    private func call<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            feedback = Feedback(text: texts.error(error), error: true)
            return nil
        }
    }

    /// Scores typed as "3, 5, 4" (commas, Arabic commas, semicolons or spaces between).
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { ",،; \n\t".contains($0) }).map(String.init)
    }

    /// A count as typed. Decimal digits of any script count (Arabic-Indic too); anything that
    /// is not a whole number becomes -1, which the core refuses with its "0 or more" message.
    static func count(_ text: String) -> Int64 {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign: Int64 = 1
        if rest.hasPrefix("-") {
            sign = -1
            rest = rest.dropFirst()
        } else if rest.hasPrefix("+") {
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return -1 }
        var n: Int64 = 0
        for ch in rest {
            guard ch.unicodeScalars.count == 1, let scalar = ch.unicodeScalars.first,
                  scalar.properties.numericType == .decimal, let digit = ch.wholeNumberValue else { return -1 }
            let (times, overflowA) = n.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(digit))
            if overflowA || overflowB { return -1 }
            n = sum
        }
        return sign * n
    }

    func title(_ route: WorkshopRoute) -> String {
        switch route {
        case .plans: return texts["workshop-menu-title"]
        case let .plan(id), let .present(id), let .session(id): return planTitle(id)
        case .sessions: return texts["shell-workshop-sessions"]
        }
    }

    private func planTitle(_ id: String) -> String {
        (try? core.workshopPlan(id: id).title) ?? texts["workshop-menu-title"]
    }

    func screen(_ route: WorkshopRoute) -> WorkshopScreen {
        switch route {
        case .plans: return .plans(plansState())
        case let .plan(id): return .plan(planState(id))
        case let .present(id): return .present(presentState(id))
        case let .session(id): return .session(sessionState(id))
        case .sessions: return .sessions(sessionsState())
        }
    }

    private func minutes(_ n: UInt32) -> String {
        texts.format("shell-workshop-minutes", [.number(name: "minutes", value: Double(n))])
    }

    private func labels() -> AgendaLabels {
        AgendaLabels(
            activity: texts["workshop-label-activity"],
            notes: texts["workshop-label-notes"],
            prompts: texts["workshop-label-prompts"],
            cards: texts["workshop-label-cards"],
            hands: texts["workshop-label-hands"]
        )
    }

    private func plansState() -> WorkshopPlansState {
        var error: Feedback?
        var plans: [PlanView] = []
        do {
            plans = try core.workshopPlans()
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        return WorkshopPlansState(
            choosePlan: texts["workshop-menu-choose-plan"],
            plans: plans.map { p in
                WorkshopPlanRow(id: p.id, title: p.title, duration: minutes(p.minutes),
                                audience: Audience(rawValue: p.audience).map { texts[$0.labelMessage] })
            },
            sessions: Entry(id: "workshop_sessions", label: texts["shell-workshop-sessions"], route: .workshop(.sessions)),
            feedback: error ?? feedback
        )
    }

    private func planState(_ id: String) -> WorkshopPlanState {
        let p = call { try core.workshopPlan(id: id) }
        return WorkshopPlanState(
            id: id,
            title: p?.title ?? "",
            duration: p.map { minutes($0.minutes) } ?? "",
            agenda: (p?.agenda ?? []).map {
                WorkshopAgendaItem(id: $0.id, title: $0.title, duration: minutes($0.minutes), activity: $0.activity,
                                   notes: $0.notes, prompts: $0.prompts, cards: $0.cards)
            },
            labels: labels(),
            present: texts["workshop-menu-present"],
            start: texts["workshop-menu-run"],
            resume: session != nil && sessionPlan == id ? texts["shell-workshop-resume"] : nil,
            feedback: feedback
        )
    }

    private func presentState(_ plan: String) -> WorkshopPresentState {
        let v = call { try core.workshopPresent(plan: plan, index: index) }
        return WorkshopPresentState(
            heading: v?.heading ?? "",
            title: v?.item.title ?? "",
            activity: v?.item.activity ?? "",
            notes: v?.item.notes ?? "",
            prompts: v?.item.prompts ?? [],
            cards: v?.item.cards ?? [],
            quiz: (v?.quiz ?? []).map { q in
                WorkshopQuestion(id: q.id, prompt: q.prompt, choices: q.choices.map { Choice(id: $0.id, label: $0.text) })
            },
            hands: (v?.hands ?? []).map(\.prompt),
            labels: labels(),
            previous: (v?.index ?? 0) > 0 ? texts["shell-workshop-previous"] : nil,
            next: v.map { $0.index + 1 < $0.total } == true ? texts["shell-workshop-next"] : nil,
            feedback: feedback
        )
    }

    private func sessionState(_ planId: String) -> WorkshopSessionState {
        let p = call { try core.workshopPlan(id: planId) }
        let current = session.flatMap { id in call { try core.workshopSessions() }?.first { $0.session == id } }
        let quiz = p?.quiz ?? []
        return WorkshopSessionState(
            title: p?.title ?? "",
            started: texts["workshop-session-started"],
            attendance: CountField(
                id: Self.attendanceKey,
                label: texts["workshop-menu-attendance"],
                draft: drafts[Self.attendanceKey] ?? "",
                saved: attendanceSaved
                    ? current.map { texts.format("workshop-attendance-saved", [.number(name: "count", value: Double($0.participants))]) }
                    : nil
            ),
            quizTitle: texts["shell-workshop-quiz"],
            phases: [
                Choice(id: "pre", label: texts["workshop-phase-pre"], selected: phase == .pre),
                Choice(id: "post", label: texts["workshop-phase-post"], selected: phase == .post),
            ],
            scoresHint: texts["workshop-ask-scores"],
            scoresMax: texts.format("workshop-quiz-max", [.number(name: "max", value: Double(quiz.count))]),
            scoresDraft: drafts[Self.scoresKey] ?? "",
            missedTitle: texts["shell-workshop-missed"],
            missed: quiz.enumerated().map { i, q in
                CountField(id: Self.missedKey + String(i), label: q.prompt, draft: drafts[Self.missedKey + String(i)] ?? "", saved: nil)
            },
            saveScores: texts["shell-workshop-save-scores"],
            passPhone: texts["shell-workshop-pass-phone"],
            questions: quiz.map { q in
                WorkshopQuestion(id: q.id, prompt: q.prompt,
                                 choices: q.choices.map { Choice(id: $0.id, label: $0.text, selected: choices[q.id] == $0.id) })
            },
            saveAnswers: texts["shell-workshop-save-answers"],
            handsTitle: texts["workshop-label-hands"],
            hands: (p?.hands ?? []).map { h in
                CountField(id: h.id, label: h.prompt, draft: drafts[Self.handsKey + h.id] ?? "", saved: nil)
            },
            save: texts["shell-save"],
            end: texts["workshop-menu-end"],
            selectedLabel: texts["shell-selected"],
            feedback: feedback
        )
    }

    private func sessionsState() -> WorkshopSessionsState {
        var error: Feedback?
        var sessions: [SessionView] = []
        do {
            sessions = try core.workshopSessions()
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let titles = Dictionary((call { try core.workshopPlans() } ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        func percent(_ pct: Double) -> MessageArg { .number(name: "percent", value: pct.rounded()) }
        return WorkshopSessionsState(
            rows: sessions.reversed().map { s in
                WorkshopSessionRow(
                    id: s.session,
                    title: titles[s.plan] ?? s.plan,
                    date: s.date,
                    people: texts.format("shell-workshop-people", [.number(name: "count", value: Double(s.participants))]),
                    before: s.preMeanPct.map { texts.format("shell-workshop-before", [percent($0)]) },
                    after: s.postMeanPct.map { texts.format("shell-workshop-after", [percent($0)]) },
                    status: s.ended ? texts["shell-workshop-ended"] : texts["shell-workshop-running"],
                    ended: s.ended,
                    resume: s.ended ? nil : texts["shell-workshop-resume"]
                )
            },
            empty: sessions.isEmpty ? texts["shell-workshop-no-sessions"] : nil,
            exportTitle: texts["workshop-menu-export"],
            exportNote: texts["workshop-export-note"],
            exportCsv: texts["shell-workshop-share-csv"],
            exportJson: texts["shell-workshop-share-json"],
            exported: exported,
            clear: texts["shell-workshop-clear"],
            clearConfirm: confirmingClear
                ? WipeConfirm(question: texts["shell-workshop-clear-question"], yes: texts["shell-workshop-clear-yes"],
                              cancel: texts["shell-cancel"])
                : nil,
            feedback: error ?? feedback
        )
    }
}
