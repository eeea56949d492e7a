"""The extractor service: consumes `reports.raw`, produces `facts.extracted`."""

from __future__ import annotations

import logging

from services.common.app import ServiceApp
from services.common.metrics import make_metrics
from services.common.routing import Incoming, Output
from services.common.settings import Settings
from services.extractor import engine, stage


def build(settings: Settings, memory_store: bool = False) -> ServiceApp:
    kind = "compiled" if engine.COMPILED else "python"
    metrics = make_metrics("extractor", build={"engine": kind})
    svc = ServiceApp("extractor", settings, memory_store=memory_store, metrics=metrics)
    logging.getLogger(__name__).info("extraction engine: %s modules", kind)

    async def handle(rec: Incoming) -> list[Output]:
        return stage.handle(rec, settings.max_record_bytes, settings.max_body_bytes, svc.metrics)

    svc.agent("raw", handle)
    return svc
