import SwiftUI
import UIKit
import Waymark

/// Every screen's frame: title, Back when the screen has one, the always-visible quick-exit
/// button, the screen itself, and read aloud. Layout direction and locale follow the core's
/// current language (right-to-left for Arabic), whatever the phone's own language is.
struct RootView: View {
    let shown: Shown
    @ObservedObject var readAloud: ReadAloud
    let send: @MainActor (Event) -> Void

    var body: some View {
        let screen = shown.screen
        VStack(alignment: .leading, spacing: 12) {
            TopBar(screen: screen, send: send)
            ScreenView(shown: shown, send: send)
                .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .topLeading)
                .overlay {
                    // A core call is running on the runner's queue: the screen takes no input
                    // meanwhile (the quick-exit button above stays live).
                    if shown.busy {
                        Checking(label: shown.words.checking)
                    }
                }
            if readAloud.canSpeak(screen.locale) {
                // The core answers with the screen's words (never the person's own text).
                Button(readAloud.speaking ? shown.words.stopReading : screen.readAloud) {
                    if readAloud.speaking { readAloud.stop() } else { send(.readAloud) }
                }
                .buttonStyle(.bordered)
            }
        }
        .padding(.horizontal, 16)
        .environment(\.layoutDirection, screen.direction == .rtl ? .rightToLeft : .leftToRight)
        .environment(\.locale, Locale(identifier: screen.locale))
    }
}

/// "Checking…" over the screen while a core call runs.
private struct Checking: View {
    let label: String

    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground).opacity(0.85)
            VStack(spacing: 12) {
                ProgressView()
                Text(label)
            }
        }
        .contentShape(Rectangle())
        .accessibilityElement(children: .combine)
    }
}

private struct TopBar: View {
    let screen: Screen
    let send: @MainActor (Event) -> Void

    var body: some View {
        HStack(spacing: 12) {
            if let back = screen.back {
                Button(back) { send(.back) }
            }
            Text(screen.title)
                .font(.title2.bold())
                .accessibilityAddTraits(.isHeader)
            Spacer()
            Button(screen.quickExit) { send(.quickExit) }
                .buttonStyle(.borderedProminent)
                .tint(.red)
        }
        .padding(.top, 8)
    }
}

/// A plain cover with nothing on it: what the app switcher and screen recordings see.
struct PrivacyCover: View {
    var body: some View {
        Color(uiColor: .systemBackground)
            .ignoresSafeArea()
            .accessibilityHidden(true)
    }
}

/// The core could not start (damaged content); its message is in English, no language is known yet.
struct StartErrorView: View {
    let message: String

    var body: some View {
        Text(message)
            .padding(24)
    }
}
