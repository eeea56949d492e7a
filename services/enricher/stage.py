"""The enricher stage logic between bytes and the comparisons: decode, look up targets,
compare, encode. The faust edge owns the tables; this module only reads and returns."""

from __future__ import annotations

from collections.abc import Callable

from schemas.enriched import EnrichedObservation
from schemas.fact import TaskFact
from schemas.observation import Observation
from schemas.target import Target
from services.common.codec import DecodeError, decode, encode
from services.common.routing import Incoming, Output, dead_letter
from services.enricher.comparisons import State, empty_state, enrich
from services.extractor.engine.periods import Period

STAGE = "enricher"


def target_key(series: str, year: int) -> str:
    return f"{series}|{Period.year(year)}"


def handle(
    rec: Incoming,
    load_state: Callable[[str], State | None],
    find_target: Callable[[str], Target | None],
    max_record_bytes: int,
) -> tuple[list[Output], tuple[str, State] | None, EnrichedObservation | None]:
    """Returns the outputs, the series state to store, and the enriched observation."""
    try:
        obs = decode(rec.value, Observation, max_record_bytes)
    except DecodeError as exc:
        return [dead_letter(STAGE, rec, exc.code, exc.detail)], None, None
    year = Period.parse(obs.fact.period).end_year
    target = find_target(target_key(obs.series, year))
    deadline = target if isinstance(obs.fact, TaskFact) else None
    growth_target = None if isinstance(obs.fact, TaskFact) else target
    state = load_state(obs.series) or empty_state()
    comps, new_state = enrich(obs, state, growth_target, deadline)
    enriched = EnrichedObservation(observation=obs, comparisons=comps)
    return (
        [Output("enriched", obs.series.encode(), encode(enriched), "forwarded")],
        (obs.series, new_state),
        enriched,
    )


def handle_target(rec: Incoming, max_record_bytes: int) -> tuple[list[Output], Target | None]:
    try:
        t = decode(rec.value, Target, max_record_bytes)
    except DecodeError as exc:
        return [dead_letter(f"{STAGE}.targets", rec, exc.code, exc.detail)], None
    return [], t
