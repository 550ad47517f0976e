package org.waymark.tests

import org.json.JSONObject
import org.waymark.core.Action
import org.waymark.core.App
import org.waymark.core.Block
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.FileKeyStore
import org.waymark.core.KeyStore
import org.waymark.core.MessageArg
import org.waymark.core.Screen
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
        developerPackKey: String? = null,
    ): Waymark = Waymark(
        WaymarkConfig(
            preferredLocales = locales,
            dataDir = File(dir, "data").path,
            contentDir = contentDir,
            developerMode = developerMode,
            developerPackKey = developerPackKey,
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

/**
 * Plays a person at the app core's screens over the FFI, as the phones do: events in, a
 * screen and effects out. Fails when a screen does not offer what a test tries.
 */
class Driver(val core: Waymark, askLanguage: Boolean = false) {
    val app = App(core, askLanguage)
    lateinit var screen: Screen
    var effects: List<Effect> = emptyList()

    init { send(Event.Start) }

    fun send(event: Event): Screen {
        val update = app.handle(event)
        screen = update.screen
        effects = update.effects
        return screen
    }

    fun choose(id: String): Screen {
        check(id in ids()) { "${screen.id} offers no $id: ${ids()}" }
        return send(Event.Choose(id))
    }

    fun submit(text: String): Screen {
        checkNotNull(screen.input) { "${screen.id} asks for nothing" }
        return send(Event.Submit(text))
    }

    fun back(): Screen = send(Event.Back)

    fun ids(): List<String> = screen.actions.map { it.id }

    fun action(id: String): Action = screen.actions.firstOrNull { it.id == id } ?: error("no $id: ${ids()}")

    fun headings(): List<String> = screen.blocks.filterIsInstance<Block.Heading>().map { it.text }

    fun facts(): List<Pair<String, String>> = screen.blocks.filterIsInstance<Block.Fact>().map { it.label to it.value }

    /** Every text on the screen, one string, without bidi marks. */
    fun text(): String = Support.plain(
        (listOf(screen.title) + screen.blocks.flatMap { b ->
            when (b) {
                is Block.Heading -> listOf(b.text)
                is Block.Text -> listOf(b.text)
                is Block.Note -> listOf(b.text)
                is Block.Warning -> listOf(b.text)
                is Block.Fact -> listOf(b.label, b.value)
                is Block.Progress -> listOf(b.label)
            }
        } + screen.actions.flatMap { listOf(it.label, it.detail ?: "") } + listOfNotNull(screen.notice?.text))
            .joinToString("\n"),
    )
}
