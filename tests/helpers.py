"""Builders shared by the tests: facts, observations and enriched observations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from schemas import Evidence, IndicatorFact, Observation, TargetFact, TaskFact

EV = Evidence(start=0, end=4, text="text", sentence="text.", confidence=0.9)
PUBLISHED = datetime(2024, 7, 1, tzinfo=UTC)


def ind(indicator: str = "exports", period: str = "2024-01/2024-06", **kw: Any) -> IndicatorFact:
    kw.setdefault("evidence", EV)
    if kw.get("value") is not None:
        kw.setdefault("unit", "USD")
    return IndicatorFact(indicator=indicator, period=period, **kw)


def task(
    completed: int = 2, total: int = 10, scope: str = "specific", period: str = "2024-01/2024-06"
) -> TaskFact:
    return TaskFact(scope=scope, completed=completed, total=total, period=period, evidence=EV)


def target_fact(
    indicator: str = "exports", growth: float = 5.0, period: str = "2024-01/2024-12"
) -> TargetFact:
    return TargetFact(indicator=indicator, period=period, growth_pct=growth, evidence=EV)


def obs(
    fact: Any, report_id: str = "r1", region: str = "Testland", published: datetime | None = PUBLISHED
) -> Observation:
    subject = f"tasks:{fact.scope}" if isinstance(fact, TaskFact) else fact.indicator
    return Observation(
        observation_id=f"{report_id}#0",
        report_id=report_id,
        series=f"{region}|{subject}",
        region=region,
        language="en",
        published_at=published,
        fact=fact,
    )
