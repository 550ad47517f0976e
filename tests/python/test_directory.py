"""Find help and discretion, from Python: every function the directory and discretion export."""
import os

import pytest

import waymark
from conftest import make_app, plain, vectors


def query(**kw):
    return waymark.HelpQuery(**kw)


def files(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                out[p] = (f.read(), os.stat(p).st_mtime_ns)
    return out


def test_every_listed_country_answers_with_its_numbers(app):
    v = vectors("directory.json")
    for case in v["countries"]:
        view = app.find_help(query(country=case["country"]))
        assert view.country == case["country"]
        assert [(e.number, e.uri) for e in view.emergency] == [(e["number"], e["uri"]) for e in case["emergency"]]
        by_id = {s.id: s for s in view.services}
        assert len(by_id) == len(case["services"])
        for s in case["services"]:
            got = by_id[s["id"]]
            assert got.status == s["status"]
            assert [(c.kind, c.display, c.uri) for c in got.channels] == [
                (c["kind"], c["display"], c["uri"]) for c in s["channels"]
            ]
            assert got.last_verified
            assert got.safety.reports_to_immigration in ("yes", "no", "only_with_consent", "unknown")
        assert [f.id for f in view.fallbacks] == v["fallback_ids"]


def test_shared_query_cases(app):
    for case in vectors("directory.json")["queries"]:
        a = case["args"]
        q = query(
            country=a.get("country"),
            needs=a.get("need", []),
            language=a.get("language"),
            audience=a.get("audience"),
            danger_now=a.get("danger_now", False),
        )
        if "error" in case:
            with pytest.raises(waymark.WaymarkError.InvalidInput):
                app.find_help(q)
            continue
        view = app.find_help(q)
        assert view.country == case["country"]
        assert [s.id for s in view.services[: len(case["first_service_ids"])]] == case["first_service_ids"]
        if "first_why" in case:
            assert [plain(w) for w in view.services[0].why][: len(case["first_why"])] == case["first_why"]
        if "first_fallback_ids" in case:
            assert view.fallbacks[0].id == case["first_fallback_ids"][0]


def test_coordinates_pick_the_country_and_nothing_is_written(tmp_path):
    app = make_app(tmp_path)
    before = files(tmp_path)
    view = app.find_help(query(latitude=9.0765, longitude=7.3986, danger_now=True))
    assert view.country == "NG"
    assert [e.number for e in view.emergency] == ["112"]
    assert files(tmp_path) == before


def test_help_choices_are_localized(app):
    app.set_locales(["es"])
    c = app.help_choices()
    assert len(c.countries) == 34
    assert any(k.id == "legal_aid" and k.label == "Ayuda legal" for k in c.kinds)
    assert [a.id for a in c.audiences][0] == "anyone"


def test_discretion_settings_disguise_and_quick_exit(tmp_path):
    app = make_app(tmp_path)
    s = app.discretion_settings()
    assert s.disguise.id == "waymark" and not s.leave_no_trace and not s.notifications_off
    assert [d.id for d in app.disguises()][:3] == ["waymark", "notes", "calculator"]
    assert app.set_disguise("weather").disguise.name == "Weather"
    with pytest.raises(waymark.WaymarkError.InvalidInput):
        app.set_disguise("casino")
    assert app.set_notifications_off(True).notifications_off
    app.set_current_screen("find_help")
    app.set_search_text("passport")
    assert app.screen_state().search_text == "passport"
    app.quick_exit()
    st = app.screen_state()
    assert st.current_screen is None and st.search_text is None


def test_leave_no_trace_changes_no_file(tmp_path):
    app = make_app(tmp_path)
    assert app.set_leave_no_trace(True).leave_no_trace
    before = files(tmp_path)
    app.set_disguise("notes")
    app.set_notifications_off(True)
    app.find_help(query(country="KE"))
    assert app.discretion_settings().leave_no_trace
    assert files(tmp_path) == before
    assert not app.set_leave_no_trace(False).leave_no_trace


def test_in_dubai_from_kenya_unknown_apart_and_freshness(app):
    view = app.find_help(query(country="AE", _from="KE", no_immigration_reporting=True, today="2026-12-04"))
    assert view._from == "KE"
    assert [s.id for s in view.from_home] == ["ke_diaspora_call_centre", "ke_embassy_abu_dhabi", "ke_consulate_dubai"]
    # A safety filter counts only a confirmed "no": nothing here is a match.
    assert view.services == []
    assert "ae_800save" in [s.id for s in view.not_confirmed]
    mohre = next(s for s in view.other_services if s.id == "ae_mohre_80060")
    assert mohre.safety.reports_to_immigration == "yes" and mohre.warning
    assert mohre.confidence == "B" and mohre.source.startswith("https://")
    assert not mohre.out_of_date
    old = app.find_help(query(country="AE", today="2028-01-01"))
    assert all(s.out_of_date for s in old.services)
    for bad in ["ZZ", "USA", "!!"]:
        with pytest.raises(waymark.WaymarkError.InvalidInput):
            app.find_help(query(country="AE", _from=bad))
