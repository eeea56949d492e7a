"""The extraction engine: pure functions from one report to its facts.

A compiled build of these modules (mypyc, `make native`) may sit in `_native/` beside them. It
is used only when it was built from exactly these sources, so an edited module never runs as
its stale compiled self. RW_NATIVE picks: unset or "auto" uses a fresh build when there is one,
"0" never uses it, "1" requires it (an ImportError says why when it cannot be used).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
NATIVE_DIR = HERE / "_native"
STAMP = "SOURCES"  # the digest of the sources a build was compiled from


def compiled_sources(directory: Path = HERE) -> list[Path]:
    """The modules a native build compiles: every engine module but this loader."""
    return sorted(p for p in directory.glob("*.py") if p.name != "__init__.py")


def sources_digest(directory: Path = HERE) -> str:
    h = hashlib.sha256()
    for p in compiled_sources(directory):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def native_state(native_dir: Path = NATIVE_DIR, directory: Path = HERE) -> str:
    """ "fresh", "stale" (built from other sources) or "absent"."""
    try:
        built = (native_dir / STAMP).read_text("utf-8").strip()
    except OSError:
        return "absent"
    return "fresh" if built == sources_digest(directory) else "stale"


def choose(wanted: str, state: str) -> bool:
    """Whether to run the compiled build, given RW_NATIVE's value and the build's state."""
    wanted = wanted.strip().lower()
    if wanted in ("0", "off", "no", "false"):
        return False
    if state == "fresh":
        return True
    if wanted in ("1", "on", "yes", "true"):
        raise ImportError(
            f"RW_NATIVE=1 but the compiled engine in {NATIVE_DIR} is {state}: run `make native`"
        )
    if state == "stale":
        logging.getLogger(__name__).warning(
            "the compiled engine in %s was built from other sources; running the Python modules"
            " (`make native` rebuilds it)",
            NATIVE_DIR,
        )
    return False


COMPILED = choose(os.environ.get("RW_NATIVE", "auto"), native_state())
if COMPILED:
    # Submodules are looked up along __path__ in order: the compiled ones shadow the sources.
    __path__.insert(0, str(NATIVE_DIR))
