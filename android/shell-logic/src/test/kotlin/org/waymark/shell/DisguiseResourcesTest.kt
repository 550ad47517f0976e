package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/**
 * The launcher shows a disguise before the core runs, so its names live in Android string
 * resources and its icons in manifest aliases (iOS: alternate icons). This proves from the
 * sources that both apps offer exactly the core's disguises, with the core's names.
 */
class DisguiseResourcesTest {
    private val root = File(System.getProperty("waymark.root") ?: "../..").canonicalFile
    private val core = tempDir("waymark-disguise").let { dir ->
        Waymark(WaymarkConfig(listOf("en"), File(dir, "data").path, null, false), FileKeyStore(File(dir, "keys").path))
    }

    @Test
    fun everyCoreDisguiseHasALauncherAliasAnIosIconAndTheCoresNameInEveryLocale() {
        val looks = core.disguises()
        val icons = looks.map { it.icon }
        val manifest = File(root, "android/app/src/main/AndroidManifest.xml").readText()
        val aliases = Regex("""android:name="\.Launcher([A-Za-z]*)"""").findAll(manifest).map { it.groupValues[1].lowercase().ifEmpty { "waymark" } }.toList()
        assertEquals(icons.sorted(), aliases.sorted())
        val launcher = File(root, "android/app/src/main/kotlin/org/waymark/app/LauncherDisguise.kt").readText()
        assertEquals(icons.sorted(), Regex(""""([a-z]+)" to "org\.waymark\.app\.Launcher""").findAll(launcher).map { it.groupValues[1] }.toList().sorted())
        val ios = File(root, "ios/WaymarkApp/Sources/WaymarkApp.swift").readText()
        val iosIcons = Regex(""""([a-z]+)": "(AppIcon[A-Za-z]+)"""").findAll(ios).map { it.groupValues[1] to it.groupValues[2] }.toList()
        assertEquals(icons.filter { it != "waymark" }.sorted(), iosIcons.map { it.first }.sorted())
        for ((_, asset) in iosIcons) {
            assert(File(root, "ios/WaymarkApp/Resources/Assets.xcassets/$asset.appiconset/$asset.png").isFile) { asset }
        }
        for (locale in core.locales()) {
            core.setLocales(listOf(locale.id))
            val dir = if (locale.id == "en") "values" else "values-${locale.id}"
            val strings = File(root, "android/app/src/main/res/$dir/strings.xml").readText()
            // The names the settings show in this language; the icons do not change with it.
            val icon = looks.associate { it.id to it.icon }
            for (d in core.disguises().filter { it.id != "waymark" }) {
                assertEquals(icon[d.id], d.icon, d.id)
                val label = Regex("""<string name="disguise_${d.icon}">([^<]*)</string>""").find(strings)?.groupValues?.get(1)
                assertEquals(d.name, label, "${locale.id}: launcher label of ${d.id}")
            }
        }
    }
}
