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

    /// The XCFramework's core on iOS with the Keychain: a vault is created, a PIN set, and
    /// after a lock only the right PIN opens it.
    func testTheCoreLocksItsVaultWithAKeychainKey() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let core = try Waymark(
            config: WaymarkConfig(preferredLocales: ["en"], dataDir: dir.path, contentDir: nil, developerMode: false),
            keyStore: store
        )
        try core.setPin(pin: "482915")
        try core.lock()
        XCTAssertTrue(try core.vaultStatus().locked)
        XCTAssertThrowsError(try core.unlock(pin: "111999"))
        try core.unlock(pin: "482915")
        XCTAssertFalse(try core.vaultStatus().locked)
        try core.wipe()
    }
}
