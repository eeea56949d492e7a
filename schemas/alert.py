"""`alerts.growth` and `alerts.deadline`: Alertmanager-shaped alerts with their evidence."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.base import Message


class AlertEvidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    report_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Alert(Message):
    fingerprint: str = Field(description="sha1 of the rule and the identifying labels")
    status: Literal["firing", "resolved"]
    labels: dict[str, str]
    annotations: dict[str, str]
    startsAt: datetime
    endsAt: datetime | None = None
    generatorURL: str = ""
    evidence: list[AlertEvidence] = Field(default_factory=list)
    version: int = Field(default=1, ge=1, description="1 when fired, +1 on every update")
