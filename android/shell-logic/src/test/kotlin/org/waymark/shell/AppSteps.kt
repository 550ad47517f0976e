package org.waymark.shell

import org.waymark.core.App
import org.waymark.core.Effect
import org.waymark.core.Event
import org.waymark.core.Screen
import org.waymark.core.ScreenId
import org.waymark.core.Waymark

/**
 * What the tests set up through the app core, as a person does it on the phone: the facade's
 * vault and disguise calls are not exported (the phones render only `App`).
 */
private fun Waymark.app(): App = App(this, false).also { it.handle(Event.Start) }

private fun App.choose(id: String): Screen {
    val screen = handle(Event.Choose(id)).screen
    check(screen.notice?.error != true) { "$id: ${screen.notice?.text}" }
    return screen
}

/** Sets the first PIN in the settings; the vault stays open. */
fun Waymark.setPinInSettings(pin: String) {
    val app = app()
    app.choose("settings")
    app.choose("pin.set")
    app.handle(Event.Submit(pin))
    val done = app.handle(Event.Submit(pin)).screen
    check(done.id == ScreenId.SETTINGS && done.notice?.error == false) { "PIN not set: ${done.notice?.text}" }
}

/** Locks, as leaving the app does. */
fun Waymark.lockNow() {
    App(this, false).handle(Event.Lock)
}

/** Whether a session starting now asks for the PIN. */
fun Waymark.asksForPin(): Boolean = App(this, false).handle(Event.Start).screen.id == ScreenId.UNLOCK

/** One look the app can take, as the settings' disguise screen offers it. */
data class Disguise(val id: String, val name: String, val icon: String)

/**
 * The disguises the settings offer, in the current language, with the icon each one makes
 * the phone apply (learned by choosing it; the one in use is chosen again at the end).
 */
fun Waymark.disguises(): List<Disguise> {
    val app = app()
    app.choose("settings")
    val list = app.choose("disguise").actions.filter { it.id.startsWith("disguise.") }
    val current = list.single { it.style == org.waymark.core.ActionStyle.Choice(true) }.id
    val icons = mutableMapOf<String, String>()
    for (id in list.map { it.id }.filter { it != current } + current) {
        val effects = app.handle(Event.Choose(id)).effects
        effects.filterIsInstance<Effect.SetDisguise>().singleOrNull()?.let { icons[id] = it.id }
        app.choose("disguise")
    }
    return list.map { Disguise(it.id.removePrefix("disguise."), it.label, icons.getValue(it.id)) }
}
