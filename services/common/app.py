"""Builds a faust app for one service from the settings: broker, group, timings, state
directory, and the web pages every service serves (/metrics, /healthz, /readyz)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.common.broker import state_dir
from services.common.codec import register_with_faust
from services.common.metrics import Metrics, account, make_metrics
from services.common.routing import Incoming, Output, dead_letter
from services.common.settings import Settings

log = logging.getLogger("reportwatch")
_FETCH_WAIT_MS: list[float] = []


def _tune_fetch_wait(ms: float) -> None:
    """faust's aiokafka driver hard-codes a 1.5 s fetch wait; the embedded broker's fetch does
    not wake on new data, so every hop would cost a second. Apply the profile's value."""
    from faust.transport.drivers import aiokafka as driver

    if not _FETCH_WAIT_MS:
        original = driver.AIOKafkaConsumerThread._create_worker_consumer

        def create(self: Any, transport: Any) -> Any:
            consumer = original(self, transport)
            consumer._fetch_max_wait_ms = int(_FETCH_WAIT_MS[-1])
            return consumer

        driver.AIOKafkaConsumerThread._create_worker_consumer = create
    _FETCH_WAIT_MS.append(ms)


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol == "PLAINTEXT":
        return None
    if settings.security_protocol.startswith("SASL"):
        ssl_context = None
        if settings.security_protocol == "SASL_SSL":
            from aiokafka.helpers import create_ssl_context

            ssl_context = create_ssl_context(cafile=settings.ssl_cafile or None)
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context,
        )
    from aiokafka.helpers import create_ssl_context

    return faust.SSLCredentials(create_ssl_context(cafile=settings.ssl_cafile or None))


class ServiceApp:
    """A faust app plus what the edge needs around it: metrics, topics, readiness."""

    def __init__(
        self, service: str, settings: Settings, *, memory_store: bool = False, metrics: Metrics | None = None
    ) -> None:
        if not settings.bootstrap_servers:
            raise ValueError("the services need RW_BOOTSTRAP_SERVERS (reportwatch run sets it)")
        register_with_faust()
        timings = settings.timings()
        _tune_fetch_wait(timings["fetch_max_wait_ms"])
        self.service = service
        self.settings = settings
        self.metrics = metrics or make_metrics(service)
        self.started = time.time()
        datadir = state_dir(settings, service, settings.broker_instance or None)
        datadir.parent.mkdir(parents=True, exist_ok=True)
        brokers = [f"kafka://{h.strip()}" for h in settings.bootstrap_servers.split(",") if h.strip()]
        self.app = faust.App(
            settings.group_id(service),
            broker=brokers,
            broker_credentials=_credentials(settings),
            store="memory://" if memory_store else "rocksdb://",
            datadir=str(datadir),
            web_enabled=True,
            web_host=settings.web_host,
            web_port=settings.port(service),
            web_bind=settings.web_host,
            topic_disable_leader=True,
            topic_partitions=settings.partitions,
            topic_replication_factor=settings.replication_factor,
            consumer_auto_offset_reset="earliest",
            broker_session_timeout=timings["session_timeout"],
            broker_heartbeat_interval=timings["heartbeat_interval"],
            broker_rebalance_timeout=max(timings["session_timeout"], 2.0),
            broker_commit_interval=timings["commit_interval"],
            producer_max_batch_size=int(timings["producer_max_batch_size"]),
            table_cleanup_interval=30.0,
            logging_config=None,
        )
        self.names = settings.topic_names()
        self._topics: dict[str, Any] = {}
        self._install_pages()

    def topic(self, logical: str) -> Any:
        if logical not in self._topics:
            self._topics[logical] = self.app.topic(
                self.names[logical],
                key_type=bytes,
                value_type=bytes,
                key_serializer="raw",
                value_serializer="raw",
                partitions=self.settings.partitions,
            )
        return self._topics[logical]

    def _install_pages(self) -> None:
        app, metrics = self.app, self.metrics

        @app.page("/metrics")
        async def _metrics(web: Any, request: Any) -> Any:
            self._refresh_lag()
            return web.bytes(
                generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0]
            )

        @app.page("/healthz")
        async def _healthz(web: Any, request: Any) -> Any:
            return web.json({"status": "alive", "service": self.service})

        @app.page("/readyz")
        async def _readyz(web: Any, request: Any) -> Any:
            ok, why = self.readiness()
            metrics.ready.set(1 if ok else 0)
            return web.json({"ready": ok, "why": why, "service": self.service}, status=200 if ok else 503)

    def readiness(self) -> tuple[bool, str]:
        try:
            assigned = self.app.consumer.assignment()
        except Exception as exc:
            return False, f"consumer not started: {exc}"
        if not assigned:
            return False, "no partitions assigned yet"
        return True, f"{len(assigned)} partitions assigned"

    def _refresh_lag(self) -> None:
        try:
            consumer = self.app.consumer
            for tp in consumer.assignment():
                hw = consumer.highwater(tp)
                if hw is None:
                    continue
                read = consumer._read_offset.get(tp)  # the last offset this worker read
                done = read + 1 if read is not None else 0
                self.metrics.lag.labels(tp.topic, str(tp.partition)).set(max(hw - done, 0))
        except Exception:
            log.debug("lag refresh failed", exc_info=True)

    async def send(self, outputs: Iterable[Output], rec: Incoming) -> None:
        for out in outputs:
            await self.topic(out.topic).send(key=out.key, value=out.value)
            log.info(
                "record",
                extra={
                    "report_id": (rec.key or b"").decode(errors="replace"),
                    "stage": self.service,
                    "outcome": out.outcome,
                    "topic": self.names[out.topic],
                },
            )
        account(self.metrics, self.service, self.names, outputs, rec, time.time())

    def agent(self, logical: str, handle: Callable[[Incoming], Awaitable[list[Output]]]) -> None:
        """One agent that feeds each record of `logical` to `handle` and sends the outputs."""
        topic = self.topic(logical)
        name = self.names[logical]

        async def process(stream: Any) -> None:
            async for event in stream.events():
                msg = event.message
                rec = Incoming(
                    value=event.value,
                    key=event.key,
                    topic=msg.topic,
                    partition=msg.partition,
                    offset=msg.offset,
                    timestamp=msg.timestamp,
                )
                self.metrics.records_in.labels(name).inc()
                try:
                    outputs = await handle(rec)
                except Exception as exc:
                    log.exception(
                        "record failed",
                        extra={"stage": self.service, "outcome": "deadlettered", "topic": msg.topic},
                    )
                    outputs = [
                        dead_letter(self.service, rec, "internal_error", f"{type(exc).__name__}: {exc}")
                    ]
                await self.send(outputs, rec)

        process.__name__ = f"{self.service}_{logical}"
        self.app.agent(topic, name=f"{self.service}.{logical}")(process)

    def run(self, loglevel: str = "warning") -> None:
        from faust.worker import Worker

        level = {"warning": "warn", "critical": "crit"}.get(loglevel.lower(), loglevel.lower())
        worker = Worker(self.app, loglevel=level, quiet=True, redirect_stdouts=False)
        worker.execute_from_commandline()
