import SwiftUI
import UIKit
import Waymark

@main
struct WaymarkApp: App {
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var app = AppState()

    var body: some Scene {
        WindowGroup {
            ZStack {
                if let shell = app.shell {
                    RootView(shell: shell, onEffect: app.handle)
                } else {
                    StartErrorView(message: app.startError ?? "")
                }
                // Hidden in the app switcher: the snapshot iOS takes shows only this cover.
                if scenePhase != .active || app.exiting {
                    PrivacyCover()
                }
            }
            // Content packs opened from Files, AirDrop or the picker (ContentPacks.swift).
            .contentPackOpening(core: app.core, picking: $app.pickingPack)
            .onChange(of: scenePhase) { phase in
                // Leaving the app locks the vault when a PIN is set.
                if phase == .background, let shell = app.shell {
                    app.handle(shell.send(.backgrounded))
                }
            }
        }
    }
}

/// Creates the one `Waymark` core for the app's life and carries out the shell's effects.
@MainActor
final class AppState: ObservableObject {
    let shell: ShellModel?
    let startError: String?
    /// The core, for opening content packs (ContentPacks.swift).
    let core: WaymarkProtocol?
    @Published var exiting = false
    /// Shows the file picker for a content pack.
    @Published var pickingPack = false

    init() {
        do {
            let dataDir = try AppFolders.privateFolder("waymark")
            let core = try Waymark(
                config: WaymarkConfig(
                    preferredLocales: Locale.preferredLanguages,
                    dataDir: dataDir.path,
                    contentDir: nil,
                    developerMode: AppState.developerMode
                ),
                keyStore: KeychainKeyStore()
            )
            shell = ShellModel(core: core, host: ShellStorage(), systemLocales: Locale.preferredLanguages)
            self.core = core
            startError = nil
        } catch let error as WaymarkError {
            shell = nil
            core = nil
            startError = error.localizedMessage
        } catch {
            shell = nil
            core = nil
            startError = "Waymark could not start."
        }
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
            // Local to this phone (no Universal Clipboard) and gone after two minutes.
            UIPasteboard.general.setItems(
                [[UIPasteboard.typeAutomatic: text]],
                options: [.localOnly: true, .expirationDate: Date().addingTimeInterval(120)]
            )
        }
    }

    /// The core's disguise icon ids and the alternate icons in the asset catalog.
    static let alternateIcons: [String: String] = [
        "notes": "AppIconNotes",
        "calculator": "AppIconCalculator",
        "weather": "AppIconWeather",
        "recipes": "AppIconRecipes",
    ]

    static func applyIcon(_ icon: String) {
        let name = alternateIcons[icon]
        guard UIApplication.shared.supportsAlternateIcons, UIApplication.shared.alternateIconName != name else { return }
        UIApplication.shared.setAlternateIconName(name) { _ in }
    }

    /// iOS has no call to close an app. Quick exit covers the screen at once (so the
    /// app-switcher snapshot shows nothing), the shell has already forgotten where the person
    /// was, and the process ends; the next launch starts fresh on the home screen.
    private func quickExit() {
        exiting = true
        DispatchQueue.main.asyncAfter(deadline: .now() + 0.15) {
            exit(0)
        }
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
             let .Storage(message):
            return message
        }
    }
}
