import SwiftUI
import UIKit
import UniformTypeIdentifiers
import Waymark

@main
struct WaymarkApp: App {
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var app = AppState()

    var body: some Scene {
        WindowGroup {
            AppRoot(app: app, runner: app.runner, readAloud: app.readAloud, active: scenePhase == .active)
            // Content packs opened from Files or AirDrop (ContentPacks.swift).
            .contentPackOpening(runner: app.runner)
            .onChange(of: scenePhase) { phase in
                switch phase {
                case .background:
                    // Leaving the app always locks the core.
                    app.runner.send(.lock)
                    app.exiting = false
                case .active:
                    app.runner.send(.refresh)
                default:
                    break
                }
            }
        }
    }
}

/// The core's screen, or why the core could not start; the cover on top.
private struct AppRoot: View {
    @ObservedObject var app: AppState
    @ObservedObject var runner: AppRunner
    let readAloud: ReadAloud
    let active: Bool
    @State private var captured = AppRoot.screenIsCaptured()

    var body: some View {
        ZStack {
            if let error = runner.startError {
                StartErrorView(message: error)
            } else if let shown = runner.shown {
                RootView(shown: shown, readAloud: readAloud, send: { runner.send($0) })
            }
            // Hidden in the app switcher: the snapshot iOS takes shows only this cover.
            // After quick exit the cover stays until the app has been left and opened again.
            // Sensitive screens (the core's `setSecure`) are covered while recorded or mirrored.
            if !active || app.exiting || (app.secure && captured) {
                PrivacyCover()
            }
        }
        .onReceive(NotificationCenter.default.publisher(for: UIScreen.capturedDidChangeNotification)) { _ in
            captured = AppRoot.screenIsCaptured()
        }
        .sheet(item: $app.sharing) { file in
            ShareSheet(url: file.url)
        }
        .fileImporter(isPresented: $app.choosingPack, allowedContentTypes: [.waymarkPack, .data]) { result in
            // The core verifies, installs and says what happened; a cancel sends nothing.
            if case let .success(url) = result, let data = ContentPackImport.read(url) {
                runner.send(.fileChosen(data: data))
            }
        }
    }

    /// Whether any of the app's screens is being recorded, mirrored or shared (the scene's
    /// own screen: `UIScreen.main` is deprecated).
    private static func screenIsCaptured() -> Bool {
        UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .contains { $0.screen.isCaptured }
    }
}

/// A file the core asked to share, written where the share sheet can read it.
struct SharedFile: Identifiable {
    let url: URL
    var id: URL { url }
}

/// The system share sheet: the person picks the app a file goes to.
struct ShareSheet: UIViewControllerRepresentable {
    let url: URL

    func makeUIViewController(context: Context) -> UIActivityViewController {
        UIActivityViewController(activityItems: [url], applicationActivities: nil)
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}

/// Creates the one `Waymark` core (on the runner's queue) and performs the core's effects.
@MainActor
final class AppState: ObservableObject, Platform {
    let runner: AppRunner
    let readAloud = ReadAloud()
    @Published var exiting = false
    /// Secure until the core says otherwise (only the language list is not).
    @Published var secure = true
    @Published var sharing: SharedFile?
    /// The file picker for a content pack is open (the core asked: Settings, Content packs).
    @Published var choosingPack = false
    /// The pasteboard's change count right after Waymark copied, to clear only its own copy.
    private var copiedChange: Int?

    init() {
        // Before any key is read: a reinstall must not find the keys of the app it replaced.
        FirstLaunch.clearKeychainAfterReinstall()
        let developer = AppState.developerMode
        runner = AppRunner {
            let dataDir = try AppFolders.privateFolder("waymark")
            let core = try Waymark(
                config: WaymarkConfig(
                    preferredLocales: Locale.preferredLanguages,
                    dataDir: dataDir.path,
                    contentDir: nil,
                    developerMode: developer
                ),
                keyStore: KeychainKeyStore()
            )
            return try Session.open(core: core, host: ShellStorage())
        }
        runner.platform = self
    }

    // The phone's own app places the call or opens the text; Waymark sends nothing itself.
    func dial(_ number: String) { open("tel:", number) }
    func sendText(_ number: String) { open("sms:", number) }
    func openLink(_ url: String) {
        if let url = URL(string: url) { UIApplication.shared.open(url) }
    }

    private func open(_ scheme: String, _ number: String) {
        // Spaces and dashes out: a tel:/sms: URL takes digits and a leading plus only.
        let digits = number.filter { "0123456789+".contains($0) }
        if let url = URL(string: scheme + digits) { UIApplication.shared.open(url) }
    }

    func copy(_ text: String) {
        // Local to this phone (no Universal Clipboard) and gone after a minute.
        UIPasteboard.general.setItems(
            [[UIPasteboard.typeAutomatic: text]],
            options: [.localOnly: true, .expirationDate: Date().addingTimeInterval(AppRunner.clipboardSeconds)]
        )
        copiedChange = UIPasteboard.general.changeCount
    }

    func clearClipboard() {
        // Only Waymark's own copy: something the person copied since then stays.
        if copiedChange == UIPasteboard.general.changeCount {
            UIPasteboard.general.items = []
        }
        copiedChange = nil
    }

    func speak(_ text: String, locale: String) { readAloud.speak(text, localeId: locale) }
    func stopSpeaking() { readAloud.stop() }

    /// A workshop summary or a content pack, from a temporary folder, in the share sheet.
    func share(fileName: String, mimeType: String, data: Data) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shared", isDirectory: true)
        try? FileManager.default.removeItem(at: dir)
        let name = URL(fileURLWithPath: fileName).lastPathComponent
        let url = dir.appendingPathComponent(name.isEmpty ? "waymark" : name)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try data.write(to: url, options: [.atomic, .completeFileProtection])
            sharing = SharedFile(url: url)
        } catch {
            // Nothing to share: the screen stays as it is.
        }
    }

    /// iOS has no screenshot flag: every screen is covered in the app switcher, and a secure
    /// one also while the screen is recorded or mirrored (AppRoot).
    func setSecure(_ on: Bool) { secure = on }

    func setDisguise(_ icon: String) { AppState.applyIcon(icon) }

    /// iOS has no call to close an app, and ending the process (`exit`) is against the App
    /// Store rules. Quick exit covers the screen at once (so the app-switcher snapshot shows
    /// nothing) and stays covered until the app is left and opened again; behind the cover
    /// the core has locked and is back on a neutral first screen.
    func quickExit() {
        sharing = nil
        exiting = true
        try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("shared"))
    }

    /// "Close Waymark": the same cover, since iOS apps do not close themselves.
    func close() { exiting = true }

    func chooseContentPack() { choosingPack = true }

    /// The core's disguise icon ids and the alternate icons in the asset catalog.
    static let alternateIcons: [String: String] = [
        "notes": "AppIconNotes",
        "calculator": "AppIconCalculator",
        "weather": "AppIconWeather",
        "recipes": "AppIconRecipes",
    ]

    /// iOS shows its own alert ("You have changed the icon for …") after every change; no
    /// public API avoids it. It names the app's display name, which is neutral
    /// (CFBundleDisplayName, project.yml), never "Waymark".
    static func applyIcon(_ icon: String) {
        let name = alternateIcons[icon]
        guard UIApplication.shared.supportsAlternateIcons, UIApplication.shared.alternateIconName != name else { return }
        UIApplication.shared.setAlternateIconName(name) { _ in }
    }

    private static var developerMode: Bool {
        #if DEBUG
        return true
        #else
        return false
        #endif
    }
}
