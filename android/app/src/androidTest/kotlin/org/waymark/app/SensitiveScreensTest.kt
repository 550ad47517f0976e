package org.waymark.app

import android.view.WindowManager
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.performClick
import androidx.lifecycle.Lifecycle
import androidx.test.ext.junit.runners.AndroidJUnit4
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith

/**
 * What only a device shows: the window is secure (no screenshots, no recents thumbnail)
 * from the first frame, and quick exit closes the app from the first screen.
 */
@RunWith(AndroidJUnit4::class)
class SensitiveScreensTest {
    @get:Rule
    val compose = createAndroidComposeRule<MainActivity>()

    @Test
    fun the_window_is_secure_from_the_first_frame() {
        compose.activityRule.scenario.onActivity { activity ->
            val flags = activity.window.attributes.flags
            assertTrue(flags and WindowManager.LayoutParams.FLAG_SECURE != 0)
        }
    }

    @Test
    fun quick_exit_closes_the_app() {
        // The button's label is the core's `menu-quick-exit` (English here).
        compose.onAllNodesWithText("Quick exit")
            .onFirst()
            .performClick()
        compose.waitUntil(timeoutMillis = 5_000) {
            compose.activityRule.scenario.state == Lifecycle.State.DESTROYED
        }
        assertEquals(Lifecycle.State.DESTROYED, compose.activityRule.scenario.state)
    }
}
