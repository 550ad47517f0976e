"""Content packs from Python: install, list, export, remove, and every refusal the shells
show. The pack (tests/vectors/packs/make) is signed with the TEST key, which only a
developer-mode core given that key trusts; it puts a test number in Kenya's 911 entry."""
import pytest

import waymark
from conftest import ROOT, Driver, make_app, plain

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


def leave_no_trace(app, on):
    d = Driver(app)
    d.choose("settings")
    if d.action("leave_no_trace").style != waymark.ActionStyle.TOGGLE(on=on):
        d.choose("leave_no_trace")
    assert d.action("leave_no_trace").style == waymark.ActionStyle.TOGGLE(on=on)


def test_a_pack_installs_takes_effect_on_the_next_core_and_removes(tmp_path):
    app = developer_app(tmp_path)
    assert app.content_packs() == []
    view = app.install_content_pack(PACK)
    assert (view.id, view.kind, view.version, view.files, view.bytes) == ("directory", "directory", 1, 1, len(PACK))
    assert [p.id for p in app.content_packs()] == ["directory"]
    assert app.export_content_pack("directory") == PACK

    reopened = developer_app(tmp_path)
    assert NEW_NUMBER in kenya_numbers(reopened) and "911" not in kenya_numbers(reopened)

    reopened.remove_content_pack("directory")
    assert "911" in kenya_numbers(developer_app(tmp_path))
    with pytest.raises(waymark.WaymarkError.NotFound):
        reopened.remove_content_pack("directory")
    with pytest.raises(waymark.WaymarkError.NotFound):
        reopened.export_content_pack("directory")


def test_refusals_change_nothing_and_say_why(tmp_path):
    app = developer_app(tmp_path)
    forged = bytearray(PACK)
    forged[120] ^= 0x20
    with pytest.raises(waymark.WaymarkError.Integrity) as e:
        app.install_content_pack(bytes(forged))
    assert "Nothing was changed" in plain(str(e.value))
    with pytest.raises(waymark.WaymarkError.Integrity):
        app.install_content_pack(PACK[:-10])
    with pytest.raises(waymark.WaymarkError.InvalidInput):
        app.install_content_pack(b"not a pack")
    app.install_content_pack(PACK)
    with pytest.raises(waymark.WaymarkError.InvalidInput) as e:
        app.install_content_pack(PACK)
    assert "version 1" in plain(str(e.value))
    assert [p.version for p in app.content_packs()] == [1]


def test_a_release_core_does_not_trust_the_test_key(tmp_path):
    app = make_app(tmp_path)
    with pytest.raises(waymark.WaymarkError.Integrity):
        app.install_content_pack(PACK)
    # The developer key is ignored outside developer mode.
    app = make_app(tmp_path, developer_pack_key=TEST_KEY)
    with pytest.raises(waymark.WaymarkError.Integrity):
        app.install_content_pack(PACK)
    assert app.content_packs() == []


def test_installing_is_refused_under_leave_no_trace(tmp_path):
    app = developer_app(tmp_path)
    leave_no_trace(app, True)
    with pytest.raises(waymark.WaymarkError.InvalidInput):
        app.install_content_pack(PACK)
    assert not (tmp_path / "data" / "packs").exists()
    leave_no_trace(app, False)
    assert app.install_content_pack(PACK).version == 1


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
