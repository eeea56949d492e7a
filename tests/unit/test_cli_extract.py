"""`reportwatch extract` as a user runs it: a real subprocess, JSONL in and out."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.cli.main", *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )


def test_contract_view_of_the_seed() -> None:
    seed = (ROOT / "seeds" / "reports.jsonl").read_text("utf-8").splitlines()[0]
    p = run(["extract", "--format", "contract"], seed + "\n")
    assert p.returncode == 0, p.stderr
    view = json.loads(p.stdout)
    assert view["id"] == "seed-hi-0001" and view["language"] == "hi"
    got = {(i["indicator"], i["period"], i["value"], i["growth_pct"]) for i in view["indicators"]}
    assert got == {
        ("industrial_production", "2024-01/2024-06", 3300630000000.0, 14.45),
        ("retail_sales", "2024-01/2024-06", None, 14.56),
        ("exports", "2024-01/2024-06", 50000000.0, 1.26),
        ("imports", "2024-01/2024-06", 32800000.0, 10.46),
    }
    assert {(t["completed"], t["total"]) for t in view["tasks"]} == {(2, 3), (2, 10)}


def test_bad_lines_are_named_and_kept_in_the_output() -> None:
    good = json.dumps({"id": "a", "body": "Exports rose 5% in June 2024 to 2 billion USD."})
    p = run(["extract"], f'{good}\nnot json\n{{"id": "b"}}\n')
    assert p.returncode == 1
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert lines[0]["report_id"] == "a" and lines[1]["line"] == 2 and lines[2]["line"] == 3
    assert "line 2: bad_json" in p.stderr and "line 3: invalid" in p.stderr


def test_every_command_has_help() -> None:
    for cmd in (
        ["run"],
        ["serve"],
        ["produce"],
        ["alerts", "tail"],
        ["alerts", "forward"],
        ["targets", "load"],
        ["extract"],
        ["broker"],
        ["schemas"],
    ):
        p = run([*cmd, "--help"], "")
        assert p.returncode == 0 and "usage: reportwatch" in p.stdout, cmd
