import Foundation
import Waymark

// The learning screens, the iOS mirror of android/shell-logic's Learn.kt (tested there on the
// JVM): an audience's track of modules with progress, a module (its lessons one at a time,
// then the regional scenario), the quiz (one question at a time), its result with an
// explanation for every answer, and progress with clear-after-confirm. The core holds the
// curriculum, the scoring and the progress; this keeps only where the person is and the quiz
// answers they are choosing (in memory, never written).

enum LearnRoute: Hashable {
    /// One audience's track (`migrants`, `students`, `leaders`): its modules and progress.
    case track(String)
    /// A module, one page at a time: each lesson, then the scenario.
    case module(String)
    case quiz(String)
    /// The last submitted quiz's result; it replaces the quiz on the back stack.
    case result(String)
    case progress

    var id: String {
        switch self {
        case .track: return "learn"
        case .module: return "learn_module"
        case .quiz: return "learn_quiz"
        case .result: return "learn_result"
        case .progress: return "learn_progress"
        }
    }
}

extension HomeSection {
    /// Learning, for every audience: the home's audience choice picks the track it opens.
    static let learn = HomeSection { _, texts, audience in
        [Entry(id: "learn", label: texts["learn-menu-title"], route: .learn(.track(audience.rawValue)))]
    }
}

/// A module in a track: what it is about, its size and the person's progress.
struct ModuleCard: Identifiable, Equatable {
    let id: String
    let title: String
    let summary: String
    /// "4 lessons".
    let lessons: String
    /// "…: 2 of 4 lessons seen" once started, else nil.
    let progress: String?
    /// "Your best score: …" once the quiz was taken, else nil.
    let best: String?
    let route: Route
}

struct LessonPage: Equatable {
    let id: String
    let title: String
    let body: String
    let pointsTitle: String
    /// Key points, shown and read as a list.
    let points: [String]
    let seen: Bool
    let markRead: String
    let seenLabel: String
}

struct ScenarioPage: Equatable {
    let heading: String
    let title: String
    let body: String
}

/// One answered question: its prompt, what was chosen, "Right." or the right answer, and why.
struct QuestionResult: Identifiable, Equatable {
    let id: String
    let prompt: String
    let correct: Bool
    let chosen: String
    let verdict: String
    let explanation: String
}

struct ProgressLine: Identifiable, Equatable {
    let module: String
    let line: String
    let best: String?
    let route: Route
    var id: String { module }
}

struct LearnTrackState: Equatable {
    let audience: String
    let title: String
    let summary: String
    let modulesTitle: String
    let modules: [ModuleCard]
    /// "My progress", for the whole curriculum.
    let progress: Entry
    let feedback: Feedback?
}

/// One page of a module: a lesson, or (after the last lesson) the scenario.
struct LearnModuleState: Equatable {
    let module: String
    let title: String
    let summary: String
    /// "Lesson 2 of 4", or the scenario's heading on the last page.
    let position: String
    let page: Int
    let pages: Int
    let lesson: LessonPage?
    let scenario: ScenarioPage?
    let previous: String?
    let next: String?
    /// Opens the quiz (offered on every page: reading is not required first).
    let startQuiz: Entry?
    let feedback: Feedback?
}

struct LearnQuizState: Equatable {
    let module: String
    /// "Question 2 of 5".
    let position: String
    let index: Int
    let total: Int
    let prompt: String
    let choices: [Choice]
    let selectedLabel: String
    let previous: String?
    /// Nil on the last question, where `submit` is shown instead.
    let next: String?
    let submit: String?
    let feedback: Feedback?
}

struct LearnResultState: Equatable {
    let module: String
    let score: String
    let best: String
    let questions: [QuestionResult]
    /// "Try the quiz again" (`LearnEvent.retry`).
    let retry: String
}

struct LearnProgressState: Equatable {
    let modules: [ProgressLine]
    /// "You have not started any module yet." when there is nothing, else nil.
    let none: String?
    let clear: String
    /// Non-nil after the first tap on `clear`.
    let confirm: WipeConfirm?
    let feedback: Feedback?
}

enum LearnScreen: Equatable {
    case track(LearnTrackState)
    case module(LearnModuleState)
    case quiz(LearnQuizState)
    case result(LearnResultState)
    case progress(LearnProgressState)

