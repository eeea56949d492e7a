"""`observations.valid` and `observations.rejected`: one checked fact each."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from schemas.base import Message, Reason
from schemas.fact import Fact


class Observation(Message):
    observation_id: str = Field(description="<report id>#<fact index>: stable across replays")
    report_id: str
    series: str = Field(description="Series key: <region>|<indicator or tasks:scope>")
    region: str
    language: str
    published_at: datetime | None = None
    source: str = ""
    fact: Fact
    merged_from: int = Field(default=1, ge=1, description="Identical facts merged into this one")


class RejectedObservation(Message):
    observation_id: str
    report_id: str
    series: str
    region: str
    fact: Fact
    reasons: list[Reason] = Field(min_length=1)
