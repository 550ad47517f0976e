package org.waymark.app

import android.app.ActivityManager
import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import android.os.Build

/**
 * Switches the launcher name and icon between the manifest's `activity-alias` entries, one
 * per disguise the core offers (waymark, notes, calculator, weather, recipes: the settings' disguise screen).
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

    /** The launcher label and icon of each disguise, for the task in Recents ([taskDescription]). */
    private val looks = mapOf(
        "waymark" to (R.string.app_name to R.drawable.ic_launcher),
        "notes" to (R.string.disguise_notes to R.drawable.ic_disguise_notes),
        "calculator" to (R.string.disguise_calculator to R.drawable.ic_disguise_calculator),
        "weather" to (R.string.disguise_weather to R.drawable.ic_disguise_weather),
        "recipes" to (R.string.disguise_recipes to R.drawable.ic_disguise_recipes),
    )

    /**
     * The running task's name and icon in Recents: the disguise's, so the app switcher does
     * not show the application's own label.
     */
    @Suppress("DEPRECATION") // the constructors are the only way before Android 13
    fun taskDescription(context: Context, icon: String): ActivityManager.TaskDescription {
        val (label, drawable) = looks[icon] ?: looks.getValue("notes")
        val name = context.getString(label)
        return when {
            Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU ->
                ActivityManager.TaskDescription.Builder().setLabel(name).setIcon(drawable).build()
            Build.VERSION.SDK_INT >= Build.VERSION_CODES.P -> ActivityManager.TaskDescription(name, drawable)
            else -> ActivityManager.TaskDescription(name)
        }
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
