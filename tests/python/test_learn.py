"""Learning modules and workshop mode, from Python: every exported function, and the
shared vectors in tests/vectors/learn.json."""
import json

import pytest

import waymark
from conftest import make_app, vectors

KINDS = {
    "not_found": waymark.WaymarkError.NotFound,
    "invalid_input": waymark.WaymarkError.InvalidInput,
}


def test_learn_vectors(app):
    v = vectors("learn.json")
    for case in v["scenarios"]:
        app.set_locales(case["locales"])
        m = app.learn_module(case["module"], case["region"])
        assert m.scenario.id == case["scenario"], case
        assert m.scenario.region == case["shown"], case
    app.set_locales(["en"])
    for case in v["modules"]:
        assert [m.id for m in app.learn_modules(case["audience"])] == case["ids"]
    for case in v["quizzes"]:
        r = app.learn_submit_quiz(case["module"], case["answers"])
        assert (r.score, r.total) == (case["score"], case["total"])
        assert [q.correct for q in r.questions] == case["correct"]
        assert all(q.explanation for q in r.questions)
    for case in v["module_errors"]:
        with pytest.raises(KINDS[case["kind"]]):
            app.learn_module(case["module"], case["region"])


def test_tracks_modules_lessons_and_progress(app):
    tracks = app.learn_tracks()
    assert [t.id for t in tracks] == ["migrants", "students", "leaders"]
    m = app.learn_module("getting_help", None)
    assert len(m.lessons) >= 3 and m.lessons[0].points
    assert all(len(q.choices) >= 2 and q.answer for q in m.quiz)
    p = app.learn_lesson_seen("getting_help", "l1")
    assert p.lessons_seen == ["l1"] and p.lessons_total == len(m.lessons)
    app.learn_submit_quiz("getting_help", [q.answer for q in m.quiz])
    progress = app.learn_progress()
    assert progress[0].best_score == len(m.quiz)
    app.learn_clear_progress()
    assert app.learn_progress() == []
    with pytest.raises(waymark.WaymarkError.NotFound):
        app.learn_lesson_seen("getting_help", "l99")
    with pytest.raises(waymark.WaymarkError.InvalidInput):
        app.learn_modules("adults")


def test_every_locale_renders_every_module(app):
    for locale in app.locales():
        app.set_locales([locale.id])
        for m in app.learn_modules(None):
            assert app.learn_module(m.id, None).title


def workshop_error(app, session, case):
    op = case["op"]
    if op == "start":
        app.workshop_start(case["plan"], None)
    elif op == "attendance":
        app.workshop_attendance(session, case["count"])
    elif op == "quiz":
        app.workshop_quiz(session, waymark.WorkshopPhase.PRE, case["scores"], case["missed"])
    elif op == "hands":
        app.workshop_hands(session, case["question"], case["count"])
    elif op == "unknown_session":
        app.workshop_end("0000000000000000")
    elif op == "export_none":
        app.workshop_export(waymark.ExportFormat.JSON)
    else:
        raise AssertionError(op)


def test_workshop_vectors(tmp_path):
    v = vectors("learn.json")
    c = v["workshop"]
    app = make_app(tmp_path, locales=c["locales"])
    session = app.workshop_start(c["plan"], None).session
    for case in v["workshop_errors"]:
        with pytest.raises(KINDS[case["kind"]]):
            workshop_error(app, session, case)
    untouched = app.workshop_sessions()[0]
    assert (untouched.pre_responses, untouched.participants) == (0, 0)

    app.workshop_attendance(session, c["attendance"])
    app.workshop_quiz(session, waymark.WorkshopPhase.PRE, c["pre"], c["pre_missed"])
    app.workshop_quiz(session, waymark.WorkshopPhase.POST, c["post"], [])
    app.workshop_hands(session, c["hands"]["question"], c["hands"]["count"])
    end = app.workshop_end(session)
    assert end.ended and end.region == c["region"] and end.locale == c["locale"]
    assert end.pre_mean_pct == c["pre_mean_pct"] and end.post_mean_pct == c["post_mean_pct"]
    csv = app.workshop_export(waymark.ExportFormat.CSV).splitlines()
    assert csv[0] == c["csv_header"]
    assert c["csv_row_contains"] in csv[1]
    rows = json.loads(app.workshop_export(waymark.ExportFormat.JSON))
    assert rows[0]["pre_missed"] == c["json_pre_missed"]
    assert session not in json.dumps(rows)


def test_plans_present_answers_and_clear(app):
    plans = app.workshop_plans()
    assert sorted({(p.audience, p.minutes) for p in plans}) == sorted(
        (a, m) for a in ("leaders", "migrants", "students") for m in (45, 90, 120)
    )
    plan = app.workshop_plan("students_45")
    assert sum(i.minutes for i in plan.agenda) == 45
    view = app.workshop_present("students_45", 1)
    assert view.item.id == "pre_quiz" and len(view.quiz) == len(plan.quiz)
    with pytest.raises(waymark.WaymarkError.NotFound):
        app.workshop_present("students_45", 99)
    session = app.workshop_start("students_45", "JM").session
    answers = [q.answer for q in plan.quiz]
    s = app.workshop_answers(session, waymark.WorkshopPhase.POST, answers)
    assert s.post_responses == 1 and s.post_mean_pct == 100.0
    app.workshop_clear()
    assert app.workshop_sessions() == []
