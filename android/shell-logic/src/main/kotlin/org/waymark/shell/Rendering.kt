package org.waymark.shell

import org.waymark.core.Action
import org.waymark.core.ActionStyle
import org.waymark.core.Block
import org.waymark.core.Input
import org.waymark.core.InputKind
import org.waymark.core.Screen
import org.waymark.core.ScreenId
import org.waymark.core.TextDirection

/**
 * How the renderers draw a core [Screen] (Compose here, SwiftUI in ScreenView.swift): each
 * block a [Line], each action a [Control], the input a [Field]. Kept apart from the
 * composables so the JVM tests see what a person would see.
 */
enum class Look { HEADING, TEXT, NOTE, WARNING, FACT, PROGRESS }

data class Line(
    val look: Look,
    val text: String,
    /** A fact's label ("People"), shown before its value. */
    val label: String? = null,
    /** How far along (0..1), for a progress bar. */
    val progress: Float? = null,
)

fun Block.line(): Line = when (this) {
    is Block.Heading -> Line(Look.HEADING, text)
    is Block.Text -> Line(Look.TEXT, text)
    is Block.Note -> Line(Look.NOTE, text)
    is Block.Warning -> Line(Look.WARNING, text)
    is Block.Fact -> Line(Look.FACT, value, label = label)
    is Block.Progress -> Line(Look.PROGRESS, label, progress = if (total > 0u) done.toFloat() / total.toFloat() else null)
}

enum class Control { ROW, RADIO, SWITCH, PRIMARY, DANGER }

fun Action.control(): Control = when (style) {
    ActionStyle.Go -> Control.ROW
    is ActionStyle.Choice -> Control.RADIO
    is ActionStyle.Toggle -> Control.SWITCH
    ActionStyle.Primary -> Control.PRIMARY
    ActionStyle.Danger -> Control.DANGER
}

/** Whether a radio choice is selected or a switch is on; null for buttons and rows. */
fun Action.checked(): Boolean? = when (val s = style) {
    is ActionStyle.Choice -> s.selected
    is ActionStyle.Toggle -> s.on
    else -> null
}

data class Field(
    /** Dots instead of what is typed (a PIN). */
    val hidden: Boolean,
    /** The number keyboard. */
    val digits: Boolean,
    val multiLine: Boolean,
)

fun Input.field(): Field = when (kind) {
    InputKind.PIN -> Field(hidden = true, digits = true, multiLine = false)
    InputKind.NUMBER -> Field(hidden = false, digits = true, multiLine = false)
    InputKind.LONG_TEXT -> Field(hidden = false, digits = false, multiLine = true)
    InputKind.TEXT -> Field(hidden = false, digits = false, multiLine = false)
}

val Screen.rightToLeft: Boolean get() = direction == TextDirection.RTL

/** The one screen drawn its own way: the workshop's present view, shown to a group in large text. */
val Screen.presenting: Boolean get() = id == ScreenId.WORKSHOP_PRESENT

/** Every text the renderer shows, in reading order (the top bar first). */
fun Screen.shownText(): List<String> = buildList {
    add(title)
    back?.let(::add)
    add(quickExit)
    reviewNote?.let(::add)
    notice?.let { add(it.text) }
    for (line in blocks.map { it.line() }) {
        line.label?.let(::add)
        add(line.text)
    }
    input?.let { i ->
        add(i.label)
        i.hint?.let(::add)
        add(i.submit)
    }
    for (a in actions) {
        add(a.label)
        a.detail?.let(::add)
    }
    add(readAloud)
}
