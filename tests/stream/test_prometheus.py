"""A real Prometheus (Debian's package) scrapes the running services with the project's
scrape configuration; its HTTP API shows every target up and the record counters moving
exactly by a replay of the seeds."""

from __future__ import annotations

import json
import shutil
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
import yaml

from services.common.settings import SERVICES
from tests.conftest import require_in_ci
from tests.stream.conftest import ROOT, Pipeline, prometheus_style_server
from tests.stream.kafka_client import produce

pytestmark = [pytest.mark.stream, pytest.mark.external]
PROM = shutil.which("prometheus")


@pytest.fixture(scope="module")
def prometheus(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if PROM is None:
        require_in_ci("prometheus")
    tmp = tmp_path_factory.mktemp("prometheus")
    config = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text("utf-8"))
    config["global"]["scrape_interval"] = "1s"
    config["global"]["evaluation_interval"] = "1s"
    config.pop("alerting", None)
    config["rule_files"] = [str(ROOT / "deploy" / "prometheus" / "rules.yml")]
    # The project's scrape job, pointed at this pipeline's ports.
    config["scrape_configs"][0]["static_configs"][0]["targets"] = [
        f"127.0.0.1:{pipeline.settings.port(s)}" for s in SERVICES
    ]
    (tmp / "prometheus.yml").write_text(yaml.safe_dump(config))
    args = [f"--config.file={tmp / 'prometheus.yml'}", f"--storage.tsdb.path={tmp / 'data'}"]
    with prometheus_style_server(PROM, args, tmp) as url:
        yield url


def api(url: str, path: str, **params: str) -> dict:
    with urllib.request.urlopen(f"{url}{path}?{urllib.parse.urlencode(params)}", timeout=5) as r:
        body = json.loads(r.read())
    assert body["status"] == "success", body
    return body["data"]


def scalar(url: str, query: str) -> float:
    res = api(url, "/api/v1/query", query=query)["result"]
    return float(res[0]["value"][1]) if res else 0.0


def wait_for(check, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(0.5)
    return last


def test_prometheus_sees_every_service_and_counts_the_replay(pipeline: Pipeline, prometheus: str) -> None:
    def all_up() -> bool:
        targets = api(prometheus, "/api/v1/targets")["activeTargets"]
        return len(targets) == 4 and all(t["health"] == "up" for t in targets)

    assert wait_for(all_up), api(prometheus, "/api/v1/targets")
    assert scalar(prometheus, 'count(up{job="reportwatch"} == 1)') == 4.0
    assert scalar(prometheus, "count(reportwatch_build_info)") == 4.0
    # The suite runs the engine's sources (RW_NATIVE=0, tests/conftest.py); the extractor says so.
    assert scalar(prometheus, 'count(reportwatch_build_info{service="extractor",engine="python"})') == 1.0

    q_in = 'sum(reportwatch_records_in_total{topic="reports.raw"})'
    q_out = 'sum(reportwatch_records_out_total{topic=~"facts.extracted|reports.deadletter"})'
    pipeline.caught_up()
    time.sleep(2)  # two scrapes: the "before" values are Prometheus' current ones
    before_in, before_out = scalar(prometheus, q_in), scalar(prometheus, q_out)

    seeds = [
        line for line in (ROOT / "seeds" / "reports.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    bad = [b"not json at all"]
    produce(
        pipeline.settings.bootstrap_servers,
        pipeline.settings.topic_raw,
        [(f"prom-{i}".encode(), s.encode()) for i, s in enumerate(seeds)] + [(b"prom-bad", bad[0])],
    )
    pipeline.caught_up()
    n = len(seeds) + len(bad)
    assert wait_for(lambda: scalar(prometheus, q_in) - before_in == n), (scalar(prometheus, q_in), before_in)
    # The extractor forwarded or dead-lettered every one of them.
    assert wait_for(lambda: scalar(prometheus, q_out) - before_out == n)
    assert scalar(prometheus, 'sum(reportwatch_deadletters_total{stage="extractor", reason="bad_json"})') >= 1
    assert scalar(prometheus, 'count(reportwatch_indicator_growth_percent{region="Ninh Thuận"})') >= 3
