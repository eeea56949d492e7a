"""`targets` (compacted): growth or value goals and task deadlines, keyed region|indicator|period."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from schemas.base import Message, PeriodStr


class Target(Message):
    region: str
    indicator: str = Field(description="Indicator id, or 'tasks:<scope>' for a task deadline")
    period: PeriodStr
    growth_pct: float | None = None
    value: float | None = None
    unit: str | None = None
    deadline: date | None = None
    origin: Literal["config", "news"] = "config"
    report_id: str | None = None

    @model_validator(mode="after")
    def _says_something(self) -> Target:
        if self.growth_pct is None and self.value is None and self.deadline is None:
            raise ValueError("a target needs growth_pct, value or deadline")
        return self

    @property
    def series(self) -> str:
        return f"{self.region}|{self.indicator}"

    @property
    def key(self) -> str:
        return f"{self.region}|{self.indicator}|{self.period}"
