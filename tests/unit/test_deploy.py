"""Deployment files that can be checked offline."""

import functools
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import require_in_ci

ROOT = Path(__file__).resolve().parents[2]


def test_docker_compose_config_is_valid() -> None:
    if shutil.which("docker-compose") is None:
        require_in_ci("docker-compose")
    p = subprocess.run(
        ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert p.returncode == 0, p.stderr


def test_compose_runs_kafka_in_kraft_mode_and_the_four_services_from_one_image() -> None:
    doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))
    services = doc["services"]
    assert "broker,controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"]
    for s in ("extractor", "validator", "enricher", "alerter"):
        assert services[s]["command"] == ["serve", s]
        assert services[s]["environment"]["RW_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert "prometheus" in services


PROMTOOL = shutil.which("promtool")


def needs_promtool(test):  # type: ignore[no-untyped-def]
    """promtool ships with Debian's prometheus package, which CI installs."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        if PROMTOOL is None:
            require_in_ci("prometheus")
        return test(*args, **kwargs)

    return wrapper


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args], capture_output=True, text=True, cwd=ROOT / "deploy" / "prometheus", timeout=120
    )


@needs_promtool
@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.compose.yml"])
def test_promtool_check_config(config: str) -> None:
    p = promtool("check", "config", config)
    assert p.returncode == 0, p.stdout + p.stderr


@needs_promtool
def test_promtool_check_and_test_rules() -> None:
    p = promtool("check", "rules", "rules.yml")
    assert p.returncode == 0, p.stdout + p.stderr
    t = promtool("test", "rules", "rules_test.yml")
    assert t.returncode == 0 and "SUCCESS" in t.stdout, t.stdout + t.stderr


def test_prometheus_scrapes_all_four_services() -> None:
    doc = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text("utf-8"))
    targets = doc["scrape_configs"][0]["static_configs"][0]["targets"]
    assert sorted(t.rsplit(":", 1)[1] for t in targets) == ["9101", "9102", "9103", "9104"]


def test_kubernetes_manifests_validate_offline() -> None:
    import kubernetes_validate

    docs = [
        d for d in yaml.safe_load_all((ROOT / "deploy" / "kubernetes" / "reportwatch.yaml").read_text()) if d
    ]
    for d in docs:
        kubernetes_validate.validate(d, "1.30.0", strict=True)
    deployments = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment"}
    assert set(deployments) == {"extractor", "validator", "enricher", "alerter"}
    for name, d in deployments.items():
        c = d["spec"]["template"]["spec"]["containers"][0]
        assert c["args"] == ["serve", name]
        assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert (
            c["resources"]["requests"]["cpu"]
            and c["envFrom"][0]["configMapRef"]["name"] == "reportwatch-settings"
        )
    assert {d["metadata"]["name"] for d in docs if d["kind"] == "Service"} == set(deployments)


def _dashboard() -> dict:
    import json

    return json.loads((ROOT / "deploy" / "grafana" / "dashboards" / "reportwatch.json").read_text("utf-8"))


def test_grafana_dashboard_is_well_formed() -> None:
    d = _dashboard()
    assert d["uid"] and d["title"] and d["schemaVersion"] >= 30
    ids = [p["id"] for p in d["panels"]]
    assert len(ids) == len(set(ids))
    titles = " ".join(p["title"].lower() for p in d["panels"])
    for topic in ("records in", "lag", "latency", "rejections", "dead letters", "alerts", "indicator growth"):
        assert topic in titles
    for p in d["panels"]:
        assert p["targets"] and all(t["expr"] for t in p["targets"])
        g = p["gridPos"]
        assert g["x"] >= 0 and g["x"] + g["w"] <= 24


@needs_promtool
def test_grafana_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    # promtool parses every expression of a rules file: the dashboard's queries become
    # recording rules ($variables replaced by a match-all regex).
    exprs = [
        t["expr"].replace("$region", ".*").replace("$indicator", ".*")
        for p in _dashboard()["panels"]
        for t in p["targets"]
    ]
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [{"record": f"dashboard:q{i}", "expr": e} for i, e in enumerate(exprs)],
            }
        ]
    }
    f = tmp_path / "dashboard_rules.yml"
    f.write_text(yaml.safe_dump(rules))
    p = promtool("check", "rules", str(f))
    assert p.returncode == 0, p.stdout + p.stderr


def test_compose_has_alertmanager_and_provisioned_grafana() -> None:
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))["services"]
    assert "alertmanager" in services and "grafana" in services
    vols = " ".join(services["grafana"]["volumes"])
    assert "deploy/grafana/provisioning" in vols and "deploy/grafana/dashboards" in vols
    ds = yaml.safe_load(
        (ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )
    assert ds["datasources"][0]["type"] == "prometheus"
