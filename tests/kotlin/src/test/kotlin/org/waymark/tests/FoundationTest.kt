package org.waymark.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.waymark.core.Event
import org.waymark.core.FileKeyStore
import org.waymark.core.InternalException
import org.waymark.core.KeyStore
import org.waymark.core.KeyStoreException
import org.waymark.core.TextDirection
import org.waymark.core.WaymarkException
import java.io.File

class FoundationTest {
    @Test
    fun localeVectors() {
        val app = Support.app()
        val v = Support.vectors("locales.json")
        val resolve = v.getJSONArray("resolve")
        for (i in 0 until resolve.length()) {
            val case = resolve.getJSONObject(i)
            // setLocales answers with the resolution resolveLocales gave (no longer exported).
            val r = app.setLocales(Support.strings(case.getJSONArray("tags")))
            assertEquals(Support.strings(case.getJSONArray("chain")), r.chain, case.toString())
            assertEquals(Support.strings(case.getJSONArray("ignored")), r.ignored, case.toString())
            assertEquals(case.optString("region", null), r.region, case.toString())
        }
        app.setLocales(listOf("en"))
        val messages = v.getJSONArray("messages")
        for (i in 0 until messages.length()) {
            val case = messages.getJSONObject(i)
            val m = app.messageIn(
                case.getString("id"),
                Support.strings(case.getJSONArray("locales")),
                Support.args(case.getJSONObject("args")),
            )
            assertEquals(case.getString("text"), Support.plain(m.text), case.toString())
            assertEquals(case.getString("locale"), m.locale)
        }
        val errors = v.getJSONArray("errors")
        for (i in 0 until errors.length()) {
            val case = errors.getJSONObject(i)
            val e = assertThrows<WaymarkException> {
                app.messageIn(case.getString("id"), Support.strings(case.getJSONArray("locales")), emptyList())
            }
            val kind = when (e) {
                is WaymarkException.NotFound -> "not_found"
                is WaymarkException.InvalidInput -> "invalid_input"
                else -> e.javaClass.simpleName
            }
            assertEquals(case.getString("kind"), kind, case.toString())
        }
    }

    @Test
    fun localesNameThemselvesAndMarkDrafts() {
        val locales = Support.app().locales().associateBy { it.id }
        assertEquals(listOf("en", "fr", "es", "pt", "ht", "sw", "ar"), locales.keys.toList())
        assertEquals("Kreyòl ayisyen", locales.getValue("ht").nativeName)
        assertEquals(TextDirection.RTL, locales.getValue("ar").direction)
        assertEquals("draft", locales.getValue("fr").status)
    }

    @Test
    fun setLocalesChangesLanguageDirectionAndReviewNote() {
        val app = Support.app()
        val d = Driver(app)
        assertEquals("en", d.screen.locale)
        assertNull(d.screen.reviewNote)
        val r = app.setLocales(listOf("fr-HT"))
        assertEquals("HT", r.region)
        d.send(Event.Refresh)
        assertEquals("ht", d.screen.locale)
        assertEquals("Tradiksyon sa a poko fin revize.", d.screen.reviewNote)
        app.setLocales(listOf("ar"))
        d.send(Event.Refresh)
        assertEquals(TextDirection.RTL, d.screen.direction)
        assertEquals("ar", app.message("menu-quit", emptyList()).locale)
    }

    @Test
    fun errorsAreLocalized() {
        val app = Support.app(listOf("pt"))
        val e = assertThrows<WaymarkException.NotFound> { app.message("no-such-message", emptyList()) }
        assertTrue(e.message!!.contains("identificador"))
    }

    @Test
    fun developerModeOffersPseudoLocales() {
        val app = Support.app(developerMode = true)
        assertTrue(app.locales().map { it.id }.containsAll(listOf("en-XA", "ar-XB")))
        assertTrue(Support.app().locales().none { it.id == "en-XA" })
    }

    @Test
    fun missingContentDirIsAContentError() {
        val dir = Support.tempDir()
        assertThrows<WaymarkException.Content> { Support.app(contentDir = File(dir, "missing").path) }
        // The settings' About says which content this core loaded (contentVersion).
        val d = Driver(Support.app())
        d.choose("settings")
        assertEquals(1, d.text().lines().count { it.startsWith("Content version ") && it.length > 16 }, d.text())
    }

    @Test
    fun aRustPanicSurfacesAsAnExceptionNotACrash() {
        val app = Support.app()
        assertThrows<InternalException> { app.selfTestPanic() }
        assertEquals("Waymark", app.message("app-name", emptyList()).text)
    }

    /** A shell's key store, implemented in Kotlin. */
    class KotlinKeyStore(private val key: ByteArray = ByteArray(32) { 7 }) : KeyStore {
        val calls = mutableListOf<String>()
        override fun getOrCreateKey(alias: String): ByteArray { calls += alias; return key }
        override fun hasKey(alias: String): Boolean = true
        override fun deleteKey(alias: String) {}
    }

    @Test
    fun aKotlinKeyStoreCanBePassedIn() {
        val app = Support.app(keyStore = KotlinKeyStore())
        assertEquals("Waymark", app.message("app-name", emptyList()).text)
    }

    @Test
    fun theFileKeyStoreKeepsOneKey() {
        val dir = Support.tempDir()
        val ks = FileKeyStore(dir.path)
        val a = ks.getOrCreateKey("vault")
        assertEquals(32, a.size)
        assertTrue(a.contentEquals(ks.getOrCreateKey("vault")))
        ks.deleteKey("vault")
        assertTrue(!File(dir, "vault.key").exists())
        assertThrows<KeyStoreException.Unavailable> { ks.getOrCreateKey("../escape") }
    }
}
