package org.waymark.shell

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.waymark.core.Action
import org.waymark.core.ActionStyle
import org.waymark.core.App
import org.waymark.core.Block
import org.waymark.core.Event
import org.waymark.core.FileKeyStore
import org.waymark.core.Input
import org.waymark.core.InputKind
import org.waymark.core.Notice
import org.waymark.core.Screen
import org.waymark.core.ScreenId
import org.waymark.core.Waymark
import org.waymark.core.WaymarkConfig
import java.io.File

/** What the renderers show of a core screen: the mapping in Rendering.kt, on real screens. */
class RenderingTest {
    private val dir = tempDir("waymark-rendering")
    private val core = Waymark(WaymarkConfig(listOf("en"), File(dir, "data").path, null, false), FileKeyStore(File(dir, "keys").path))

    private fun app() = App(core, false)

    @Test
    fun homeShowsItsWordsAndEveryEntryWithQuickExitButNoBack() {
        val home = app().handle(Event.Start).screen
        assertEquals(ScreenId.HOME, home.id)
        val shown = home.shownText()
        assertEquals(home.title, shown.first())
        assertTrue("Quick exit" in shown, shown.toString())
        assertNull(home.back)
        assertTrue(home.actions.isNotEmpty())
        for (a in home.actions) assertTrue(a.label in shown)
        assertTrue(home.blocks.map { it.line().text }.all { it in shown })
        assertEquals("Read aloud", shown.last())
        assertFalse(home.rightToLeft)
        assertFalse(home.presenting)
        assertTrue(home.copy(id = ScreenId.WORKSHOP_PRESENT).presenting)
        assertTrue(shown.none { it.isBlank() })
    }

    @Test
    fun arabicIsRightToLeftWithTheReviewNoteAndTheLanguagesAreRadioChoices() {
        core.setLocales(listOf("ar"))
        val app = app()
        app.handle(Event.Start)
        val list = app.handle(Event.Choose("language")).screen
        assertEquals(ScreenId.LANGUAGE, list.id)
        assertTrue(list.rightToLeft)
        val note = list.reviewNote!!
        assertTrue(note in list.shownText())
        assertEquals(Control.RADIO, list.actions.first().control())
        assertEquals(listOf("locale.ar"), list.actions.filter { it.checked() == true }.map { it.id })
        assertNotNull(list.back)
        assertTrue(list.back!! in list.shownText())
    }

    @Test
    fun thePinScreenHasAHiddenDigitsFieldAndAWrongPinShowsTheCoresError() {
        core.setPinInSettings("482915")
        core.lockNow()
        val app = app()
        val unlock = app.handle(Event.Start).screen
        assertEquals(ScreenId.UNLOCK, unlock.id)
        val input = unlock.input!!
        assertEquals(Field(hidden = true, digits = true, multiLine = false), input.field())
        assertEquals("", input.value)
        val wrong = app.handle(Event.Submit("000000")).screen
        assertEquals(true, wrong.notice?.error)
        assertTrue(wrong.notice!!.text in wrong.shownText())
        // A refused PIN is typed again; a refused note would stay in its field.
        assertTrue(restartsField(unlock, wrong, Event.Submit("000000")))
        val note = unlock.copy(input = input.copy(kind = InputKind.LONG_TEXT))
        assertFalse(restartsField(note, wrong.copy(input = note.input), Event.Submit("my note")))
    }

    @Test
    fun eachBlockIsALineWithItsLook() {
        val lines = listOf(
            Block.Heading("Before you go"),
            Block.Text("Keep your passport."),
            Block.Note("Nothing leaves this phone."),
            Block.Warning("Call now."),
            Block.Fact("People", "12"),
            Block.Progress(3u, 10u, "Question 3 of 10"),
            Block.Progress(0u, 0u, "Nothing yet"),
        ).map { it.line() }
        assertEquals(
            listOf(Look.HEADING, Look.TEXT, Look.NOTE, Look.WARNING, Look.FACT, Look.PROGRESS, Look.PROGRESS),
            lines.map { it.look },
        )
        assertEquals(Line(Look.FACT, "12", label = "People"), lines[4])
        assertEquals(0.3f, lines[5].progress!!, 0.0001f)
        assertNull(lines[6].progress)
    }

    @Test
    fun actionsAreDrawnByTheirStyle() {
        fun action(style: ActionStyle) = Action("x", "X", "detail", style)
        assertEquals(Control.ROW, action(ActionStyle.Go).control())
        assertEquals(Control.RADIO, action(ActionStyle.Choice(true)).control())
        assertEquals(true, action(ActionStyle.Choice(true)).checked())
        assertEquals(Control.SWITCH, action(ActionStyle.Toggle(false)).control())
        assertEquals(false, action(ActionStyle.Toggle(false)).checked())
        assertEquals(Control.PRIMARY, action(ActionStyle.Primary).control())
        assertEquals(Control.DANGER, action(ActionStyle.Danger).control())
    }

    @Test
    fun eachInputKindHasItsKeyboard() {
        fun field(kind: InputKind) = Input(kind, "label", "hint", "", "Send").field()
        assertEquals(Field(hidden = false, digits = false, multiLine = false), field(InputKind.TEXT))
        assertEquals(Field(hidden = false, digits = false, multiLine = true), field(InputKind.LONG_TEXT))
        assertEquals(Field(hidden = false, digits = true, multiLine = false), field(InputKind.NUMBER))
        assertEquals(Field(hidden = true, digits = true, multiLine = false), field(InputKind.PIN))
    }

    @Test
    fun theFieldStartsAgainOnAnotherScreenOrAfterAnAcceptedAnswerButNotOnReadAloud() {
        val home = app().handle(Event.Start).screen
        val add = home.copy(id = ScreenId.CHECKLIST_ADD, input = Input(InputKind.TEXT, "New item", null, "", "Add"))
        assertTrue(restartsField(null, add, Event.Start))
        assertTrue(restartsField(home, add, Event.Choose("add")))
        assertFalse(restartsField(add, add, Event.ReadAloud))
        assertTrue(restartsField(add, add.copy(notice = Notice("Added.", false)), Event.Submit("call my sister")))
        assertFalse(restartsField(add, add.copy(notice = Notice("Too long.", true)), Event.Submit("call my sister")))
    }
}
