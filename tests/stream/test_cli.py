"""The Kafka-facing commands against the session's broker: produce, targets load, alerts tail."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import orjson
import pytest

from schemas import Target
from tests.stream.conftest import ROOT, Pipeline
from tests.stream.helpers import load_targets, report, send
from tests.stream.kafka_client import read_all

pytestmark = pytest.mark.stream


def cli(p: Pipeline, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.cli.main", *args],
        env=p.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_produce_names_bad_lines_and_sends_the_good(pipeline: Pipeline, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    f = tmp_path / "in.jsonl"
    good = {
        "id": f"{tag}-ok",
        "body": "In June 2024, exports rose 5% to 2 billion USD.",
        "region": f"Cli-{tag}",
    }
    f.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": f"{tag}-nobody"}) + "\n\n")
    p = cli(pipeline, "produce", str(f))
    assert p.returncode == 1
    assert f"{f}:2: bad_json" in p.stderr and f"{f}:3: invalid" in p.stderr and "sent 1 reports" in p.stderr
    pipeline.caught_up()
    raw = [
        m
        for m in read_all(pipeline.settings.bootstrap_servers, [pipeline.settings.topic_raw])
        if m.key() == f"{tag}-ok".encode()
    ]
    assert len(raw) == 1 and orjson.loads(raw[0].value())["body"] == good["body"]


def test_targets_load_publishes_and_refuses_bad_files(pipeline: Pipeline, tmp_path: Path) -> None:
    region = f"Targetland-{uuid.uuid4().hex[:6]}"
    f = tmp_path / "t.yaml"
    f.write_text(
        f'targets:\n  - {{region: "{region}", indicator: exports, period: 2024-01/2024-12, growth_pct: 7.5}}\n'
    )
    p = cli(pipeline, "targets", "load", str(f))
    assert p.returncode == 0, p.stderr
    got = [
        Target.model_validate_json(m.value())
        for m in read_all(pipeline.settings.bootstrap_servers, [pipeline.settings.topic_targets])
    ]
    mine = [t for t in got if t.region == region]
    assert [(t.indicator, t.growth_pct, t.origin) for t in mine] == [("exports", 7.5, "config")]
    bad = tmp_path / "bad.yaml"
    bad.write_text("targets:\n  - {region: X, indicator: exports, period: 2024-13/2024-12}\n")
    p = cli(pipeline, "targets", "load", str(bad))
    assert p.returncode == 1 and "target 1" in p.stderr


def test_alerts_tail_prints_readable_lines_and_json(pipeline: Pipeline) -> None:
    region = f"Tailland-{uuid.uuid4().hex[:6]}"
    t = Target(region=region, indicator="exports", period="2024-01/2024-12", growth_pct=9.0)
    load_targets(pipeline, t)
    send(
        pipeline,
        report("tail-1", region, "2024-07-03", "In the first half of 2024, exports rose 1% year on year."),
    )
    p = cli(pipeline, "alerts", "tail", "--idle-exit", "2")
    assert p.returncode == 0, p.stderr
    lines = [x for x in p.stdout.splitlines() if x.strip()]
    assert lines and all(x.split()[0] in ("FIRING", "RESOLVED") for x in lines)
    assert any(
        f"{region} / exports: Exports grew 1.00% in H1 2024 against a 2024 target of 9%" in x for x in lines
    )
    j = cli(pipeline, "alerts", "tail", "--json", "--idle-exit", "2")
    docs = [json.loads(x) for x in j.stdout.splitlines() if x.strip()]
    assert len(docs) == len(lines) and all(
        {"labels", "annotations", "status", "fingerprint"} <= set(d) for d in docs
    )
