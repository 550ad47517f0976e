import SwiftUI
import UIKit

/// Every screen's frame: title, back, the always-visible quick-exit button, the review note
/// for draft translations, and read-aloud. Layout direction and locale follow the core's
/// current language (right-to-left for Arabic), whatever the phone's own language is.
struct RootView: View {
    @ObservedObject var shell: ShellModel
    let onEffect: @MainActor (ShellEffect) -> Void
    @StateObject private var readAloud = ReadAloud()
    @State private var captured = UIScreen.main.isCaptured

    var body: some View {
        let state = shell.state
        let chrome = state.chrome
        VStack(alignment: .leading, spacing: 12) {
            TopBar(chrome: chrome, send: send)
            if let note = chrome.reviewNote {
                Text(note)
                    .font(.footnote)
                    .foregroundStyle(.secondary)
            }
            ScreenView(screen: state.screen, send: send)
                .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .topLeading)
            ReadAloudButton(
                readAloud: readAloud,
                text: state.screen.speakable,
                localeId: chrome.localeId,
                readLabel: chrome.readAloudLabel,
                stopLabel: chrome.stopReadingLabel
            )
        }
        .padding(.horizontal, 16)
        .environment(\.layoutDirection, chrome.rightToLeft ? .rightToLeft : .leftToRight)
        .environment(\.locale, Locale(identifier: chrome.localeId))
        .overlay {
            // Sensitive screens are covered while the screen is recorded or mirrored.
            if chrome.secure && captured {
                PrivacyCover()
            }
        }
        .onReceive(NotificationCenter.default.publisher(for: UIScreen.capturedDidChangeNotification)) { _ in
            captured = UIScreen.main.isCaptured
        }
        .onChange(of: state.route) { _ in
            readAloud.stop()
        }
    }

    private func send(_ event: ShellEvent) {
        if case .quickExit = event {
            readAloud.stop()
        }
        onEffect(shell.send(event))
    }
}

private struct TopBar: View {
    let chrome: Chrome
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        HStack(spacing: 12) {
            if let back = chrome.backLabel {
                Button(back) { send(.back) }
            }
            Text(chrome.title)
                .font(.title2.bold())
                .accessibilityAddTraits(.isHeader)
            Spacer()
            Button(chrome.quickExitLabel) { send(.quickExit) }
                .buttonStyle(.borderedProminent)
                .tint(.red)
                .accessibilityLabel(Text(chrome.quickExitDescription))
        }
        .padding(.top, 8)
    }
}

/// One case per screen; a feature adds its view here and its route in Shell.swift.
private struct ScreenView: View {
    let screen: Screen
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        switch screen {
        case let .languagePicker(languages, selectedLabel):
            LanguagePickerView(languages: languages, selectedLabel: selectedLabel, send: send)
        case let .home(home):
            HomeView(home: home, send: send)
        case let .unlock(unlock):
            UnlockView(unlock: unlock, send: send)
        case let .settings(settings):
            SettingsView(settings: settings, send: send)
        case let .checklist(checklist):
            ChecklistView(checklist: checklist, send: send)
        case let .findHelp(help):
            FindHelpView(help: help, send: send)
        case let .check(check):
            CheckView(check: check, send: send)
        case let .learn(learn):
            LearnViews(screen: learn, send: send)
        case let .workshop(workshop):
            WorkshopView(screen: workshop, send: send)
        case let .textScan(scan):
            TextScanView(scan: scan, send: send)
        }
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
