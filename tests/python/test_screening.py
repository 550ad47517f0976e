"""Private self-screening (issue 6) from Python, through the app core the phones render,
over the shared vectors. The facade-level loops (indicators, every field of an answer,
byte offsets of flags, refused input) are in bindings/tests/screening_vectors.rs; the
caseworker's indicator screen has no app flow."""
import waymark
from conftest import drive, vectors

SCAM = vectors("screening.json")["text"][0]["text"]


def question(d):
    return next(a for a in d.ids() if a.startswith("skip.")).removeprefix("skip.")


def answer_all(d, kind, answers):
    """Home → the check → each question answered as given (the rest skipped) → the report."""
    d.send(waymark.Event.START())
    d.choose(f"check_{kind}")
    while d.screen.id == waymark.ScreenId.CHECK_QUESTION:
        q = question(d)
        d.choose(f"answer.{q}.{answers[q]}" if q in answers else f"skip.{q}")
    assert d.screen.id == waymark.ScreenId.CHECK_REPORT
    return d


def msg(d, key):
    return d.core.message(key, []).text


def test_a_check_answered_to_the_end_shows_its_report(tmp_path):
    d = drive(tmp_path)
    for case in vectors("screening.json")["answers"]:
        answer_all(d, case["kind"], case["answers"])
        first = d.screen.blocks[0]
        assert first.text == msg(d, f"screening-risk-{case['risk']}"), case["name"]
        serious = case["risk"] in ("high", "urgent")
        assert isinstance(first, waymark.Block.WARNING) == serious, case["name"]
        headings = [b.text for b in d.screen.blocks if isinstance(b, waymark.Block.HEADING)]
        titles = [msg(d, "screening-signal-" + s.replace("_", "-")) for s in case["signals"]]
        shown = [h for h in headings if h in titles]
        assert shown == titles, case["name"]
        assert ("Find out" in headings) == bool(case["find_out"]), case["name"]
        assert d.screen.secure


def test_questions_follow_the_language(tmp_path):
    d = drive(tmp_path, locales=("ht",))
    d.choose("check_my_situation")
    assert question(d) == "under_18"
    assert "Èske ou gen mwens pase 18 an?" in d.text()
    total = next(b.total for b in d.screen.blocks if isinstance(b, waymark.Block.PROGRESS))
    assert 12 <= total <= 25


def test_a_pasted_advert_shows_each_flag_quoted(tmp_path):
    d = drive(tmp_path)
    for case in vectors("screening.json")["text"]:
        d.core.set_locales([case["locale"]])
        d.send(waymark.Event.START())
        d.choose("check_text")
        assert d.screen.id == waymark.ScreenId.TEXT_SCAN
        assert d.screen.input.kind == waymark.InputKind.LONG_TEXT and d.screen.input.value == ""
        d.submit(case["text"])
        assert d.screen.id == waymark.ScreenId.TEXT_SCAN_RESULT, case["name"]
        text = d.text()
        for flag_id, excerpt in case["flags"]:
            assert excerpt in text, (case["name"], flag_id, excerpt)
        titles = [msg(d, "screening-signal-" + f.replace("_", "-")) for f, _ in case["flags"]]
        for t in titles:
            assert t in text, (case["name"], t)
        assert isinstance(d.screen.blocks[0], waymark.Block.WARNING) == (case["risk"] in ("high", "urgent")), case["name"]


def test_the_scan_offers_next_steps_and_is_not_kept(tmp_path):
    d = drive(tmp_path)
    d.choose("check_text")
    d.submit(SCAM)
    assert "next.help_directory" in d.ids() and "again" in d.ids()
    d.choose("again")
    assert d.screen.id == waymark.ScreenId.TEXT_SCAN
    assert d.screen.input.value == ""


def test_help_for_a_serious_result_comes_from_the_directory_and_dials_after_the_warning(tmp_path):
    d = answer_all(drive(tmp_path), "my_situation", {"cannot_leave": "yes"})
    assert d.screen.blocks[0].text == msg(d, "screening-risk-urgent")
    assert not any(a.startswith("help.") for a in d.ids())
    # The country is chosen from a list of names.
    d.choose("country")
    assert d.screen.id == waymark.ScreenId.CHECK_COUNTRY
    d.choose("country.KE")
    assert d.screen.id == waymark.ScreenId.CHECK_REPORT
    assert d.notice() is None
    help_ids = [a for a in d.ids() if a.startswith("help.")]
    assert help_ids
    d.choose(help_ids[0])
    assert d.screen.id == waymark.ScreenId.HANDOFF
    d.choose("continue")
    assert d.screen.id == waymark.ScreenId.CHECK_REPORT
    assert len(d.effects) == 1 and isinstance(d.effects[0], waymark.Effect.DIAL)
    # A low result lists no help.
    d = answer_all(d, "job_offer", {"pay_fee": "no"})
    assert d.screen.blocks[0].text == msg(d, "screening-risk-low")
    assert not any(a.startswith("help.") for a in d.ids())
