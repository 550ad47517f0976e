import XCTest
import UIKit
import Waymark
@testable import WaymarkApp

/// The disguise: every icon the core offers exists as an alternate icon in the app bundle,
/// and switching to it works on a simulator.
final class DisguiseIconTests: XCTestCase {
    private func bundledAlternateIcons() -> [String] {
        let icons = Bundle.main.object(forInfoDictionaryKey: "CFBundleIcons") as? [String: Any]
        let alternates = icons?["CFBundleAlternateIcons"] as? [String: Any]
        return Array((alternates ?? [:]).keys)
    }

    func testEveryCoreDisguiseHasABundledIcon() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let core = try Waymark(
            config: WaymarkConfig(preferredLocales: ["en"], dataDir: dir.path, contentDir: nil, developerMode: false),
            keyStore: KeychainKeyStore()
        )
        let bundled = Set(bundledAlternateIcons())
        for disguise in try core.disguises() where disguise.icon != "waymark" {
            let name = try XCTUnwrap(AppState.alternateIcons[disguise.icon], "no alternate icon for \(disguise.icon)")
            XCTAssertTrue(bundled.contains(name), "\(name) is not in the app bundle")
        }
    }

    @MainActor
    func testSwitchingTheIconSucceeds() async throws {
        XCTAssertTrue(UIApplication.shared.supportsAlternateIcons)
        for name in AppState.alternateIcons.values {
            try await UIApplication.shared.setAlternateIconName(name)
            XCTAssertEqual(UIApplication.shared.alternateIconName, name)
        }
        try await UIApplication.shared.setAlternateIconName(nil)
        XCTAssertNil(UIApplication.shared.alternateIconName)
    }
}
