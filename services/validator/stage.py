"""The validator stage: one facts message -> one observation per fact, valid or rejected."""

from __future__ import annotations

from schemas.fact import ExtractedFacts, Fact, IndicatorFact, TargetFact, TaskFact
from schemas.observation import Observation, RejectedObservation
from services.common.codec import DecodeError, decode, encode
from services.common.routing import Incoming, Output, dead_letter
from services.validator.checks import Bounds, check_fact, check_report

STAGE = "validator"
UNKNOWN_REGION = "unknown"


def series_of(region: str, fact: Fact) -> str:
    if isinstance(fact, TaskFact):
        return f"{region}|tasks:{fact.scope}"
    return f"{region}|{fact.indicator}"


def _identity(f: Fact) -> tuple[object, ...]:
    """What makes two facts the same statement (evidence aside)."""
    if isinstance(f, IndicatorFact):
        return ("i", f.indicator, f.period, f.value, f.unit, f.growth_pct, f.plan_pct)
    if isinstance(f, TargetFact):
        return ("g", f.indicator, f.period, f.value, f.growth_pct)
    return ("t", f.scope, f.period, f.completed, f.total)


def handle(rec: Incoming, bounds: Bounds, max_record_bytes: int) -> list[Output]:
    try:
        ef = decode(rec.value, ExtractedFacts, max_record_bytes)
    except DecodeError as exc:
        return [dead_letter(STAGE, rec, exc.code, exc.detail)]
    region = ef.region or UNKNOWN_REGION
    # Exact repeats inside one report become one observation that says how many it merged.
    unique: list[Fact] = []
    counts: dict[tuple[object, ...], int] = {}
    for f in ef.facts:
        k = _identity(f)
        if k not in counts:
            unique.append(f)
        counts[k] = counts.get(k, 0) + 1
    cross = check_report(unique, bounds)
    outputs: list[Output] = []
    for i, f in enumerate(unique):
        series = series_of(region, f)
        obs_id = f"{ef.report_id}#{i}"
        reasons = check_fact(f, ef.published_at, bounds) + cross.get(i, [])
        if reasons:
            rej = RejectedObservation(
                observation_id=obs_id,
                report_id=ef.report_id,
                series=series,
                region=region,
                fact=f,
                reasons=reasons,
            )
            outputs.append(
                Output(
                    "rejected",
                    series.encode(),
                    encode(rej),
                    "rejected",
                    ",".join(sorted({r.code for r in reasons})),
                )
            )
            continue
        obs = Observation(
            observation_id=obs_id,
            report_id=ef.report_id,
            series=series,
            region=region,
            language=ef.language,
            published_at=ef.published_at,
            source=ef.source,
            fact=f,
            merged_from=counts[_identity(f)],
        )
        outputs.append(Output("valid", series.encode(), encode(obs), "forwarded"))
    return outputs
