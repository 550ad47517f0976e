"""Learning modules and workshop mode from Python, through the app core the phones render,
over tests/vectors/learn.json. The facade-level loops (regional scenarios, refused module
and workshop input) are in bindings/tests/learn_workshop.rs (learn_vectors,
workshop_vectors)."""
import json

import waymark
from conftest import drive, vectors

TRACKS = ["migrants", "students", "leaders"]


def modules(d, track):
    d.send(waymark.Event.START())
    d.choose("learn")
    d.choose(f"track.{track}")
    assert d.screen.id == waymark.ScreenId.LEARN_MODULES
    return [a.removeprefix("module.") for a in d.ids() if a.startswith("module.")]


def open_module(d, module):
    """Home → Learn → the first track that lists the module → the module."""
    for track in TRACKS:
        if module in modules(d, track):
            d.choose(f"module.{module}")
            assert d.screen.id == waymark.ScreenId.LEARN_MODULE
            return
    raise AssertionError(f"no track lists {module}")


def test_tracks_list_their_modules(tmp_path):
    d = drive(tmp_path)
    d.choose("learn")
    assert [a for a in d.ids() if a.startswith("track.")] == [f"track.{t}" for t in TRACKS]
    for case in vectors("learn.json")["modules"]:
        if case["audience"] is None:
            every = {m for t in TRACKS for m in modules(d, t)}
            assert every == set(case["ids"])
        else:
            assert modules(d, case["audience"]) == case["ids"], case


def test_a_quiz_answered_through_the_screens_scores_as_the_vectors_say(tmp_path):
    d = drive(tmp_path)
    for case in vectors("learn.json")["quizzes"]:
        open_module(d, case["module"])
        d.choose("quiz")
        assert d.screen.id == waymark.ScreenId.QUIZ
        for a in case["answers"]:
            assert "submit" not in d.ids()
            d.choose(f"answer.{a}")
        d.choose("submit")
        assert d.screen.id == waymark.ScreenId.QUIZ_RESULT
        text = d.text()
        assert f"You got {case['score']} out of {case['total']}." in text, case
        per_question = text.split("\nQuestion ")[1:]
        assert [("\nRight.\n" in q) for q in per_question] == case["correct"], case
        assert "retry" in d.ids()


def test_lessons_seen_and_the_best_score_are_kept_then_cleared(tmp_path):
    d = drive(tmp_path)
    open_module(d, "getting_help")
    lessons = [a for a in d.ids() if a.startswith("lesson.")]
    assert len(lessons) >= 3
    d.choose("lesson.1")
    assert d.screen.id == waymark.ScreenId.LESSON
    d.back()
    assert f"1 of {len(lessons)} lessons seen" in d.text()
    d.choose("quiz")
    for a in vectors("learn.json")["quizzes"][0]["answers"]:
        d.choose(f"answer.{a}")
    d.choose("submit")
    assert "Your best score: 4 out of 5." in d.text()
    d.send(waymark.Event.START())
    d.choose("learn")
    d.choose("progress")
    assert d.screen.id == waymark.ScreenId.LEARN_PROGRESS
    assert "module.getting_help" in d.ids()
    d.choose("clear")
    assert d.screen.id == waymark.ScreenId.CONFIRM
    d.choose("yes")
    d.send(waymark.Event.START())
    d.choose("learn")
    d.choose("progress")
    assert not any(a.startswith("module.") for a in d.ids())


def test_every_locale_renders_every_module(tmp_path):
    d = drive(tmp_path)
    for locale in d.core.locales():
        d.core.set_locales([locale.id])
        for track in TRACKS:
            for m in modules(d, track):
                d.choose(f"module.{m}")
                assert d.screen.id == waymark.ScreenId.LEARN_MODULE and d.screen.title, (locale.id, m)
                assert d.screen.locale == locale.id
                d.back()


def numbers(d, values):
    for x in values:
        d.submit(str(x))
    d.back()


def test_a_workshop_plan_start_attendance_quizzes_end_and_csv_share(tmp_path):
    v = vectors("learn.json")
    c = v["workshop"]
    d = drive(tmp_path, locales=c["locales"])
    d.choose("workshop")
    assert len([a for a in d.ids() if a.startswith("plan.")]) == 9
    d.choose(f"plan.{c['plan']}")
    assert d.screen.id == waymark.ScreenId.WORKSHOP_PLAN
    d.choose("start")
    assert d.screen.id == waymark.ScreenId.CONFIRM, "asked first"
    d.choose("yes")
    assert d.screen.id == waymark.ScreenId.WORKSHOP_SESSION
    d.choose("attendance")
    d.submit(str(c["attendance"]))
    assert not d.notice().error
    d.choose("quiz.pre")
    d.choose("score")
    numbers(d, c["pre"])
    d.choose("missed")
    for m in c["pre_missed"]:
        d.submit(str(m))
    d.choose("save")
    assert d.screen.id == waymark.ScreenId.WORKSHOP_SESSION
    d.choose("quiz.post")
    d.choose("score")
    numbers(d, c["post"])
    d.choose("save")
    prompt = d.core.message(f"workshop-hands-{c['hands']['question']}", []).text
    hands = next(a.id for a in d.screen.actions if a.id.startswith("hands.") and a.label == prompt)
    d.choose(hands)
    d.submit(str(c["hands"]["count"]))
    d.choose("end")
    assert d.screen.id == waymark.ScreenId.CONFIRM, "asked first"
    d.choose("yes")
    assert d.screen.id == waymark.ScreenId.WORKSHOP_SESSIONS
    d.choose("share.csv")
    [share] = d.effects
    assert isinstance(share, waymark.Effect.SHARE)
    assert (share.file_name, share.mime_type) == ("waymark-workshop-summary.csv", "text/csv")
    csv = share.data.decode("utf-8").splitlines()
    assert csv[0] == c["csv_header"]
    assert c["csv_row_contains"] in csv[1], csv[1]
    d.choose("share.json")
    [share] = d.effects
    assert share.mime_type == "application/json"
    rows = json.loads(share.data)
    assert rows[0]["pre_missed"] == c["json_pre_missed"]
    assert rows[0]["hands"][c["hands"]["question"]] == c["hands"]["count"]


def test_a_workshop_refuses_a_wrong_number_on_the_screen(tmp_path):
    d = drive(tmp_path)
    d.choose("workshop")
    d.choose("plan.students_45")
    d.choose("present")
    assert d.screen.id == waymark.ScreenId.WORKSHOP_PRESENT
    d.back()
    d.choose("start")
    d.choose("yes")
    d.choose("attendance")
    for bad in ["-1", "lots", "100000000"]:
        d.submit(bad)
        assert d.notice() is not None and d.notice().error, bad
    d.submit("12")
    assert not d.notice().error and "People: 12" in d.text()
    # Ended sessions can be cleared, after a confirmation.
    d.choose("end")
    d.choose("yes")
    d.choose("clear")
    d.choose("yes")
    assert not d.notice().error
    assert "share.csv" not in d.ids(), "nothing left to share"
