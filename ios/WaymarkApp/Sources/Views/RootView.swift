import SwiftUI
import UIKit

/// Every screen's frame: title, back, the always-visible quick-exit button, the review note
/// for draft translations, and read-aloud. Layout direction and locale follow the core's
/// current language (right-to-left for Arabic), whatever the phone's own language is.
struct RootView: View {
    let state: UiState
    let send: @MainActor (ShellEvent) -> Void
    @StateObject private var readAloud = ReadAloud()
    @State private var captured = RootView.screenIsCaptured()

    var body: some View {
        let chrome = state.chrome
        VStack(alignment: .leading, spacing: 12) {
            TopBar(chrome: chrome, send: act)
            if let note = chrome.reviewNote {
                Text(note)
                    .font(.footnote)
                    .foregroundStyle(.secondary)
            }
            ScreenView(screen: state.screen, send: act)
                .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .topLeading)
                .overlay {
                    // A core call is running on the runner's queue: the screen takes no input
                    // meanwhile (the quick-exit button above stays live).
                    if state.busy {
                        Checking(label: chrome.checkingLabel)
                    }
                }
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
            captured = RootView.screenIsCaptured()
        }
        .alert(
            Text(chrome.title),
            // Dismissed only by its buttons, each of which sends its own event.
            isPresented: Binding(get: { chrome.handoff != nil }, set: { _ in }),
            presenting: chrome.handoff
        ) { handoff in
            Button(handoff.continueLabel) { act(.confirmHandoff) }
            Button(handoff.copyInsteadLabel) { act(.copyInstead) }
            Button(handoff.cancelLabel, role: .cancel) { act(.cancelHandoff) }
        } message: { handoff in
            Text(handoff.warning)
        }
        .onChange(of: state.route) { _ in
            readAloud.stop()
        }
    }

    private func act(_ event: ShellEvent) {
        if case .quickExit = event {
            readAloud.stop()
        }
        send(event)
    }

    /// Whether any of the app's screens is being recorded, mirrored or shared (the scene's
    /// own screen: `UIScreen.main` is deprecated).
    private static func screenIsCaptured() -> Bool {
        UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .contains { $0.screen.isCaptured }
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
        case let .startAgain(again):
            StartAgainView(again: again, send: send)
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
