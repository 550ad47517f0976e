import SwiftUI

/// Language, disguise and "about". PIN, duress PIN, leave-no-trace and wipe join here as
/// sections when the vault and discretion settings land (issues 7 and 8).
struct SettingsView: View {
    let settings: SettingsState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                SectionTitle(text: settings.languageTitle)
                Text(settings.currentLanguage)
                Button(settings.changeLanguage.label) { send(.open(settings.changeLanguage.route)) }
                    .buttonStyle(.bordered)
                Divider()

                SectionTitle(text: settings.disguiseTitle)
                Text(settings.disguiseHint).font(.callout)
                ForEach(settings.disguises) { disguise in
                    ChoiceRow(choice: disguise, selectedLabel: settings.selectedLabel) {
                        send(.chooseDisguise(disguise.id))
                    }
                }
                Divider()

                SectionTitle(text: settings.aboutTitle)
                Text(settings.offlineNote).font(.callout)
                Text(settings.contentVersion).font(.footnote)
            }
        }
    }
}

private struct SectionTitle: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.headline)
            .accessibilityAddTraits(.isHeader)
    }
}
