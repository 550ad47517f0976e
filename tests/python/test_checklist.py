"""The safe-migration checklist through the Python bindings (shared vectors)."""
import pytest

import waymark
from conftest import vectors

KINDS = {
    "invalid_input": waymark.WaymarkError.InvalidInput,
    "not_found": waymark.WaymarkError.NotFound,
}


def test_checklist_vectors(app):
    v = vectors("checklist.json")
    view = app.checklist()
    assert [s.id for s in view.stages] == v["stages"]
    assert view.damaged == 0
    for case in v["items"]:
        stage = next(s for s in view.stages if s.id == case["stage"])
        item = next(i for i in stage.items if i.id == case["id"])
        assert item.module == case["module"]
        assert not item.custom and not item.done and item.note is None
    for case in v["titles"]:
        app.set_locales(case["locales"])
        stage = next(s for s in app.checklist().stages if s.id == case["stage"])
        assert stage.title == case["title"], case
    app.set_locales(["en"])
    for case in v["errors"]:
        with pytest.raises(KINDS[case["kind"]]):
            if case["op"] == "add":
                app.checklist_add(case["stage"], case["text"])
            elif case["op"] == "done":
                app.checklist_set_done(case["item"], True)
            elif case["op"] == "note":
                app.checklist_set_note(case["item"], case["text"])
            elif case["op"] == "remove":
                app.checklist_remove(case["item"])


def test_own_items_notes_and_ticks(app):
    item_id = app.checklist_add("on_arrival", "Find the Kenyan church on Elm")
    app.checklist_set_done(item_id, True)
    app.checklist_set_note(item_id, "Sunday 10am")
    stage = next(s for s in app.checklist().stages if s.id == "on_arrival")
    mine = stage.items[-1]
    assert (mine.id, mine.title, mine.done, mine.custom, mine.note, mine.module) == (
        item_id, "Find the Kenyan church on Elm", True, True, "Sunday 10am", None)
    app.checklist_remove(item_id)
    assert all(i.id != item_id for s in app.checklist().stages for i in s.items)
