package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.FileKeyStore
import org.waymark.core.MessageArg
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/**
 * Nothing runs the iOS shell here, so this proves from its sources that every message id it
 * asks the core for beside the app core's screens (the busy line, "stop reading") exists in every shipped locale, and that it asks for the same ids as the
 * Android shell logic (the two shells show the same words).
 */
class MessageIdsTest {
    private val root = File(System.getProperty("waymark.root") ?: "../..").canonicalFile

    /** The shells ask for a message only through `localized("id")` (Kotlin and Swift alike). */
    private val uses = listOf(Regex("""localized\(\s*"([a-z0-9-]+)""""))

    private fun idsIn(dir: String, extension: String): Set<String> =
        File(root, dir).walk().filter { it.isFile && it.extension == extension }
            .flatMap { file -> uses.asSequence().flatMap { re -> re.findAll(file.readText()).map { it.groupValues[1] } } }
            .toSet()

    @Test
    fun theIosShellUsesOnlyMessagesThatExistInEveryLocale() {
        val swift = idsIn("ios/WaymarkApp/Sources", "swift")
        assertTrue(swift.size >= 2, "found only $swift")
        val dir = tempDir("waymark-ids")
        val core = Waymark(
            WaymarkConfig(listOf("en"), File(dir, "data").path, null, false),
            FileKeyStore(File(dir, "keys").path),
        )
        for (locale in core.locales()) {
            for (id in swift) {
                // Every variable the shells pass; Fluent ignores the ones a message does not use.
                val args = listOf("version", "date", "answer", "reasons").map { MessageArg.Text(it, "1") }
                val view = core.messageIn(id, listOf(locale.id), args)
                assertEquals(locale.id, view.locale, "$id is not translated into ${locale.id}")
            }
        }
    }

    @Test
    fun bothShellsAskForTheSameWords() {
        val kotlin = idsIn("android/shell-logic/src/main/kotlin", "kt")
        val swift = idsIn("ios/WaymarkApp/Sources", "swift")
        assertEquals(kotlin.sorted(), swift.sorted())
    }
}
