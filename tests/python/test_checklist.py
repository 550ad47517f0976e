"""The safe-migration checklist from Python, through the app core the phones render.
The facade's vector loop (every item's module, every refused id) is in
bindings/tests/vectors.rs (checklist_vectors); here the stages, their titles in each
language, a tick and a note are reached the way a person reaches them."""
import waymark
from conftest import drive, vectors


def test_stages_in_order_with_their_items_and_localized_titles(tmp_path):
    v = vectors("checklist.json")
    d = drive(tmp_path)
    d.choose("checklist")
    assert d.screen.id == waymark.ScreenId.CHECKLIST
    assert d.ids() == [f"stage.{s}" for s in v["stages"]] + ["add"]
    for case in v["items"]:
        d.choose(f"stage.{case['stage']}")
        assert d.action(f"done.{case['id']}").style == waymark.ActionStyle.TOGGLE(on=False), case
        d.back()
    for case in v["titles"]:
        d.core.set_locales(case["locales"])
        d.send(waymark.Event.REFRESH())
        assert d.action(f"stage.{case['stage']}").label == case["title"], case


def test_own_items_notes_and_ticks(tmp_path):
    d = drive(tmp_path)
    d.choose("checklist")
    d.choose("add")
    d.choose("stage.on_arrival")
    d.submit("Find the Kenyan church on Elm")
    assert d.screen.id == waymark.ScreenId.CHECKLIST
    assert d.notice().text == "Your item is added." and not d.notice().error
    d.choose("stage.on_arrival")
    mine = [a for a in d.screen.actions if a.label == "Find the Kenyan church on Elm"]
    assert len(mine) == 1 and mine[0].style == waymark.ActionStyle.TOGGLE(on=False)
    item = mine[0].id.removeprefix("done.")
    d.choose(f"done.{item}")
    assert d.action(f"done.{item}").style == waymark.ActionStyle.TOGGLE(on=True)
    d.choose("notes")
    d.choose(f"item.{item}")
    assert d.screen.id == waymark.ScreenId.CHECKLIST_ITEM
    assert d.screen.input.value == ""
    d.submit("Sunday 10am")
    assert d.notice().text == "Saved."
    assert d.screen.input.value == "Sunday 10am"
    # A new session over the same folder shows the tick and the note.
    again = drive(tmp_path)
    again.choose("checklist")
    again.choose("stage.on_arrival")
    assert again.action(f"done.{item}").style == waymark.ActionStyle.TOGGLE(on=True)
    again.choose("notes")
    again.choose(f"item.{item}")
    assert again.screen.input.value == "Sunday 10am"
    again.choose("remove")
    assert again.screen.id == waymark.ScreenId.CONFIRM
    again.choose("yes")
    again.send(waymark.Event.START())
    again.choose("checklist")
    again.choose("stage.on_arrival")
    assert f"done.{item}" not in again.ids()
