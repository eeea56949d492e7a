"""`reportwatch alerts forward` against a real Alertmanager (Debian's prometheus-alertmanager)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

from schemas import Target
from tests.conftest import require_in_ci
from tests.stream.conftest import ROOT, Pipeline, prometheus_style_server
from tests.stream.helpers import load_targets, report, send

pytestmark = [pytest.mark.stream, pytest.mark.external]
AM = shutil.which("prometheus-alertmanager") or shutil.which("alertmanager")


@pytest.fixture(scope="module")
def alertmanager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if AM is None:
        require_in_ci("prometheus-alertmanager")
    data = tmp_path_factory.mktemp("alertmanager")
    config = ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
    args = [f"--config.file={config}", f"--storage.path={data}", "--cluster.listen-address="]
    with prometheus_style_server(AM, args, data) as url:
        yield url


def am_alerts(url: str, region: str) -> list[dict]:
    q = urllib.parse.urlencode({"filter": f'region="{region}"'})
    with urllib.request.urlopen(f"{url}/api/v2/alerts?{q}", timeout=5) as r:
        return json.loads(r.read())


def forward(p: Pipeline, url: str) -> None:
    env = {**p.env}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "services.cli.main",
            "alerts",
            "forward",
            "--alertmanager",
            url,
            "--idle-exit",
            "2",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr


def test_forwarded_alerts_reach_alertmanager_and_resolve(pipeline: Pipeline, alertmanager: str) -> None:
    region = f"Amland-{uuid.uuid4().hex[:6]}"
    t = Target(region=region, indicator="exports", period="2024-01/2024-12", growth_pct=10.0)
    load_targets(pipeline, t)
    send(
        pipeline,
        report(
            "am-h1",
            region,
            "2024-07-03",
            "In the first half of 2024, exports reached 50 million USD, up 2% year on year.",
        ),
    )
    forward(pipeline, alertmanager)
    got = am_alerts(alertmanager, region)
    assert len(got) == 1
    a = got[0]
    assert a["labels"]["alertname"] == "GrowthBelowTarget" and a["labels"]["severity"] == "critical"
    assert a["labels"]["indicator"] == "exports" and a["labels"]["period"] == "2024-01/2024-06"
    assert a["status"]["state"] == "active"
    assert a["annotations"]["summary"].startswith("Exports grew 2.00% in H1 2024")

    send(
        pipeline,
        report(
            "am-9m",
            region,
            "2024-10-03",
            "In the first nine months of 2024, exports reached 90 million USD, up 12% year on year.",
        ),
    )
    forward(pipeline, alertmanager)
    assert am_alerts(alertmanager, region) == []  # resolved: no longer active
