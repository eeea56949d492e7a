"""Validation and comparisons on a real broker: history, order, revisions, restarts."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from schemas import EnrichedObservation, RejectedObservation, Target
from tests.stream.conftest import Pipeline
from tests.stream.helpers import load_targets, report, send
from tests.stream.kafka_client import read_all

pytestmark = pytest.mark.stream


def enriched_for(p: Pipeline, report_id: str) -> list[EnrichedObservation]:
    out = [
        EnrichedObservation.model_validate_json(m.value())
        for m in read_all(p.settings.bootstrap_servers, [p.settings.topic_enriched])
    ]
    return [e for e in out if e.observation.report_id == report_id]


def one(p: Pipeline, report_id: str, indicator: str = "exports", occurrence: int = -1) -> Any:
    items = [
        e for e in enriched_for(p, report_id) if getattr(e.observation.fact, "indicator", "") == indicator
    ]
    assert items, f"no enriched {indicator} for {report_id}"
    return items[occurrence]


def test_history_order_revisions_and_consistency(pipeline: Pipeline) -> None:
    s = pipeline.settings
    region = f"Seqland-{uuid.uuid4().hex[:6]}"
    load_targets(
        pipeline, Target(region=region, indicator="exports", period="2024-01/2024-12", growth_pct=25.0)
    )
    send(
        pipeline,
        report("fy23", region, "2024-01-10", "In 2023, exports reached 100 million USD."),
        report(
            "h1",
            region,
            "2024-07-05",
            "In the first half of 2024, exports reached 60 million USD, up 20% year on year.",
        ),
        report(
            "q1",
            region,
            "2024-04-05",
            "In the first quarter of 2024, exports reached 25 million USD, up 10% year on year.",
        ),
    )

    h1 = one(pipeline, "h1").comparisons
    assert h1.implied_base == pytest.approx(50e6)
    assert h1.elapsed_share_pct == 50.0
    assert h1.target is not None and h1.target.growth_pct == 25.0 and h1.target.origin == "config"
    assert h1.required_growth_pct == pytest.approx(30.0)  # ((1.25·100 − 60) ÷ (100 − 50) − 1)
    q1 = one(pipeline, "q1").comparisons
    # H1 arrived before Q1: Q2 is still derived when Q1 arrives.
    assert [(d.period, d.value) for d in q1.derived] == [("2024-04/2024-06", pytest.approx(35e6))]

    # A revision replaces and counts; a repeat changes nothing.
    rev = report(
        "q1-rev",
        region,
        "2024-04-20",
        "In the first quarter of 2024, exports reached 26 million USD, up 12% year on year.",
    )
    send(pipeline, rev)
    c = one(pipeline, "q1-rev").comparisons
    assert c.revision == 1 and not c.repeated
    assert [(d.period, d.value) for d in c.derived] == [("2024-04/2024-06", pytest.approx(34e6))]
    send(pipeline, rev)
    again = [e for e in enriched_for(pipeline, "q1-rev") if e.observation.fact.kind == "indicator"]
    assert len(again) == 2 and again[-1].comparisons.repeated and again[-1].comparisons.revision == 1

    # Exports − imports ≠ the stated surplus: the balance is rejected, with its reason.
    send(
        pipeline,
        report(
            "bal",
            region,
            "2024-07-06",
            "In the first half of 2024, exports reached 60 million USD, imports reached 40 million "
            "USD and the trade surplus was 30 million USD.",
        ),
    )
    rejected = [
        RejectedObservation.model_validate_json(m.value())
        for m in read_all(s.bootstrap_servers, [s.topic_rejected])
    ]
    mine = [r for r in rejected if r.report_id == "bal"]
    assert [(r.fact.indicator, [x.code for x in r.reasons]) for r in mine] == [
        ("trade_balance", ["trade_balance_mismatch"])
    ]
    assert {e.observation.fact.indicator for e in enriched_for(pipeline, "bal")} == {"exports", "imports"}


def test_history_survives_an_enricher_restart(pipeline: Pipeline) -> None:
    region = f"Restartland-{uuid.uuid4().hex[:6]}"
    send(
        pipeline,
        report("r-fy23", region, "2024-01-10", "In 2023, exports reached 80 million USD."),
        report("r-h1", region, "2024-07-05", "In the first half of 2024, exports reached 44 million USD."),
    )
    pipeline.stop("enricher")
    pipeline.start("enricher")
    send(
        pipeline,
        report("r-q1", region, "2024-04-05", "In the first quarter of 2024, exports reached 20 million USD."),
    )
    c = one(pipeline, "r-q1").comparisons
    # Figures from before the restart: H1 (for Q2) is still known.
    assert [(d.period, d.value) for d in c.derived] == [("2024-04/2024-06", pytest.approx(24e6))]
    send(
        pipeline,
        report(
            "r-h1-rev",
            region,
            "2024-07-20",
            "In the first half of 2024, exports reached 45 million USD, up 10% year on year.",
        ),
    )
    assert one(pipeline, "r-h1-rev").comparisons.revision == 1
