package org.waymark.shell

import org.waymark.core.KeyStore
import org.waymark.core.KeyStoreException
import java.io.File
import java.security.GeneralSecurityException
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The core's [KeyStore] for Android: a random 32-byte key-encryption key per alias,
 * stored in [dir] only wrapped (AES-256-GCM) by a key that never leaves the platform key
 * store. On a phone [wrappingKey] returns an Android Keystore key (non-exportable,
 * StrongBox when available); the JVM tests pass a software key. The file holds
 * `version(1) | iv(12) | ciphertext+tag(48)`; the alias is bound as associated data so a
 * wrapped key copied to another alias fails to open.
 */
class WrappedKeyStore(
    private val dir: File,
    private val wrappingKey: (alias: String, create: Boolean) -> SecretKey?,
    private val deleteWrappingKey: (alias: String) -> Unit = {},
    private val random: SecureRandom = SecureRandom(),
) : KeyStore {
    override fun getOrCreateKey(alias: String): ByteArray {
        val file = fileFor(alias)
        return try {
            if (file.exists()) {
                // Never replace an unreadable key with a new one: that would silently lose the vault.
                val key = wrappingKey(alias, false) ?: throw unavailable(GONE)
                unwrap(alias, key, file.readBytes())
            } else {
                val key = wrappingKey(alias, true) ?: throw unavailable("the key store refused a new key")
                val kek = ByteArray(KEY_BYTES).also(random::nextBytes)
                writeAtomically(file, wrap(alias, key, kek))
                kek
            }
        } catch (e: GeneralSecurityException) {
            // Android invalidates a key bound to the screen lock when the lock is removed.
            if (e.javaClass.simpleName == "KeyPermanentlyInvalidatedException") invalidated += alias
            throw unavailable(e.javaClass.simpleName)
        } catch (e: java.io.IOException) {
            throw unavailable(e.javaClass.simpleName)
        }
    }

    /**
     * Whether [alias] has a usable key; creates nothing (a vault that exists needs its own
     * key). A key [isLost] for good counts as none, so the core offers to start again.
     */
    override fun hasKey(alias: String): Boolean = fileFor(alias).exists() && !isLost(alias)

    /**
     * The wrapped key is here but the key that opens it is gone for good (deleted or
     * permanently invalidated by the platform): nothing it protected can be read again.
     * Not lost while the platform only refuses for now (a locked phone).
     */
    fun isLost(alias: String): Boolean {
        if (!fileFor(alias).exists()) return false
        if (alias in invalidated) return true
        return try {
            wrappingKey(alias, false) == null
        } catch (e: GeneralSecurityException) {
            false
        } catch (e: java.io.IOException) {
            false
        }
    }

    private val invalidated = java.util.Collections.synchronizedSet(mutableSetOf<String>())

    override fun deleteKey(alias: String) {
        val file = fileFor(alias)
        try {
            deleteWrappingKey(alias)
        } catch (e: GeneralSecurityException) {
            throw unavailable(e.javaClass.simpleName)
        }
        if (file.exists() && !file.delete()) throw unavailable("the wrapped key could not be deleted")
        invalidated -= alias
    }

    private fun fileFor(alias: String): File {
        if (!ALIAS.matches(alias)) throw unavailable("bad alias")
        return File(dir, "$alias.kek")
    }

    private fun wrap(alias: String, key: SecretKey, kek: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        // The Android Keystore picks the IV itself (caller-chosen IVs are refused by default).
        cipher.init(Cipher.ENCRYPT_MODE, key)
        cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
        val sealed = cipher.doFinal(kek)
        val iv = cipher.iv
        if (iv.size != IV_BYTES) throw unavailable("unexpected IV size")
        return byteArrayOf(VERSION) + iv + sealed
    }

    private fun unwrap(alias: String, key: SecretKey, blob: ByteArray): ByteArray {
        if (blob.size != 1 + IV_BYTES + KEY_BYTES + TAG_BYTES || blob[0] != VERSION) {
            throw unavailable("the wrapped key is damaged")
        }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, blob, 1, IV_BYTES))
        cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
        return cipher.doFinal(blob, 1 + IV_BYTES, blob.size - 1 - IV_BYTES)
    }

    private fun writeAtomically(file: File, bytes: ByteArray) {
        dir.mkdirs()
        val tmp = File(dir, file.name + ".tmp")
        tmp.outputStream().use { out ->
            out.write(bytes)
            out.fd.sync()
        }
        if (!tmp.renameTo(file)) {
            tmp.delete()
            throw unavailable("the wrapped key could not be saved")
        }
    }

    private fun unavailable(reason: String) = KeyStoreException.Unavailable(reason)

    companion object {
        const val KEY_BYTES = 32
        const val IV_BYTES = 12
        const val TAG_BYTES = 16
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val VERSION: Byte = 1
        private const val GONE = "the wrapping key is gone"
        private val ALIAS = Regex("^[A-Za-z0-9_-]{1,64}$")
    }
}
