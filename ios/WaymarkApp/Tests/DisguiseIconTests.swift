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
        // The disguises the settings offer; choosing each one tells the app its icon.
        let app = try App(waymark: core, askLanguage: false)
        _ = try app.handle(event: .start)
        _ = try app.handle(event: .choose(action: "settings"))
        let offered = try app.handle(event: .choose(action: "disguise")).screen.actions
            .map(\.id).filter { $0.hasPrefix("disguise.") }
        XCTAssertGreaterThan(offered.count, 1)
        var icons: [String] = []
        for id in offered where id != "disguise.waymark" {
            let effects = try app.handle(event: .choose(action: id)).effects
            for case let .setDisguise(id: icon) in effects { icons.append(icon) }
            _ = try app.handle(event: .choose(action: "disguise"))
        }
        XCTAssertEqual(icons.count, offered.count - 1, "each choice tells the app its icon")
        for icon in icons {
            let name = try XCTUnwrap(AppState.alternateIcons[icon], "no alternate icon for \(icon)")
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
