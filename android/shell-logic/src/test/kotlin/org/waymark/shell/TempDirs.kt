package org.waymark.shell

import java.io.File
import java.nio.file.Files

/** A fresh folder for one test's vault and keys, removed when the test JVM exits. */
fun tempDir(prefix: String): File {
    val dir = Files.createTempDirectory(prefix).toFile()
    Runtime.getRuntime().addShutdownHook(Thread { dir.deleteRecursively() })
    return dir
}
