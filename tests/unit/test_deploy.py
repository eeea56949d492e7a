"""Deployment files that can be checked offline."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    shutil.which("docker-compose") is None, reason="docker-compose is not installed (CI installs it)"
)
def test_docker_compose_config_is_valid() -> None:
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
