import Foundation
import Security
import Waymark

/// The core's `KeyStore` over the iOS Keychain: one random 32-byte key-encryption key per
/// alias, readable only while the phone is unlocked, never synced to iCloud and never
/// restored to another device (`kSecAttrAccessibleWhenUnlockedThisDeviceOnly`).
final class KeychainKeyStore: KeyStore {
    private static let service = "org.waymark.kek"
    private var service: String { KeychainKeyStore.service }

    func getOrCreateKey(alias: String) throws -> Data {
        try checkAlias(alias)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        let found = SecItemCopyMatching(query as CFDictionary, &item)
        if found == errSecSuccess {
            // Never replace an unreadable key with a new one: that would silently lose the vault.
            guard let key = item as? Data, key.count == 32 else {
                throw KeyStoreError.Unavailable(reason: "the stored key is damaged")
            }
            return key
        }
        guard found == errSecItemNotFound else {
            throw KeyStoreError.Unavailable(reason: "keychain status \(found)")
        }

        var bytes = [UInt8](repeating: 0, count: 32)
        guard SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes) == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "no random bytes")
        }
        let key = Data(bytes)
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
            kSecValueData as String: key,
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
            kSecAttrSynchronizable as String: false,
        ]
        let added = SecItemAdd(add as CFDictionary, nil)
        guard added == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "keychain status \(added)")
        }
        return key
    }

    /// Whether `alias` has a key; creates nothing (a vault that exists needs its own key).
    func hasKey(alias: String) throws -> Bool {
        try checkAlias(alias)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        let found = SecItemCopyMatching(query as CFDictionary, nil)
        if found == errSecItemNotFound {
            return false
        }
        guard found == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "keychain status \(found)")
        }
        return true
    }

    func deleteKey(alias: String) throws {
        try checkAlias(alias)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeyStoreError.Unavailable(reason: "keychain status \(status)")
        }
    }

    /// Every key-encryption key of the app (the first launch after a reinstall).
    static func deleteAll() {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
        ]
        _ = SecItemDelete(query as CFDictionary)
    }

    private func checkAlias(_ alias: String) throws {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard !alias.isEmpty, alias.count <= 64, alias.unicodeScalars.allSatisfy(allowed.contains) else {
            throw KeyStoreError.Unavailable(reason: "bad alias")
        }
    }
}
