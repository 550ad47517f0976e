package org.waymark.app

import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.test.platform.app.InstrumentationRegistry
import org.junit.Assert.assertFalse
import org.junit.Assume.assumeTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.waymark.app.ui.ReadAloud

/**
 * Read aloud falls back to nothing (the button is not offered) where the phone's engine
 * has no voice for the language: Haitian Creole has none on the emulator images.
 */
@RunWith(AndroidJUnit4::class)
class ReadAloudTest {
    @Test
    fun a_language_without_a_voice_is_not_offered() {
        val instrumentation = InstrumentationRegistry.getInstrumentation()
        lateinit var readAloud: ReadAloud
        instrumentation.runOnMainSync { readAloud = ReadAloud(instrumentation.targetContext) }
        val until = System.nanoTime() + 10_000_000_000L
        while (!readAloud.ready && System.nanoTime() < until) Thread.sleep(100)
        assumeTrue("this image has no text-to-speech engine", readAloud.ready)
        assertFalse(readAloud.canSpeak("ht"))
        instrumentation.runOnMainSync { readAloud.shutdown() }
    }
}
