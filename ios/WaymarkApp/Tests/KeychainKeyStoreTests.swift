import XCTest
import Waymark
@testable import WaymarkApp

/// The Keychain key store on a simulator: only here does the Keychain itself run.
final class KeychainKeyStoreTests: XCTestCase {
    private let alias = "xctest-alias"
    private let store = KeychainKeyStore()

    override func tearDownWithError() throws {
        try store.deleteKey(alias: alias)
    }

    func testAKeyIsCreatedOnceAndKeptUntilDeleted() throws {
        let first = try store.getOrCreateKey(alias: alias)
        XCTAssertEqual(first.count, 32)
        XCTAssertEqual(try store.getOrCreateKey(alias: alias), first)
        try store.deleteKey(alias: alias)
        XCTAssertNotEqual(try store.getOrCreateKey(alias: alias), first, "a deleted key must not come back")
    }

    func testABadAliasIsRefused() {
        XCTAssertThrowsError(try store.getOrCreateKey(alias: "../escape"))
        XCTAssertThrowsError(try store.getOrCreateKey(alias: ""))
    }

    /// The XCFramework's core on iOS with the Keychain, through the app core the app renders:
    /// a vault is created, a PIN set in the settings, and after a lock only the right PIN
    /// opens it; "delete everything" then removes it.
    func testTheCoreLocksItsVaultWithAKeychainKey() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let core = try Waymark(
            config: WaymarkConfig(preferredLocales: ["en"], dataDir: dir.path, contentDir: nil, developerMode: false),
            keyStore: store
        )
        let app = try App(waymark: core, askLanguage: false)
        XCTAssertEqual(try app.handle(event: .start).screen.id, .home)
        _ = try app.handle(event: .choose(action: "settings"))
        _ = try app.handle(event: .choose(action: "pin.set"))
        _ = try app.handle(event: .submit(text: "482915"))
        let set = try app.handle(event: .submit(text: "482915")).screen
        XCTAssertEqual(set.id, .settings)
        XCTAssertEqual(set.notice?.error, false)
        XCTAssertEqual(try app.handle(event: .lock).screen.id, .unlock)
        let wrong = try app.handle(event: .submit(text: "111999")).screen
        XCTAssertEqual(wrong.id, .unlock)
        XCTAssertEqual(wrong.notice?.error, true)
        XCTAssertEqual(try app.handle(event: .submit(text: "482915")).screen.id, .home)
        _ = try app.handle(event: .choose(action: "settings"))
        _ = try app.handle(event: .choose(action: "wipe"))
        XCTAssertEqual(try app.handle(event: .choose(action: "yes")).screen.id, .home)
    }
}
