"""Checks a statistician would make before trusting a figure. Pure functions; every failure
is a Reason with a stable code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

import yaml

from schemas.base import Reason
from schemas.fact import Fact, IndicatorFact, TargetFact, TaskFact
from schemas.indicators import measured_in
from services.extractor.engine.periods import Period

MONEY = measured_in("money")
COUNTS = measured_in("count")
INDEX_ONLY = measured_in("rate")
PHYSICAL = {"electricity": {"kWh", "MWh", "GWh"}}
SIGNED = {"trade_balance"}  # may be negative (a deficit)


@dataclass(frozen=True)
class Bounds:
    growth: dict[str, tuple[float, float]] = field(
        default_factory=lambda: {
            "default": (-90.0, 300.0),
            "cpi": (-30.0, 100.0),
            "grdp": (-30.0, 40.0),
        }
    )
    plan: tuple[float, float] = (0.0, 300.0)
    years_before: int = 10
    years_after: int = 1
    balance_tolerance: float = 0.03  # relative, for exports - imports = balance


def load_bounds(path: Path | None = None) -> Bounds:
    """Bounds from a YAML file (services/validator/bounds.yaml unless another is given)."""
    text = (
        path.read_text("utf-8")
        if path
        else resources.files("services.validator").joinpath("bounds.yaml").read_text("utf-8")
    )
    data = yaml.safe_load(text) or {}
    try:
        return Bounds(
            growth={str(k): (float(v[0]), float(v[1])) for k, v in data.get("growth_pct", {}).items()}
            or Bounds().growth,
            plan=(float(data["plan_pct"][0]), float(data["plan_pct"][1]))
            if "plan_pct" in data
            else Bounds().plan,
            years_before=int(data.get("years_before", 10)),
            years_after=int(data.get("years_after", 1)),
            balance_tolerance=float(data.get("balance_tolerance", 0.03)),
        )
    except (TypeError, ValueError, IndexError, KeyError) as exc:
        raise ValueError(f"validation bounds file {path or 'bounds.yaml'}: {exc}") from exc


def _is_currency(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper()


def check_unit(f: IndicatorFact | TargetFact) -> list[Reason]:
    if f.value is None:
        return []
    ind, unit = f.indicator, f.unit
    if ind in COUNTS and unit != "count":
        return [Reason(code="unit_mismatch", message=f"{ind} is a count, got unit {unit!r}")]
    if ind in INDEX_ONLY and unit not in (None, "index"):
        return [Reason(code="unit_mismatch", message=f"{ind} is an index, got unit {unit!r}")]
    if ind in PHYSICAL and unit not in PHYSICAL[ind] and not _is_currency(unit):
        return [Reason(code="unit_mismatch", message=f"{ind} needs {sorted(PHYSICAL[ind])}, got {unit!r}")]
    if ind in MONEY and not (_is_currency(unit) or (ind == "industrial_production" and unit == "index")):
        return [Reason(code="unit_mismatch", message=f"{ind} is money, got unit {unit!r}")]
    return []


def check_values(f: IndicatorFact | TargetFact, bounds: Bounds) -> list[Reason]:
    out = []
    if f.value is not None and f.value < 0 and f.indicator not in SIGNED:
        out.append(Reason(code="negative_value", message=f"{f.indicator} cannot be negative: {f.value}"))
    if f.growth_pct is not None:
        lo, hi = bounds.growth.get(f.indicator, bounds.growth["default"])
        if not lo <= f.growth_pct <= hi:
            out.append(
                Reason(
                    code="implausible_growth",
                    message=f"growth {f.growth_pct}% outside [{lo}, {hi}] for {f.indicator}",
                )
            )
    if isinstance(f, IndicatorFact) and f.plan_pct is not None:
        lo, hi = bounds.plan
        if not lo <= f.plan_pct <= hi:
            out.append(
                Reason(
                    code="implausible_plan", message=f"plan achievement {f.plan_pct}% outside [{lo}, {hi}]"
                )
            )
    return out


def check_period(period: str, published: datetime | None, bounds: Bounds) -> list[Reason]:
    try:
        p = Period.parse(period)
    except ValueError:
        return [Reason(code="bad_period", message=f"period {period!r} is not YYYY-MM/YYYY-MM")]
    if not p.valid():
        return [Reason(code="bad_period", message=f"period {period} ends before it starts")]
    if p.length > 12:
        return [Reason(code="bad_period", message=f"period {period} is longer than a year")]
    if published is not None:
        if p.end_year < published.year - bounds.years_before:
            return [
                Reason(
                    code="period_too_old",
                    message=f"period {period} is over {bounds.years_before} years before publication",
                )
            ]
        if p.start_year > published.year + bounds.years_after:
            return [
                Reason(
                    code="period_in_future",
                    message=f"period {period} is over {bounds.years_after} year after publication",
                )
            ]
    return []


def check_task(f: TaskFact) -> list[Reason]:
    if f.completed > f.total:
        return [Reason(code="task_overcount", message=f"{f.completed} of {f.total} tasks cannot be")]
    return []


def check_fact(f: Fact, published: datetime | None, bounds: Bounds) -> list[Reason]:
    reasons = check_period(f.period, published, bounds)
    if isinstance(f, TaskFact):
        return reasons + check_task(f)
    return reasons + check_unit(f) + check_values(f, bounds)


def _close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def check_report(facts: list[Fact], bounds: Bounds) -> dict[int, list[Reason]]:
    """Checks across the facts of one report; returns reasons by fact index."""
    out: dict[int, list[Reason]] = {}
    ind = [(i, f) for i, f in enumerate(facts) if isinstance(f, IndicatorFact)]
    by_key: dict[tuple[str, str], list[tuple[int, IndicatorFact]]] = {}
    for i, f in ind:
        by_key.setdefault((f.indicator, f.period), []).append((i, f))
    # The same indicator and period stated twice with different numbers: keep the most
    # confident, flag the others (never merged silently).
    for (name, period), items in by_key.items():
        if len(items) < 2:
            continue
        items.sort(key=lambda x: -x[1].evidence.confidence)
        keep = items[0][1]
        for i, _ in items[1:]:
            out.setdefault(i, []).append(
                Reason(
                    code="conflicting_duplicate",
                    message=f"{name} {period} is also stated as {keep.value} / {keep.growth_pct}% "
                    f'("{keep.evidence.text[:80]}")',
                )
            )
    # Exports - imports = trade balance, where all three are stated for one period.
    for (name, period), items in by_key.items():
        if name != "trade_balance":
            continue
        ex = by_key.get(("exports", period))
        im = by_key.get(("imports", period))
        if not ex or not im:
            continue
        bi, bal = items[0]
        e, m = ex[0][1], im[0][1]
        if None in (bal.value, e.value, m.value) or len({bal.unit, e.unit, m.unit}) != 1:
            continue
        assert bal.value is not None and e.value is not None and m.value is not None
        if not _close(e.value - m.value, bal.value, bounds.balance_tolerance):
            out.setdefault(bi, []).append(
                Reason(
                    code="trade_balance_mismatch",
                    message=f"exports {e.value:g} - imports {m.value:g} = {e.value - m.value:g}, "
                    f"but the balance is stated as {bal.value:g}",
                )
            )
    # A month cannot exceed the cumulative period that contains it.
    for i, f in ind:
        p = Period.parse(f.period)
        if not p.is_month or f.value is None or f.value < 0:
            continue
        for j, g in ind:
            if g.indicator != f.indicator or g.value is None or i == j or g.unit != f.unit:
                continue
            q = Period.parse(g.period)
            if q.length > 1 and q.contains(p) and f.value > g.value * (1 + 1e-9):
                out.setdefault(i, []).append(
                    Reason(
                        code="month_exceeds_cumulative",
                        message=f"{f.indicator} {f.period} = {f.value:g} exceeds {g.period} = {g.value:g}",
                    )
                )
                break
    return out
