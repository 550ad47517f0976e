package org.waymark.app

import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.test.platform.app.InstrumentationRegistry
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith

/** Launcher disguise switching through the manifest's activity aliases, on a device. */
@RunWith(AndroidJUnit4::class)
class DisguiseTest {
    private val context = InstrumentationRegistry.getInstrumentation().targetContext

    @After
    fun restore() = LauncherDisguise.apply(context, "waymark")

    @Test
    fun every_disguise_becomes_the_one_launcher_entry() {
        val launcher = android.content.Intent(android.content.Intent.ACTION_MAIN)
            .addCategory(android.content.Intent.CATEGORY_LAUNCHER)
            .setPackage(context.packageName)
        for (icon in LauncherDisguise.aliases.keys) {
            LauncherDisguise.apply(context, icon)
            assertEquals(icon, LauncherDisguise.current(context))
            val entries = context.packageManager.queryIntentActivities(launcher, 0)
            assertEquals("exactly one launcher entry for $icon", 1, entries.size)
            assertEquals(LauncherDisguise.aliases.getValue(icon), entries.single().activityInfo.name)
        }
        assertTrue(LauncherDisguise.aliases.containsKey("waymark"))
    }
}
