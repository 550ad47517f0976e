package org.waymark.app

import android.app.KeyguardManager
import android.content.Context
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * AES-256-GCM keys in the Android Keystore that wrap the core's key-encryption keys
 * (see [org.waymark.shell.WrappedKeyStore]). They cannot be exported: the key material
 * never enters the app's memory. StrongBox (a separate secure chip) when the phone has one.
 *
 * Usable only while the device is unlocked, where that is safe: Android 15+ with a secure
 * screen lock. On Android 9–14 such keys cannot be created or used without a secure lock
 * screen and are deleted when the lock is removed, so a shared phone, or one whose
 * controller forbids a lock, could never save, and removing the lock later would lose the
 * vault. (Keys created before this change keep the requirement they were made with; a lost
 * key shows the shell's "start again" screen.)
 */
class AndroidWrappingKeys(private val context: Context) {
    private val provider = "AndroidKeyStore"

    private fun entry(alias: String) = "waymark.kek.$alias"

    private fun keyStore(): KeyStore = KeyStore.getInstance(provider).apply { load(null) }

    fun get(alias: String, create: Boolean): SecretKey? {
        val existing = keyStore().getKey(entry(alias), null) as? SecretKey
        if (existing != null || !create) return existing
        return generate(entry(alias), strongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P)
    }

    fun delete(alias: String) {
        val store = keyStore()
        if (store.containsAlias(entry(alias))) store.deleteEntry(entry(alias))
    }

    private fun generate(name: String, strongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(name, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setKeySize(256)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setRandomizedEncryptionRequired(true)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) setIsStrongBoxBacked(strongBox)
                if (Build.VERSION.SDK_INT >= API_35 && secureLockScreen()) setUnlockedDeviceRequired(true)
            }
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, provider)
        return try {
            generator.init(spec)
            generator.generateKey()
        } catch (e: ProviderException) {
            // No StrongBox on this phone: the hardware-backed TEE keystore is next best.
            if (strongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P && e is StrongBoxUnavailableException) {
                generate(name, strongBox = false)
            } else {
                throw e
            }
        }
    }

    private fun secureLockScreen(): Boolean =
        context.getSystemService(KeyguardManager::class.java)?.isDeviceSecure == true

    private companion object {
        /** Android 15 (VANILLA_ICE_CREAM), written as a number so older SDK stubs compile. */
        const val API_35 = 35
    }
}
