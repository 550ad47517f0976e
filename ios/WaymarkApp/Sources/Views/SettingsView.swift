import SwiftUI

/// Language, PIN and emergency PIN, privacy (leave no trace, notifications, disguise),
/// delete everything (asked first), about.
struct SettingsView: View {
    let settings: SettingsState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: settings.feedback)

                SectionTitle(text: settings.languageTitle)
                Text(settings.currentLanguage)
                Button(settings.changeLanguage.label) { send(.open(settings.changeLanguage.route)) }
                    .buttonStyle(.bordered)
                Divider()

                PinSettingsView(pin: settings.pin, send: send)
                Divider()

                SectionTitle(text: settings.privacyTitle)
                OnOffRow(onOff: settings.leaveNoTrace) { send(.setLeaveNoTrace($0)) }
                OnOffRow(onOff: settings.notificationsOff) { send(.setNotificationsOff($0)) }
                SectionTitle(text: settings.disguiseTitle)
                Text(settings.disguiseHint).font(.callout)
                ForEach(settings.disguises) { disguise in
                    ChoiceRow(choice: disguise, selectedLabel: settings.selectedLabel) {
                        send(.chooseDisguise(disguise.id))
                    }
                }
                Divider()

                // Delete everything: a first tap only asks; the second, explicit answer deletes.
                if let confirm = settings.wipeConfirm {
                    Text(confirm.question)
                    HStack {
                        Button(confirm.cancel) { send(.cancelWipe) }
                            .buttonStyle(.bordered)
                        Button(confirm.yes, role: .destructive) { send(.confirmWipe) }
                            .buttonStyle(.borderedProminent)
                    }
                } else {
                    Button(settings.wipeLabel, role: .destructive) { send(.askWipe) }
                        .buttonStyle(.bordered)
                }
                Divider()

                SectionTitle(text: settings.aboutTitle)
                Text(settings.offlineNote).font(.callout)
                Text(settings.contentVersion).font(.footnote)
            }
        }
    }
}

/// Set, change or remove the PIN; lock now; the emergency PIN, explained before opting in.
/// Typed PINs live only in these fields and are cleared once sent.
private struct PinSettingsView: View {
    let pin: PinSection
    let send: @MainActor (ShellEvent) -> Void
    @State private var current = ""
    @State private var newPin = ""
    @State private var again = ""
    @State private var duress = ""
    @State private var duressAgain = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            SectionTitle(text: pin.title)
            Text(pin.status).font(.callout)
            if pin.hasPin {
                PinInput(label: pin.currentPinLabel, text: $current)
                PinInput(label: pin.newPinLabel, text: $newPin)
                PinInput(label: pin.repeatPinLabel, text: $again)
                Button(pin.changePin) { send(.changePin(old: current, new: newPin, again: again)); clear() }
                    .buttonStyle(.borderedProminent)
                Button(pin.removePin) { send(.removePin(pin: current)); clear() }
                    .buttonStyle(.bordered)
                Button(pin.lockNow) { clear(); send(.lock) }
                    .buttonStyle(.bordered)
            } else {
                PinInput(label: pin.newPinLabel, text: $newPin)
                PinInput(label: pin.repeatPinLabel, text: $again)
                Button(pin.setPin) { send(.setPin(pin: newPin, again: again)); clear() }
                    .buttonStyle(.borderedProminent)
            }

            SectionTitle(text: pin.duressTitle)
            Text(pin.duressExplain).font(.callout)
            if let status = pin.duressStatus {
                Text(status).font(.callout)
            }
            if let setDuress = pin.setDuress {
                PinInput(label: pin.pinLabel, text: $duress)
                PinInput(label: pin.repeatPinLabel, text: $duressAgain)
                Button(setDuress) { send(.setDuressPin(pin: duress, again: duressAgain)); clear() }
                    .buttonStyle(.bordered)
            } else {
                Text(pin.duressNeedsPin).font(.callout)
            }
        }
    }

    private func clear() {
        current = ""
        newPin = ""
        again = ""
        duress = ""
        duressAgain = ""
    }
}

/// A PIN field: dots only, number pad, never offered to a password manager (a one-time
/// code, not a password), no autocorrection. `.privacySensitive()` redacts it only in
/// widgets and lock-screen snapshots; the app's cover hides the rest.
struct PinInput: View {
    let label: String
    @Binding var text: String

    var body: some View {
        SecureField(label, text: $text)
            .keyboardType(.numberPad)
            .textContentType(.oneTimeCode)
            .autocorrectionDisabled()
            .privacySensitive()
            .textFieldStyle(.roundedBorder)
    }
}
