"""The enricher service: consumes `observations.valid` and `targets`, keeps each series'
history in a faust Table (RocksDB; restored from its changelog after a restart) and the
targets in a GlobalTable, and produces `observations.enriched`."""

from __future__ import annotations

import faust

from schemas.fact import IndicatorFact
from schemas.target import Target
from services.common.app import ServiceApp
from services.common.routing import Incoming, Output
from services.common.settings import Settings
from services.enricher import stage

# Keys are the raw series/target keys; values are JSON objects (faust's json codec).
KEYS = faust.Schema(key_type=bytes, key_serializer="raw", value_serializer="json")


def build(settings: Settings, memory_store: bool = False) -> ServiceApp:
    svc = ServiceApp("enricher", settings, memory_store=memory_store)
    app = svc.app
    series = app.Table("series", default=None, partitions=settings.partitions, schema=KEYS)
    targets = app.GlobalTable("targets", default=None, partitions=settings.partitions, schema=KEYS)

    def find_target(key: str) -> Target | None:
        data = targets.get(key.encode())
        return Target.model_validate(data) if data else None

    async def on_observation(rec: Incoming) -> list[Output]:
        outputs, new_state, enriched = stage.handle(
            rec, lambda k: series.get(k.encode()), find_target, settings.max_record_bytes
        )
        if new_state is not None:
            series[new_state[0].encode()] = new_state[1]
        if enriched is not None and isinstance(enriched.observation.fact, IndicatorFact):
            f, o, c = enriched.observation.fact, enriched.observation, enriched.comparisons
            if f.value is not None:
                svc.metrics.indicator_value.labels(o.region, f.indicator).set(f.value)
            if f.growth_pct is not None:
                svc.metrics.indicator_growth.labels(o.region, f.indicator).set(f.growth_pct)
            if c.plan_progress_pct is not None:
                svc.metrics.indicator_plan.labels(o.region, f.indicator).set(c.plan_progress_pct)
        return outputs

    async def on_target(rec: Incoming) -> list[Output]:
        outputs, target = stage.handle_target(rec, settings.max_record_bytes)
        if target is not None:
            targets[target.key.encode()] = target.model_dump(mode="json")
        return outputs

    svc.agent("valid", on_observation)
    svc.agent("targets", on_target)
    return svc
