"""`observations.enriched`: an observation plus its comparisons with history and targets."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from schemas.base import Message, PeriodStr
from schemas.observation import Observation
from schemas.target import Target


class DerivedFigure(BaseModel):
    """A figure computed from others (a discrete quarter from two cumulative periods...)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    period: PeriodStr
    value: float | None = None
    growth_pct: float | None = None
    how: str


class Comparisons(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    implied_base: float | None = Field(default=None, description="value / (1 + growth)")
    history_growth_pct: float | None = None
    growth_gap_pct: float | None = Field(default=None, description="reported - computed growth")
    growth_discrepancy: bool = False
    derived: list[DerivedFigure] = Field(default_factory=list)
    plan_progress_pct: float | None = None
    elapsed_share_pct: float | None = None
    target: Target | None = None
    required_growth_pct: float | None = Field(
        default=None, description="growth the rest of the year needs to reach the target"
    )
    required_growth_missing: list[str] = Field(default_factory=list)
    task_ratio_pct: float | None = None
    task_elapsed_share_pct: float | None = None
    revision: int = Field(default=0, ge=0, description="how many times this figure was revised")
    repeated: bool = False


class EnrichedObservation(Message):
    observation: Observation
    comparisons: Comparisons
