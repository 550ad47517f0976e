import SwiftUI

/// One choice of a single-choice list, at least 44 points tall. VoiceOver reads the label in
/// its own language (when `localeId` is set) and "Selected" from the core's messages.
struct ChoiceRow: View {
    let choice: Choice
    let selectedLabel: String
    let action: @MainActor () -> Void

    var body: some View {
        Button {
            action()
        } label: {
            HStack(spacing: 16) {
                Image(systemName: choice.selected ? "largecircle.fill.circle" : "circle")
                    .accessibilityHidden(true)
                Text(label)
                    .font(.title3)
                    .environment(\.layoutDirection, choice.rightToLeft ? .rightToLeft : .leftToRight)
                Spacer()
            }
            .frame(minHeight: 44)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(choice.selected ? .isSelected : [])
        .accessibilityValue(choice.selected ? Text(selectedLabel) : Text(""))
    }

    private var label: AttributedString {
        var text = AttributedString(choice.label)
        if let localeId = choice.localeId {
            text.accessibilitySpeechLanguage = localeId
        }
        return text
    }
}
