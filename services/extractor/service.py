"""The extractor service: consumes `reports.raw`, produces `facts.extracted`."""

from __future__ import annotations

from services.common.app import ServiceApp
from services.common.routing import Incoming, Output
from services.common.settings import Settings
from services.extractor import stage


def build(settings: Settings, memory_store: bool = False) -> ServiceApp:
    svc = ServiceApp("extractor", settings, memory_store=memory_store)

    async def handle(rec: Incoming) -> list[Output]:
        return stage.handle(rec, settings.max_record_bytes, settings.max_body_bytes, svc.metrics)

    svc.agent("raw", handle)
    return svc
