"""A real pipeline for the stream tests: the embedded broker (started once per session)
and the four services as separate processes, as `reportwatch run` starts them."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.common.broker import EmbeddedBroker, die_with_parent, ensure_topics, free_port, start_embedded
from services.common.kafka_io import Progress
from services.common.settings import SERVICES, Settings

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Pipeline:
    settings: Settings
    broker: EmbeddedBroker
    env: dict[str, str]
    children: dict[str, subprocess.Popen[bytes]]
    logs: Path

    def start(self, service: str) -> None:
        log = (self.logs / f"{service}.log").open("ab")
        self.children[service] = subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", "serve", service],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        wait_ready(self.settings, service, self.children[service], self.logs)

    def stop(self, service: str) -> None:
        p = self.children.pop(service)
        p.terminate()
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()

    def caught_up(self, timeout: float = 60.0) -> None:
        asyncio.run(_caught_up(self.settings, timeout))

    def log_tail(self) -> str:
        return "\n".join(
            f"--- {p.name}\n" + p.read_text(errors="replace")[-3000:] for p in self.logs.glob("*.log")
        )


def wait_http(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    """Until `url` answers 200; a process that exits first fails with the tail of its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited: {log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise TimeoutError(f"{url} did not answer within {timeout} s: {log.read_text(errors='replace')[-2000:]}")


@contextlib.contextmanager
def prometheus_style_server(binary: str, args: list[str], workdir: Path) -> Iterator[str]:
    """Run Prometheus or Alertmanager on a free loopback port until /-/ready; yields its URL."""
    port = free_port()
    log = workdir / "log"
    proc = subprocess.Popen(
        [binary, *args, f"--web.listen-address=127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        preexec_fn=die_with_parent,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/-/ready", proc, log, timeout=30)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def wait_ready(settings: Settings, service: str, proc: subprocess.Popen[bytes], logs: Path) -> None:
    wait_http(f"http://127.0.0.1:{settings.port(service)}/readyz", proc, logs / f"{service}.log")


async def _caught_up(settings: Settings, timeout: float) -> None:
    stages = {
        "extractor": [settings.topic_raw],
        "validator": [settings.topic_facts],
        "enricher": [settings.topic_valid, settings.topic_targets],
        "alerter": [settings.topic_enriched],
    }
    deadline = time.monotonic() + timeout
    quiet = 0
    async with Progress(settings) as progress:
        while time.monotonic() < deadline:
            lag = 0
            for svc, topics in stages.items():
                lag += await progress.behind(settings.group_id(svc), topics)
            quiet = quiet + 1 if lag == 0 else 0
            if quiet >= 3:
                return
            await asyncio.sleep(0.25)
    raise TimeoutError("the pipeline did not catch up")


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedBroker]:
    b = start_embedded()
    yield b
    b.stop()


@pytest.fixture(scope="session")
def pipeline(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    data = tmp_path_factory.mktemp("reportwatch")
    ports = {f"RW_PORT_{s.upper()}": str(free_port()) for s in SERVICES}
    env = {
        **os.environ,
        **ports,
        "RW_BOOTSTRAP_SERVERS": broker.bootstrap,
        "RW_DATA_DIR": str(data),
        "RW_BROKER_INSTANCE": broker.instance,
        "RW_GROUP_PREFIX": f"test-{uuid.uuid4().hex[:6]}",
        "RW_MAX_BODY_BYTES": "65536",
        "RW_MAX_RECORD_BYTES": "262144",
        "RW_LOG_LEVEL": "INFO",
    }
    settings = Settings(
        bootstrap_servers=broker.bootstrap,
        group_prefix=env["RW_GROUP_PREFIX"],
        max_body_bytes=65536,
        max_record_bytes=262144,
        **{k.removeprefix("RW_").lower(): int(v) for k, v in ports.items()},
    )
    asyncio.run(ensure_topics(settings, broker.bootstrap))
    logs = data / "logs"
    logs.mkdir()
    p = Pipeline(settings, broker, env, {}, logs)
    try:
        for s in SERVICES:
            p.start(s)
        yield p
    finally:
        for s in list(p.children):
            p.stop(s)
