package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.KeyStoreException
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/** The Android key store's wrapping logic, with a software AES key standing in for the Keystore's. */
class WrappedKeyStoreTest {
    private class SoftKeys {
        val keys = mutableMapOf<String, SecretKey>()
        fun get(alias: String, create: Boolean): SecretKey? =
            keys[alias] ?: if (create) KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { keys[alias] = it } else null
    }

    private fun dir(): File = tempDir("waymark-kek")

    @Test
    fun createsOneRandomKeyPerAliasAndReturnsItAgain() {
        val dir = dir()
        val soft = SoftKeys()
        val store = WrappedKeyStore(dir, soft::get, { soft.keys.remove(it) })
        val a = store.getOrCreateKey("vault")
        assertEquals(32, a.size)
        assertArrayEquals(a, store.getOrCreateKey("vault"))
        assertArrayEquals(a, WrappedKeyStore(dir, soft::get).getOrCreateKey("vault"))
        assertFalse(a.contentEquals(store.getOrCreateKey("other")))
    }

    @Test
    fun theFileHoldsOnlyTheWrappedKey() {
        val dir = dir()
        val store = WrappedKeyStore(dir, SoftKeys()::get)
        val key = store.getOrCreateKey("vault")
        val bytes = File(dir, "vault.kek").readBytes()
        assertEquals(1 + 12 + 32 + 16, bytes.size)
        for (i in 0..bytes.size - 8) {
            assertFalse(bytes.copyOfRange(i, i + 8).contentEquals(key.copyOfRange(0, 8)))
        }
    }

    @Test
    fun deleteDestroysBothKeysAndANewKeyIsDifferent() {
        val dir = dir()
        val soft = SoftKeys()
        val store = WrappedKeyStore(dir, soft::get, { soft.keys.remove(it) })
        val old = store.getOrCreateKey("vault")
        store.deleteKey("vault")
        assertFalse(File(dir, "vault.kek").exists())
        assertTrue(soft.keys.isEmpty())
        assertFalse(old.contentEquals(store.getOrCreateKey("vault")))
        store.deleteKey("never-created")
    }

    @Test
    fun aDamagedOrMovedKeyIsAnErrorNeverASilentNewKey() {
        val dir = dir()
        val soft = SoftKeys()
        val store = WrappedKeyStore(dir, soft::get)
        store.getOrCreateKey("vault")
        val file = File(dir, "vault.kek")
        val good = file.readBytes()
        file.writeBytes(good.copyOf().also { it[20] = (it[20].toInt() xor 1).toByte() })
        assertThrows<KeyStoreException.Unavailable> { store.getOrCreateKey("vault") }
        file.writeBytes(good.copyOf(good.size - 1))
        assertThrows<KeyStoreException.Unavailable> { store.getOrCreateKey("vault") }
        // The same wrapped key under another alias does not open (the alias is bound in).
        soft.keys["copy"] = soft.keys.getValue("vault")
        File(dir, "copy.kek").writeBytes(good)
        assertThrows<KeyStoreException.Unavailable> { store.getOrCreateKey("copy") }
        // The platform key gone (e.g. restored to another phone): refuse, keep the file.
        file.writeBytes(good)
        soft.keys.clear()
        assertThrows<KeyStoreException.Unavailable> { store.getOrCreateKey("vault") }
        assertTrue(file.exists())
    }

    @Test
    fun aliasesCannotLeaveTheFolder() {
        val store = WrappedKeyStore(dir(), SoftKeys()::get)
        for (bad in listOf("../escape", "", "a/b", "x".repeat(65))) {
            assertThrows<KeyStoreException.Unavailable> { store.getOrCreateKey(bad) }
        }
    }

    @Test
    fun theCoreAcceptsItAsItsKeyStore() {
        val dir = dir()
        val core = Waymark(
            WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
            WrappedKeyStore(File(dir, "keys"), SoftKeys()::get),
        )
        assertEquals("Waymark", core.message("app-name", emptyList()).text)
    }
}
