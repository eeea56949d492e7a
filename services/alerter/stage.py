"""The alerter stage: one enriched observation -> the alerts whose state it changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from schemas.enriched import EnrichedObservation
from services.alerter import lifecycle, rules
from services.common.codec import DecodeError, decode, encode
from services.common.routing import Incoming, Output, dead_letter

STAGE = "alerter"


def handle(
    rec: Incoming,
    config: dict[str, Any],
    load: Callable[[str], dict[str, Any] | None],
    now: datetime,
    max_record_bytes: int,
) -> tuple[list[Output], dict[str, dict[str, Any]]]:
    """Returns the alerts to publish and the lifecycle states to store."""
    try:
        enr = decode(rec.value, EnrichedObservation, max_record_bytes)
    except DecodeError as exc:
        return [dead_letter(STAGE, rec, exc.code, exc.detail)], {}
    findings, judged = rules.evaluate(enr, config)
    by_key = {f.key: f for f in findings}
    outputs: list[Output] = []
    states: dict[str, dict[str, Any]] = {}
    for key in sorted(judged | set(by_key)):
        state = load(key)
        new_state, alert = lifecycle.step(state, key, by_key.get(key), enr, now)
        if new_state is not None and new_state != state:
            states[key] = new_state
        if alert is not None:
            topic = (
                "alerts_deadline" if alert.labels["alertname"] in rules.DEADLINE_RULES else "alerts_growth"
            )
            outputs.append(Output(topic, alert.fingerprint.encode(), encode(alert), "forwarded"))
    return outputs, states
