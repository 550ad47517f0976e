"""Private self-screening (issue 6) from Python, over the shared vectors."""
import pytest

import waymark
from conftest import vectors

KINDS = {"invalid_input": waymark.WaymarkError.InvalidInput}


def test_indicator_vectors(app):
    for case in vectors("screening.json")["indicators"]:
        r = app.screen_indicators(case["observed"], case["minor"])
        assert r.risk == case["risk"], case["name"]
        assert r.trafficking_indicated == case["trafficking_indicated"], case["name"]
        assert [d.id for d in r.dimensions if d.positive] == case["positive"], case["name"]
        assert len(r.dimensions) == 6


def test_answer_vectors(app):
    for case in vectors("screening.json")["answers"]:
        r = app.screen_answer(case["kind"], case["answers"], None)
        assert r.risk == case["risk"], case["name"]
        assert r.trafficking_indicated == case["trafficking_indicated"], case["name"]
        assert [s.id for s in r.signals] == case["signals"], case["name"]
        assert [f.id for f in r.find_out] == case["find_out"], case["name"]
        assert r.help == []


def test_text_vectors(app):
    for case in vectors("screening.json")["text"]:
        app.set_locales([case["locale"]])
        text = case["text"]
        r = app.screen_text(text)
        assert [[f.id, f.excerpt] for f in r.flags] == case["flags"], case["name"]
        assert r.risk == case["risk"], case["name"]
        raw = text.encode("utf-8")
        for f in r.flags:
            assert raw[f.start:f.end].decode("utf-8") == f.excerpt
            assert f.indicators


def test_error_vectors(app):
    for case in vectors("screening.json")["errors"]:
        with pytest.raises(KINDS[case["kind"]]):
            if case["call"] == "indicators":
                app.screen_indicators(case["observed"], False)
            elif case["call"] == "questions":
                app.screen_questions(case["questionnaire"])
            else:
                app.screen_answer(case["questionnaire"], case["answers"], case.get("country"))


def test_questions_follow_the_language(app):
    app.set_locales(["ht"])
    q = app.screen_questions("my_situation")
    assert q.questions[0].id == "under_18"
    assert q.questions[0].text == "Èske ou gen mwens pase 18 an?"
    assert 12 <= len(q.questions) <= 25


def test_help_comes_from_the_directory_for_serious_results(app):
    r = app.screen_answer("my_situation", {"cannot_leave": "yes"}, "ke")
    assert r.risk == "urgent"
    kinds = {h.kind for h in r.help}
    assert "emergency" in kinds and "service" in kinds
    assert all(h.uri.startswith("tel:") for h in r.help if h.kind == "emergency")
    low = app.screen_answer("job_offer", {"pay_fee": "no"}, "KE")
    assert low.help == []
