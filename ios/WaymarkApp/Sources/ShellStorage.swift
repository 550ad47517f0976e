import Foundation
import UIKit

/// Where the app keeps files: Application Support, excluded from iCloud and computer
/// backups, with complete file protection (unreadable while the phone is locked).
enum AppFolders {
    static func privateFolder(_ name: String) throws -> URL {
        let base = try FileManager.default.url(for: .applicationSupportDirectory, in: .userDomainMask,
                                               appropriateFor: nil, create: true)
        var folder = base.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.protectionKey: FileProtectionType.complete])
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try folder.setResourceValues(values)
        return folder
    }
}

/// The chosen language in a small file of its own (not UserDefaults, which is backed up).
/// The disguise is the core's setting (in the vault); the app applies it as an alternate icon.
/// Written when the core says (`Effect.rememberLanguage`), on AppRunner's serial queue.
final class ShellStorage: ShellHost {
    private let file: URL?

    init() {
        file = (try? AppFolders.privateFolder("shell"))?.appendingPathComponent("language")
    }

    var savedLanguage: String? {
        get {
            guard let file, let data = try? Data(contentsOf: file) else { return nil }
            return String(data: data, encoding: .utf8)
        }
        set {
            guard let file else { return }
            if let newValue {
                try? Data(newValue.utf8).write(to: file, options: [.atomic, .completeFileProtection])
            } else {
                try? FileManager.default.removeItem(at: file)
            }
        }
    }
}

/// Keychain items survive uninstalling the app; the files they protect do not. On the first
/// launch after an install (no marker in UserDefaults, which an uninstall removes) the
/// app's Keychain items are deleted, so a reinstall starts with no key from before.
enum FirstLaunch {
    private static let marker = "installed"

    static func clearKeychainAfterReinstall() {
        let defaults = UserDefaults.standard
        guard !defaults.bool(forKey: marker) else { return }
        KeychainKeyStore.deleteAll()
        defaults.set(true, forKey: marker)
    }
}
