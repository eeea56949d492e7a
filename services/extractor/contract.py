"""The scored view of ../shared/contract/extraction.md, built from the engine's facts."""

from __future__ import annotations

from typing import Any

from schemas.fact import ExtractedFacts, IndicatorFact, TargetFact, TaskFact


def scored_view(ef: ExtractedFacts) -> dict[str, Any]:
    indicators, tasks, targets = [], [], []
    for f in ef.facts:
        if isinstance(f, IndicatorFact):
            indicators.append(
                {
                    "indicator": f.indicator,
                    "period": f.period,
                    "value": f.value,
                    "unit": f.unit,
                    "growth_pct": f.growth_pct,
                    "plan_pct": f.plan_pct,
                }
            )
        elif isinstance(f, TaskFact):
            tasks.append(
                {
                    "scope": f.scope,
                    "completed": f.completed,
                    "total": f.total,
                    "period": f.period,
                    "deadline": f.deadline.isoformat() if f.deadline else None,
                }
            )
        elif isinstance(f, TargetFact):
            targets.append(
                {
                    "indicator": f.indicator,
                    "period": f.period,
                    "growth_pct": f.growth_pct,
                    "value": f.value,
                    "unit": f.unit,
                }
            )
    return {
        "id": ef.report_id,
        "language": ef.language,
        "indicators": indicators,
        "tasks": tasks,
        "targets": targets,
    }
