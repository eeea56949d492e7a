from __future__ import annotations

import os
import sys
from pathlib import Path

# The suite tests the engine's Python sources; `make native-check` runs the engine's tests again
# against its compiled build (RW_NATIVE=1). Subprocesses the tests start inherit the choice.
os.environ.setdefault("RW_NATIVE", "0")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def require_in_ci(binary: str) -> None:
    """An external binary a test needs: missing on a developer's machine skips the test;
    missing in CI (which installs it, see .ci/run) is a failure, never a silent skip."""
    import os

    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{binary} is missing in CI: .ci/run should have installed it")
    pytest.skip(f"{binary} is not installed (CI installs it; Debian package {binary})")
