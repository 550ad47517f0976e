import SwiftUI
import Waymark

/// Any screen of the app core, drawn from its parts (Rendering.swift): the review note, the
/// notice, the blocks, the field and the actions. Only the workshop's present view is drawn
/// its own way (large text); the PIN screen is a hidden number field like any other.
struct ScreenView: View {
    let shown: Shown
    let send: @MainActor (Event) -> Void

    var body: some View {
        let screen = shown.screen
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                if let note = screen.reviewNote {
                    Text(note)
                        .font(.footnote)
                        .foregroundStyle(.secondary)
                }
                if let notice = screen.notice {
                    Text(notice.text)
                        .foregroundStyle(notice.error ? Color.red : Color.accentColor)
                        .accessibilityAddTraits(.updatesFrequently)
                }
                ForEach(Array(screen.blocks.map(\.line).enumerated()), id: \.offset) { _, line in
                    LineView(line: line, large: screen.presenting)
                }
                if let input = screen.input {
                    InputField(input: input, enabled: !shown.busy) { send(.submit(text: $0)) }
                        // A new field (or an accepted answer) starts from the screen's value.
                        .id(shown.field)
                }
                ForEach(Array(screen.actions.enumerated()), id: \.offset) { _, action in
                    ActionView(action: action) { send(.choose(action: action.id)) }
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}

private struct LineView: View {
    let line: Line
    let large: Bool

    var body: some View {
        switch line.look {
        case .heading:
            Text(line.text).font(.headline).accessibilityAddTraits(.isHeader)
        case .text:
            Text(line.text).font(large ? .title2 : .body)
        case .note:
            Text(line.text).font(.footnote).foregroundStyle(.secondary)
        case .warning:
            Text(line.text)
                .bold()
                .padding(12)
                .frame(maxWidth: .infinity, alignment: .leading)
                .background(Color.red.opacity(0.12), in: RoundedRectangle(cornerRadius: 8))
        case .fact:
            HStack {
                Text(line.label ?? "").bold()
                Text(line.text)
            }
        case .progress:
            VStack(alignment: .leading, spacing: 4) {
                Text(line.text).font(.subheadline)
                if let progress = line.progress {
                    ProgressView(value: progress)
                }
            }
        }
    }
}

/// An action drawn by its style: a row, a radio choice, a switch, or a main or destructive button.
private struct ActionView: View {
    let action: Action
    let choose: @MainActor () -> Void

    var body: some View {
        switch action.control {
        case .row:
            Button(action: choose) {
                HStack {
                    ActionLabel(action: action)
                    Spacer()
                    Image(systemName: "chevron.forward").foregroundStyle(.secondary)
                }
                .frame(minHeight: 44)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
        case .radio:
            Button(action: choose) {
                HStack {
                    Image(systemName: action.checked == true ? "largecircle.fill.circle" : "circle")
                    ActionLabel(action: action)
                }
                .frame(minHeight: 44)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(action.checked == true ? .isSelected : [])
        case .toggle:
            // The whole row is the switch; its state is the core's, shown by a switch that takes no touch itself.
            Button(action: choose) {
                HStack {
                    ActionLabel(action: action)
                    Spacer()
                    Toggle("", isOn: .constant(action.checked == true))
                        .labelsHidden()
                        .allowsHitTesting(false)
                }
                .frame(minHeight: 44)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(action.checked == true ? .isSelected : [])
        case .primary:
            Button(action: choose) { Text(action.label).frame(maxWidth: .infinity) }
                .buttonStyle(.borderedProminent)
        case .danger:
            Button(role: .destructive, action: choose) { Text(action.label).frame(maxWidth: .infinity) }
                .buttonStyle(.borderedProminent)
                .tint(.red)
        }
    }
}

private struct ActionLabel: View {
    let action: Action

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(action.label)
            if let detail = action.detail {
                Text(detail).font(.footnote).foregroundStyle(.secondary)
            }
        }
    }
}

/// The screen's field and its button. A PIN is hidden on the number pad and cleared as soon
/// as it is sent; a long text has several lines; nothing autocorrects or is remembered.
private struct InputField: View {
    let input: Input
    let enabled: Bool
    let submit: @MainActor (String) -> Void
    @State private var text: String
    @FocusState private var focused: Bool

    init(input: Input, enabled: Bool, submit: @escaping @MainActor (String) -> Void) {
        self.input = input
        self.enabled = enabled
        self.submit = submit
        _text = State(initialValue: input.value)
    }

    var body: some View {
        let field = input.field
        VStack(alignment: .leading, spacing: 8) {
            Text(input.label).font(.subheadline)
            Group {
                if field.hidden {
                    SecureField(input.hint ?? "", text: $text)
                        // A one-time code, not a password: no password manager offers to save the PIN.
                        .textContentType(.oneTimeCode)
                        .privacySensitive()
                } else if field.multiLine {
                    TextField(input.hint ?? "", text: $text, axis: .vertical)
                        .lineLimit(4...10)
                } else {
                    TextField(input.hint ?? "", text: $text)
                }
            }
            .keyboardType(field.digits ? .numberPad : .default)
            .autocorrectionDisabled()
            .textInputAutocapitalization(.never)
            .textFieldStyle(.roundedBorder)
            .focused($focused)
            .onSubmit(send)
            .disabled(!enabled)
            Button(input.submit, action: send)
                .buttonStyle(.borderedProminent)
                .disabled(!enabled)
        }
        .onAppear { if field.hidden { focused = true } }
    }

    private func send() {
        submit(text)
        if input.field.hidden { text = "" }
    }
}
