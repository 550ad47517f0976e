"""The vault through the Python bindings: the shared scripted session, a wrong-length key
from a foreign key store, and a locked vault that can still be wiped."""
import os

import pytest

import waymark
from conftest import make_app, vectors

# Debug builds only: PINs set in these tests use a cheap Argon2id cost.
os.environ["WAYMARK_INSECURE_TEST_KDF"] = "1"

KINDS = {
    "invalid_input": waymark.WaymarkError.InvalidInput,
    "not_found": waymark.WaymarkError.NotFound,
    "integrity": waymark.WaymarkError.Integrity,
    "locked": waymark.WaymarkError.Locked,
    "wrong_pin": waymark.WaymarkError.WrongPin,
    "storage": waymark.WaymarkError.Storage,
    "key_store": waymark.WaymarkError.KeyStore,
}


def find_item(app, item_id):
    for stage in app.checklist().stages:
        for item in stage.items:
            if item.id == item_id:
                return item
    return None


def run_step(app, step, state):
    op = step["op"]
    if op == "status":
        st = app.vault_status()
        for k, want in step["expect"].items():
            assert getattr(st, k) == want, step
    elif op == "unlock":
        app.unlock(step["pin"])
    elif op == "lock":
        app.lock()
    elif op == "set_pin":
        app.set_pin(step["pin"])
    elif op == "change_pin":
        app.change_pin(step["old"], step["new"])
    elif op == "remove_pin":
        app.remove_pin(step["pin"])
    elif op == "set_duress_pin":
        app.set_duress_pin(step["pin"])
    elif op == "wipe":
        app.wipe()
    elif op == "checklist":
        app.checklist()
    elif op == "checklist_add":
        state["last"] = app.checklist_add(step["stage"], step["text"])
    elif op == "checklist_note":
        app.checklist_set_note(step["item"], step["note"])
    elif op == "checklist_done":
        app.checklist_set_done(step["item"], step["done"])
    elif op == "checklist_item":
        item = find_item(app, step["item"].replace("$last", state.get("last", "")))
        want = step["expect"]
        assert (item is not None) == want["present"], step
        if item is not None:
            if "done" in want:
                assert item.done == want["done"], step
            if "note" in want:
                assert item.note == want["note"], step
    else:
        raise AssertionError(f"unknown op {op}")


def test_vault_vectors(app):
    state = {}
    for step in vectors("vault.json")["steps"]:
        if "kind" in step:
            with pytest.raises(KINDS[step["kind"]]):
                run_step(app, step, state)
        else:
            run_step(app, step, state)


class ShortKeyStore(waymark.KeyStore):
    def get_or_create_key(self, alias):
        return b"\x01" * 16

    def has_key(self, alias):
        return True

    def delete_key(self, alias):
        pass


def test_a_wrong_length_key_is_a_storage_error_not_a_crash(tmp_path):
    app = make_app(tmp_path, key_store=ShortKeyStore())
    with pytest.raises(waymark.WaymarkError.Storage):
        app.checklist_set_done("safety_word", True)


def test_a_locked_vault_can_be_wiped_and_leaves_no_file(tmp_path):
    app = make_app(tmp_path)
    app.checklist_set_note("know_embassy", "Embassy at 12 Rue Lepic")
    app.set_pin("2468")
    app.lock()
    with pytest.raises(waymark.WaymarkError.Locked):
        app.checklist()
    app.wipe()
    data = tmp_path / "data"
    assert not any(p.is_file() for p in data.rglob("*"))
    assert not any(p.is_file() for p in (tmp_path / "keys").rglob("*"))
    assert app.vault_status().exists is False
