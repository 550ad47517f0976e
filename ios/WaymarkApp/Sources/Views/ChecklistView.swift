import SwiftUI

/// The safe-travel checklist: stages, tick items, add own items, a private note per item.
struct ChecklistView: View {
    let checklist: ChecklistState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: checklist.feedback)
                if let damaged = checklist.damaged {
                    Text(damaged).foregroundStyle(.red)
                }
                ForEach(checklist.stages) { stage in
                    SectionTitle(text: stage.title)
                    ForEach(stage.items) { item in
                        ChecklistRow(item: item, checklist: checklist, send: send)
                    }
                    AddOwnItem(stage: stage.id, checklist: checklist, send: send)
                    Divider()
                }
            }
        }
    }
}

private struct ChecklistRow: View {
    let item: ChecklistItem
    let checklist: ChecklistState
    let send: @MainActor (ShellEvent) -> Void
    @State private var editing = false
    @State private var note = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Button {
                send(.tick(item: item.id, done: !item.done))
            } label: {
                HStack(alignment: .top) {
                    Image(systemName: item.done ? "checkmark.square" : "square")
                        .accessibilityHidden(true)
                    Text(item.title)
                }
            }
            .buttonStyle(.plain)
            .frame(minHeight: 44)
            .accessibilityValue(Text(item.done ? checklist.doneLabel : checklist.notDoneLabel))
            if let saved = item.note {
                Text(saved).font(.callout).padding(.leading, 28)
            }
            HStack {
                Button(checklist.noteLabel) {
                    note = item.note ?? ""
                    editing.toggle()
                }
                if item.custom {
                    Button(checklist.removeLabel, role: .destructive) { send(.removeItem(item.id)) }
                }
            }
            .padding(.leading, 28)
            if editing {
                TextField(checklist.noteLabel, text: $note, axis: .vertical)
                    .textFieldStyle(.roundedBorder)
                    // No autocorrection, so the keyboard learns no words from the note.
                    .autocorrectionDisabled()
                    .textInputAutocapitalization(.never)
                    .privacySensitive()
                Text(checklist.noteHint).font(.footnote)
                Button(checklist.saveLabel) {
                    send(.setNote(item: item.id, note: note))
                    editing = false
                }
                .buttonStyle(.bordered)
            }
        }
    }
}

private struct AddOwnItem: View {
    let stage: String
    let checklist: ChecklistState
    let send: @MainActor (ShellEvent) -> Void
    @State private var text = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            TextField(checklist.addHint, text: $text)
                .textFieldStyle(.roundedBorder)
                .autocorrectionDisabled()
                .textInputAutocapitalization(.never)
                .privacySensitive()
            Button(checklist.addLabel) {
                send(.addItem(stage: stage, text: text))
                text = ""
            }
            .buttonStyle(.bordered)
            .disabled(text.trimmingCharacters(in: .whitespaces).isEmpty)
        }
    }
}
