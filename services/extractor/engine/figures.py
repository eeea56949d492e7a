"""A sentence's figures as the assembler groups them: an indicator with its value, growth
rates, plan share and period, and what the contract says each indicator is measured in."""

from __future__ import annotations

from schemas.indicators import measured_in
from services.extractor.engine.periods import Period
from services.extractor.engine.tokens import Token

# What the contract says each indicator is measured in (the same in every language).
COUNT_INDICATORS = measured_in("count")
PHYSICAL_INDICATORS = measured_in("physical")
# Spent against a plan: a bare percentage of it is the share of the plan spent ("giải ngân
# đạt 95%", "disbursement reached 38%"), not a growth rate.
PLAN_SHARE_INDICATORS = frozenset({"public_investment_disbursement"})
# Never a percentage themselves: a percentage said as their level is their growth rate.
LEVEL_IS_GROWTH = frozenset({"industrial_production", "grdp", "cpi"})


# Growth and Group are plain classes, not dataclasses: compiled by mypyc, a dataclass's
# __init__ is the interpreted one the dataclasses module writes, and the engine makes many.


class Growth:
    __slots__ = ("base", "value")

    def __init__(self, value: float, base: str) -> None:
        self.value = value
        self.base = base  # "yoy", "unspecified", "previous_period", "other"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Growth) and (self.value, self.base) == (other.value, other.base)

    def __repr__(self) -> str:
        return f"Growth({self.value!r}, {self.base!r})"


class Group:
    """A group is itself (no field equality): removing one from a long list must not compare
    fields."""

    __slots__ = (
        "breakdown",
        "carried",
        "closed",
        "day",
        "excluded",
        "forecast",
        "forecaster",
        "growths",
        "horizon",
        "indicator",
        "named_short",
        "nominal",
        "part",
        "period",
        "period_attached",
        "period_from_sentence",
        "plan",
        "ranged",
        "rate",
        "reference",
        "sign",
        "stock",
        "target",
        "tokens",
        "unit",
        "value",
    )

    def __init__(
        self,
        indicator: str | None,
        sign: int = 1,
        rate: bool = False,
        period: Period | None = None,
        period_from_sentence: bool = False,
        reference: bool = False,
        target: bool = False,
        carried: bool = False,
        part: bool = False,
    ) -> None:
        self.indicator = indicator
        self.sign = sign
        self.rate = rate
        self.value: float | None = None
        self.unit: str | None = None
        self.growths: list[Growth] = []
        self.plan: float | None = None
        self.period = period
        self.period_from_sentence = period_from_sentence
        self.period_attached = False  # a period named right after the figure ("... in June")
        self.reference = reference  # a figure quoted for comparison ("as against 13.25 billion")
        self.target = target
        self.ranged = False  # a goal only by its range of rates ("8-8,5%"), said with no word of goal
        self.carried = carried  # the indicator came from the previous sentence
        self.part = part  # named as a part of the indicator's total ("international arrivals")
        self.day = False  # one day's figure ("एक जनवरी को सर्वाधिक ..."), no period's
        self.horizon = False  # of the years ahead ("in the next five years"), no one period's
        self.stock = False  # an accumulated stock, not the period's flow ("320 dự án còn hiệu lực ...")
        self.forecast = False  # someone's forecast ("economists had forecast 4.42%"), not a figure
        # ... by an outside forecaster named after it ("..., the World Bank said"): of a time not
        # over, a forecast; of one over, a figure it reports.
        self.forecaster = False
        self.excluded = False  # a part of the total left out ("không tính dầu thô"): another measure
        self.breakdown = False  # named as a breakdown of the total another way ("khách lưu trú")
        self.nominal = False  # the economy's growth at current prices, no real growth
        # its amount named right after by a short name of the indicator ("US$820 million of newly
        # registered capital"): a part named, kept beside the total
        self.named_short = False
        self.tokens: list[Token] = []
        self.closed = False

    def __repr__(self) -> str:
        return (
            f"Group({self.indicator!r}, value={self.value!r}, growths={self.growths!r}, "
            f"plan={self.plan!r}, period={self.period!s}, target={self.target!r})"
        )

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
