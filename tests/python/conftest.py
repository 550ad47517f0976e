"""pytest over the generated Python bindings (tests/run generates them into target/bindings)."""
import json
import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINDINGS = pathlib.Path(os.environ.get("WAYMARK_PY_BINDINGS", ROOT / "target" / "bindings" / "python"))
sys.path.insert(0, str(BINDINGS))

import waymark  # noqa: E402  (generated module, found through the path above)


def plain(text: str) -> str:
    """Removes Fluent's bidi isolation marks, for comparing plain text."""
    return text.replace("\u2068", "").replace("\u2069", "")


def vectors(name: str):
    return json.loads((ROOT / "tests" / "vectors" / name).read_text(encoding="utf-8"))


def make_app(tmp_path, locales=("en",), key_store=None, **config):
    key_store = key_store or waymark.FileKeyStore(str(tmp_path / "keys"))
    cfg = waymark.WaymarkConfig(preferred_locales=list(locales), data_dir=str(tmp_path / "data"), **config)
    return waymark.Waymark(cfg, key_store)


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


class Driver:
    """Plays a person at the app core's screens over the FFI, as the phones do: events in,
    a screen and effects out. Fails when a screen does not offer what a test tries."""

    def __init__(self, core, ask_language=False):
        self.core = core
        self.app = waymark.App(core, ask_language)
        self.send(waymark.Event.START())

    def send(self, event):
        update = self.app.handle(event)
        self.screen, self.effects = update.screen, update.effects
        return self.screen

    def choose(self, action):
        assert action in self.ids(), (self.screen.id, action, self.ids())
        return self.send(waymark.Event.CHOOSE(action=action))

    def choose_first(self, prefix):
        action = next((a for a in self.ids() if a.startswith(prefix)), None)
        assert action is not None, (self.screen.id, prefix, self.ids())
        return self.choose(action)

    def submit(self, text):
        assert self.screen.input is not None, (self.screen.id, "asks for nothing")
        return self.send(waymark.Event.SUBMIT(text=text))

    def back(self):
        return self.send(waymark.Event.BACK())

    def ids(self):
        return [a.id for a in self.screen.actions]

    def action(self, action):
        return next(a for a in self.screen.actions if a.id == action)

    def facts(self):
        """The (label, value) pairs of the screen's Fact blocks, in order."""
        return [(b.label, b.value) for b in self.screen.blocks if isinstance(b, waymark.Block.FACT)]

    def text(self):
        """Every text on the screen, one string (for `in` checks), without bidi marks."""
        parts = [self.screen.title]
        for b in self.screen.blocks:
            parts += [str(getattr(b, k)) for k in ("text", "label", "value") if hasattr(b, k)]
        for a in self.screen.actions:
            parts += [a.label, a.detail or ""]
        if self.screen.notice:
            parts.append(self.screen.notice.text)
        return plain("\n".join(parts))

    def notice(self):
        return self.screen.notice


def drive(tmp_path, locales=("en",), **kw):
    """A fresh core in tmp_path and a Driver started on its first screen."""
    return Driver(make_app(tmp_path, locales=locales, **kw))
