"""Content packs from Python, through the app core the phones render: a pack opened with
Waymark from another app (on any screen; on the PIN screen it waits for the PIN), the packs screen that
lists, passes on and removes them, and every refusal the person is told about. The pack
(tests/vectors/packs/make) is signed with the TEST key, which only a developer-mode core
given that key trusts; it puts a test number in Kenya's 911 entry."""
import os

import waymark
from conftest import ROOT, Driver, make_app, plain

# Debug builds only: the PIN set below uses a cheap Argon2id cost.
os.environ["WAYMARK_INSECURE_TEST_KDF"] = "1"

PACK = (ROOT / "tests" / "vectors" / "packs" / "directory-ke-v1.wmpack").read_bytes()
# Public key of the test seed 07 repeated 32 times (core/src/packs/tests.rs).
TEST_KEY = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
NEW_NUMBER = "+254000000000"


def developer_app(tmp_path):
    return make_app(tmp_path, developer_mode=True, developer_pack_key=TEST_KEY)


def kenya_numbers(app):
    """Kenya's emergency numbers as Find help shows them (the calls offered first)."""
    d = Driver(app)
    d.choose("help")
    d.submit("KE")
    d.choose("results")
    return [a.detail for a in d.screen.actions if isinstance(a.style, waymark.ActionStyle.PRIMARY)]


def installed(d):
    """The packs the settings list, as their action ids; the driver is left on that list."""
    d.send(waymark.Event.START())
    d.choose("settings")
    d.choose("packs")
    assert d.screen.id == waymark.ScreenId.CONTENT_PACKS
    return [a for a in d.ids() if a.startswith("pack.")]


def opened(d, data):
    """A file opened with Waymark from another app; the notice it gives."""
    d.send(waymark.Event.PACK_OPENED(data=bytes(data)))
    assert d.notice() is not None
    return d.notice()


def leave_no_trace(d, on):
    d.send(waymark.Event.START())
    d.choose("settings")
    if d.action("leave_no_trace").style != waymark.ActionStyle.TOGGLE(on=on):
        d.choose("leave_no_trace")
    assert d.action("leave_no_trace").style == waymark.ActionStyle.TOGGLE(on=on)


def test_a_pack_opened_installs_takes_effect_on_the_next_core_passes_on_and_removes(tmp_path):
    d = Driver(developer_app(tmp_path))
    assert installed(d) == []
    d.send(waymark.Event.START())
    said = opened(d, PACK)
    assert d.screen.id == waymark.ScreenId.HOME
    assert not said.error and "Installed content pack directory" in plain(said.text)
    assert installed(d) == ["pack.directory"]
    assert "version 1" in plain(d.action("pack.directory").label)

    reopened = developer_app(tmp_path)
    assert NEW_NUMBER in kenya_numbers(reopened) and "911" not in kenya_numbers(reopened)

    d = Driver(reopened)
    installed(d)
    d.choose("pack.directory")
    d.choose("share")
    assert d.effects == [waymark.Effect.SHARE(file_name="directory.wmpack", mime_type="application/vnd.waymark.pack", data=PACK)]
    d.choose("remove")
    d.choose("yes")
    assert d.screen.id == waymark.ScreenId.CONTENT_PACKS
    assert plain(d.notice().text).startswith("Removed content pack directory.")
    assert installed(d) == []
    assert "911" in kenya_numbers(developer_app(tmp_path))


def test_a_pack_opened_on_the_pin_screen_waits_for_the_pin(tmp_path):
    d = Driver(developer_app(tmp_path))
    d.choose("settings")
    d.choose("pin.set")
    d.submit("4826")
    d.submit("4826")
    d.choose("lock")
    assert d.screen.id == waymark.ScreenId.UNLOCK
    said = opened(d, PACK)
    assert d.screen.id == waymark.ScreenId.UNLOCK
    assert not said.error and "Enter your PIN" in plain(said.text)
    d.submit("4826")
    assert d.screen.id == waymark.ScreenId.HOME
    assert "Installed content pack directory" in plain(d.screen.notice.text)
    assert installed(d) == ["pack.directory"]


def test_refusals_change_nothing_and_say_why(tmp_path):
    d = Driver(developer_app(tmp_path))
    d.choose("help")
    forged = bytearray(PACK)
    forged[120] ^= 0x20
    for bad in (forged, PACK[:-10], b"not a pack", b"\0" * (8 * 1024 * 1024 + 1)):
        said = opened(d, bad)
        assert d.screen.id == waymark.ScreenId.HELP_COUNTRY
        assert said.error, bad[:10]
    assert "Nothing was changed" in plain(opened(d, forged).text)
    assert "too large" in plain(opened(d, b"\0" * (8 * 1024 * 1024 + 1)).text)
    assert installed(d) == []
    assert not opened(d, PACK).error
    said = opened(d, PACK)
    assert said.error and "version 1" in plain(said.text)
    installed(d)
    assert "version 1" in plain(d.action("pack.directory").label)


def test_a_release_core_does_not_trust_the_test_key(tmp_path):
    d = Driver(make_app(tmp_path))
    assert opened(d, PACK).error
    # The developer key is ignored outside developer mode.
    d = Driver(make_app(tmp_path, developer_pack_key=TEST_KEY))
    assert opened(d, PACK).error
    assert installed(d) == []


def test_installing_is_refused_under_leave_no_trace(tmp_path):
    d = Driver(developer_app(tmp_path))
    leave_no_trace(d, True)
    said = opened(d, PACK)
    assert said.error and "leave no trace" in plain(said.text)
    assert not (tmp_path / "data" / "packs").exists()
    leave_no_trace(d, False)
    assert not opened(d, PACK).error
    assert installed(d) == ["pack.directory"]


def test_a_pack_chosen_in_the_settings_installs_and_a_forged_one_is_said(tmp_path):
    d = Driver(developer_app(tmp_path))
    d.choose("settings")
    d.choose("packs")
    assert d.screen.id == waymark.ScreenId.CONTENT_PACKS
    d.choose("add")
    assert d.effects == [waymark.Effect.CHOOSE_CONTENT_PACK()]
    forged = bytearray(PACK)
    forged[120] ^= 0x20
    d.send(waymark.Event.FILE_CHOSEN(data=bytes(forged)))
    assert d.notice().error and "Nothing was changed" in plain(d.notice().text)
    assert "pack.directory" not in d.ids()
    d.send(waymark.Event.FILE_CHOSEN(data=PACK))
    assert not d.notice().error and "version 1" in plain(d.notice().text)
    assert "pack.directory" in d.ids()
    assert NEW_NUMBER in kenya_numbers(developer_app(tmp_path))
