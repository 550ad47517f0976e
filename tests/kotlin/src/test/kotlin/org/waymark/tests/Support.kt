package org.waymark.tests

import org.json.JSONObject
import org.waymark.core.FileKeyStore
import org.waymark.core.KeyStore
import org.waymark.core.MessageArg
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File
import java.nio.file.Files

/** Shared helpers: the repository root, the shared vectors, a fresh app in a temp folder. */
object Support {
    val root: File = File(System.getProperty("waymark.root") ?: "../..").canonicalFile

    fun vectors(name: String): JSONObject =
        JSONObject(File(root, "tests/vectors/$name").readText(Charsets.UTF_8))

    /** A fresh folder, removed when the test JVM exits. */
    fun tempDir(): File = Files.createTempDirectory("waymark-kt").toFile().also { dir ->
        Runtime.getRuntime().addShutdownHook(Thread { dir.deleteRecursively() })
    }

    fun app(
        locales: List<String> = listOf("en"),
        dir: File = tempDir(),
        keyStore: KeyStore = FileKeyStore(File(dir, "keys").path),
        developerMode: Boolean = false,
        contentDir: String? = null,
    ): Waymark = Waymark(
        WaymarkConfig(
            preferredLocales = locales,
            dataDir = File(dir, "data").path,
            contentDir = contentDir,
            developerMode = developerMode,
        ),
        keyStore,
    )

    /** Removes Fluent's bidi isolation marks for plain-text comparison. */
    fun plain(text: String): String = text.replace("\u2068", "").replace("\u2069", "")

    fun strings(array: org.json.JSONArray): List<String> = (0 until array.length()).map { array.getString(it) }

    fun args(obj: JSONObject): List<MessageArg> = obj.keys().asSequence().map { k ->
        when (val v = obj.get(k)) {
            is Number -> MessageArg.Number(k, v.toDouble())
            else -> MessageArg.Text(k, v.toString())
        }
    }.toList()
}
