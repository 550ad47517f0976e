import SwiftUI

/// The learning screens. Every word and every decision comes from `LearnModel` (which asks
/// the core); these only lay them out. RootView's read-aloud button speaks the page on screen
/// (the lesson with its key points, or the scenario) through `ReadAloud`.
struct LearnViews: View {
    let screen: LearnScreen
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        switch screen {
        case let .track(track):
            LearnTrackView(track: track, send: send)
        case let .module(module):
            LearnModuleView(module: module, send: send)
        case let .quiz(quiz):
            LearnQuizView(quiz: quiz, send: send)
        case let .result(result):
            LearnResultView(result: result, send: send)
        case let .progress(progress):
            LearnProgressView(progress: progress, send: send)
        }
    }
}

/// An audience's track: its modules in order, each with its size and the person's progress.
private struct LearnTrackView: View {
    let track: LearnTrackState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(track.summary)
                FeedbackText(feedback: track.feedback)
                SectionTitle(text: track.modulesTitle)
                ForEach(track.modules) { card in
                    Button {
                        send(.open(card.route))
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(card.title).font(.headline)
                            Text(card.summary).font(.callout)
                            Text(card.lessons).font(.footnote)
                            if let progress = card.progress {
                                Text(progress).font(.footnote).foregroundStyle(Color.accentColor)
                            }
                            if let best = card.best {
                                Text(best).font(.footnote).foregroundStyle(Color.accentColor)
                            }
                        }
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                        .multilineTextAlignment(.leading)
                    }
                    .buttonStyle(.bordered)
                    // One VoiceOver item per module, read in order.
                    .accessibilityElement(children: .combine)
                }
                Button {
                    send(.open(track.progress.route))
                } label: {
                    Text(track.progress.label).frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.borderedProminent)
            }
        }
    }
}

/// One page of a module: a lesson (body, key points, mark as read) or the scenario.
private struct LearnModuleView: View {
    let module: LearnModuleState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: module.feedback)
                Text(module.position)
                    .font(.subheadline)
                    .accessibilityAddTraits(.isHeader)
                if let lesson = module.lesson {
                    Text(lesson.title)
                        .font(.title3.bold())
                        .accessibilityAddTraits(.isHeader)
                    Text(lesson.body)
                    SectionTitle(text: lesson.pointsTitle)
                    ForEach(lesson.points, id: \.self) { point in
                        // A bullet on the reading side: HStack follows the layout direction.
                        HStack(alignment: .firstTextBaseline, spacing: 8) {
                            Text("•").accessibilityHidden(true)
                            Text(point)
                        }
                        .accessibilityElement(children: .combine)
                    }
                    if lesson.seen {
                        Text(lesson.seenLabel).foregroundStyle(Color.accentColor)
                    } else {
                        Button(lesson.markRead) { send(.learn(.markRead(lesson: lesson.id))) }
                            .buttonStyle(.bordered)
                            .frame(minHeight: 44)
                    }
                }
                if let scenario = module.scenario {
                    Text(scenario.title)
                        .font(.title3.bold())
                        .accessibilityAddTraits(.isHeader)
                    Text(scenario.body)
                }
                PreviousNext(previous: module.previous, next: module.next,
                             onPrevious: { send(.learn(.previousPage)) }, onNext: { send(.learn(.nextPage)) })
                if let quiz = module.startQuiz {
                    Divider()
                    Button {
                        send(.open(quiz.route))
                    } label: {
                        Text(quiz.label).frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.borderedProminent)
                }
            }
        }
    }
}

/// One question, its choices, then next or submit.
private struct LearnQuizView: View {
    let quiz: LearnQuizState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(quiz.position).font(.subheadline)
                Text(quiz.prompt)
                    .font(.title3.bold())
                    .accessibilityAddTraits(.isHeader)
                ForEach(quiz.choices) { choice in
                    ChoiceRow(choice: choice, selectedLabel: quiz.selectedLabel) {
                        send(.learn(.choose(choice.id)))
                    }
                }
                FeedbackText(feedback: quiz.feedback)
                PreviousNext(previous: quiz.previous, next: quiz.next,
                             onPrevious: { send(.learn(.previousQuestion)) }, onNext: { send(.learn(.nextQuestion)) })
                if let submit = quiz.submit {
                    Button {
                        send(.learn(.submit))
                    } label: {
                        Text(submit).frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.borderedProminent)
                }
            }
        }
    }
}

/// The score, then every question with the person's answer, the right one and why.
private struct LearnResultView: View {
    let result: LearnResultState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(result.score)
                    .font(.title3.bold())
                    .accessibilityAddTraits(.isHeader)
                Text(result.best)
                ForEach(result.questions) { question in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(question.prompt).font(.headline)
                        Text(question.chosen).font(.callout)
                        Text(question.verdict)
                            .foregroundStyle(question.correct ? Color.accentColor : Color.red)
                        Text(question.explanation).font(.callout)
                        Divider()
                    }
                    .accessibilityElement(children: .combine)
                }
                Button {
                    send(.learn(.retry))
                } label: {
                    Text(result.retry).frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.borderedProminent)
            }
        }
    }
}

/// Progress in every started module; clearing asks first, like deleting everything does.
private struct LearnProgressView: View {
    let progress: LearnProgressState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: progress.feedback)
                if let none = progress.none {
                    Text(none)
                }
                ForEach(progress.modules) { line in
                    Button {
                        send(.open(line.route))
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(line.line)
                            if let best = line.best {
                                Text(best).font(.callout)
                            }
                        }
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                        .multilineTextAlignment(.leading)
                    }
                    .buttonStyle(.plain)
                    .accessibilityElement(children: .combine)
                    .accessibilityAddTraits(.isButton)
                    Divider()
                }
                if let confirm = progress.confirm {
                    Text(confirm.question)
                    HStack {
                        Button(confirm.cancel) { send(.learn(.cancelClear)) }
                            .buttonStyle(.bordered)
                        Button(confirm.yes, role: .destructive) { send(.learn(.confirmClear)) }
                            .buttonStyle(.borderedProminent)
                    }
                } else if !progress.modules.isEmpty {
                    Button(progress.clear, role: .destructive) { send(.learn(.askClear)) }
                        .buttonStyle(.bordered)
                }
            }
        }
    }
}

/// "Previous" at the start and "Next" at the end of the reading direction (leading and
/// trailing), so Arabic gets them mirrored without any left or right in the code.
private struct PreviousNext: View {
    let previous: String?
    let next: String?
    let onPrevious: @MainActor () -> Void
    let onNext: @MainActor () -> Void

    var body: some View {
        if previous != nil || next != nil {
            HStack(spacing: 12) {
                if let previous {
                    Button(previous) { onPrevious() }
                        .buttonStyle(.bordered)
                        .frame(minHeight: 44)
                }
                Spacer()
                if let next {
                    Button(next) { onNext() }
                        .buttonStyle(.borderedProminent)
                        .frame(minHeight: 44)
                }
            }
        }
    }
}
