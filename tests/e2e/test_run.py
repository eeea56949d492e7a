"""`reportwatch run` as a user runs it: its own embedded broker, the four services as child
processes, the seeds replayed, alerts printed; and nothing left behind when it stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.common.broker import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.stream


def env(tmp: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("RW_")}
    e.update({f"RW_PORT_{s}": str(free_port()) for s in ("EXTRACTOR", "VALIDATOR", "ENRICHER", "ALERTER")})
    e["RW_DATA_DIR"] = str(tmp / "state")
    return e


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(x) for x in out.stdout.split()]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def test_run_once_prints_the_seed_alerts_and_exits_zero(tmp_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "services.cli.main", "run", "--once", "--timeout", "120"],
        cwd=ROOT,
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr[-3000:]
    lines = p.stdout.splitlines()
    assert any(
        "TasksBehindSchedule" in x and "Ninh Thuận / specific" in x and "2 of 10 specific tasks" in x
        for x in lines
    ), p.stdout
    assert any(
        "GrowthBelowTarget" in x and "Ninh Thuận / exports" in x and "Exports grew 1.26% in H1 2024" in x
        for x in lines
    ), p.stdout
    assert "all 4 reports processed" in p.stderr


def test_ctrl_c_stops_everything(tmp_path: Path) -> None:
    p = subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "run"],
        cwd=ROOT,
        env=env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    family: set[int] = set()
    while time.monotonic() < deadline:
        kids = children_of(p.pid)
        family.update(kids)
        if len(kids) >= 5:  # the broker and the four services
            break
        time.sleep(0.3)
    assert len(family) >= 5, f"expected broker + four services, saw {family}"
    time.sleep(2)
    p.send_signal(signal.SIGINT)
    p.wait(60)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(alive(pid) for pid in family):
        time.sleep(0.5)
    assert not [pid for pid in family if alive(pid)], "processes left behind"
