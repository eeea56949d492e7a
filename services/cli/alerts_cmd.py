"""`reportwatch alerts tail`: alerts as readable lines (or JSON)."""

from __future__ import annotations

import asyncio
import contextlib
import sys

import orjson

from schemas.alert import Alert
from services.common.kafka_io import tail
from services.common.settings import Settings


def format_alert(a: Alert) -> str:
    status = "FIRING" if a.status == "firing" else "RESOLVED"
    where = a.labels.get("region", "?")
    what = a.labels.get("indicator") or a.labels.get("scope", "")
    return (
        f"{status:<8} {a.labels.get('severity', ''):<8} {a.labels.get('alertname', ''):<20} "
        f"{where} / {what}: {a.annotations.get('summary', '')}"
    )


async def tail_alerts(
    settings: Settings, as_json: bool, from_beginning: bool, idle_timeout: float | None
) -> int:
    n = 0
    async for m in tail(
        settings, [settings.topic_alerts_growth, settings.topic_alerts_deadline], from_beginning, idle_timeout
    ):
        try:
            a = Alert.model_validate_json(m.value)
        except ValueError as exc:
            print(f"unreadable alert at {m.topic}/{m.partition}@{m.offset}: {exc}", file=sys.stderr)
            continue
        n += 1
        print(orjson.dumps(a.model_dump(mode="json")).decode() if as_json else format_alert(a), flush=True)
    return n


def run(settings: Settings, as_json: bool, from_beginning: bool, idle_timeout: float | None) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(tail_alerts(settings, as_json, from_beginning, idle_timeout))
    return 0
