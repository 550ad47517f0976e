package org.waymark.app

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager

/**
 * Switches the launcher name and icon between the manifest's `activity-alias` entries, one
 * per disguise the core offers (`disguises()`: waymark, notes, calculator, weather, recipes).
 * The core's discretion settings say which one is chosen; this only applies it.
 */
object LauncherDisguise {
    /** The core's icon ids and their aliases. `ShellLogic`'s tests keep the ids in step with the core. */
    val aliases = mapOf(
        "waymark" to "org.waymark.app.Launcher",
        "notes" to "org.waymark.app.LauncherNotes",
        "calculator" to "org.waymark.app.LauncherCalculator",
        "weather" to "org.waymark.app.LauncherWeather",
        "recipes" to "org.waymark.app.LauncherRecipes",
    )

    /** The icon id whose alias is enabled now. */
    fun current(context: Context): String {
        val pm = context.packageManager
        return aliases.entries.firstOrNull { (_, alias) ->
            pm.getComponentEnabledSetting(ComponentName(context, alias)) == PackageManager.COMPONENT_ENABLED_STATE_ENABLED
        }?.key ?: "waymark"
    }

    /** Enables the chosen alias before disabling the others, so there is always one launcher entry. */
    fun apply(context: Context, icon: String) {
        val chosen = aliases[icon] ?: return
        if (current(context) == icon) return
        val pm = context.packageManager
        pm.setComponentEnabledSetting(
            ComponentName(context, chosen),
            PackageManager.COMPONENT_ENABLED_STATE_ENABLED,
            PackageManager.DONT_KILL_APP,
        )
        for (other in aliases.values - chosen) {
            pm.setComponentEnabledSetting(
                ComponentName(context, other),
                PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
                PackageManager.DONT_KILL_APP,
            )
        }
    }
}
