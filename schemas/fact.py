"""`facts.extracted`: every fact the extractor found in one report, with its evidence."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.base import Message, PeriodStr, Reason

GrowthBase = Literal["yoy", "previous_period", "other"]


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0, description="Character offset in the normalised title+body text")
    end: int = Field(ge=0)
    text: str
    sentence: str
    confidence: float = Field(ge=0.0, le=1.0)


class IndicatorFact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["indicator"] = "indicator"
    indicator: str
    period: PeriodStr
    value: float | None = None
    unit: str | None = None
    growth_pct: float | None = None
    growth_base: GrowthBase | None = None
    plan_pct: float | None = None
    evidence: Evidence


class TaskFact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["task"] = "task"
    scope: str
    completed: int = Field(ge=0)
    total: int = Field(ge=1)
    period: PeriodStr
    deadline: date | None = None
    evidence: Evidence


class TargetFact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["target"] = "target"
    indicator: str
    period: PeriodStr
    growth_pct: float | None = None
    value: float | None = None
    unit: str | None = None
    evidence: Evidence


Fact = Annotated[IndicatorFact | TaskFact | TargetFact, Field(discriminator="kind")]


class DroppedFact(BaseModel):
    """A figure the engine saw but would only have half-read: kept for audit, never guessed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    reason: Reason


class ExtractedFacts(Message):
    report_id: str
    language: str
    region: str | None = None
    published_at: datetime | None = None
    source: str = ""
    facts: list[Fact] = Field(default_factory=list)
    dropped: list[DroppedFact] = Field(default_factory=list)
