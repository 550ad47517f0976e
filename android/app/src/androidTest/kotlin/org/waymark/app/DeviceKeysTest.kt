package org.waymark.app

import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.test.platform.app.InstrumentationRegistry
import java.io.File
import javax.crypto.Cipher
import org.junit.After
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Test
import org.junit.runner.RunWith
import org.waymark.shell.WrappedKeyStore

/**
 * The Android Keystore key store on a real (emulated) device: the JVM tests of
 * shell-logic use a software key, so only here does the Keystore itself run.
 */
@RunWith(AndroidJUnit4::class)
class DeviceKeysTest {
    private val context = InstrumentationRegistry.getInstrumentation().targetContext
    private val alias = "instrumented-test"
    private val dir = File(context.noBackupFilesDir, "instrumented-keys").apply { mkdirs() }

    @After
    fun cleanUp() {
        AndroidWrappingKeys.delete(alias)
        dir.deleteRecursively()
    }

    @Test
    fun a_keystore_key_is_created_once_never_exported_and_deleted() {
        val key = AndroidWrappingKeys.get(alias, create = true)
        assertNotNull(key)
        // Hardware-backed keys never give out their material.
        assertNull(key!!.encoded)
        val again = AndroidWrappingKeys.get(alias, create = false)
        assertNotNull(again)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding").apply { init(Cipher.ENCRYPT_MODE, key) }
        val sealed = cipher.doFinal(byteArrayOf(1, 2, 3))
        val opener = Cipher.getInstance("AES/GCM/NoPadding").apply {
            init(Cipher.DECRYPT_MODE, again, cipher.parameters)
        }
        assertArrayEquals(byteArrayOf(1, 2, 3), opener.doFinal(sealed))
        AndroidWrappingKeys.delete(alias)
        assertNull(AndroidWrappingKeys.get(alias, create = false))
    }

    @Test
    fun the_wrapped_key_store_gives_the_same_key_until_it_is_deleted() {
        val store = WrappedKeyStore(dir, AndroidWrappingKeys::get, AndroidWrappingKeys::delete)
        val first = store.getOrCreateKey(alias)
        assertEquals(32, first.size)
        assertArrayEquals(first, store.getOrCreateKey(alias))
        store.deleteKey(alias)
        val fresh = store.getOrCreateKey(alias)
        assert(!fresh.contentEquals(first)) { "a deleted key must not come back" }
    }
}