    /// What the read-aloud button speaks: the page on screen.
    var speakable: String {
        switch self {
        case let .track(track):
            return ([track.title, track.summary] + track.modules.flatMap { [$0.title, $0.summary, $0.progress].compactMap { $0 } })
                .joined(separator: "\n")
        case let .module(module):
            if let lesson = module.lesson {
                return ([module.position, lesson.title, lesson.body, lesson.pointsTitle] + lesson.points).joined(separator: "\n")
            }
            if let scenario = module.scenario {
                return [scenario.heading, scenario.title, scenario.body].joined(separator: "\n")
            }
            return module.title
        case let .quiz(quiz):
            return ([quiz.position, quiz.prompt] + quiz.choices.map(\.label)).joined(separator: "\n")
        case let .result(result):
            return ([result.score, result.best] + result.questions.flatMap { [$0.prompt, $0.verdict, $0.explanation] })
                .joined(separator: "\n")
        case let .progress(progress):
            return ([progress.feedback?.text, progress.none].compactMap { $0 }
                    + progress.modules.flatMap { [$0.line, $0.best].compactMap { $0 } }).joined(separator: "\n")
        }
    }
}

/// What a person does on the learning screens. Navigation uses `.open` and `.back`.
enum LearnEvent {
    case nextPage
    case previousPage
    case markRead(lesson: String)
    /// Picks a choice for the question on screen (a single-choice group: it replaces the one before).
    case choose(String)
    case nextQuestion
    case previousQuestion
    case submit
    /// From the result: the same quiz again, from the first question.
    case retry
    case askClear
    case cancelClear
    case confirmClear
}

/// The learning part of `ShellModel`: its state, its events and its screens.
// Used only on ShellRunner's serial queue, with the ShellModel that owns it.
final class LearnModel {
    private let core: WaymarkProtocol
    private let texts: Texts
    /// The page each module was left on, for this session.
    private var pages: [String: Int] = [:]
    /// The quiz in progress: one choice id (or nil) per question, in memory only.
    private var answers: [String?] = []
    private var question = 0
    private var result: QuizResultView?
    private var confirmingClear = false
    private var feedback: Feedback?

    init(core: WaymarkProtocol, texts: Texts) {
        self.core = core
        self.texts = texts
    }

    func title(_ route: LearnRoute) -> String {
        switch route {
        case let .track(audience):
            return (try? core.learnTracks().first { $0.id == audience }?.title) ?? texts["learn-menu-title"]
        case let .module(id):
            return module(id)?.title ?? texts["learn-menu-title"]
        case .quiz, .result:
            return texts["learn-menu-quiz"]
        case .progress:
            return texts["learn-menu-progress"]
        }
    }

    /// The screen changed. The quiz answers and the result live while their screen is on the
    /// back stack (a language change keeps them; going back forgets them).
    func moved(_ stack: [Route]) {
        feedback = nil
        confirmingClear = false
        if !stack.contains(where: { if case .learn(.quiz) = $0 { return true } else { return false } }) { forgetQuiz() }
        if !stack.contains(where: { if case .learn(.result) = $0 { return true } else { return false } }) { result = nil }
    }

    func forget() {
        pages = [:]
        forgetQuiz()
        result = nil
        confirmingClear = false
        feedback = nil
    }

    private func forgetQuiz() {
        answers = []
        question = 0
    }

    func handle(_ event: LearnEvent, stack: inout [Route]) -> ShellEffect {
        guard case let .learn(route)? = stack.last else { return .none }
        switch event {
        case .nextPage, .previousPage:
            guard case let .module(id) = route else { break }
            let total = (module(id)?.lessons.count ?? 0) + 1
            let step: Int
            if case .nextPage = event { step = 1 } else { step = -1 }
            pages[id] = min(max(savedPage(id) + step, 0), total - 1)
        case let .markRead(lesson):
            guard case let .module(id) = route else { break }
            act { _ = try self.core.learnLessonSeen(module: id, lesson: lesson) }
        case let .choose(choice):
            guard case let .quiz(id) = route else { break }
            let total = quizSize(id)
            if answers.count != total { answers = Array(repeating: nil, count: total) }
            if answers.indices.contains(question) {
                answers[question] = choice
            }
            feedback = nil
        case .nextQuestion, .previousQuestion:
            guard case let .quiz(id) = route else { break }
            let step: Int
            if case .nextQuestion = event { step = 1 } else { step = -1 }
            question = min(max(question + step, 0), max(quizSize(id) - 1, 0))
        case .submit:
            guard case let .quiz(id) = route else { break }
            submit(id, stack: &stack)
        case .retry:
            guard case let .result(id) = route else { break }
            forgetQuiz()
            stack[stack.count - 1] = .learn(.quiz(id))
        case .askClear:
            confirmingClear = true
        case .cancelClear:
            confirmingClear = false
        case .confirmClear:
            confirmingClear = false
            act {
                try self.core.learnClearProgress()
                self.feedback = Feedback(text: self.texts["learn-progress-cleared"], error: false)
            }
        }
        return .none
    }

