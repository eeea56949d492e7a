"""Alerts on a real broker: fire once, hold, update, resolve, on both alert topics."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from schemas import Alert, Target
from tests.stream.conftest import Pipeline
from tests.stream.helpers import load_targets, report, send
from tests.stream.kafka_client import read_all

pytestmark = pytest.mark.stream


def alerts_for(p: Pipeline, topic: str, region: str) -> list[Alert]:
    out = [Alert.model_validate_json(m.value()) for m in read_all(p.settings.bootstrap_servers, [topic])]
    return [a for a in out if a.labels["region"] == region]


def test_fire_update_resolve_without_repeats(pipeline: Pipeline) -> None:
    s = pipeline.settings
    region = f"Alertland-{uuid.uuid4().hex[:6]}"
    targets = [
        Target(region=region, indicator="exports", period="2024-01/2024-12", growth_pct=10.0),
        Target(region=region, indicator="tasks:key", period="2024-01/2024-12", deadline=date(2024, 12, 31)),
    ]
    load_targets(pipeline, *targets)
    h1 = report(
        "a-h1",
        region,
        "2024-07-03",
        "In the first half of 2024, exports reached 50 million USD, up 2% year on year. "
        "The department completed 1 of 10 key tasks.",
    )
    send(pipeline, h1, h1)  # the same report twice: one alert
    send(
        pipeline,
        report(
            "a-9m",
            region,
            "2024-10-03",
            "In the first nine months of 2024, exports reached 80 million USD, up 8% year on year.",
        ),
        report(
            "a-fy",
            region,
            "2024-12-30",
            "In 2024, exports reached 110 million USD, up 11% year on year. "
            "By the end of December 2024, the department had completed 10 of 10 key tasks.",
        ),
    )

    growth = [
        a
        for a in alerts_for(pipeline, s.topic_alerts_growth, region)
        if a.labels["alertname"] == "GrowthBelowTarget"
    ]
    assert [(a.status, a.labels["severity"], a.version, a.labels["period"]) for a in growth] == [
        ("firing", "critical", 1, "2024-01/2024-06"),
        ("firing", "warning", 2, "2024-01/2024-09"),
        ("resolved", "warning", 3, "2024-01/2024-12"),
    ]
    assert len({a.fingerprint for a in growth}) == 1
    assert (
        growth[0]
        .annotations["summary"]
        .startswith("Exports grew 2.00% in H1 2024 against a 2024 target of 10%")
    )
    assert growth[-1].endsAt is not None and growth[-1].evidence[0].report_id == "a-fy"

    deadline = alerts_for(pipeline, s.topic_alerts_deadline, region)
    assert [(a.labels["alertname"], a.status, a.version) for a in deadline] == [
        ("TasksBehindSchedule", "firing", 1),
        ("TasksBehindSchedule", "resolved", 2),
    ]
    assert "completed 1 of 10 key tasks" in deadline[0].annotations["summary"]
    # Keys are fingerprints, so a consumer that sees one twice can tell.
    keys = {m.key().decode() for m in read_all(s.bootstrap_servers, [s.topic_alerts_deadline])}
    assert deadline[0].fingerprint in keys
