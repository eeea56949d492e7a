"""The validator service: consumes `facts.extracted`, produces `observations.valid` and
`observations.rejected`."""

from __future__ import annotations

from services.common.app import ServiceApp
from services.common.routing import Incoming, Output
from services.common.settings import Settings
from services.validator import stage
from services.validator.checks import load_bounds


def build(settings: Settings, memory_store: bool = False) -> ServiceApp:
    svc = ServiceApp("validator", settings, memory_store=memory_store)
    bounds = load_bounds(settings.validation_file)

    async def handle(rec: Incoming) -> list[Output]:
        return stage.handle(rec, bounds, settings.max_record_bytes)

    svc.agent("facts", handle)
    return svc
