package org.waymark.shell

/**
 * What only the phone can do for the app core: the core's [org.waymark.core.Effect]s,
 * performed by [AppRunner] on the main thread. Android implements it in MainActivity
 * (intents, clipboard, text-to-speech, window flags, launcher aliases); the JVM tests
 * record the calls.
 */
interface Platform {
    /** Opens the dialler with the number filled in; the person presses call. */
    fun dial(number: String)

    /** Opens the messages app addressed to the number; nothing is sent by Waymark. */
    fun sendText(number: String)

    fun openLink(url: String)

    /** Copies a number or address, marked sensitive; [AppRunner] clears it later. */
    fun copy(text: String)

    /** Empties the clipboard if Waymark's copy is still on it. */
    fun clearClipboard()

    fun speak(text: String, locale: String)

    fun stopSpeaking()

    /** Offers a file to other apps through the system's share sheet. */
    fun share(fileName: String, mimeType: String, data: ByteArray)

    /** Hidden from screenshots, recordings and the app switcher while on. */
    fun setSecure(on: Boolean)

    /** Switches the launcher name and icon to the core's disguise icon id. */
    fun setDisguise(icon: String)

    /**
     * Opens the system's file picker for a content pack (`.wmpack`); the chosen file's
     * bytes go back to the core as `Event.FileChosen` (nothing when the person cancels).
     */
    fun chooseContentPack()

    /** Hides the app at once and drops it from the recent apps. */
    fun quickExit()

    /** The person closed the app (or went back from the first screen). */
    fun close()
}
