import SwiftUI
import UIKit
import Waymark

@main
struct WaymarkApp: App {
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var app = AppState()

    var body: some Scene {
        WindowGroup {
            AppRoot(app: app, runner: app.runner, active: scenePhase == .active)
            // Content packs opened from Files, AirDrop or the picker (ContentPacks.swift).
            .contentPackOpening(core: app.coreBox.core, picking: $app.pickingPack)
            .onChange(of: scenePhase) { phase in
                switch phase {
                case .background:
                    // Leaving the app always locks the core.
                    app.runner.send(.backgrounded)
                    app.exiting = false
                case .active:
                    app.runner.send(.resumed)
                default:
                    break
                }
            }
        }
    }
}

/// The runner's state on screen, or why the core could not start; the cover on top.
private struct AppRoot: View {
    @ObservedObject var app: AppState
    @ObservedObject var runner: ShellRunner
    let active: Bool

    var body: some View {
        ZStack {
            if let error = runner.startError {
                StartErrorView(message: error)
            } else if let state = runner.state {
                RootView(state: state, send: { runner.send($0) })
            }
            // Hidden in the app switcher: the snapshot iOS takes shows only this cover.
            // After quick exit the cover stays until the app has been left and opened again.
            if !active || app.exiting {
                PrivacyCover()
            }
        }
    }
}

/// Holds the core the runner made on its queue; read on the main thread after start.
final class CoreBox {
    var core: WaymarkProtocol?
}

/// Creates the one `Waymark` core (on the runner's queue) and carries out the shell's effects.
@MainActor
final class AppState: ObservableObject {
    let runner: ShellRunner
    /// The core once the runner has made it, for opening content packs (ContentPacks.swift).
    let coreBox: CoreBox
    @Published var exiting = false
    /// Shows the file picker for a content pack.
    @Published var pickingPack = false
    /// The pasteboard's change count right after Waymark copied, to clear only its own copy.
    private var copiedChange: Int?

    init() {
        // Before any key is read: a reinstall must not find the keys of the app it replaced.
        FirstLaunch.clearKeychainAfterReinstall()
        let developer = AppState.developerMode
        let box = CoreBox()
        coreBox = box
        runner = ShellRunner {
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
            box.core = core
            return ShellModel(core: core, host: ShellStorage(dataDir: dataDir), systemLocales: Locale.preferredLanguages)
        }
        runner.perform = { [weak self] effect in self?.handle(effect) }
    }

    func handle(_ effect: ShellEffect) {
        switch effect {
        case .none, .leave:
            break
        case .exit:
            quickExit()
        case let .applyDisguise(icon):
            AppState.applyIcon(icon)
        case let .openUri(uri):
            // The phone's own app places the call or opens the text; Waymark sends nothing itself.
            if let url = URL(string: uri) {
                UIApplication.shared.open(url)
            }
        case let .copyText(text):
            // Local to this phone (no Universal Clipboard) and gone after a minute.
            UIPasteboard.general.setItems(
                [[UIPasteboard.typeAutomatic: text]],
                options: [.localOnly: true, .expirationDate: Date().addingTimeInterval(ShellRunner.clipboardSeconds)]
            )
            copiedChange = UIPasteboard.general.changeCount
        case .clearClipboard:
            // Only Waymark's own copy: something the person copied since then stays.
            if copiedChange == UIPasteboard.general.changeCount {
                UIPasteboard.general.items = []
            }
            copiedChange = nil
        }
    }

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

    /// iOS has no call to close an app, and ending the process (`exit`) is against the App
    /// Store rules. Quick exit covers the screen at once (so the app-switcher snapshot shows
    /// nothing) and stays covered until the app is left and opened again; behind the cover
    /// the core has locked and the shell is back on a neutral first screen.
    private func quickExit() {
        exiting = true
    }

    private static var developerMode: Bool {
        #if DEBUG
        return true
        #else
        return false
        #endif
    }
}

extension WaymarkError {
    /// The localized message the core wrote for this error (never user data).
    var localizedMessage: String {
        switch self {
        case let .InvalidInput(message), let .NotFound(message), let .Content(message),
             let .Integrity(message), let .Locked(message), let .WrongPin(message),
             let .Storage(message), let .KeyStore(message):
            return message
        }
    }
}