    private func submit(_ id: String, stack: inout [Route]) {
        let total = quizSize(id)
        let chosen: [String?] = (0..<total).map { $0 < answers.count ? answers[$0] : nil }
        if let open = chosen.firstIndex(where: { $0 == nil }) {
            // The core would refuse too; say so before asking, and show the first open question.
            question = open
            feedback = Feedback(text: texts.format("learn-error-answer-count", [.number(name: "count", value: Double(total))]),
                                error: true)
            return
        }
        do {
            result = try core.learnSubmitQuiz(module: id, answers: chosen.compactMap { $0 })
            forgetQuiz()
            stack[stack.count - 1] = .learn(.result(id))
        } catch {
            feedback = Feedback(text: texts.error(error), error: true)
        }
    }

    func screen(_ route: LearnRoute) -> LearnScreen {
        switch route {
        case let .track(audience): return .track(trackState(audience))
        case let .module(id): return .module(moduleState(id))
        case let .quiz(id): return .quiz(quizState(id))
        case let .result(id): return .result(resultState(id))
        case .progress: return .progress(progressState())
        }
    }

    private func trackState(_ audience: String) -> LearnTrackState {
        var error: Feedback?
        var track: TrackView?
        var modules: [ModuleSummaryView] = []
        do {
            track = try core.learnTracks().first { $0.id == audience }
            modules = try core.learnModules(audience: audience)
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let progress = Dictionary(progressViews().map { ($0.module, $0) }, uniquingKeysWith: { first, _ in first })
        return LearnTrackState(
            audience: audience,
            title: track?.title ?? texts["learn-menu-title"],
            summary: track?.summary ?? "",
            modulesTitle: texts["learn-menu-choose-module"],
            modules: modules.map { m in
                let p = progress[m.id]
                return ModuleCard(
                    id: m.id,
                    title: m.title,
                    summary: m.summary,
                    lessons: texts.format("learn-lessons-count", [.number(name: "count", value: Double(m.lessons))]),
                    progress: p.flatMap { $0.lessonsSeen.isEmpty ? nil : progressLine(m.title, $0) },
                    best: p.flatMap { bestLine($0) },
                    route: .learn(.module(m.id))
                )
            },
            progress: Entry(id: "learn_progress", label: texts["learn-menu-progress"], route: .learn(.progress)),
            feedback: error ?? feedback
        )
    }

    private func moduleState(_ id: String) -> LearnModuleState {
        var error: Feedback?
        var view: ModuleView?
        do {
            view = try core.learnModule(id: id, region: nil)
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let lessons = view?.lessons ?? []
        let pageCount = lessons.count + 1
        let page = min(max(savedPage(id), 0), pageCount - 1)
        let seen = Set(progressViews().first { $0.module == id }?.lessonsSeen ?? [])
        let lesson = page < lessons.count ? lessons[page] : nil
        return LearnModuleState(
            module: id,
            title: view?.title ?? id,
            summary: view?.summary ?? "",
            position: lesson != nil
                ? texts.format("learn-lesson-heading", numbers(("number", page + 1), ("total", lessons.count)))
                : texts["learn-menu-scenario"],
            page: page,
            pages: pageCount,
            lesson: lesson.map {
                LessonPage(id: $0.id, title: $0.title, body: $0.body, pointsTitle: texts["learn-key-points"], points: $0.points,
                           seen: seen.contains($0.id), markRead: texts["shell-learn-mark-read"], seenLabel: texts["shell-learn-read"])
            },
            scenario: lesson == nil ? view.map { ScenarioPage(heading: texts["learn-menu-scenario"], title: $0.scenario.title, body: $0.scenario.body) } : nil,
            previous: page > 0 ? texts["shell-learn-previous"] : nil,
            next: page < pageCount - 1 ? texts["shell-learn-next"] : nil,
            startQuiz: (view?.quiz.isEmpty ?? true) ? nil
                : Entry(id: "learn_quiz", label: texts["shell-learn-start-quiz"], route: .learn(.quiz(id))),
            feedback: error ?? feedback
        )
    }

    private func quizState(_ id: String) -> LearnQuizState {
        var error: Feedback?
        var quiz: [QuizQuestionView] = []
        do {
            quiz = try core.learnModule(id: id, region: nil).quiz
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let index = min(max(question, 0), max(quiz.count - 1, 0))
        let q = index < quiz.count ? quiz[index] : nil
        let last = index >= quiz.count - 1
        let chosen = index < answers.count ? answers[index] : nil
        return LearnQuizState(
            module: id,
            position: texts.format("learn-quiz-question-heading", numbers(("number", index + 1), ("total", quiz.count))),
            index: index,
            total: quiz.count,
            prompt: q?.prompt ?? "",
            choices: (q?.choices ?? []).map { Choice(id: $0.id, label: $0.text, selected: chosen == $0.id) },
            selectedLabel: texts["shell-selected"],
            previous: index > 0 ? texts["shell-learn-previous"] : nil,
            next: last ? nil : texts["shell-learn-next"],
            submit: last && q != nil ? texts["shell-learn-submit"] : nil,
            feedback: error ?? feedback
        )
    }

    private func resultState(_ id: String) -> LearnResultState {
        // Texts come from the module in the current language, so a language change re-renders them.
        let quiz = module(id)?.quiz ?? []
        let total = Int(result?.total ?? 0)
        return LearnResultState(
            module: id,
            score: texts.format("learn-quiz-score", numbers(("score", Int(result?.score ?? 0)), ("total", total))),
            best: texts.format("learn-quiz-best", numbers(("score", Int(result?.bestScore ?? 0)), ("total", total))),
            questions: (result?.questions ?? []).map { a in
                let q = quiz.first { $0.id == a.id }
                func choice(_ c: String) -> String { q?.choices.first { $0.id == c }?.text ?? c }
                return QuestionResult(
                    id: a.id,
                    prompt: q?.prompt ?? "",
                    correct: a.correct,
                    chosen: texts.format("shell-learn-your-answer", [.text(name: "answer", value: choice(a.chosen))]),
                    verdict: a.correct ? texts["learn-quiz-correct"]
                        : texts.format("learn-quiz-wrong", [.text(name: "answer", value: choice(a.answer))]),
                    explanation: q?.explanation ?? a.explanation
                )
            },
            retry: texts["shell-learn-retry"]
        )
    }

    private func progressState() -> LearnProgressState {
        var error: Feedback?
        var all: [ModuleProgressView] = []
        do {
            all = try core.learnProgress()
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let titles = Dictionary(((try? core.learnModules(audience: nil)) ?? []).map { ($0.id, $0.title) },
                                uniquingKeysWith: { first, _ in first })
        return LearnProgressState(
            modules: all.map { p in
                ProgressLine(module: p.module, line: progressLine(titles[p.module] ?? p.module, p), best: bestLine(p),
                             route: .learn(.module(p.module)))
            },
            none: all.isEmpty && error == nil ? texts["learn-progress-none"] : nil,
            clear: texts["learn-menu-clear-progress"],
            confirm: confirmingClear
                ? WipeConfirm(question: texts["shell-learn-clear-question"], yes: texts["shell-learn-clear-yes"], cancel: texts["shell-cancel"])
                : nil,
            feedback: error ?? feedback
        )
    }

    private func progressLine(_ title: String, _ p: ModuleProgressView) -> String {
        texts.format("learn-progress-line",
                     [MessageArg.text(name: "module", value: title)] + numbers(("seen", p.lessonsSeen.count), ("total", Int(p.lessonsTotal))))
    }

    private func bestLine(_ p: ModuleProgressView) -> String? {
        p.bestScore.map { texts.format("learn-quiz-best", numbers(("score", Int($0)), ("total", Int(p.quizTotal)))) }
    }

    private func savedPage(_ module: String) -> Int { pages[module] ?? 0 }

    private func module(_ id: String) -> ModuleView? { try? core.learnModule(id: id, region: nil) }

    private func quizSize(_ module: String) -> Int { self.module(module)?.quiz.count ?? 0 }

    /// Progress for every started module; empty when it cannot be read (the screen says why).
    private func progressViews() -> [ModuleProgressView] { (try? core.learnProgress()) ?? [] }

    private func act(_ call: () throws -> Void) {
        feedback = nil
        do {
            try call()
        } catch {
            feedback = Feedback(text: texts.error(error), error: true)
        }
    }

    private func numbers(_ pairs: (String, Int)...) -> [MessageArg] {
        pairs.map { .number(name: $0.0, value: Double($0.1)) }
    }
}
