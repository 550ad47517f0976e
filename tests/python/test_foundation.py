"""Locales, messages, errors and the key-store callback, from Python."""
import pytest

import waymark
from conftest import Driver, make_app, plain, vectors


def args(d):
    return [
        waymark.MessageArg.NUMBER(k, float(v)) if isinstance(v, (int, float)) else waymark.MessageArg.TEXT(k, v)
        for k, v in d.items()
    ]


def test_locale_vectors(app):
    v = vectors("locales.json")
    # set_locales answers with the resolution resolve_locales gave (no longer exported).
    for case in v["resolve"]:
        r = app.set_locales(case["tags"])
        assert r.chain == case["chain"], case
        assert r.ignored == case["ignored"], case
        assert r.region == case["region"], case
    app.set_locales(["en"])
    for case in v["messages"]:
        m = app.message_in(case["id"], case["locales"], args(case["args"]))
        assert plain(m.text) == case["text"], case
        assert m.locale == case["locale"]
    kinds = {"not_found": waymark.WaymarkError.NotFound, "invalid_input": waymark.WaymarkError.InvalidInput}
    for case in v["errors"]:
        with pytest.raises(kinds[case["kind"]]):
            app.message_in(case["id"], case["locales"], [])


def test_locales_name_themselves_and_mark_drafts(app):
    locales = {l.id: l for l in app.locales()}
    assert list(locales) == ["en", "fr", "es", "pt", "ht", "sw", "ar"]
    assert locales["ht"].native_name == "Kreyòl ayisyen"
    assert locales["ar"].direction == waymark.TextDirection.RTL
    assert locales["en"].status == "reviewed" and locales["sw"].status == "draft"
    assert locales["ht"].chain == ["ht", "fr", "en"]


def test_set_locales_changes_the_language_and_review_note(app):
    d = Driver(app)
    assert d.screen.locale == "en" and d.screen.review_note is None
    r = app.set_locales(["fr-HT"])
    assert r.chain == ["ht", "fr", "en"] and r.region == "HT"
    d.send(waymark.Event.REFRESH())
    assert d.screen.locale == "ht"
    assert d.screen.review_note == "Tradiksyon sa a poko fin revize."
    assert plain(app.message("menu-quit", []).text) == "Fèmen Waymark"
    app.set_locales(["ar"])
    d.send(waymark.Event.REFRESH())
    assert d.screen.direction == waymark.TextDirection.RTL and d.screen.locale == "ar"


def test_errors_are_localized_and_carry_no_input(app):
    app.set_locales(["es"])
    with pytest.raises(waymark.WaymarkError.NotFound) as e:
        app.message("no-such-message", [])
    assert "identificador" in str(e.value)


def test_developer_mode_offers_pseudo_locales(tmp_path):
    dev = make_app(tmp_path, developer_mode=True)
    assert {"en-XA", "ar-XB"} <= {l.id for l in dev.locales()}
    dev.set_locales(["en-XA"])
    assert dev.message("menu-quit", []).locale == "en-XA"


def test_content_version_and_loaded_content_dir(tmp_path, app):
    d = Driver(app)
    d.choose("settings")
    # The settings' About says which content this core loaded (content_version).
    version = [line for line in d.text().splitlines() if line.startswith("Content version ")]
    assert len(version) == 1 and len(version[0]) > len("Content version "), d.text()
    with pytest.raises(waymark.WaymarkError.Content):
        make_app(tmp_path, content_dir=str(tmp_path / "missing"))


def test_a_rust_panic_surfaces_as_an_error_not_a_crash(app):
    with pytest.raises(waymark.InternalError):
        app.self_test_panic()
    # The object still works afterwards.
    assert app.message("app-name", []).text == "Waymark"


class PythonKeyStore(waymark.KeyStore):
    """A shell's key store, implemented in the foreign language."""

    def __init__(self, key=b"k" * 32, fail=False):
        self.key, self.fail, self.calls, self.deleted = key, fail, [], []

    def get_or_create_key(self, alias):
        self.calls.append(alias)
        if self.fail:
            raise waymark.KeyStoreError.Unavailable("device locked")
        return self.key

    def has_key(self, alias):
        if self.fail:
            raise waymark.KeyStoreError.Unavailable("device locked")
        return alias not in self.deleted

    def delete_key(self, alias):
        self.deleted.append(alias)


def test_a_python_key_store_can_be_passed_in(tmp_path):
    ks = PythonKeyStore()
    app = make_app(tmp_path, key_store=ks)
    assert app.message("app-name", []).text == "Waymark"


def test_the_file_key_store_keeps_one_private_key(tmp_path):
    ks = waymark.FileKeyStore(str(tmp_path / "k"))
    a = ks.get_or_create_key("vault")
    assert len(a) == 32 and ks.get_or_create_key("vault") == a
    assert (tmp_path / "k" / "vault.key").stat().st_mode & 0o777 == 0o600
    ks.delete_key("vault")
    assert not (tmp_path / "k" / "vault.key").exists()
    with pytest.raises(waymark.KeyStoreError.Unavailable):
        ks.get_or_create_key("../escape")
