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
