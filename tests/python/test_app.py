"""The app core through the generated Python bindings: events in, screens and effects out."""
import waymark

from conftest import make_app


def start(tmp_path, ask_language=False, locales=("en",)):
    core = make_app(tmp_path, locales=locales)
    app = waymark.App(core, ask_language)
    return app, app.handle(waymark.Event.START())


def test_home_is_the_first_screen_and_find_help_comes_first(tmp_path):
    _, update = start(tmp_path)
    screen = update.screen
    assert screen.id == waymark.ScreenId.HOME
    assert screen.back is None
    assert screen.quick_exit == "Quick exit"
    assert screen.actions[0].id == "help"
    assert update.effects == [waymark.Effect.SET_SECURE(on=True)]


def test_choosing_a_language_asks_the_shell_to_remember_it(tmp_path):
    app, update = start(tmp_path, ask_language=True)
    assert update.screen.id == waymark.ScreenId.LANGUAGE
    assert update.screen.secure is False
    update = app.handle(waymark.Event.CHOOSE(action="locale.sw"))
    assert update.screen.id == waymark.ScreenId.HOME
    assert update.screen.locale == "sw"
    assert waymark.Effect.REMEMBER_LANGUAGE(id="sw") in update.effects


def test_an_arabic_screen_is_right_to_left(tmp_path):
    app, _ = start(tmp_path, locales=("ar",))
    update = app.handle(waymark.Event.REFRESH())
    assert update.screen.direction == waymark.TextDirection.RTL


def test_an_unknown_action_is_a_notice_not_an_exception(tmp_path):
    app, _ = start(tmp_path)
    update = app.handle(waymark.Event.CHOOSE(action="no-such-action"))
    assert update.screen.id == waymark.ScreenId.HOME
    assert update.screen.notice is not None and update.screen.notice.error


def test_quick_exit_hides_the_app_and_forgets_the_flow(tmp_path):
    app, _ = start(tmp_path)
    update = app.handle(waymark.Event.CHOOSE(action="language"))
    assert update.screen.back == "Back"
    update = app.handle(waymark.Event.QUICK_EXIT())
    assert waymark.Effect.QUICK_EXIT() in update.effects
    assert update.screen.id == waymark.ScreenId.HOME
    assert update.screen.back is None
