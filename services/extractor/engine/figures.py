"""A sentence's figures as the assembler groups them: an indicator with its value, growth
rates, plan share and period, and what the contract says each indicator is measured in."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.indicators import measured_in
from services.extractor.engine.periods import Period
from services.extractor.engine.tokens import Token

# What the contract says each indicator is measured in (the same in every language).
COUNT_INDICATORS = measured_in("count")
PHYSICAL_INDICATORS = measured_in("physical")
# Spent against a plan: a bare percentage of it is the share of the plan spent ("giải ngân
# đạt 95%", "disbursement reached 38%"), not a growth rate.
PLAN_SHARE_INDICATORS = frozenset({"public_investment_disbursement"})


@dataclass
class Growth:
    value: float
    base: str  # "yoy", "unspecified", "previous_period", "other"


@dataclass(eq=False)  # a group is itself: removing one from a long list must not compare fields
class Group:
    indicator: str | None
    sign: int = 1
    rate: bool = False
    value: float | None = None
    unit: str | None = None
    growths: list[Growth] = field(default_factory=list)
    plan: float | None = None
    period: Period | None = None
    period_from_sentence: bool = False
    period_attached: bool = False  # a period named right after the figure ("... in June")
    reference: bool = False  # a figure quoted for comparison ("as against 13.25 billion")
    target: bool = False
    carried: bool = False  # the indicator came from the previous sentence
    part: bool = False  # named as a part of the indicator's total ("international arrivals")
    stock: bool = False  # an accumulated stock, not the period's flow ("320 dự án còn hiệu lực ...")
    forecast: bool = False  # someone's forecast ("economists had forecast 4.42%"), not a figure
    excluded: bool = False  # a part of the total left out ("không tính dầu thô"): another measure
    tokens: list[Token] = field(default_factory=list)
    closed: bool = False

    @property
    def has_number(self) -> bool:
        return self.value is not None or bool(self.growths) or self.plan is not None

    def best_growth(self) -> Growth | None:
        rank = {"yoy": 0, "unspecified": 1, "previous_period": 2, "other": 3}
        return min(self.growths, key=lambda g: rank[g.base]) if self.growths else None


def money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()  # an ISO 4217 code


def physical(unit: str | None) -> bool:
    """kWh, tonnes...: neither money, nor a count, nor an index."""
    return unit is not None and unit not in ("count", "index") and not money(unit)
