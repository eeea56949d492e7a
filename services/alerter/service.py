"""The alerter service: consumes `observations.enriched`, keeps each alert's lifecycle in a
faust Table keyed by its lifecycle key, and produces `alerts.growth` and `alerts.deadline`."""

from __future__ import annotations

from datetime import UTC, datetime

import faust

from schemas.alert import Alert
from services.alerter import rules, stage
from services.common.app import ServiceApp
from services.common.routing import Incoming, Output
from services.common.settings import Settings

KEYS = faust.Schema(key_type=bytes, key_serializer="raw", value_serializer="json")


def build(settings: Settings, memory_store: bool = False) -> ServiceApp:
    svc = ServiceApp("alerter", settings, memory_store=memory_store)
    config = rules.load_config(settings.rules_file)
    table = svc.app.Table("alert_state", default=None, partitions=settings.partitions, schema=KEYS)

    async def on_enriched(rec: Incoming) -> list[Output]:
        outputs, states = stage.handle(
            rec, config, lambda k: table.get(k.encode()), datetime.now(UTC), settings.max_record_bytes
        )
        for key, state in states.items():
            table[key.encode()] = state
        for out in outputs:
            if out.outcome == "forwarded":
                a = Alert.model_validate_json(out.value)
                svc.metrics.alerts.labels(a.labels["alertname"], a.labels["severity"], a.status).inc()
        return outputs

    svc.agent("enriched", on_enriched)
    return svc
