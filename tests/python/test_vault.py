"""The vault from Python, through the app core the phones render: a PIN set in the
settings, lock, the PIN screen, unlock; a wrong-length key from a foreign key store; a
"delete everything" after the PIN, which leaves no file. The facade's scripted vault session
(tests/vectors/vault.json: change/remove/duress PIN, every refusal) is in
bindings/tests/vectors.rs (vault_vectors); wiping a locked vault (the terminal's
`wipe --yes`) in cli/tests/vault.rs."""
import os

import waymark
from conftest import Driver, drive, make_app

# Debug builds only: PINs set in these tests use a cheap Argon2id cost.
os.environ["WAYMARK_INSECURE_TEST_KDF"] = "1"


def set_pin_in_settings(d, pin):
    d.send(waymark.Event.START())
    d.choose("settings")
    d.choose("pin.set")
    assert d.screen.id == waymark.ScreenId.PIN
    assert d.screen.input.kind == waymark.InputKind.PIN
    d.submit(pin)
    d.submit(pin)
    assert d.screen.id == waymark.ScreenId.SETTINGS
    assert d.notice().text == "Your PIN is set." and not d.notice().error


def test_a_pin_set_in_settings_locks_and_unlocks(tmp_path):
    d = drive(tmp_path)
    d.choose("settings")
    d.choose("pin.set")
    d.submit("12")
    assert d.screen.id == waymark.ScreenId.PIN and d.notice().error, "too short: said on the same screen"
    d.send(waymark.Event.START())
    set_pin_in_settings(d, "4826")
    assert "4826" not in d.text(), "a PIN is never shown"
    assert {"pin.change", "pin.duress", "lock"} <= set(d.ids())
    assert "pin.set" not in d.ids()
    d.choose("lock")
    assert d.screen.id == waymark.ScreenId.UNLOCK and d.screen.back is None
    assert d.send(waymark.Event.START()).id == waymark.ScreenId.UNLOCK, "still locked"
    d.submit("0000")
    assert d.screen.id == waymark.ScreenId.UNLOCK and d.notice().error
    d.submit("4826")
    assert d.screen.id == waymark.ScreenId.HOME
    assert d.send(waymark.Event.START()).id == waymark.ScreenId.HOME, "unlocked"
    # A new session over the locked vault starts on the PIN screen.
    d.send(waymark.Event.LOCK())
    again = Driver(make_app(tmp_path))
    assert again.screen.id == waymark.ScreenId.UNLOCK
    again.submit("4826")
    assert again.screen.id == waymark.ScreenId.HOME


def test_the_lock_event_from_the_shell_asks_for_the_pin_before_private_screens(tmp_path):
    d = drive(tmp_path)
    set_pin_in_settings(d, "2468")
    d.send(waymark.Event.LOCK())
    d.send(waymark.Event.START())
    if d.screen.id == waymark.ScreenId.HOME:
        d.choose("checklist")
    assert d.screen.id == waymark.ScreenId.UNLOCK
    d.submit("2468")
    d.send(waymark.Event.START())
    d.choose("checklist")
    assert d.screen.id == waymark.ScreenId.CHECKLIST


class ShortKeyStore(waymark.KeyStore):
    def get_or_create_key(self, alias):
        return b"\x01" * 16

    def has_key(self, alias):
        return True

    def delete_key(self, alias):
        pass


def test_a_wrong_length_key_is_an_error_notice_not_a_crash(tmp_path):
    d = drive(tmp_path, key_store=ShortKeyStore())
    d.choose("checklist")
    d.choose("stage.before_you_go")
    d.choose("done.safety_word")
    assert d.screen.id == waymark.ScreenId.CHECKLIST_STAGE
    assert d.notice() is not None and d.notice().error
    assert d.notice().text == "The phone's key store gave a key that cannot be used."
    assert d.action("done.safety_word").style == waymark.ActionStyle.TOGGLE(on=False)
    # The app still answers.
    d.send(waymark.Event.START())
    assert d.screen.id == waymark.ScreenId.HOME


def test_delete_everything_after_the_pin_leaves_no_file(tmp_path):
    d = drive(tmp_path)
    d.choose("checklist")
    d.choose("stage.before_you_go")
    d.choose("notes")
    d.choose("item.know_embassy")
    d.submit("Embassy at 12 Rue Lepic")
    assert d.notice().text == "Saved."
    set_pin_in_settings(d, "2468")
    d.send(waymark.Event.LOCK())
    d.send(waymark.Event.START())
    assert d.screen.id == waymark.ScreenId.UNLOCK
    d.submit("2468")
    d.choose("settings")
    d.choose("wipe")
    assert d.screen.id == waymark.ScreenId.CONFIRM
    d.choose("yes")
    assert d.screen.id == waymark.ScreenId.HOME and not d.notice().error
    data = tmp_path / "data"
    assert not any(p.is_file() for p in data.rglob("*"))
    assert not any(p.is_file() for p in (tmp_path / "keys").rglob("*"))
    # Nothing is asked at the next start, and no PIN is set.
    again = Driver(make_app(tmp_path))
    assert again.screen.id == waymark.ScreenId.HOME
    again.choose("settings")
    assert "pin.set" in again.ids()
    assert not any(p.is_file() for p in data.rglob("*")), "looking creates nothing"
