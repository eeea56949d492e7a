"""`reportwatch alerts forward --alertmanager URL`: posts alerts to Alertmanager's
/api/v2/alerts. Firing alerts are re-posted before they expire (endsAt a few resend
intervals ahead); resolved ones are posted once with their endsAt."""

from __future__ import annotations

import asyncio
import json
import sys
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.alert import Alert
from services.common.kafka_io import tail
from services.common.settings import Settings


def to_alertmanager(a: Alert, now: datetime, resend: float) -> dict[str, Any]:
    ends = a.endsAt if a.status == "resolved" and a.endsAt else now + timedelta(seconds=resend * 4)
    return {
        "labels": {**a.labels, "fingerprint": a.fingerprint},
        "annotations": a.annotations,
        "startsAt": a.startsAt.isoformat(),
        "endsAt": ends.isoformat(),
        "generatorURL": a.generatorURL or "http://reportwatch.local/alerts",
    }


def post(url: str, alerts: list[dict[str, Any]], timeout: float = 10.0) -> None:
    req = urllib.request.Request(
        url.rstrip("/") + "/api/v2/alerts",
        data=json.dumps(alerts).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        if resp.status >= 300:
            raise urllib.error.HTTPError(req.full_url, resp.status, "post failed", resp.headers, None)


async def forward(settings: Settings, url: str, idle_exit: float | None, resend: float) -> int:
    latest: dict[str, Alert] = {}
    posted = 0
    topics = [settings.topic_alerts_growth, settings.topic_alerts_deadline]

    async def resender() -> None:
        # Firing alerts expire in Alertmanager unless posted again before their endsAt.
        while True:
            await asyncio.sleep(resend)
            now = datetime.now(UTC)
            firing = [to_alertmanager(x, now, resend) for x in latest.values() if x.status == "firing"]
            if firing:
                await asyncio.to_thread(post, url, firing)

    task = asyncio.create_task(resender())
    try:
        async for m in tail(settings, topics, True, idle_exit):
            a = Alert.model_validate_json(m.value)
            prev = latest.get(a.fingerprint)
            if prev is not None and prev.version >= a.version:
                continue  # a repeat after a crash: already forwarded
            latest[a.fingerprint] = a
            now = datetime.now(UTC)
            batch = [to_alertmanager(a, now, resend)]
            if prev is not None and prev.labels != a.labels:
                # Alertmanager knows an alert by its labels: the previous label set (another
                # severity or period) ends now, or it would stay active until it expires.
                ended = prev.model_copy(update={"status": "resolved", "endsAt": a.endsAt or now})
                batch.insert(0, to_alertmanager(ended, now, resend))
            await asyncio.to_thread(post, url, batch)
            posted += 1
    finally:
        task.cancel()
    print(f"forwarded {posted} alerts to {url}", file=sys.stderr)
    return posted


def run(settings: Settings, url: str, idle_exit: float | None, resend: float) -> int:
    try:
        asyncio.run(forward(settings, url, idle_exit, resend))
    except KeyboardInterrupt:
        return 130
    except urllib.error.URLError as exc:
        print(f"reportwatch: cannot post to {url}: {exc}", file=sys.stderr)
        return 1
    return 0
