"""The compiled engine is used only when built from the very sources beside it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from services.extractor import engine
from services.extractor.engine import extract as extract_mod


def _copy_sources(dst: Path) -> None:
    for p in engine.compiled_sources():
        shutil.copy2(p, dst / p.name)


def test_a_build_is_fresh_only_for_the_sources_it_was_built_from(tmp_path: Path) -> None:
    src, native = tmp_path / "engine", tmp_path / "engine" / "_native"
    native.mkdir(parents=True)
    _copy_sources(src)
    assert engine.native_state(native, src) == "absent"
    (native / engine.STAMP).write_text(engine.sources_digest(src) + "\n")
    assert engine.native_state(native, src) == "fresh"
    tokens = src / "tokens.py"
    tokens.write_text(tokens.read_text() + "\n# an edit\n")
    assert engine.native_state(native, src) == "stale"


def test_the_digest_covers_every_compiled_module_and_not_the_loader() -> None:
    names = {p.name for p in engine.compiled_sources()}
    assert "__init__.py" not in names
    assert {"extract.py", "tokens.py", "assemble.py", "lexicon.py"} <= names


@pytest.mark.parametrize(
    ("wanted", "state", "compiled"),
    [
        ("auto", "fresh", True),
        ("auto", "stale", False),
        ("auto", "absent", False),
        ("0", "fresh", False),
        ("off", "fresh", False),
        ("1", "fresh", True),
    ],
)
def test_choice(wanted: str, state: str, compiled: bool) -> None:
    assert engine.choose(wanted, state) is compiled


@pytest.mark.parametrize("state", ["stale", "absent"])
def test_requiring_a_build_that_cannot_be_used_says_why(state: str) -> None:
    with pytest.raises(ImportError, match=f"is {state}: run `make native`"):
        engine.choose("1", state)


def test_the_engine_in_use_is_the_one_asked_for() -> None:
    """The suite runs on the sources (RW_NATIVE=0); `make native-check` on the build (=1)."""
    wanted = os.environ["RW_NATIVE"]
    assert engine.COMPILED is (wanted == "1")
    assert str(extract_mod.__file__).endswith(".so" if wanted == "1" else ".py")
