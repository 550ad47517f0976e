package org.waymark.app.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color

private val Green = Color(0xFF1B5E54)
private val Gold = Color(0xFFF2C14E)

@Composable
fun WaymarkTheme(content: @Composable () -> Unit) {
    val colors = if (isSystemInDarkTheme()) {
        darkColorScheme(primary = Color(0xFF7FD1C3), secondary = Gold)
    } else {
        lightColorScheme(primary = Green, secondary = Gold)
    }
    MaterialTheme(colorScheme = colors, content = content)
}
