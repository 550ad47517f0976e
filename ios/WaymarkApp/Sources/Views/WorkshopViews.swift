import SwiftUI

/// One case per workshop screen (plans, plan, present, session, sessions).
struct WorkshopView: View {
    let screen: WorkshopScreen
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        switch screen {
        case let .plans(plans):
            WorkshopPlansView(plans: plans, send: send)
        case let .plan(plan):
            WorkshopPlanView(plan: plan, send: send)
        case let .present(present):
            WorkshopPresentView(present: present, send: send)
        case let .session(session):
            WorkshopSessionView(session: session, send: send)
        case let .sessions(sessions):
            WorkshopSessionsView(sessions: sessions, send: send)
        }
    }
}

/// The session plans, and the way to the sessions already run on this phone.
struct WorkshopPlansView: View {
    let plans: WorkshopPlansState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 8) {
                FeedbackText(feedback: plans.feedback)
                SectionTitle(text: plans.choosePlan)
                ForEach(plans.plans) { plan in
                    Button {
                        send(.open(.workshop(.plan(plan.id))))
                    } label: {
                        VStack(alignment: .leading, spacing: 2) {
                            Text(plan.title).font(.headline)
                            Text([plan.audience, plan.duration].compactMap { $0 }.joined(separator: " · ")).font(.callout)
                        }
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                    }
                    .buttonStyle(.bordered)
                    .accessibilityElement(children: .combine)
                }
                Button(plans.sessions.label) { send(.open(plans.sessions.route)) }
                    .buttonStyle(.borderedProminent)
                    .frame(minHeight: 44)
            }
        }
    }
}

/// One plan: every agenda item with its timing and the facilitator's notes; present or run it.
struct WorkshopPlanView: View {
    let plan: WorkshopPlanState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: plan.feedback)
                Text(plan.duration).font(.headline)
                Button(plan.present) { send(.open(.workshop(.present(plan.id)))) }
                    .buttonStyle(.borderedProminent)
                Button(plan.start) { send(.workshop(.start)) }
                    .buttonStyle(.borderedProminent)
                if let resume = plan.resume {
                    Button(resume) { send(.workshop(.resume)) }
                        .buttonStyle(.bordered)
                }
                ForEach(plan.agenda) { item in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(item.title).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(item.duration).font(.footnote)
                        LabelledText(label: plan.labels.activity, text: item.activity)
                        LabelledText(label: plan.labels.notes, text: item.notes)
                        BulletList(label: plan.labels.prompts, lines: item.prompts)
                        BulletList(label: plan.labels.cards, lines: item.cards)
                        Divider()
                    }
                }
            }
        }
    }
}

/// For a group: one agenda item at a time in large text, with previous and next.
struct WorkshopPresentView: View {
    let present: WorkshopPresentState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                FeedbackText(feedback: present.feedback)
                Text(present.heading).font(.headline)
                Text(present.title)
                    .font(.largeTitle.bold())
                    .accessibilityAddTraits(.isHeader)
                Text(present.activity).font(.title2)
                if !present.prompts.isEmpty {
                    SectionTitle(text: present.labels.prompts)
                    ForEach(present.prompts, id: \.self) { Text("• \($0)").font(.title2) }
                }
                if !present.cards.isEmpty {
                    SectionTitle(text: present.labels.cards)
                    ForEach(present.cards, id: \.self) { Text($0).font(.title2) }
                }
                if !present.hands.isEmpty {
                    SectionTitle(text: present.labels.hands)
                    ForEach(present.hands, id: \.self) { Text("• \($0)").font(.title2) }
                }
                ForEach(present.quiz) { question in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(question.prompt).font(.title2)
                        ForEach(question.choices) { Text("\($0.id)) \($0.label)").font(.title3) }
                    }
                }
                LabelledText(label: present.labels.notes, text: present.notes)
                // Leading/trailing, not left/right: the order follows the language's direction.
                HStack(spacing: 12) {
                    if let previous = present.previous {
                        Button(previous) { send(.workshop(.previous)) }
                            .buttonStyle(.bordered)
                            .frame(maxWidth: .infinity, minHeight: 56)
                    }
                    if let next = present.next {
                        Button(next) { send(.workshop(.next)) }
                            .buttonStyle(.borderedProminent)
                            .frame(maxWidth: .infinity, minHeight: 56)
                    }
                }
            }
        }
    }
}

/// The running session: how many are here, the group quiz, show of hands, then end.
struct WorkshopSessionView: View {
    let session: WorkshopSessionState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(session.started).font(.callout)
                FeedbackText(feedback: session.feedback)
                CountRow(field: session.attendance, save: session.save) { send(.workshop(.attendance($0))) }
                SectionTitle(text: session.quizTitle)
                HStack {
                    ForEach(session.phases) { phase in
                        Button(phase.label) { send(.workshop(.phase(phase.id))) }
                            .buttonStyle(.bordered)
                            .tint(phase.selected ? .accentColor : .secondary)
                            .accessibilityAddTraits(phase.selected ? .isSelected : [])
                    }
                }
                ScoresForm(session: session, send: send)
                Text(session.passPhone).font(.callout)
                ForEach(session.questions) { question in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(question.prompt).font(.headline)
                        ForEach(question.choices) { choice in
                            Button {
                                send(.workshop(.choose(question: question.id, choice: choice.id)))
                            } label: {
                                HStack {
                                    Image(systemName: choice.selected ? "largecircle.fill.circle" : "circle")
                                        .accessibilityHidden(true)
                                    Text(choice.label)
                                }
                                .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                            }
                            .buttonStyle(.plain)
                            .accessibilityAddTraits(choice.selected ? .isSelected : [])
                        }
                    }
                }
                Button(session.saveAnswers) { send(.workshop(.saveAnswers)) }
                    .buttonStyle(.borderedProminent)
                SectionTitle(text: session.handsTitle)
                ForEach(session.hands) { field in
                    CountRow(field: field, save: session.save) { send(.workshop(.hands(question: field.id, count: $0))) }
                }
                Button(session.end) { send(.workshop(.end)) }
                    .buttonStyle(.borderedProminent)
                    .tint(.orange)
            }
        }
    }
}

