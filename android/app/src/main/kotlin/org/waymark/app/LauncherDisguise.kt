package org.waymark.app

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import org.waymark.shell.Disguise

/** Switches the launcher name and icon between the manifest's `activity-alias` entries. */
object LauncherDisguise {
    private val aliases = mapOf(
        Disguise.Waymark to "org.waymark.app.Launcher",
        Disguise.Notes to "org.waymark.app.LauncherNotes",
    )

    fun current(context: Context): Disguise {
        val pm = context.packageManager
        val notes = pm.getComponentEnabledSetting(ComponentName(context, aliases.getValue(Disguise.Notes)))
        return if (notes == PackageManager.COMPONENT_ENABLED_STATE_ENABLED) Disguise.Notes else Disguise.Waymark
    }

    /** Enables the chosen alias before disabling the others, so there is always one launcher entry. */
    fun apply(context: Context, disguise: Disguise) {
        val pm = context.packageManager
        val chosen = aliases.getValue(disguise)
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
