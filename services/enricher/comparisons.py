"""Comparisons of one observation with its series' history and with targets. Pure: the
series state is a plain dict (what the faust table stores), returned updated."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from schemas.enriched import Comparisons, DerivedFigure
from schemas.fact import IndicatorFact, TargetFact, TaskFact
from schemas.observation import Observation
from schemas.target import Target
from services.enricher.periods import derive, discrete_part, elapsed_share
from services.extractor.engine.periods import Period

GROWTH_TOLERANCE_PCT = 0.5  # a reported growth this far from history's is a discrepancy

State = dict[str, Any]


def empty_state() -> State:
    return {"figures": {}, "news_targets": {}, "seen": {}}


def implied_base(value: float, growth_pct: float) -> float | None:
    if growth_pct <= -100.0:
        return None
    return value / (1.0 + growth_pct / 100.0)


def growth_between(value: float, base: float) -> float | None:
    if base == 0:
        return None
    return (value / base - 1.0) * 100.0


def required_growth(
    target_pct: float, base_year: float, value_so_far: float, base_so_far: float
) -> float | None:
    """Growth the rest of the year needs: ((1 + t)·B_year − V_so_far) ÷ (B_year − B_so_far) − 1."""
    rest_base = base_year - base_so_far
    if rest_base <= 0:
        return None
    return (((1.0 + target_pct / 100.0) * base_year - value_so_far) / rest_base - 1.0) * 100.0


def _figure(state: State, period: Period) -> dict[str, Any] | None:
    fig = state["figures"].get(str(period))
    return fig if isinstance(fig, dict) else None


def _value_for(state: State, period: Period, exclude_report: str | None = None) -> float | None:
    """A period's value: reported, else implied by a later year's growth (not by the same report)."""
    fig = _figure(state, period)
    if fig and fig.get("value") is not None and fig.get("report_id") != exclude_report:
        return float(fig["value"])
    return None


def _task_window(period: Period, deadline: date | None) -> tuple[int, int]:
    """(months elapsed, months in window) from the period start to the deadline or year end."""
    end_y, end_m = (deadline.year, deadline.month) if deadline else (period.start_year, 12)
    total = (end_y - period.start_year) * 12 + end_m - period.start_month + 1
    elapsed = period.length
    return elapsed, max(total, 1)


def enrich(
    obs: Observation, state: State, target: Target | None = None, deadline: Target | None = None
) -> tuple[Comparisons, State]:
    state = copy.deepcopy(state) if state else empty_state()
    fact = obs.fact
    if isinstance(fact, TargetFact):
        state["news_targets"][fact.period] = {
            "growth_pct": fact.growth_pct,
            "value": fact.value,
            "unit": fact.unit,
            "report_id": obs.report_id,
        }
        return Comparisons(), state
    if isinstance(fact, TaskFact):
        return _enrich_task(obs, fact, state, deadline)
    assert isinstance(fact, IndicatorFact)
    return _enrich_indicator(obs, fact, state, target)


def _enrich_task(
    obs: Observation, fact: TaskFact, state: State, deadline: Target | None
) -> tuple[Comparisons, State]:
    period = Period.parse(fact.period)
    key = fact.period
    prev = state["figures"].get(key)
    revision = 0
    repeated = False
    new = {"completed": fact.completed, "total": fact.total, "report_id": obs.report_id}
    if prev:
        if prev.get("completed") == fact.completed and prev.get("total") == fact.total:
            repeated = True
            revision = int(prev.get("revision", 0))
        else:
            revision = int(prev.get("revision", 0)) + 1
    new["revision"] = revision
    state["figures"][key] = new
    if (deadline is None or deadline.deadline is None) and fact.deadline is not None:
        # A deadline the report states serves where none is configured.
        deadline = Target(
            region=obs.region,
            indicator=f"tasks:{fact.scope}",
            period=str(Period.year(period.end_year)),
            deadline=fact.deadline,
            origin="news",
            report_id=obs.report_id,
        )
    elapsed, window = _task_window(period, deadline.deadline if deadline else None)
    return Comparisons(
        task_ratio_pct=round(fact.completed / fact.total * 100.0, 4),
        task_elapsed_share_pct=round(min(elapsed / window, 1.0) * 100.0, 4),
        target=deadline,
        revision=revision,
        repeated=repeated,
    ), state


def _enrich_indicator(
    obs: Observation, fact: IndicatorFact, state: State, target: Target | None
) -> tuple[Comparisons, State]:
    period = Period.parse(fact.period)
    key = fact.period
    prev = _figure(state, period)
    revision, repeated = 0, False
    record = {
        "value": fact.value,
        "unit": fact.unit,
        "growth": fact.growth_pct,
        "plan": fact.plan_pct,
        "report_id": obs.report_id,
        "kind": "reported",
    }
    if prev is not None and prev.get("kind") == "reported":
        same = all(prev.get(k) == record[k] for k in ("value", "growth", "plan"))
        revision = int(prev.get("revision", 0)) + (0 if same else 1)
        repeated = same
    record["revision"] = revision
    # History before this observation, for the comparisons (a revision replaces, never adds).
    history = state
    comps: dict[str, Any] = {"revision": revision, "repeated": repeated}

    # Implied base for the same period a year earlier.
    last_year = period.shift_years(-1)
    if fact.value is not None and fact.growth_pct is not None:
        base = implied_base(fact.value, fact.growth_pct)
        comps["implied_base"] = base
    else:
        base = None
    # Growth computed from stored history, and its gap to the reported growth.
    reported_base = _value_for(history, last_year, exclude_report=obs.report_id)
    if fact.value is not None and reported_base is not None:
        hg = growth_between(fact.value, reported_base)
        if hg is not None:
            comps["history_growth_pct"] = round(hg, 4)
            if fact.growth_pct is not None:
                gap = fact.growth_pct - hg
                comps["growth_gap_pct"] = round(gap, 4)
                comps["growth_discrepancy"] = abs(gap) > GROWTH_TOLERANCE_PCT
    # Record the figure, and the base it implies (never over a reported one).
    state["figures"][key] = record
    if base is not None:
        ly = state["figures"].get(str(last_year))
        if ly is None or ly.get("kind") != "reported":
            state["figures"][str(last_year)] = {
                "value": base,
                "unit": fact.unit,
                "kind": "implied",
                "report_id": obs.report_id,
            }
    comps["derived"] = _derived(state, period)

    # Plan progress against the calendar.
    ytd = period.is_year_to_date
    chosen = target or _news_target(state, period.end_year, obs)
    if fact.plan_pct is not None:
        comps["plan_progress_pct"] = fact.plan_pct
    elif chosen is not None and chosen.value is not None and fact.value is not None and ytd and chosen.value:
        comps["plan_progress_pct"] = round(fact.value / chosen.value * 100.0, 4)
    if ytd:
        comps["elapsed_share_pct"] = round(elapsed_share(period), 4)
    if chosen is not None:
        comps["target"] = chosen
        if chosen.growth_pct is not None and ytd:
            req, missing = _required(state, period, fact, chosen.growth_pct)
            comps["required_growth_pct"] = None if req is None else round(req, 4)
            comps["required_growth_missing"] = missing
    return Comparisons(**comps), state


def _news_target(state: State, year: int, obs: Observation) -> Target | None:
    t = state.get("news_targets", {}).get(str(Period.year(year)))
    if not t:
        return None
    region, _, indicator = obs.series.partition("|")
    return Target(
        region=region,
        indicator=indicator,
        period=str(Period.year(year)),
        growth_pct=t.get("growth_pct"),
        value=t.get("value"),
        unit=t.get("unit"),
        origin="news",
        report_id=t.get("report_id"),
    )


def _required(
    state: State, period: Period, fact: IndicatorFact, target_pct: float
) -> tuple[float | None, list[str]]:
    missing = []
    if period.end_month == 12:
        return None, ["the year is over: nothing remains to grow"]
    if fact.value is None:
        missing.append(f"the {period} value")
    base_so_far = None
    if fact.value is not None and fact.growth_pct is not None:
        base_so_far = implied_base(fact.value, fact.growth_pct)
    if base_so_far is None:
        base_so_far = _value_for(state, period.shift_years(-1))
    if base_so_far is None:
        missing.append(f"the {period.shift_years(-1)} value (or this period's growth)")
    prev_year = Period.year(period.start_year - 1)
    base_year = _value_for(state, prev_year)
    if base_year is None:
        missing.append(f"the {prev_year} full-year value")
    if missing or fact.value is None or base_so_far is None or base_year is None:
        return None, missing
    req = required_growth(target_pct, base_year, fact.value, base_so_far)
    return req, ([] if req is not None else ["the rest of last year's base is not positive"])


def _derived(state: State, period: Period) -> list[DerivedFigure]:
    """Discrete periods from two cumulative ones (H1 - Q1 = Q2), with their growth when the
    previous year's parts are known. Arrival order does not matter: every pair is tried."""
    out: list[DerivedFigure] = []
    figs = {Period.parse(k): v for k, v in state["figures"].items() if v.get("value") is not None}
    year_figs = [p for p in figs if p.is_year_to_date and p.end_year == period.end_year]
    for longer in year_figs:
        for shorter in year_figs:
            part = discrete_part(longer, shorter)
            if part is None or (longer != period and shorter != period):
                continue
            lv, sv = figs[longer]["value"], figs[shorter]["value"]
            value = derive(float(lv), float(sv))
            growth = None
            pl, ps = longer.shift_years(-1), shorter.shift_years(-1)
            if pl in figs and ps in figs:
                base = derive(float(figs[pl]["value"]), float(figs[ps]["value"]))
                g = growth_between(value, base)
                growth = None if g is None else round(g, 4)
            out.append(
                DerivedFigure(period=str(part), value=value, growth_pct=growth, how=f"{longer} - {shorter}")
            )
            existing = state["figures"].get(str(part))
            if existing is None or existing.get("kind") == "derived":
                state["figures"][str(part)] = {"value": value, "kind": "derived", "report_id": None}
    return out
