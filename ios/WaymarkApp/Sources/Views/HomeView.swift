import SwiftUI

/// The app's promise, the audience, and one button per thing the core offers.
struct HomeView: View {
    let home: HomeState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(home.tagline).font(.headline)
                Text(home.offlineNote).font(.body)
                Text(home.audienceTitle)
                    .font(.subheadline.bold())
                    .accessibilityAddTraits(.isHeader)
                HStack(spacing: 8) {
                    ForEach(home.audiences) { audience in
                        Button(audience.label) { send(.selectAudience(audience.id)) }
                            .buttonStyle(.bordered)
                            .tint(audience.selected ? Color.accentColor : Color.secondary)
                            .accessibilityAddTraits(audience.selected ? .isSelected : [])
                    }
                }
                ForEach(home.entries) { entry in
                    Button {
                        send(.open(entry.route))
                    } label: {
                        Text(entry.label).frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.borderedProminent)
                }
            }
        }
    }
}