/// Scores per person (number pad) and, optionally, how many missed each question.
private struct ScoresForm: View {
    let session: WorkshopSessionState
    let send: @MainActor (ShellEvent) -> Void
    @State private var scores = ""
    @State private var missed: [String] = []

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(session.scoresMax).font(.callout)
            TextField(session.scoresHint, text: $scores)
                .keyboardType(.numbersAndPunctuation)
                .autocorrectionDisabled()
                .textFieldStyle(.roundedBorder)
                .accessibilityLabel(Text(session.scoresHint))
            Text(session.missedTitle).font(.callout)
            ForEach(Array(session.missed.enumerated()), id: \.element.id) { i, field in
                TextField(field.label, text: Binding(
                    get: { i < missed.count ? missed[i] : "" },
                    set: { value in if i < missed.count { missed[i] = value } }
                ))
                .keyboardType(.numberPad)
                .autocorrectionDisabled()
                .textFieldStyle(.roundedBorder)
                .accessibilityLabel(Text(field.label))
            }
            Button(session.saveScores) { send(.workshop(.scores(scores, missed: missed))) }
                .buttonStyle(.borderedProminent)
        }
        // Follows the shell's drafts: emptied after a save, kept after a refusal.
        .onAppear { sync() }
        .onChange(of: session.scoresDraft) { _ in sync() }
        .onChange(of: session.missed) { _ in sync() }
    }

    private func sync() {
        scores = session.scoresDraft
        missed = session.missed.map(\.draft)
    }
}

/// A count typed on the number pad; what was typed stays if the core refuses it.
private struct CountRow: View {
    let field: CountField
    let save: String
    let onSave: (String) -> Void
    @State private var text = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            TextField(field.label, text: $text)
                .keyboardType(.numberPad)
                .autocorrectionDisabled()
                .textFieldStyle(.roundedBorder)
                .accessibilityLabel(Text(field.label))
            if let saved = field.saved {
                Text(saved).font(.footnote)
            }
            Button(save) { onSave(text) }
                .buttonStyle(.bordered)
        }
        .onAppear { text = field.draft }
        .onChange(of: field.draft) { text = $0 }
    }
}

/// The sessions run on this phone, their summary, sharing the export, and deleting them.
struct WorkshopSessionsView: View {
    let sessions: WorkshopSessionsState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: sessions.feedback)
                if let empty = sessions.empty {
                    Text(empty)
                }
                ForEach(sessions.rows) { row in
                    VStack(alignment: .leading, spacing: 2) {
                        Text(row.title).font(.headline)
                        Text("\(row.date) · \(row.status)").font(.callout)
                        Text(row.people).font(.callout)
                        if let before = row.before { Text(before).font(.callout) }
                        if let after = row.after { Text(after).font(.callout) }
                    }
                    .accessibilityElement(children: .combine)
                    if let resume = row.resume {
                        Button(resume) { send(.workshop(.continueSession(row.id))) }
                            .buttonStyle(.bordered)
                    }
                    Divider()
                }
                SectionTitle(text: sessions.exportTitle)
                Text(sessions.exportNote).font(.callout)
                HStack {
                    Button(sessions.exportCsv) { send(.workshop(.export("csv"))) }
                        .buttonStyle(.bordered)
                    Button(sessions.exportJson) { send(.workshop(.export("json"))) }
                        .buttonStyle(.bordered)
                }
                if let exported = sessions.exported {
                    // The system share sheet: the person picks where the summary goes.
                    ShareLink(item: exported) {
                        Label(sessions.exportTitle, systemImage: "square.and.arrow.up")
                    }
                    .buttonStyle(.borderedProminent)
                    Text(exported)
                        .font(.footnote.monospaced())
                        .environment(\.layoutDirection, .leftToRight)
                        .textSelection(.enabled)
                }
                if let confirm = sessions.clearConfirm {
                    Text(confirm.question)
                    Button(confirm.yes, role: .destructive) { send(.workshop(.confirmClear)) }
                        .buttonStyle(.borderedProminent)
                    Button(confirm.cancel) { send(.workshop(.cancelClear)) }
                        .buttonStyle(.bordered)
                } else {
                    Button(sessions.clear, role: .destructive) { send(.workshop(.askClear)) }
                        .buttonStyle(.bordered)
                }
            }
        }
    }
}

private struct LabelledText: View {
    let label: String
    let text: String

    var body: some View {
        if !text.isEmpty {
            VStack(alignment: .leading, spacing: 2) {
                Text(label).font(.subheadline.bold())
                Text(text).font(.callout)
            }
            .accessibilityElement(children: .combine)
        }
    }
}

private struct BulletList: View {
    let label: String
    let lines: [String]

    var body: some View {
        if !lines.isEmpty {
            VStack(alignment: .leading, spacing: 2) {
                Text(label).font(.subheadline.bold())
                ForEach(lines, id: \.self) { Text("• \($0)").font(.callout) }
            }
        }
    }
}
