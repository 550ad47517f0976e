import SwiftUI

/// PIN entry while the vault is locked. The PIN is cleared from the field as soon as it is sent.
struct UnlockView: View {
    let unlock: UnlockState
    let send: @MainActor (ShellEvent) -> Void
    @State private var pin = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(unlock.hint)
            SecureField(unlock.pinLabel, text: $pin)
                .keyboardType(.numberPad)
                // A one-time code, not a password: no password manager offers to save the PIN.
                .textContentType(.oneTimeCode)
                .autocorrectionDisabled()
                // Redacted in widgets and lock-screen snapshots only; the app's own cover
                // (scene phase, screen capture) is what hides the screen.
                .privacySensitive()
                .textFieldStyle(.roundedBorder)
                .onSubmit(submit)
            if let error = unlock.error {
                Text(error)
                    .foregroundStyle(.red)
                    .accessibilityAddTraits(.updatesFrequently)
            }
            Button(unlock.unlockLabel, action: submit)
                .buttonStyle(.borderedProminent)
                .disabled(pin.isEmpty)
            Button(unlock.findHelp.label) { send(.open(unlock.findHelp.route)) }
                .buttonStyle(.bordered)
        }
    }

    private func submit() {
        guard !pin.isEmpty else { return }
        let entered = pin
        pin = ""
        send(.unlock(pin: entered))
    }
}

/// The Keychain lost the vault's key: say so plainly, offer an empty app, keep find help near.
struct StartAgainView: View {
    let again: StartAgainState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(again.message)
            Button(again.startAgainLabel) { send(.startAgain) }
                .buttonStyle(.borderedProminent)
            Button(again.findHelp.label) { send(.open(again.findHelp.route)) }
                .buttonStyle(.bordered)
        }
    }
}

/// A section heading VoiceOver announces as a header.
struct SectionTitle: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.headline)
            .accessibilityAddTraits(.isHeader)
    }
}

/// The core's confirmation or error.
struct FeedbackText: View {
    let feedback: Feedback?

    var body: some View {
        if let feedback {
            Text(feedback.text)
                .foregroundStyle(feedback.error ? Color.red : Color.accentColor)
        }
    }
}

/// A labelled switch from the shell's `OnOff`.
struct OnOffRow: View {
    let onOff: OnOff
    let onChange: (Bool) -> Void

    var body: some View {
        Toggle(isOn: Binding(get: { onOff.on }, set: onChange)) {
            VStack(alignment: .leading) {
                Text(onOff.label)
                if let help = onOff.help {
                    Text(help).font(.callout)
                }
            }
        }
    }
}
