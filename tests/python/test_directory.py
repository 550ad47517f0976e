"""Find help and discretion from Python, through the app core the phones render (`App`):
events in, screens and effects out. The directory's facade-level checks (every field of
every entry, the query cases, coordinates) are in bindings/tests/directory.rs and
core/src/directory/tests.rs; here each is reached the way a person reaches it."""
import os
import tomllib

import waymark
from conftest import ROOT, drive, make_app, vectors, Driver

VERBS = {"tel": "call", "sms": "text"}


def files(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                out[p] = (f.read(), os.stat(p).st_mtime_ns)
    return out


def results(d, country, danger=False):
    """Home → Find help → a typed country → its results."""
    d.choose("help")
    assert d.screen.id == waymark.ScreenId.HELP_COUNTRY
    d.submit(country)
    assert d.screen.id == waymark.ScreenId.HELP_FILTERS, d.notice()
    d.choose("danger" if danger else "results")
    assert d.screen.id == waymark.ScreenId.HELP_RESULTS
    return d


def contacts(d):
    """(verb, what is shown) of every call/text/open/copy the results offer, in order."""
    return [(a.id.split(".")[0], a.detail) for a in d.screen.actions]


def service_names(app, country):
    """Service id → its English name, from the country's content file (none: no file)."""
    path = ROOT / "content" / "directory" / f"{country}.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text("utf-8"))
    entries = data.get("services", []) + data.get("fallbacks", [])
    return {s["id"]: app.message(s["name_msg"], []).text for s in entries}


def test_kenya_shows_its_numbers_and_a_choice_dials_after_the_warning(tmp_path):
    case = next(c for c in vectors("directory.json")["countries"] if c["country"] == "KE")
    d = results(drive(tmp_path), "KE")
    numbers = [e["number"] for e in case["emergency"]]
    emergency = d.screen.actions[: len(numbers)]
    assert [(a.id, a.detail) for a in emergency] == [(f"call.{i}", n) for i, n in enumerate(numbers)]
    assert all(isinstance(a.style, waymark.ActionStyle.PRIMARY) for a in emergency)
    assert [v for _, v in d.facts()][: len(numbers)] == numbers
    d.choose("call.0")
    assert d.screen.id == waymark.ScreenId.HANDOFF
    assert d.ids() == ["continue", "copy", "cancel"]
    assert not any(isinstance(e, waymark.Effect.DIAL) for e in d.effects), "nothing dialled before the warning"
    d.choose("continue")
    assert d.screen.id == waymark.ScreenId.HELP_RESULTS
    assert d.effects == [waymark.Effect.DIAL(number=case["emergency"][0]["uri"].removeprefix("tel:"))]


def test_every_listed_country_offers_its_numbers_and_channels(tmp_path):
    v = vectors("directory.json")
    d = drive(tmp_path)
    for case in v["countries"]:
        results(d, case["country"])
        offered = contacts(d)
        em = case["emergency"]
        assert offered[: len(em)] == [("call", e["number"]) for e in em], case["country"]
        shown = set(offered)
        for s in case["services"]:
            for c in s["channels"]:
                scheme = (c["uri"] or "").split(":")[0]
                verb = "copy" if c["uri"] is None else VERBS.get(scheme, "open")
                hits = [o for o in shown if o[0] == verb and o[1].endswith(": " + c["display"])]
                assert hits, (case["country"], s["id"], c, offered)
        if em:
            d.choose("call.0")
            d.choose("continue")
            assert d.effects == [waymark.Effect.DIAL(number=em[0]["uri"].removeprefix("tel:"))], case["country"]
        d.send(waymark.Event.START())


def query(d, a):
    """Home → Find help → the case's country and filters, as a person sets them. Returns
    False where the app refuses what was typed or does not offer what was asked for."""
    d.send(waymark.Event.START())
    d.choose("help")
    d.submit(a["country"])
    if d.screen.id != waymark.ScreenId.HELP_FILTERS:
        assert d.screen.id == waymark.ScreenId.HELP_COUNTRY and d.notice().error
        return False
    if a.get("need"):
        d.choose("need")
        for k in a["need"]:
            if f"need.{k}" not in d.ids():
                return False
            d.choose(f"need.{k}")
        d.choose("done")
    if a.get("language"):
        d.choose("language")
        d.submit(a["language"])
        if d.screen.id != waymark.ScreenId.HELP_FILTERS:
            assert d.screen.id == waymark.ScreenId.HELP_LANGUAGE and d.notice().error
            return False
    if a.get("audience"):
        d.choose("audience")
        if f"audience.{a['audience']}" not in d.ids():
            return False
        d.choose(f"audience.{a['audience']}")
    d.choose("danger" if a.get("danger_now") else "results")
    assert d.screen.id == waymark.ScreenId.HELP_RESULTS
    return True


def test_filters_order_the_results_as_the_shared_query_cases_say(tmp_path):
    d = drive(tmp_path)
    intl = service_names(d.core, "international")
    for case in vectors("directory.json")["queries"]:
        if not query(d, case["args"]):
            assert "error" in case, case
            continue
        assert "error" not in case, case
        names = service_names(d.core, case["country"])
        headings = [b.text for b in d.screen.blocks if isinstance(b, waymark.Block.HEADING)]
        want = [names[i] for i in case["first_service_ids"]]
        if want:
            first = next(i for i, h in enumerate(headings) if h in names.values())
            assert headings[first : first + len(want)] == want, case
        if "emergency_count" in case:
            calls = [a for a in d.screen.actions if isinstance(a.style, waymark.ActionStyle.PRIMARY)]
            assert len(calls) == case["emergency_count"], case
        for why in case.get("first_why", []):
            assert why in d.text(), case
        for f in case.get("first_fallback_ids", [])[:1]:
            assert intl[f] in headings, case


def test_a_wrong_country_code_is_said_and_the_search_goes_on(tmp_path):
    d = drive(tmp_path)
    d.choose("help")
    for bad in ["ZZ", "USA", "!!"]:
        d.submit(bad)
        assert d.screen.id == waymark.ScreenId.HELP_COUNTRY
        assert d.notice() is not None and d.notice().error
    d.submit("ng")
    assert d.screen.id == waymark.ScreenId.HELP_FILTERS


def test_help_choices_are_localized(tmp_path):
    d = drive(tmp_path, locales=("es",))
    d.choose("help")
    assert len([i for i in d.ids() if i.startswith("country.")]) == 34
    d.submit("KE")
    d.choose("need")
    assert d.action("need.legal_aid").label == "Ayuda legal"
    d.choose("done")
    d.choose("audience")
    assert d.ids()[0] == "audience.anyone"


def test_a_disguise_choice_tells_the_phone_and_quick_exit_forgets_the_search(tmp_path):
    core = make_app(tmp_path)
    d = Driver(core)
    d.choose("settings")
    d.choose("disguise")
    assert waymark.ScreenId.DISGUISE == d.screen.id
    assert d.ids()[:3] == ["disguise.waymark", "disguise.notes", "disguise.calculator"]
    assert "disguise.casino" not in d.ids()
    d.choose("disguise.weather")
    assert waymark.Effect.SET_DISGUISE(id="weather") in d.effects
    d.send(waymark.Event.START())
    d.choose("settings")
    assert d.action("notifications_off").style == waymark.ActionStyle.TOGGLE(on=False)
    d.choose("notifications_off")
    assert d.action("notifications_off").style == waymark.ActionStyle.TOGGLE(on=True)
    # A half-typed search is gone after a quick exit.
    d.send(waymark.Event.START())
    d.choose("help")
    d.submit("KE")
    d.choose("from")
    d.send(waymark.Event.QUICK_EXIT())
    assert waymark.Effect.QUICK_EXIT() in d.effects
    assert d.screen.id == waymark.ScreenId.HOME and d.screen.back is None
    d.choose("help")
    assert d.screen.id == waymark.ScreenId.HELP_COUNTRY


def test_leave_no_trace_changes_no_file(tmp_path):
    d = drive(tmp_path)
    d.choose("settings")
    d.choose("leave_no_trace")
    assert d.action("leave_no_trace").style == waymark.ActionStyle.TOGGLE(on=True)
    before = files(tmp_path)
    d.choose("disguise")
    d.choose("disguise.notes")
    assert waymark.Effect.SET_DISGUISE(id="notes") in d.effects
    d.send(waymark.Event.START())
    d.choose("settings")
    d.choose("notifications_off")
    d.send(waymark.Event.START())
    results(d, "KE")
    d.send(waymark.Event.START())
    d.choose("settings")
    assert d.action("leave_no_trace").style == waymark.ActionStyle.TOGGLE(on=True)
    assert files(tmp_path) == before
    d.choose("leave_no_trace")
    assert d.action("leave_no_trace").style == waymark.ActionStyle.TOGGLE(on=False)


def test_finding_help_writes_nothing(tmp_path):
    d = drive(tmp_path)
    before = files(tmp_path)
    results(d, "NG", danger=True)
    assert d.facts()[0][1] == "112"
    assert isinstance(d.screen.blocks[0], waymark.Block.WARNING), "in danger: the warning first"
    assert files(tmp_path) == before


def test_in_dubai_from_kenya_with_a_safety_filter(tmp_path):
    d = drive(tmp_path)
    d.choose("help")
    d.submit("AE")
    d.choose("from")
    d.submit("KE")
    assert d.action("from").detail == "Kenya"
    d.choose("filter.no_immigration")
    d.choose("results")
    names = service_names(d.core, "AE")
    headings = [b.text for b in d.screen.blocks if isinstance(b, waymark.Block.HEADING)]
    # A safety filter counts only a confirmed "no": MOHRE reports, so it is listed apart,
    # with a warning, and Kenya's own offices in the UAE are there too.
    assert names["ae_mohre_80060"] in headings
    assert any(isinstance(b, waymark.Block.WARNING) for b in d.screen.blocks)
    ke = service_names(d.core, "KE")
    from_home = [ke[i] for i in ["ke_diaspora_call_centre", "ke_embassy_abu_dhabi", "ke_consulate_dubai"]]
    start = headings.index(from_home[0])
    assert headings[start : start + 3] == from_home
