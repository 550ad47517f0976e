import SwiftUI

/// Languages by their own names, each in its own script and direction; no flags.
struct LanguagePickerView: View {
    let languages: [Choice]
    let selectedLabel: String
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 4) {
                ForEach(languages) { language in
                    ChoiceRow(choice: language, selectedLabel: selectedLabel) {
                        send(.pickLanguage(language.id))
                    }
                }
            }
        }
    }
}
